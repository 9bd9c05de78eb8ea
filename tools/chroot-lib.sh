# Shell functions for the Debian chroots of tools/testing-chroot.sh and
# tools/flatpak-check.sh; sourced, not run.  Root only.

# The Debian mirror of this machine's apt sources (deb822 first, then the
# one-line format): the chroots use the archive the machine already uses.
debian_mirror () {
  _m=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  if [ -z "$_m" ]; then
    _m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
           | awk '$1 == "deb" && $0 ~ /debian/ && $0 !~ /security/ { print $2; exit }')
  fi
  if [ -z "$_m" ]; then
    echo "no Debian mirror in this machine's apt sources" >&2
    return 2
  fi
  echo "$_m"
}

# chroot_make DIR SUITE: a minimal Debian SUITE in DIR, unless DIR has one,
# with apt pointed at the machine's mirror and no services started inside.
chroot_make () {
  _dir=$1 _suite=$2
  _mirror=$(debian_mirror) || return 2
  if [ ! -x "$_dir/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap
    rm -rf "$_dir.new"
    mkdir -p "$(dirname "$_dir")"
    # Debian 12's debootstrap has no script for the suites after it; sid's
    # fits them all.
    debootstrap --variant=minbase "$_suite" "$_dir.new" "$_mirror" \
      /usr/share/debootstrap/scripts/sid
    rm -rf "$_dir"
    mv "$_dir.new" "$_dir"
  fi
  echo "deb $_mirror $_suite main" >"$_dir/etc/apt/sources.list"
  # the archive's Release file for testing may be past its Valid-Until
  echo 'Acquire::Check-Valid-Until "false";' >"$_dir/etc/apt/apt.conf.d/99kelisim"
  printf '#!/bin/sh\nexit 101\n' >"$_dir/usr/sbin/policy-rc.d"
  chmod +x "$_dir/usr/sbin/policy-rc.d"
}

# chroot_run DIR COMMAND...: COMMAND in DIR with a clean environment
chroot_run () {
  _dir=$1
  shift
  chroot "$_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 TERM=dumb "$@"
}

# chroot_mount DIR SOURCE TARGET [OPTIONS]: SOURCE (or proc) at DIR/TARGET,
# undone by chroot_unmount_all
_chroot_mounted=""
chroot_mount () {
  _dir=$1 _source=$2 _target=$3
  mkdir -p "$_dir$_target"
  if mountpoint -q "$_dir$_target"; then
    # left by a run that was killed: proc and the devices are the same for
    # every run, but a bind mount may show another checkout than this one
    case "$_source" in proc|/dev|/dev/pts) return 0 ;; esac
    umount -l "$_dir$_target"
  fi
  if [ "$_source" = proc ]; then
    mount -t proc proc "$_dir$_target"
  else
    mount --bind "$_source" "$_dir$_target"
    [ -z "${4:-}" ] || mount -o "remount,bind,$4" "$_dir$_target"
  fi
  _chroot_mounted="$_dir$_target $_chroot_mounted"
}
chroot_unmount_all () {
  for _m in $_chroot_mounted; do
    umount -l "$_m" 2>/dev/null || true
  done
  _chroot_mounted=""
}
