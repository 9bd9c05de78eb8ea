#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `kelisim --help` speaks the desktop's language: under LANG=ru_RU.UTF-8
# (and kk_KZ, zh_CN) the summary and the options are the catalogue's, as
# the window's labels are.  The program is src/main.c built to read its
# catalogues from the build tree (tests/po/meson.build says how).
#
# The locales need not be installed: the build compiles them into
# $KELISIM_TEST_LOCPATH (make-locales.sh); without localedef or the locale's
# source (Debian package locales) that language says SKIP and why.
# Prints TAP.
#
#   test-help-language.sh KELISIM BUILD_PO_DIR
set -u

kelisim=$1
po=$2

if ! command -v gettext >/dev/null 2>&1; then
  echo "1..0 # SKIP gettext not found (Debian package gettext)"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kelisim-help.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

n=0
cases="ru:ru_RU kk:kk_KZ zh_CN:zh_CN"
echo "1..3"

# The first line of @2's translation, read with gettext(1) in the
# environment of the run; empty when the catalogue does not translate it.
translation () {
  t=$(env -u LC_ALL -u LANGUAGE -u LC_MESSAGES ${locpath:+LOCPATH=$locpath} LANG="$1" \
        TEXTDOMAINDIR="$po" gettext -e -d kelisim "$2" | head -n 1)
  [ "$t" != "$(printf "$2" | head -n 1)" ] && echo "$t"
}

for c in $cases; do
  lang=${c%%:*}
  locale=${c#*:}.UTF-8
  n=$((n + 1))
  # compiled by the build (make-locales.sh)
  locpath=${KELISIM_TEST_LOCPATH:-}
  if [ -z "$locpath" ] || [ ! -d "$locpath/$locale" ]; then
    echo "ok $n - $lang: --help # SKIP $locale could not be compiled (needs localedef and the Debian package locales)"
    continue
  fi

  want_summary=$(translation "$locale" "Read the SCO agreement on international information security in Kazakh.\nWithout an option below, the reader window opens.")
  want_option=$(translation "$locale" "Print the text of the agreement, one block per line")
  out=$(env -u LC_ALL -u LANGUAGE -u LC_MESSAGES ${locpath:+LOCPATH=$locpath} LANG="$locale" \
          "$kelisim" --help 2>"$tmp/err")
  if [ -n "$want_summary" ] && [ -n "$want_option" ] &&
     echo "$out" | grep -qF "$want_summary" && echo "$out" | grep -qF "$want_option"; then
    echo "ok $n - $lang: kelisim --help under LANG=$locale is translated"
  else
    echo "not ok $n - $lang: kelisim --help under LANG=$locale is translated"
    printf 'expected: %s\nand: %s\n--help printed:\n%s\n' "$want_summary" "$want_option" "$out" | sed -e 's/^/# /'
    sed -e 's/^/# stderr: /' "$tmp/err"
  fi
done
