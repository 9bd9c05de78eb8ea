/* kel-lang.h — the three term languages
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KelLang:
 * @KEL_LANG_KK: Kazakh, the language of the text
 * @KEL_LANG_RU: Russian
 * @KEL_LANG_ZH: Chinese (simplified)
 *
 * The languages in which Kelisim shows term labels and citations.
 */
typedef enum
{
  KEL_LANG_KK,
  KEL_LANG_RU,
  KEL_LANG_ZH,
  KEL_N_LANGS
} KelLang;

/**
 * KelStatus:
 * @KEL_STATUS_OFFICIAL: the wording of the official text itself
 * @KEL_STATUS_CHECKED: compared with the official text in that language
 * @KEL_STATUS_UNCHECKED: a careful translation not yet compared with the
 *   official text; the interface marks it as unverified
 * @KEL_STATUS_MISSING: no label in that language
 */
typedef enum
{
  KEL_STATUS_OFFICIAL,
  KEL_STATUS_CHECKED,
  KEL_STATUS_UNCHECKED,
  KEL_STATUS_MISSING,
} KelStatus;

const char *kel_lang_to_code      (KelLang      lang);
const char *kel_lang_to_pango     (KelLang      lang);
gboolean    kel_lang_from_code    (const char  *code,
                                   KelLang     *lang);

G_END_DECLS
