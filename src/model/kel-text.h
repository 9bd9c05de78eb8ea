/* kel-text.h — folding, stemming, numbers and dictionary order for Kazakh,
 * Russian, Chinese
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Defined in kel-text.c, except the dictionary order (kel_text_collate*),
 * which is in kel-collate.c.
 */
#pragma once

#include <glib.h>

#include "kel-lang.h"

G_BEGIN_DECLS

/**
 * KelTextHyphens:
 * @KEL_TEXT_HYPHENS_JOIN: a hyphen inside a word belongs to it, as Kazakh
 *   compounds are written ("әлеуметтік-экономикалық")
 * @KEL_TEXT_HYPHENS_SPLIT: a hyphen separates words, as for matching term
 *   labels word by word
 *
 * How kel_text_split_words() treats hyphens.
 */
typedef enum
{
  KEL_TEXT_HYPHENS_JOIN,
  KEL_TEXT_HYPHENS_SPLIT,
} KelTextHyphens;

gunichar  kel_text_fold_char        (gunichar     c);
char     *kel_text_fold             (const char  *text);
char    **kel_text_split_words      (const char  *folded,
                                     KelTextHyphens hyphens);
gboolean  kel_text_is_word_char     (gunichar     c);
gboolean  kel_text_has_digit        (const char  *text);
char     *kel_text_capitalise       (const char  *text);
gunichar  kel_kk_devoice            (gunichar     c);
char     *kel_kk_stem               (const char  *word);
gsize     kel_kk_match_stem         (const char  *stem,
                                     const char  *word);
gboolean  kel_kk_is_inflection      (const char  *suffix);
gboolean  kel_kk_is_form_of         (const char  *word,
                                     const char  *word_stem,
                                     const char  *lemma,
                                     const char  *lemma_stem);
char     *kel_ru_stem               (const char  *word);
char     *kel_zh_number             (guint        n);
int       kel_text_collate          (const char  *a,
                                     const char  *b,
                                     KelLang      lang);
char     *kel_text_collate_key      (const char  *text,
                                     KelLang      lang);

G_END_DECLS
