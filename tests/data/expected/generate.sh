#!/usr/bin/env bash
# Regenerates the reference reduced Gröbner bases in this folder with Singular (independent implementation).
# Usage: tests/data/expected/generate.sh   (needs Singular on PATH)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
systems="$here/../systems"
for name in cyclic4 cyclic5 katsura4 katsura5; do
  for f in qq gf32003; do
    sys="$systems/$name-$f.sys"
    char=$([ $f = qq ] && echo 0 || echo 32003)
    vars=$(grep '^vars:' "$sys" | sed 's/^vars://; s/ //g')
    polys=$(sed -n '/^polys:/,$p' "$sys" | tail -n +2 | grep -v '^\s*$' | paste -sd, -)
    for order in dp lp; do
      # lex katsura-5 over QQ takes Singular minutes: skipped
      [ "$name-$f-$order" = katsura5-qq-lp ] && continue
      out="$here/$name-$f-$order.txt"
      Singular -q <<SING > "$out"
ring R = $char,($vars),$order;
ideal I = $polys;
option(redSB);
ideal G = simplify(std(I),1);
int i;
for (i = 1; i <= size(G); i++) { print(G[i]); }
quit;
SING
    done
  done
done
