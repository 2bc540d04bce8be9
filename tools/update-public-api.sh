#!/usr/bin/env bash
# Rewrites src/*/PublicAPI.Unshipped.txt so the public-API baseline matches the code: symbols the analyzer reports
# as undeclared (RS0016) are added, declared symbols that are gone (RS0017) are removed. Run it after a deliberate
# change of a library's public surface and review the diff of the PublicAPI files. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
libraries=(Core Groebner Ideals Geometry Neuro) # dependency order: each build needs the ones before it
for lib in "${libraries[@]}"; do
  dir="src/Elimination.$lib"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  [ -f "$unshipped" ] || printf '#nullable enable\n' > "$unshipped"
  for round in 1 2 3; do
    # --no-incremental: an up-to-date build would not rerun the analyzer and so report nothing
    log=$(dotnet build "$dir/Elimination.$lib.csproj" -c Release -nologo --no-incremental --no-dependencies -p:WarningsAsErrors= 2>&1 || true)
    added=$(sed -n "s/.*warning RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" <<<"$log" | sort -u)
    removed=$(sed -n "s/.*warning RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" <<<"$log" | sort -u)
    if [ -z "$added" ] && [ -z "$removed" ]; then
      if grep -q " error " <<<"$log"; then
        grep " error " <<<"$log" | head -n 5 >&2
        echo "update-public-api: $lib does not build; fix that first" >&2
        exit 1
      fi
      break
    fi
    body=$(tail -n +2 "$unshipped")
    if [ -n "$removed" ]; then
      body=$(grep -vxF -f <(printf '%s\n' "$removed") <<<"$body" || true)
      # a shipped symbol that is gone is recorded as removed, as the analyzer's own fix does
      while IFS= read -r s; do
        if grep -qxF -- "$s" "$dir/PublicAPI.Shipped.txt"; then body+=$'\n'"*REMOVED*$s"; fi
      done <<<"$removed"
    fi
    { echo '#nullable enable'; printf '%s\n%s\n' "$body" "$added" | { grep -v '^$' || true; } | LC_ALL=C sort -u; } > "$unshipped.tmp"
    mv "$unshipped.tmp" "$unshipped"
    echo "update-public-api: $lib: +$(grep -c . <<<"$added") -$(grep -c . <<<"$removed")"
  done
done
