#!/bin/sh
# The current GNOME stack, as Debian testing has it: a chroot of Debian
# testing with the project's packages, and the build and the whole test
# suite run inside it.
#
#   tools/testing-chroot.sh            make or update the chroot, then build
#                                      with warnings as errors and run every test
#   tools/testing-chroot.sh --prepare  only make or update the chroot
#   tools/testing-chroot.sh --shell    a shell in it, the checkout at /work/src
#
# Runs as root on Debian.  The chroot lives in $KELISIM_TESTING_CHROOT
# (default /var/cache/kelisim/testing) and is reused while the package list
# is unchanged, so a machine builds it once.  The mirror is the one this
# machine's apt uses.  The checkout is mounted at /work/src and ../shared
# (when there is one) at /work/shared, read-only; the build directory is
# $KELISIM_TESTING_BUILD (default build-testing) inside the checkout.
# KELISIM_TESTING_TESTS="a11y gui" runs only those meson suites instead of
# every test; the variables named KEL_* (e.g. KEL_ORCA_EXPLORE=1, no spaces
# in their values) reach the tests inside.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

. tools/chroot-lib.sh

chroot_dir=${KELISIM_TESTING_CHROOT:-/var/cache/kelisim/testing}
build=${KELISIM_TESTING_BUILD:-build-testing}
suites=""
for t in ${KELISIM_TESTING_TESTS:-}; do
  suites="$suites --suite $t"
done
suite=${KELISIM_TESTING_SUITE:-forky}

trap chroot_unmount_all EXIT INT TERM

# Debian 12's package list, with the names that differ in testing
packages () {
  tools/debian-packages.sh "$suite" tools/debian-packages.txt
}

prepare () {
  wanted="$suite $(packages | sort | tr '\n' ' ')"
  if [ "$(cat "$chroot_dir/.kelisim-packages" 2>/dev/null)" = "$wanted" ]; then
    echo "testing-chroot: reusing $chroot_dir"
    return 0
  fi
  chroot_make "$chroot_dir" "$suite"
  chroot_mount "$chroot_dir" proc /proc
  chroot_mount "$chroot_dir" /dev/pts /dev/pts
  chroot_run "$chroot_dir" apt-get update -q
  # shellcheck disable=SC2046
  chroot_run "$chroot_dir" apt-get install -y -q --no-install-recommends $(packages)
  chroot_run "$chroot_dir" apt-get clean
  chroot_unmount_all
  echo "$wanted" >"$chroot_dir/.kelisim-packages"
}

enter () {
  chroot_mount "$chroot_dir" proc /proc
  chroot_mount "$chroot_dir" /dev /dev
  chroot_mount "$chroot_dir" /dev/pts /dev/pts
  chroot_mount "$chroot_dir" "$root" /work/src
  if [ -d "$root/../shared" ]; then
    chroot_mount "$chroot_dir" "$root/../shared" /work/shared ro
  fi
}

case "${1:-}" in
  --prepare)
    prepare
    ;;
  --shell)
    prepare
    enter
    chroot_run "$chroot_dir" sh -c 'cd /work/src && exec bash'
    ;;
  "")
    prepare
    enter
    echo "testing-chroot: $(chroot_run "$chroot_dir" sh -c '. /etc/os-release; echo $PRETTY_NAME'):" \
      "GTK $(chroot_run "$chroot_dir" pkg-config --modversion gtk4)," \
      "GLib $(chroot_run "$chroot_dir" pkg-config --modversion glib-2.0)," \
      "libxml2 $(chroot_run "$chroot_dir" pkg-config --modversion libxml-2.0)," \
      "$(chroot_run "$chroot_dir" gcc --version | head -n 1)"
    # the KEL_* variables, as arguments of env
    # shellcheck disable=SC2046
    set -- $(env | grep '^KEL_[A-Za-z0-9_]*=' || true)
    chroot_run "$chroot_dir" "$@" sh -c "
      set -e
      cd /work/src
      meson setup '$build' -Dwerror=true --reconfigure >/dev/null 2>&1 || meson setup '$build' -Dwerror=true >/dev/null
      ninja -C '$build'
      meson test -C '$build' --print-errorlogs $suites
    "
    ;;
  *)
    echo "usage: tools/testing-chroot.sh [--prepare | --shell]" >&2
    exit 2
    ;;
esac
