#!/bin/sh
# The whole test suite, as CI runs it: build with warnings as errors and run
# every test, the window tests included (they start Xvfb themselves when
# there is no display).  Run from anywhere; needs the packages of
# tools/debian-packages.txt.
set -eu
cd "$(dirname "$0")/.."

echo "== build and test (warnings are errors)"
meson setup build-test -Dwerror=true --reconfigure 2>/dev/null || meson setup build-test -Dwerror=true
meson test -C build-test --print-errorlogs
