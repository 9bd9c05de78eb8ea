#!/bin/sh
# Compiles the locales the translation tests run in into OUTDIR, so that the
# tests depend on no locale the machine happens to have generated:
#
#   make-locales.sh OUTDIR
#
# glibc 2.43 and later ignore LANGUAGE in the C.UTF-8 locale, as they always
# did in C, so a test that wants Kazakh must run in a Kazakh locale.  Needs
# localedef and the locale sources (Debian package locales); without them the
# directory stays empty and the tests that need a locale say SKIP.
set -u
out=${1:?usage: make-locales.sh OUTDIR}
rm -rf "$out"
mkdir -p "$out"
if command -v localedef >/dev/null 2>&1; then
  for locale in kk_KZ ru_RU zh_CN; do
    localedef -i "$locale" -f UTF-8 "$out/$locale.UTF-8" >/dev/null 2>&1 \
      || rm -rf "$out/$locale.UTF-8"
  done
fi
exit 0
