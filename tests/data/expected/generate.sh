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
# Lex bases of larger zero-dimensional systems, by Singular's stdfglm (grevlex std, then FGLM): they check our FGLM.
for case in cyclic6-gf32003 katsura6-gf32003 katsura7-gf32003 katsura5-qq; do
  sys="$systems/$case.sys"
  char=$(case $case in *-qq) echo 0;; *) echo 32003;; esac)
  vars=$(grep '^vars:' "$sys" | sed 's/^vars://; s/ //g')
  polys=$(sed -n '/^polys:/,$p' "$sys" | tail -n +2 | grep -v '^\s*$' | paste -sd, -)
  Singular -q <<SING > "$here/$case-lp.txt"
ring R = $char,($vars),lp;
ideal I = $polys;
option(redSB);
ideal G = stdfglm(I);
int i;
for (i = 1; i <= size(G); i++) { print(G[i]); }
quit;
SING
done
