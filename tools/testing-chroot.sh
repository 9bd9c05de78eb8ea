#!/bin/sh
# The current GNOME stack, as Debian testing has it: a chroot of Debian
# testing with the project's packages, and the build and the whole test suite
# run inside it.
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
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

chroot_dir=${KELISIM_TESTING_CHROOT:-/var/cache/kelisim/testing}
build=${KELISIM_TESTING_BUILD:-build-testing}
suite=${KELISIM_TESTING_SUITE:-forky}

# The mirror of this machine's apt sources: deb822 first, then one-line.
mirror () {
  m=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  if [ -z "$m" ]; then
    m=$(awk '$1 == "deb" && $0 ~ /debian/ && $0 !~ /security/ { print $2; exit }' \
          /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
  fi
  [ -n "$m" ] || { echo "testing-chroot: no Debian mirror in this machine's apt sources" >&2; exit 2; }
  echo "$m"
}

# The package list for testing: Debian 12's, with the names that differ.
packages () {
  tools/debian-packages.sh "$suite" tools/debian-packages.txt
}

inside () {
  chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 TERM=dumb "$@"
}

mounted=""
mount_in () {
  # $1 source, $2 target in the chroot, $3 extra options
  mkdir -p "$chroot_dir$2"
  mountpoint -q "$chroot_dir$2" && return 0
  if [ "$1" = proc ]; then
    mount -t proc proc "$chroot_dir$2"
  else
    mount --bind "$1" "$chroot_dir$2"
    [ -z "${3:-}" ] || mount -o "remount,bind,$3" "$chroot_dir$2"
  fi
  mounted="$chroot_dir$2 $mounted"
}
unmount_all () {
  for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
  mounted=""
}
trap unmount_all EXIT INT TERM

prepare () {
  wanted=$(packages | sort | tr '\n' ' ')
  if [ -f "$chroot_dir/.kelisim-packages" ] && [ "$(cat "$chroot_dir/.kelisim-packages")" = "$wanted" ]; then
    echo "testing-chroot: reusing $chroot_dir ($(inside sh -c '. /etc/os-release; echo $PRETTY_NAME'))"
    return 0
  fi
  m=$(mirror)
  if [ ! -x "$chroot_dir/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap
    rm -rf "$chroot_dir.new"
    mkdir -p "$(dirname "$chroot_dir")"
    # Debian 12's debootstrap has no script for the newest suites; sid's
    # fits every suite after it.
    debootstrap --variant=minbase "$suite" "$chroot_dir.new" "$m" \
      /usr/share/debootstrap/scripts/sid
    rm -rf "$chroot_dir"
    mv "$chroot_dir.new" "$chroot_dir"
  fi
  echo "deb $m $suite main" >"$chroot_dir/etc/apt/sources.list"
  # the archive's Release file for testing may be past its Valid-Until
  echo 'Acquire::Check-Valid-Until "false";' >"$chroot_dir/etc/apt/apt.conf.d/99kelisim"
  # no services start inside
  printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
  chmod +x "$chroot_dir/usr/sbin/policy-rc.d"
  mount_in proc /proc
  mount_in /dev/pts /dev/pts
  inside apt-get update -q
  # shellcheck disable=SC2046
  inside apt-get install -y -q --no-install-recommends $(packages)
  inside apt-get clean
  unmount_all
  echo "$wanted" >"$chroot_dir/.kelisim-packages"
}

enter () {
  mount_in proc /proc
  mount_in /dev /dev
  mount_in /dev/pts /dev/pts
  mount_in "$root" /work/src
  if [ -d "$root/../shared" ]; then
    mount_in "$root/../shared" /work/shared ro
  fi
}

case "${1:-}" in
  --prepare)
    prepare
    ;;
  --shell)
    prepare
    enter
    inside sh -c 'cd /work/src && exec bash'
    ;;
  "")
    prepare
    enter
    echo "testing-chroot: $(inside sh -c '. /etc/os-release; echo $PRETTY_NAME'):" \
      "GTK $(inside pkg-config --modversion gtk4), GLib $(inside pkg-config --modversion glib-2.0)," \
      "libxml2 $(inside pkg-config --modversion libxml-2.0), $(inside gcc --version | head -n 1)"
    inside sh -c "
      set -e
      cd /work/src
      meson setup '$build' -Dwerror=true --reconfigure >/dev/null 2>&1 || meson setup '$build' -Dwerror=true >/dev/null
      ninja -C '$build'
      meson test -C '$build' --print-errorlogs --num-processes 2
    "
    ;;
  *)
    echo "usage: tools/testing-chroot.sh [--prepare | --shell]" >&2
    exit 2
    ;;
esac
