#!/usr/bin/env bash
# Installs what is missing, builds a release and starts Rapport on the default database.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh"
"$root/scripts/build.sh" release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "Rapport is built, but there is no display to open its window on (DISPLAY is not set)." >&2
    echo "Use the headless program instead, for example:" >&2
    echo "  $root/build/release/app/rapport-cli --help" >&2
    exit 1
fi
exec "$root/build/release/app/rapport" "$@"
