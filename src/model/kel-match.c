/* kel-match.c — naming a term: any inflected Kazakh form, or its Russian or
 * Chinese label
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-document.h"
#include "kel-search.h"
#include "kel-term.h"
#include "kel-text.h"

#include <string.h>

/* Whether @query (folded words, @stems their kel_kk_stem()) is @label word
 * for word, each word in any of its forms: the rule of a whole-word search
 * (kel_kk_is_form_of()), so that what --lookup names a search finds, and
 * the reverse ("ақпараттық ресурс" names "ақпараттық ресурстар"). */
static gboolean
kk_phrase_matches (const char *label,
                   char      **query,
                   char      **stems)
{
  g_autofree char *folded = kel_text_fold (label);
  g_auto(GStrv) words = kel_text_split_words (folded, KEL_TEXT_HYPHENS_JOIN);

  if (g_strv_length (words) != g_strv_length (query))
    return FALSE;
  for (guint i = 0; words[i]; i++)
    if (!kel_kk_is_form_of (query[i], stems[i], words[i], NULL))
      return FALSE;
  return TRUE;
}

/**
 * kel_document_find_term:
 * @text: what a reader typed: a term in any inflected Kazakh form and any
 *   letter case, its Russian label in any inflection, its Chinese label, or
 *   its id
 *
 * Returns: (transfer none) (nullable): the term that @text names; when
 *   several do, the one with the longest label; %NULL for text that is not
 *   UTF-8
 */
KelTerm *
kel_document_find_term (KelDocument *self,
                        const char  *text)
{
  GListModel *terms;
  g_autofree char *folded = NULL;
  g_auto(GStrv) query = NULL;
  g_auto(GStrv) stems = NULL;
  KelTerm *best = NULL;
  gsize best_len = 0;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  /* what a reader typed may come from anywhere: not UTF-8 names nothing */
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  if (kel_document_lookup_term (self, text) != NULL)
    return kel_document_lookup_term (self, text);

  /* a Russian or Chinese label: the search's rule, one place for both */
  best = kel_document_find_foreign_term (self, text);
  if (best != NULL)
    return best;

  folded = kel_text_fold (text);
  query = kel_text_split_words (folded, KEL_TEXT_HYPHENS_JOIN);
  if (query[0] == NULL)
    return NULL;
  stems = g_new0 (char *, g_strv_length (query) + 1);
  for (guint i = 0; query[i]; i++)
    stems[i] = kel_kk_stem (query[i]);

  terms = kel_document_get_terms (self);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const char *kk = kel_term_get_label (term, KEL_LANG_KK);
      const char * const *variants = kel_term_get_variants (term);
      gboolean match = kk_phrase_matches (kk, query, stems);

      for (guint k = 0; !match && variants && variants[k]; k++)
        match = kk_phrase_matches (variants[k], query, stems);

      if (match && strlen (kk) > best_len)
        {
          best = term;
          best_len = strlen (kk);
        }
    }
  return best;
}
