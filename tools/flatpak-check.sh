#!/bin/sh
# Builds the Flatpak from a clean clone of this checkout's HEAD against a
# stand-in GNOME runtime assembled from Debian testing, installs it into a
# private installation and checks it as a user would meet it.
#
#   tools/flatpak-check.sh
#
# What it proves: the manifest builds offline with flatpak-builder; the
# program runs inside the sandbox with only the permissions the manifest
# grants; the command line, the window, the translations and the exported
# desktop file, D-Bus service, icons and metainfo work there.  What it does
# not prove: that the real org.gnome.Platform behaves the same.  The stand-in
# carries the library versions of GNOME 51 (GTK 4.24, GLib 2.90) from Debian
# testing's packages, not GNOME's own build of them.
#
# Runs as root on Debian 12 with the packages of tools/debian-packages.txt.
# The stand-in Platform (a minimal chroot with the runtime libraries) and Sdk
# (the chroot of tools/testing-chroot.sh) are exported once into an OSTree
# repository under $KELISIM_FLATPAK_CACHE (default /var/cache/kelisim/flatpak)
# and reused while their package lists are unchanged.  Nothing is written to
# the user's home: the installation, HOME and XDG_RUNTIME_DIR are private.
# Prints TAP; exits non-zero when a check fails.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

. tools/chroot-lib.sh

cache=${KELISIM_FLATPAK_CACHE:-/var/cache/kelisim/flatpak}
suite=${KELISIM_TESTING_SUITE:-forky}
app=io.github.kelisim.Kelisim
platform=org.kelisim.StandIn.Platform
sdk=org.kelisim.StandIn.Sdk
branch=51
platform_chroot=$cache/platform-chroot
repo=$cache/repo
work=$(mktemp -d "${TMPDIR:-/var/tmp}/kelisim-flatpak.XXXXXX")

# a private installation, home and runtime directory
export FLATPAK_USER_DIR="$cache/installation"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME" "$FLATPAK_USER_DIR"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

cleanup () {
  chroot_unmount_all
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

stage_start=$(date +%s)
stage () {
  echo "# $1: $(( $(date +%s) - stage_start )) s"
  stage_start=$(date +%s)
}

# ---- the stand-in runtime ------------------------------------------------

# What the GNOME Platform gives an application like Kelisim at run time.
platform_packages="libgtk-4-1 libxml2-16 libglib2.0-0t64 libjson-glib-1.0-0 librsvg2-common
  libgdk-pixbuf-2.0-0 adwaita-icon-theme hicolor-icon-theme fonts-noto-core
  fonts-wqy-microhei fontconfig shared-mime-info gsettings-desktop-schemas
  libglib2.0-bin libgl1-mesa-dri libegl1 libegl-mesa0 libgl1 libglx-mesa0
  locales ca-certificates"
# ICU, which the GNOME Platform ships and the collator of term labels needs
# (src/model/kel-collate.c).  Its runtime library's name carries ICU's
# version (libicu72 in Debian 12, libicu78 in testing as of 2026): the
# Platform gets the one that $suite's libicu-dev depends on, the library
# the Sdk (tools/testing-chroot.sh, with libicu-dev) builds against.
platform_icu_dev=libicu-dev

# the Platform: testing's runtime libraries and the locales the GNOME
# runtime ships in its .Locale extension
prepare_platform () {
  wanted="$suite $(echo $platform_packages | tr ' ' '\n' | sort | tr '\n' ' ')runtime-of:$platform_icu_dev"
  if [ "$(cat "$platform_chroot/.kelisim-packages" 2>/dev/null)" = "$wanted" ]; then
    return 0
  fi
  chroot_make "$platform_chroot" "$suite"
  chroot_mount "$platform_chroot" proc /proc
  chroot_mount "$platform_chroot" /dev/pts /dev/pts
  chroot_run "$platform_chroot" apt-get update -q
  icu=$(chroot_run "$platform_chroot" apt-cache depends "$platform_icu_dev" \
          | sed -n 's/^ *Depends: \(libicu[0-9][0-9]*\)$/\1/p' | head -n 1)
  if [ -z "$icu" ]; then
    echo "not ok - $suite's $platform_icu_dev names no libicuNN runtime library"
    exit 1
  fi
  # shellcheck disable=SC2086
  chroot_run "$platform_chroot" apt-get install -y -q --no-install-recommends $platform_packages "$icu"
  printf '%s UTF-8\n' en_US.UTF-8 kk_KZ.UTF-8 ru_RU.UTF-8 zh_CN.UTF-8 >"$platform_chroot/etc/locale.gen"
  chroot_run "$platform_chroot" locale-gen
  chroot_run "$platform_chroot" apt-get clean
  chroot_unmount_all
  echo "$wanted" >"$platform_chroot/.kelisim-packages"
}

# A Flatpak runtime is a /usr tree ("files/") with /etc as files/etc.
# Debian is merged-/usr, so /lib, /lib64 and /bin are links into /usr and
# flatpak makes them in the sandbox.
export_runtime () {
  # $1 chroot, $2 id, $3 platform|sdk
  dir=$work/export-$3
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -a "$1/usr" "$dir/files"
  cp -a "$1/etc" "$dir/files/etc"
  rm -f "$dir/files/sbin/policy-rc.d"
  # files the sandbox provides itself
  rm -f "$dir/files/etc/passwd" "$dir/files/etc/group" "$dir/files/etc/shadow" \
        "$dir/files/etc/gshadow" "$dir/files/etc/machine-id" "$dir/files/etc/hostname" \
        "$dir/files/etc/hosts" "$dir/files/etc/resolv.conf" "$dir/files/etc/localtime" \
        "$dir/files/etc/timezone" "$dir/files/etc/mtab"
  rm -rf "$dir/files/share/doc" "$dir/files/share/man" "$dir/files/share/info"
  if [ "$3" = sdk ]; then
    # what building Kelisim does not need: the test suite's tools
    rm -rf "$dir/files/lib/llvm-"* "$dir/files/libexec/valgrind" \
           "$dir/files/lib/x86_64-linux-gnu/valgrind" "$dir/files/share/locale" \
           "$dir/files/lib/x86_64-linux-gnu/libLLVM"* "$dir/files/lib/x86_64-linux-gnu/libclang"* \
           "$dir/files/lib/x86_64-linux-gnu/libz3"*
    # flatpak-builder 1.2 (Debian 12) runs appstream-glib's appstream-compose,
    # which testing no longer has; the GNOME SDK and flatpak-builder 1.4 use
    # appstreamcli compose, which does the same job
    cat >"$dir/files/bin/appstream-compose" <<'SHIM'
#!/bin/sh
# appstream-compose --prefix=P --basename=B --origin=O ID..., by appstreamcli
prefix=/app origin=flatpak ids=
for a in "$@"; do
  case $a in
    --prefix=*) prefix=${a#--prefix=} ;;
    --origin=*) origin=${a#--origin=} ;;
    -*) ;;
    *) ids="${ids:+$ids,}$a" ;;
  esac
done
# flatpak-builder 1.2 has moved the metainfo to the legacy appdata folder,
# where appstreamcli no longer looks
for f in "$prefix"/share/appdata/*.appdata.xml; do
  [ -e "$f" ] || continue
  mkdir -p "$prefix/share/metainfo"
  b=$(basename "$f" .appdata.xml)
  [ -e "$prefix/share/metainfo/$b.metainfo.xml" ] || cp "$f" "$prefix/share/metainfo/$b.metainfo.xml"
done
exec appstreamcli compose --no-net --prefix=/ --origin="$origin" --result-root="$prefix" \
  --data-dir="$prefix/share/app-info/xmls" --icons-dir="$prefix/share/app-info/icons/$origin" \
  --components="$ids" "$prefix"
SHIM
    chmod +x "$dir/files/bin/appstream-compose"
  else
    rm -rf "$dir/files/include"
  fi
  cat >"$dir/metadata" <<EOF
[Runtime]
name=$2
runtime=$platform/x86_64/$branch
sdk=$sdk/x86_64/$branch
EOF
  flatpak build-export --runtime --files=files --disable-sandbox --no-update-summary \
    -s "stand-in for the GNOME $branch runtime, from Debian $suite" "$repo" "$dir" "$branch" >/dev/null
  rm -rf "$dir"
}

# what the exported runtime is made of: this recipe and both package lists
runtime_stamp () {
  echo "recipe 3"
  cat "$platform_chroot/.kelisim-packages" "$KELISIM_TESTING_CHROOT_DIR/.kelisim-packages"
}

echo "# the stand-in runtime"
tools/testing-chroot.sh --prepare
KELISIM_TESTING_CHROOT_DIR=${KELISIM_TESTING_CHROOT:-/var/cache/kelisim/testing}
prepare_platform
stage "platform chroot"
if [ "$(runtime_stamp)" != "$(cat "$cache/.exported" 2>/dev/null)" ] \
   || ! flatpak --user info "$sdk//$branch" >/dev/null 2>&1; then
  rm -rf "$repo" "$FLATPAK_USER_DIR"
  mkdir -p "$FLATPAK_USER_DIR"
  ostree init --repo="$repo" --mode=archive-z2
  export_runtime "$platform_chroot" "$platform" platform
  export_runtime "$KELISIM_TESTING_CHROOT_DIR" "$sdk" sdk
  flatpak build-update-repo "$repo" >/dev/null
  flatpak --user remote-add --if-not-exists --no-gpg-verify kelisim-standin "$repo"
  flatpak --user install -y --noninteractive kelisim-standin "$platform//$branch" "$sdk//$branch" >/dev/null
  runtime_stamp >"$cache/.exported"
  stage "runtime exported and installed"
else
  echo "# reusing the stand-in runtime in $cache"
fi

# ---- the application, from a clean clone ------------------------------------

# The committed manifest, only runtime, runtime-version and sdk rewritten.
# It must sit in flatpak/ of the clone: its source is the folder above it.
git clone --quiet "$root" "$work/src"
manifest=$work/src/flatpak/$app.standin.json
python3 - "$work/src/flatpak/$app.json" "$manifest" "$platform" "$sdk" "$branch" <<'EOF'
import json, sys
src, dst, platform, sdk, branch = sys.argv[1:]
m = json.load(open(src))
m.update(runtime=platform, sdk=sdk, **{"runtime-version": branch})
json.dump(m, open(dst, "w"), indent=2)
EOF
(cd "$work" && flatpak-builder --user --disable-rofiles-fuse --force-clean --disable-updates \
   --state-dir="$work/builder-state" --repo="$work/app-repo" --install \
   "$work/build-app" "$manifest") >"$work/builder.log" 2>&1 \
  || { tail -n 40 "$work/builder.log"; echo "not ok - flatpak-builder failed"; exit 1; }
stage "flatpak-builder"

# ---- checks ------------------------------------------------------------------

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/# /'; }
check () {
  # $1 description; the rest a command that must succeed
  d=$1; shift
  if out=$("$@" 2>&1); then ok "$d"; else fail "$d" "$out"; fi
}

run_app () {
  flatpak --user run "$app" "$@"
}

# the command line inside the sandbox
if run_app --dump-terms >"$work/terms.out" 2>"$work/terms.err" \
   && [ "$(grep -c '^[a-zA-Z]*	' "$work/terms.out")" -eq 14 ] \
   && grep -q '^informationWar	ақпараттық соғыс	информационная война	信息战	' "$work/terms.out" \
   && [ ! -s "$work/terms.err" ]; then
  ok "sandboxed --dump-terms lists the 13 defined terms, nothing on stderr"
else
  fail "sandboxed --dump-terms lists the 13 defined terms, nothing on stderr" "$(head -n 5 "$work/terms.out" "$work/terms.err")"
fi
if run_app --lookup 'ақпараттық соғысқа' >"$work/lookup.out" 2>"$work/lookup.err" \
   && grep -q '^informationWar	ақпараттық соғыс	ақпараттық жүйелерге' "$work/lookup.out" \
   && [ ! -s "$work/lookup.err" ]; then
  ok "sandboxed --lookup finds a term from an inflected form, with its definition"
else
  fail "sandboxed --lookup finds a term from an inflected form, with its definition" "$(head -n 5 "$work/lookup.out" "$work/lookup.err")"
fi
if run_app --edition /nonexistent.xml --dump-text >/dev/null 2>"$work/missing.err"; then
  fail "sandboxed: a missing edition is refused"
elif grep -q 'nonexistent.xml' "$work/missing.err"; then
  ok "sandboxed: a missing edition is refused with a message naming it"
else
  fail "sandboxed: a missing edition is refused with a message naming it" "$(cat "$work/missing.err")"
fi

# the interface in Russian inside the sandbox: --help as the catalogue
# the build installed says it
english="Print the text of the agreement, one block per line"
russian=$(python3 -c 'import gettext, sys
print(gettext.translation("kelisim", sys.argv[1], ["ru"]).gettext(sys.argv[2]))' \
  "$work/build-app/files/share/locale" "$english" 2>/dev/null || true)
ru_help=$(LANG=ru_RU.UTF-8 run_app --help 2>&1 || true)
if [ -n "$russian" ] && [ "$russian" != "$english" ] && echo "$ru_help" | grep -qF "$russian"; then
  ok "LANG=ru_RU.UTF-8: --help speaks Russian in the sandbox (\"$russian\")"
else
  fail "LANG=ru_RU.UTF-8: --help speaks Russian in the sandbox" "$(echo "$ru_help" | head -n 12)"
fi

# permissions: what an offline reader needs, nothing else
perms=$(flatpak --user info --show-permissions "$app")
echo "$perms" | sed 's/^/# /'
bad=$(echo "$perms" | grep -E '^(filesystems|devices|shared|sockets)=' \
      | sed 's/^[a-z]*=//' | tr ';' '\n' | grep -v '^$' \
      | grep -vxE 'ipc|wayland|fallback-x11|x11|dri' || true)
if [ -z "$bad" ] && ! echo "$perms" | grep -q 'network' && ! echo "$perms" | grep -q '^filesystems='; then
  ok "permissions are ipc, wayland, fallback-x11 (x11) and dri only"
else
  fail "permissions are ipc, wayland, fallback-x11 (x11) and dri only" "unexpected: $bad"
fi

# what the installation exports to the desktop
exports=$FLATPAK_USER_DIR/exports/share
for f in "applications/$app.desktop" "dbus-1/services/$app.service" \
         "icons/hicolor/scalable/apps/$app.svg" "icons/hicolor/symbolic/apps/$app-symbolic.svg" \
         "metainfo/$app.metainfo.xml"; do
  check "exported: $f" test -s "$exports/$f"
done
check "the exported desktop file validates" \
  desktop-file-validate "$exports/applications/$app.desktop"
check "the exported desktop file starts the sandboxed program" \
  grep -q "^Exec=.*flatpak run .*$app" "$exports/applications/$app.desktop"
check "the D-Bus service starts the sandboxed program" \
  grep -q "^Exec=.*flatpak run .*$app" "$exports/dbus-1/services/$app.service"
check "the metainfo validates" \
  appstreamcli validate --no-net --explain "$exports/metainfo/$app.metainfo.xml"

# the window under Xvfb, sandboxed: a screenshot that is not blank, and
# nothing from the program on stderr
shot=$work/window.png
xvfb-run -a -s '-screen 0 1280x860x24 -nolisten tcp' dbus-run-session -- sh -c "
  flatpak --user run $app >'$work/window.out' 2>'$work/window.err' & pid=\$!
  sleep 8
  import -window root '$shot'
  kill \$pid; wait \$pid" >"$work/session.log" 2>&1 || true
colours=$(convert "$shot" -format '%k' info: 2>/dev/null || echo 0)
if [ "${colours:-0}" -gt 50 ]; then
  ok "the sandboxed window draws the text ($colours colours in the screenshot)"
else
  fail "the sandboxed window draws the text" "$(cat "$work/session.log")"
fi
# Mesa says that Xvfb has no DRI3 (no GPU here); that is the test machine,
# not the program, and a desktop with a GPU does not print it
grep -v '^libEGL warning: \(DRI3 error: Could not get DRI3 device\|Ensure your X server supports DRI3\)' \
  "$work/window.err" >"$work/window.err.app" || true
if [ -s "$work/window.err.app" ]; then
  fail "the sandboxed window prints nothing on stderr" "$(head -n 10 "$work/window.err.app")"
else
  ok "the sandboxed window prints nothing on stderr ($(wc -l <"$work/window.err") lines of Mesa's about Xvfb)"
fi
if [ -n "${KELISIM_FLATPAK_SHOT:-}" ]; then
  cp "$shot" "$KELISIM_FLATPAK_SHOT"
fi
stage "checks"

echo "1..$n"
echo "$((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
