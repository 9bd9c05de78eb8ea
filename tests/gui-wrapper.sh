#!/bin/sh
# Runs a GUI test program under a fresh X server when there is no display.
# A test that cannot get a display says so in TAP and is skipped.
set -u
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$@"
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "1..0 # SKIP no display and no xvfb-run (install the xvfb package)"
  exit 0
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$@"
