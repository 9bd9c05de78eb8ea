#!/bin/sh
# The Debian packages Kelisim needs, for a given suite:
#
#   tools/debian-packages.sh SUITE [LIST]
#
# LIST (default tools/debian-packages.txt) names Debian 12 (bookworm)'s
# packages, one per line; this prints them with the names that differ in
# SUITE.  Debian 12 itself needs no mapping: the README installs the list
# as it is.
set -eu
suite=${1:?usage: tools/debian-packages.sh SUITE [LIST]}
list=${2:-$(dirname "$0")/debian-packages.txt}

case "$suite" in
  bookworm|12)
    grep -v '^[[:space:]]*\(#\|$\)' "$list"
    ;;
  *)
    # clang's sanitizer runtime lost its version in its name after 12.
    grep -v '^[[:space:]]*\(#\|$\)' "$list" | sed 's/^libclang-rt-[0-9]*-dev$/libclang-rt-dev/'
    ;;
esac
