#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The interface translations, as a translator and a release need them:
#  - po/POTFILES.in lists every source file that marks a string for
#    translation, so no string escapes extraction;
#  - each language of po/LINGUAS compiles with `msgfmt --check` and has no
#    fuzzy and no untranslated message;
#  - each .po translates every string that a fresh extraction from the
#    sources finds (the keywords of meson's glib preset), so a
#    new interface string fails this test until it is translated;
#  - each .po is exactly what tools/update-po.sh makes of it: no message
#    the sources no longer have (not even as a #~ entry), and the same
#    source files as references (by file, without line numbers);
#  - each .po names its language and the plural rule of that language.
# Prints TAP.  Without the gettext tools it says SKIP and why.
#
#   test-po.sh SOURCE_DIR
set -u

src=$1
po=$src/po

for tool in msgfmt xgettext msgcmp; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool not found (Debian package gettext)"
    exit 0
  fi
done

langs=$(sed -e 's/#.*//' "$po/LINGUAS" 2>/dev/null)
n_langs=$(echo $langs | wc -w)

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
diag () { sed -e 's/^/# /'; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kelisim-po.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

echo "1..$((3 + 4 * n_langs))"

# 1. LINGUAS names the interface languages, each with its .po.
missing=""
for lang in $langs; do
  [ -f "$po/$lang.po" ] || missing="$missing $lang.po"
done
if [ "$n_langs" -gt 0 ] && [ -z "$missing" ]; then
  ok "po/LINGUAS lists $n_langs languages, each with its .po"
else
  not_ok "po/LINGUAS lists languages, each with its .po"
  echo "LINGUAS: $langs; missing:$missing" | diag
fi

# 2. Every file that marks a string for translation is in POTFILES.in.
listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$po/POTFILES.in")
unlisted=""
marked=$(cd "$src" && {
  find src -name '*.c' -print | sort |
    while read -r f; do
      grep -q -E '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|g_dpgettext2|g_dcgettext) ?\(' "$f" && echo "$f"
    done
  find ui -name '*.ui' -print | sort |
    while read -r f; do
      grep -q 'translatable="yes"' "$f" && echo "$f"
    done
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null
})
for f in $marked; do
  echo "$listed" | grep -qxF "$f" || unlisted="$unlisted $f"
done
gone=""
for f in $listed; do
  [ -f "$src/$f" ] || gone="$gone $f"
done
if [ -z "$unlisted" ] && [ -z "$gone" ]; then
  ok "po/POTFILES.in lists every file with translatable strings"
else
  not_ok "po/POTFILES.in lists every file with translatable strings"
  [ -n "$unlisted" ] && echo "add to po/POTFILES.in:$unlisted" | diag
  [ -n "$gone" ] && echo "listed but missing:$gone" | diag
fi

# 3. A fresh template, extracted as tools/update-po.sh (and meson's
# i18n.gettext(preset: 'glib')) does.
pot=$tmp/kelisim.pot
if "$src/tools/update-po.sh" --pot "$pot" >"$tmp/xgettext.log" 2>&1 && [ -s "$pot" ]; then
  ok "xgettext extracts $(($(grep -c "^msgid " "$pot") - 1)) messages from the sources"
else
  not_ok "xgettext extracts the messages from the sources"
  diag <"$tmp/xgettext.log"
fi
"$src/tools/update-po.sh" --check >"$tmp/sync.log" 2>&1

plural_rule () {
  case $1 in
    kk) echo 'nplurals=2; plural=(n!=1);' ;;
    ru) echo 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);' ;;
    zh_CN) echo 'nplurals=1; plural=0;' ;;
    *) echo '' ;;
  esac
}

for lang in $langs; do
  file=$po/$lang.po

  # msgfmt --statistics says "N translated messages[, M fuzzy
  # translations][, K untranslated messages]." on stderr.
  if stats=$(msgfmt --check --statistics -o /dev/null "$file" 2>&1) &&
     echo "$stats" | grep -q 'translated message' &&
     ! echo "$stats" | grep -q -E 'fuzzy|untranslated'; then
    ok "$lang: msgfmt --check passes, nothing fuzzy or untranslated ($stats)"
  else
    not_ok "$lang: msgfmt --check passes, nothing fuzzy or untranslated"
    echo "$stats" | diag
  fi

  # Untranslated and fuzzy messages of the .po count as missing.
  if out=$(msgcmp "$file" "$pot" 2>&1); then
    ok "$lang: translates every string of the sources"
  else
    not_ok "$lang: translates every string of the sources"
    echo "$out" | diag
    echo "update it: tools/update-po.sh, then translate what is new or fuzzy" | diag
  fi

  # Nothing more, nothing stale: the regeneration would change nothing.
  if ! grep -q "^po/$lang.po is behind" "$tmp/sync.log"; then
    ok "$lang: holds no message the sources lack, references up to date"
  else
    not_ok "$lang: holds no message the sources lack, references up to date"
    sed -n "/^po\/$lang.po is behind/,/^po\/.* is behind\|^run tools/p" "$tmp/sync.log" | diag
  fi

  header=$(msgcat --no-wrap "$file" 2>/dev/null | sed -n '1,/^$/p' | tr -d '"' | sed -e 's/\\n$//')
  language=$(echo "$header" | sed -n 's/^Language: //p')
  plural=$(echo "$header" | sed -n 's/^Plural-Forms: //p')
  want=$(plural_rule "$lang")
  if [ "$language" = "$lang" ] && { [ -z "$want" ] || [ "$plural" = "$want" ]; }; then
    ok "$lang: header names the language and its plural rule"
  else
    not_ok "$lang: header names the language and its plural rule"
    printf 'Language: %s\nPlural-Forms: %s\nexpected: %s\n' "$language" "$plural" "$want" | diag
  fi
done
