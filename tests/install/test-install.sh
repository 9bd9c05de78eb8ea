#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build into a temporary DESTDIR, checks that every file a
# desktop needs is there, and runs the validators on the installed copies.
# Prints TAP.  A validator that is not installed makes its check SKIP and
# says which Debian package provides it.
#
#   test-install.sh MESON BUILD_DIR PREFIX BINDIR DATADIR APP_ID
set -u

meson=$1 build_dir=$2 prefix=$3 bindir=$4 datadir=$5 app_id=$6

# Installed paths, relative to the prefix.  Add a line per new file.
expected_files="
$bindir/kelisim
$datadir/applications/$app_id.desktop
$datadir/metainfo/$app_id.metainfo.xml
$datadir/icons/hicolor/scalable/apps/$app_id.svg
$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg
$datadir/glib-2.0/schemas/$app_id.gschema.xml
$datadir/dbus-1/services/$app_id.service
"
# Translations, once po/LINGUAS lists languages: one .mo per language.
source_dir=${KELISIM_SOURCE_DIR:-$(dirname "$0")/../..}
for lang in $(sed -e 's/#.*//' "$source_dir/po/LINGUAS" 2>/dev/null); do
  expected_files="$expected_files
$datadir/locale/$lang/LC_MESSAGES/kelisim.mo"
done

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }
diag () { sed -e 's/^/# /'; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kelisim-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
root=$tmp$prefix

echo "1..7"

# 1. meson install into the temporary DESTDIR.
if "$meson" install -C "$build_dir" --no-rebuild --destdir "$tmp" >"$tmp.log" 2>&1; then
  ok "meson install --destdir"
else
  not_ok "meson install --destdir"
  diag <"$tmp.log"
fi
rm -f "$tmp.log"

# 2. Every expected file is installed, and the program is executable.
missing=""
for f in $expected_files; do
  [ -f "$root/$f" ] || missing="$missing $f"
done
[ -x "$root/$bindir/kelisim" ] || missing="$missing $bindir/kelisim(not executable)"
if [ -z "$missing" ]; then
  ok "installed files are all there"
else
  not_ok "installed files are all there"
  echo "missing:$missing" | diag
  echo "installed:" | diag
  (cd "$tmp" && find . -type f | sort) | diag
fi

# 3. The desktop file.
desktop=$root/$datadir/applications/$app_id.desktop
if ! command -v desktop-file-validate >/dev/null 2>&1; then
  skip "desktop-file-validate not found (Debian package desktop-file-utils)"
elif out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
  ok "desktop-file-validate"
else
  not_ok "desktop-file-validate"
  echo "$out" | diag
fi

# 3b. The citation's link, kelisim:EID, opens in Kelisim: the desktop file
# registers the scheme and passes the link on (%u or %U).
if grep -Eq '^MimeType=(.*;)?x-scheme-handler/kelisim;' "$desktop" &&
   grep -Eq '^Exec=kelisim( .*)? %[uU]' "$desktop"; then
  ok "desktop file handles kelisim: links"
else
  not_ok "desktop file handles kelisim: links"
  grep -E '^(MimeType|Exec)=' "$desktop" 2>&1 | diag
fi

# 4. The AppStream metainfo: no errors, no warnings.  The only remark
# allowed is AppStream 0.16 (Debian 12) not knowing the <developer> tag
# that AppStream 1.0 introduced; any other remark fails the check.
metainfo=$root/$datadir/metainfo/$app_id.metainfo.xml
if ! command -v appstreamcli >/dev/null 2>&1; then
  skip "appstreamcli not found (Debian package appstream)"
else
  out=$(appstreamcli validate --no-net "$metainfo" 2>&1)
  rc=$?
  unexpected=$(echo "$out" | grep -E '^[EWI]: ' | grep -v -E '^I: [^ ]+: unknown-tag developer$')
  if [ $rc -eq 0 ] && [ -z "$unexpected" ]; then
    ok "appstreamcli validate --no-net"
  else
    not_ok "appstreamcli validate --no-net"
  fi
  echo "$out" | diag
fi

# 5. The GSettings schema, as glib-compile-schemas sees it on install.
schemas=$root/$datadir/glib-2.0/schemas
if ! command -v glib-compile-schemas >/dev/null 2>&1; then
  skip "glib-compile-schemas not found (Debian package libglib2.0-bin)"
elif out=$(glib-compile-schemas --strict --dry-run "$schemas" 2>&1); then
  ok "glib-compile-schemas --strict --dry-run"
else
  not_ok "glib-compile-schemas --strict --dry-run"
  echo "$out" | diag
fi

# 6. D-Bus activation: the service names the application ID and starts the
# installed binary as a GApplication service, as DBusActivatable=true needs.
service=$root/$datadir/dbus-1/services/$app_id.service
if grep -qx "Name=$app_id" "$service" 2>/dev/null &&
   grep -qx "Exec=$prefix/$bindir/kelisim --gapplication-service" "$service" &&
   grep -qx "DBusActivatable=true" "$desktop"; then
  ok "D-Bus service file matches the desktop file"
else
  not_ok "D-Bus service file matches the desktop file"
  cat "$service" 2>&1 | diag
fi
