#!/usr/bin/env bash
# Gives the command a virtual display when there is none (CI, servers): the Electron-launch variant needs one.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
fi
exec "$@"
