#!/usr/bin/env bash
# Packs the runner as a .NET tool and installs (or updates) it as `elimination` from this repository.
# Usage: ./install.sh [--jit]    (default: ReadyToRun for this machine's runtime identifier)
set -euo pipefail
cd "$(dirname "$0")"
feed="artifacts/packages"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
r2r=(-r "$rid" -p:PublishReadyToRun=true -p:SelfContained=false)
[ "${1:-}" = "--jit" ] && r2r=()
rm -f "$feed"/Elimination.Runner.*nupkg  # a stale higher version would win the install
dotnet pack tools/Elimination.Runner -c Release -o "$feed" "${r2r[@]}" -nologo -v quiet
dotnet tool uninstall --global Elimination.Runner >/dev/null 2>&1 || true
dotnet tool install --global --add-source "$feed" Elimination.Runner
case ":$PATH:" in *":$HOME/.dotnet/tools:"*) ;; *) echo "add ~/.dotnet/tools to PATH: export PATH=\"\$PATH:\$HOME/.dotnet/tools\"";; esac
