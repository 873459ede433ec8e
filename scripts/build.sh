#!/usr/bin/env bash
# Configures (once) and builds a preset: scripts/build.sh [debug|release|asan]. Quick when nothing changed.
set -euo pipefail
preset="${1:-release}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" -- -j"$(nproc)"
