#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the screenshots the metainfo points at, by running the built reader
# under a fresh Xvfb at 1200×800:
#
#   data/screenshots/reader.png    the default view: the agreement and its contents
#   data/screenshots/dark.png      the same in the dark style (GTK_THEME=Adwaita:dark)
#   data/screenshots/glossary.png  the sidebar on its glossary page
#
#   tools/make-screenshots.sh [BUILD_DIR]      (default: build)
#
# Needs the Debian packages xvfb, xauth, dbus (for dbus-run-session),
# imagemagick (import) and xdotool.  Uses ../shared/tools/screenshot.sh when
# it is there, and the same steps inline otherwise.
#
# Each run gets its own settings (a keyfile in a temporary directory) and its
# own session bus, so a Kelisim already running on the desktop is neither
# reused nor changed.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
app=$build/src/kelisim
out=$top/data/screenshots
width=1200 height=800
wait_seconds=3

[ -x "$app" ] || { echo "no $app: build first (ninja -C $build)" >&2; exit 1; }
for tool in xvfb-run import xdotool dbus-run-session; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found (see the packages listed at the top of $0)" >&2; exit 1; }
done
mkdir -p "$out"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kelisim-shots.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

export GSETTINGS_SCHEMA_DIR="$build/data"
export GSETTINGS_BACKEND=keyfile
export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1
export LANGUAGE=en LC_ALL=C.UTF-8

shared_shot=$top/../shared/tools/screenshot.sh

# shot NAME SIDEBAR_PAGE [--dark]
shot () {
  name=$1 page=$2 dark=${3:-}
  export XDG_CONFIG_HOME="$tmp/$name"
  mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
  cat >"$XDG_CONFIG_HOME/glib-2.0/settings/keyfile" <<EOF
[io/github/kelisim/Kelisim]
window-width=$width
window-height=$height
sidebar-visible=true
sidebar-page='$page'
EOF
  # dbus-run-session outside, so that its bus ends when the screenshot is taken.
  if [ -x "$shared_shot" ]; then
    dbus-run-session -- "$shared_shot" "$out/$name.png" --size "${width}x$height" \
      --wait "$wait_seconds" $dark -- "$app" >/dev/null
  else
    if [ -n "$dark" ]; then export GTK_THEME=Adwaita:dark; else unset GTK_THEME; fi
    OUT="$out/$name.png" WAIT=$wait_seconds dbus-run-session -- \
      xvfb-run -a -s "-screen 0 ${width}x${height}x24" sh -c '
        "$1" & pid=$!
        sleep "$WAIT"
        import -window root "$OUT"
        { kill $pid; wait $pid; } 2>/dev/null || true' _ "$app"
  fi
  unset GTK_THEME
  echo "$out/$name.png: $(wc -c <"$out/$name.png") bytes"
}

shot reader contents
shot dark contents --dark
shot glossary glossary
