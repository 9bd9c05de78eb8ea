#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Brings the interface catalogues in line with the sources, the one way
# po/ is regenerated (po/README.md):
#
#  1. extracts a fresh template from the files of po/POTFILES.in, with the
#     keywords and flags of meson's glib gettext preset, references by file
#     only (no line numbers, which every edit would make stale);
#  2. merges it into each po/LANG.po of po/LINGUAS (msgmerge --previous: a
#     changed message comes back fuzzy, with the old English beside it);
#  3. drops the messages the sources no longer have (#~ entries).
#
# A catalogue whose only change would be POT-Creation-Date is left as it
# is, so that branches that change no message do not conflict.
#
#   tools/update-po.sh            update po/*.po in place
#   tools/update-po.sh --check    change nothing; print what differs and
#                                 exit 1 when po/ is behind the sources
#   tools/update-po.sh --pot FILE only write the template to FILE
#
# Also `meson compile -C BUILD update-po`.  Needs gettext (xgettext,
# msgmerge, msgattrib).
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
po=$src/po
mode=update
pot_out=
case ${1:-} in
  --check) mode=check ;;
  --pot) mode=pot; pot_out=${2:?--pot needs a file name} ;;
  '') ;;
  *) echo "usage: $0 [--check | --pot FILE]" >&2; exit 2 ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kelisim-update-po.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# meson's i18n.gettext(preset: 'glib'), as of meson 1.0
(cd "$src" && xgettext --package-name=kelisim \
   --msgid-bugs-address=https://github.com/kelisim/kelisim/issues \
   --files-from=po/POTFILES.in --directory="$src" --output="$tmp/kelisim.pot" \
   --add-location=file --from-code=UTF-8 --add-comments \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
   --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
   --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
   --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
   --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
   --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
   --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
   --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
   --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format)

if [ "$mode" = pot ]; then
  cp "$tmp/kelisim.pot" "$pot_out"
  exit 0
fi

# For the comparison: unwrapped, because gettext 0.21 (Debian 12) and 1.0
# (Debian testing) wrap long strings at other places
normalised () {
  msgcat --no-wrap "$1" | grep -v '^"POT-Creation-Date: '
}

behind=""
for lang in $(sed -e 's/#.*//' "$po/LINGUAS"); do
  file=$po/$lang.po
  new=$tmp/$lang.po
  if [ -f "$file" ]; then
    msgmerge --quiet --previous --output-file="$new" "$file" "$tmp/kelisim.pot"
  else
    msginit --no-translator --locale="$lang" --input="$tmp/kelisim.pot" --output-file="$new"
  fi
  msgattrib --no-obsolete --output-file="$new" "$new"
  normalised "$new" >"$tmp/$lang.new"
  if [ -f "$file" ] && normalised "$file" | cmp -s - "$tmp/$lang.new"; then
    continue
  fi
  if [ "$mode" = check ]; then
    behind="$behind $lang"
    echo "po/$lang.po is behind the sources:"
    if [ -f "$file" ]; then
      normalised "$file" | diff -u --label "po/$lang.po" --label "po/$lang.po (regenerated)" - "$tmp/$lang.new" | head -n 60 || true
    fi
  else
    cp "$new" "$file"
    echo "updated po/$lang.po"
  fi
done

if [ -n "$behind" ]; then
  echo "run tools/update-po.sh, then translate what is new or fuzzy in:$behind"
  exit 1
fi
exit 0
