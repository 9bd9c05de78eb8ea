/* kel-lang.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-lang.h"

#include <string.h>

static const char *codes[KEL_N_LANGS] = { "kk", "ru", "zh" };
/* fontconfig knows simplified Chinese as "zh-cn" (its orthographies are
 * zh-cn, zh-tw, zh-hk...); "zh-Hans" matches only the "zh" part, so any
 * Chinese face could win, Noto Sans CJK JP among them */
static const char *pango_codes[KEL_N_LANGS] = { "kk", "ru", "zh-cn" };

/**
 * kel_lang_to_code:
 * @lang: a language
 *
 * Returns: its ISO 639-1 code: "kk", "ru" or "zh"
 */
const char *
kel_lang_to_code (KelLang lang)
{
  g_return_val_if_fail (lang < KEL_N_LANGS, "kk");
  return codes[lang];
}

/**
 * kel_lang_to_pango:
 * @lang: a language
 *
 * The language tag for Pango, so that fontconfig picks the right glyphs:
 * simplified Chinese must not be drawn with Japanese forms.
 *
 * Returns: "kk", "ru" or "zh-cn"
 */
const char *
kel_lang_to_pango (KelLang lang)
{
  g_return_val_if_fail (lang < KEL_N_LANGS, "kk");
  return pango_codes[lang];
}

/**
 * kel_lang_from_code:
 * @code: a language code such as "kk", "ru", "zh", "zh-Hans", "zh_CN"
 * @lang: (out): the language
 *
 * Returns: %TRUE when @code names one of the three languages
 */
gboolean
kel_lang_from_code (const char *code,
                    KelLang    *lang)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < KEL_N_LANGS; i++)
    {
      gsize n = strlen (codes[i]);

      if (strncmp (code, codes[i], n) == 0 && (code[n] == '\0' || code[n] == '-' || code[n] == '_'))
        {
          *lang = i;
          return TRUE;
        }
    }
  return FALSE;
}
