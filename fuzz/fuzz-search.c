/* fuzz-search.c — libFuzzer harness: any bytes as a search query
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a reader types (or pastes) into the search entry and the glossary
 * filter goes to kel_document_search() on the bundled agreement, in every
 * mode, to kel_search_text(), to kel_search_term_matches() for every term
 * and to kel_document_find_term() (the command line's --lookup).  The
 * matches must be in text order, not overlapping, inside the text, and
 * each must make a snippet whose highlight lies inside it.
 *
 *   build-fuzz/fuzz/fuzz-search -max_len=4096 fuzz/corpus/search
 */
#include "fuzz-common.h"

#include "kel-search.h"
#include "kel-term.h"

/* Snippets for this many matches of each search. */
#define SNIPPETS 16

static void
check_matches (GArray *matches,
               guint   n_chars)
{
  guint prev_end = 0;

  FUZZ_CHECK (matches != NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      const KelMatch *m = &g_array_index (matches, KelMatch, i);

      FUZZ_CHECK (m->start <= m->end);
      FUZZ_CHECK (m->end <= n_chars);
      FUZZ_CHECK (i == 0 || m->start >= prev_end);
      prev_end = m->end;
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GArray) warm = NULL;

  fuzz_init_glib ();
  /* the document and its search index live for the whole run */
  warm = kel_document_search (fuzz_bundled (), "ақпарат", KEL_SEARCH_DEFAULT, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  KelDocument *doc = fuzz_bundled ();
  g_autofree char *query = fuzz_strdup (data, size);
  guint n_chars = kel_document_get_n_chars (doc);
  GListModel *terms = kel_document_get_terms (doc);
  static const KelSearchFlags modes[] = {
    KEL_SEARCH_DEFAULT,
    KEL_SEARCH_WHOLE_WORD,
    KEL_SEARCH_EXACT_FORM,
    KEL_SEARCH_WHOLE_WORD | KEL_SEARCH_EXACT_FORM,
  };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GArray) matches = NULL;
      KelTerm *via = NULL;

      matches = kel_document_search (doc, query, modes[i], &via);
      check_matches (matches, n_chars);
      if (via != NULL)
        FUZZ_CHECK (matches->len == kel_term_get_n_occurrences (via));
      for (guint k = 0; k < matches->len && k < SNIPPETS; k++)
        {
          const KelMatch *m = &g_array_index (matches, KelMatch, k);
          guint hl_start = 0, hl_end = 0;
          g_autofree char *snippet = kel_document_get_snippet (doc, m->start, m->end, 30,
                                                               &hl_start, &hl_end);

          FUZZ_CHECK (g_utf8_validate (snippet, -1, NULL));
          FUZZ_CHECK (hl_start <= hl_end);
          FUZZ_CHECK (hl_end <= (guint) g_utf8_strlen (snippet, -1));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const char *definition = kel_term_get_definition (term);

      (void) kel_search_term_matches (term, query);
      if (definition != NULL && i < 2)
        {
          g_autoptr(GArray) matches = kel_search_text (definition, query, KEL_SEARCH_DEFAULT);

          check_matches (matches, (guint) g_utf8_strlen (definition, -1));
        }
    }
  (void) kel_document_find_term (doc, query);
  return 0;
}
