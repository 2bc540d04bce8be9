#!/usr/bin/env bash
# Installs the runner as `elimination` from this repository.
# Default: a Native AOT binary (no JIT at start-up: ~10 ms for a small run instead of ~150 ms) in ~/.elimination,
# linked from ~/.dotnet/tools. Needs a C toolchain (clang or gcc); without one, or with --tool, the runner is
# packed and installed as a .NET tool instead (ReadyToRun; --jit: plain JIT).
# Usage: ./install.sh [--tool | --jit]
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-aot}"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
tools="$HOME/.dotnet/tools"
home="${ELIMINATION_HOME:-$HOME/.elimination}"
mkdir -p "$tools"

if [ "$mode" = aot ] && { command -v clang >/dev/null || command -v gcc >/dev/null; }; then
  staging="$(mktemp -d)"
  # IlcInstructionSet=native: the binary is built where it runs, so it may use this CPU's vector instructions (the
  # default, x86-64-v2, leaves out AVX2/AVX-512, which F4's interleaved reduction kernel needs: katsura-10 2.06 -> 1.31 s).
  if dotnet publish tools/Elimination.Runner -c Release -r "$rid" -p:PublishAot=true -p:StripSymbols=true -p:IlcInstructionSet=native \
       -p:GenerateDocumentationFile=false -p:DebugType=none -o "$staging" -nologo -v quiet; then
    dotnet tool uninstall --global Elimination.Runner >/dev/null 2>&1 || true
    rm -rf "$home" && mkdir -p "$home"
    cp "$staging"/elimination "$staging"/*.so "$home"/   # the binary and SkiaSharp's native libraries (plot)
    rm -rf "$staging"
    ln -sf "$home/elimination" "$tools/elimination"
    echo "installed the Native AOT runner: $tools/elimination -> $home/elimination"
    case ":$PATH:" in *":$tools:"*) ;; *) echo "add ~/.dotnet/tools to PATH: export PATH=\"\$PATH:\$HOME/.dotnet/tools\"";; esac
    exit 0
  fi
  rm -rf "$staging"
  echo "install.sh: Native AOT publish failed; installing the .NET tool instead" >&2
fi

# The .NET tool: ReadyToRun for this machine's runtime identifier unless --jit.
feed="artifacts/packages"
r2r=(-r "$rid" -p:PublishReadyToRun=true -p:SelfContained=false)
[ "$mode" = --jit ] && r2r=()
rm -f "$feed"/Elimination.Runner.*nupkg  # a stale higher version would win the install
rm -f "$tools/elimination"               # a link left by an AOT install would shadow the tool's shim
dotnet pack tools/Elimination.Runner -c Release -o "$feed" "${r2r[@]}" -nologo -v quiet
dotnet tool uninstall --global Elimination.Runner >/dev/null 2>&1 || true
dotnet tool install --global --add-source "$feed" Elimination.Runner
case ":$PATH:" in *":$tools:"*) ;; *) echo "add ~/.dotnet/tools to PATH: export PATH=\"\$PATH:\$HOME/.dotnet/tools\"";; esac
