/* kel-text.h — folding, stemming and numbers for Kazakh, Russian, Chinese
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gunichar  kel_text_fold_char        (gunichar     c);
char     *kel_text_fold             (const char  *text);
char    **kel_text_split_words      (const char  *folded);
gboolean  kel_text_is_word_char     (gunichar     c);
gboolean  kel_kk_word_matches       (const char  *stem_word,
                                     const char  *word);
char     *kel_ru_stem               (const char  *word);
char     *kel_zh_number             (guint        n);

G_END_DECLS
