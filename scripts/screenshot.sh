#!/usr/bin/env bash
# Takes screenshots of the desktop program on sample data: docs/screenshot.png (the customer list) and
# docs/screenshot-360.png (a customer's 360° view). Builds if needed; runs under xvfb-run.
# Usage: scripts/screenshot.sh [build-dir]   (default: build/debug via scripts/build.sh debug)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-}"
if [ -z "$build" ]; then
    "$root/scripts/build.sh" debug >/dev/null
    build="$root/build/debug"
else
    cmake --build "$build" --target rapport -- -j2 >/dev/null
    cmake --build "$build" --target rapport-cli -- -j2 >/dev/null 2>&1 || true
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/sample.rapport"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

if [ -x "$build/app/rapport-cli" ]; then
    "$build/app/rapport-cli" --db "$db" demo --customers 2000 >/dev/null ||
        echo "rapport-cli demo failed; the screenshots may show the welcome page" >&2
else
    echo "rapport-cli is not built; the screenshots show the welcome page" >&2
fi

shoot() { # view output
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/rapport" "$db" --screenshot "$2" --screenshot-view "$1"
}
mkdir -p "$root/docs"
shoot customers "$root/docs/screenshot.png"
shoot customer360 "$root/docs/screenshot-360.png"
echo "docs/screenshot.png and docs/screenshot-360.png written"
