/* fuzz-edition.c — libFuzzer harness: any bytes as an Akoma Ntoso edition
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the input with kel_document_new_from_bytes(), without a termbase.
 * The loader must give a document or a KEL_ERROR, and never crash, hang or
 * leak.  A document that loads is then read as the window reads it (every
 * block, span and node, locations, citations, snippets, terms, threats, a
 * search), and the offsets the headers promise are checked against each
 * other: a document the loader accepts must not lead the window out of
 * range.
 *
 *   build-fuzz/fuzz/fuzz-edition -max_len=200000 fuzz/corpus/edition
 */
#include "fuzz-common.h"

#include "kel-citation.h"
#include "kel-search.h"
#include "kel-term.h"
#include "kel-threat.h"

/* Deep checks (locations, citations) on this many items of each list;
 * cheap checks on all of them. */
#define DEEP 64

static void
check_string (char *s)
{
  FUZZ_CHECK (s != NULL);
  FUZZ_CHECK (g_utf8_validate (s, -1, NULL));
  g_free (s);
}

static void
check_blocks (KelDocument *doc,
              guint        n_chars)
{
  guint n = kel_document_get_n_blocks (doc);
  guint prev_end = 0;

  FUZZ_CHECK (n > 0);
  for (guint i = 0; i < n; i++)
    {
      const KelBlock *b = kel_document_get_block (doc, i);

      FUZZ_CHECK (b->start <= b->end);
      FUZZ_CHECK (b->end <= n_chars);
      /* blocks are in text order, one "\n" between two of them */
      if (i > 0)
        FUZZ_CHECK (b->start >= prev_end + 1);
      prev_end = b->end;
      FUZZ_CHECK (kel_document_get_block_at (doc, b->start) == b || b->start == b->end);
      FUZZ_CHECK (b->first_span <= kel_document_get_n_spans (doc));
      if (b->node != NULL)
        FUZZ_CHECK (b->node->start <= b->start && b->end <= b->node->end);
      if (i < DEEP || i + DEEP > n)
        check_string (kel_document_get_block_text (doc, b));
    }
}

static void
check_spans (KelDocument *doc,
             guint        n_chars)
{
  guint n = kel_document_get_n_spans (doc);
  guint n_blocks = kel_document_get_n_blocks (doc);

  for (guint i = 0; i < n; i++)
    {
      const KelSpan *s = kel_document_get_span (doc, i);

      FUZZ_CHECK (s->start <= s->end);
      FUZZ_CHECK (s->end <= n_chars);
      FUZZ_CHECK (s->block < n_blocks);
      /* in text order: the lookups below binary-search on it */
      FUZZ_CHECK (i == 0 || kel_document_get_span (doc, i - 1)->start <= s->start);
      FUZZ_CHECK (kel_document_find_first_span (doc, s->start) <= i);
      if (s->end > s->start)
        {
          const KelSpan *at = kel_document_get_span_at (doc, s->start, s->kind);

          FUZZ_CHECK (at != NULL && at->start <= s->start && s->start < at->end);
        }
      if (s->kind == KEL_SPAN_TERM)
        {
          FUZZ_CHECK (s->term != NULL);
          FUZZ_CHECK (s->occurrence < kel_term_get_n_occurrences (s->term));
          FUZZ_CHECK (kel_term_get_occurrence (s->term, s->occurrence) == s);
        }
      if (s->kind == KEL_SPAN_REF)
        FUZZ_CHECK (kel_document_lookup_node (doc, s->target) != NULL);
      if (i < DEEP)
        {
          guint hl_start = 0, hl_end = 0;
          char *snippet = kel_document_get_snippet (doc, s->start, s->end, 40, &hl_start, &hl_end);

          FUZZ_CHECK (hl_start <= hl_end);
          FUZZ_CHECK (hl_end <= (guint) g_utf8_strlen (snippet, -1));
          check_string (snippet);
        }
    }
}

static void
check_nodes (KelDocument *doc,
             guint        n_chars)
{
  guint n = kel_document_get_n_nodes (doc);
  guint n_blocks = kel_document_get_n_blocks (doc);

  for (guint i = 0; i < n; i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      FUZZ_CHECK (node->index == i);
      FUZZ_CHECK (node->eid != NULL && node->eid[0] != '\0');
      FUZZ_CHECK (kel_document_lookup_node (doc, node->eid) == node);
      FUZZ_CHECK (node->start <= node->end && node->end <= n_chars);
      FUZZ_CHECK (node->first_block <= n_blocks);
      FUZZ_CHECK (node->n_blocks <= n_blocks - node->first_block);
      FUZZ_CHECK (node->ordinal >= 1);
      if (node->parent != NULL)
        {
          FUZZ_CHECK (node->parent->index < node->index);
          FUZZ_CHECK (node->depth == node->parent->depth + 1);
        }
      else
        FUZZ_CHECK (node->depth == 0);
      FUZZ_CHECK (kel_document_get_section (doc, node) != NULL);

      if (i < DEEP || i + DEEP > n)
        {
          for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
            {
              KelStatus status;

              check_string (kel_document_get_location (doc, node, lang));
              (void) kel_document_get_node_label (doc, node, lang, &status);
              check_string (kel_document_cite (doc, node->start, node->start, lang));
              check_string (kel_document_cite (doc, node->start, node->end, lang));
            }
          check_string (kel_document_get_node_text (doc, node));
          g_free (kel_document_cite_link (doc, node->start, node->end));
          (void) kel_document_get_range_node (doc, node->start, node->end);
          (void) kel_document_get_threat_for_node (doc, node);
          (void) kel_document_get_node_at (doc, node->start);
        }
    }
}

static void
check_terms (KelDocument *doc)
{
  GListModel *terms = kel_document_get_terms (doc);
  guint n = g_list_model_get_n_items (terms);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      guint start = 0, end = 0;

      FUZZ_CHECK (kel_document_lookup_term (doc, kel_term_get_id (term)) == term);
      FUZZ_CHECK (kel_term_get_label (term, KEL_LANG_KK) != NULL);
      kel_term_get_definition_range (term, &start, &end);
      FUZZ_CHECK (start <= end && end <= kel_document_get_n_chars (doc));
      for (guint k = 0; k < kel_term_get_n_occurrences (term); k++)
        FUZZ_CHECK (kel_term_get_occurrence (term, k)->term == term);
      if (i < 4)
        {
          g_autoptr(GArray) matches = kel_document_search (doc, kel_term_get_label (term, KEL_LANG_KK),
                                                           KEL_SEARCH_DEFAULT, NULL);
          FUZZ_CHECK (matches != NULL);
          (void) kel_search_term_matches (term, kel_term_get_label (term, KEL_LANG_KK));
          (void) kel_document_find_term (doc, kel_term_get_label (term, KEL_LANG_KK));
        }
    }
}

static void
check_threats (KelDocument *doc)
{
  GListModel *threats = kel_document_get_threats (doc);

  for (guint i = 0; i < g_list_model_get_n_items (threats); i++)
    {
      g_autoptr(KelThreat) threat = g_list_model_get_item (threats, i);

      FUZZ_CHECK (kel_document_lookup_threat (doc, kel_threat_get_id (threat)) == threat);
      FUZZ_CHECK (kel_threat_get_node (threat) != NULL);
      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        (void) kel_threat_get_label (threat, lang);
      (void) kel_threat_get_article_wording (threat);
    }
}

FUZZ_DEFINE_INITIALIZE_BUNDLED ()

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(KelDocument) doc = NULL;
  const char *text;
  gsize n_bytes = 0;
  guint n_chars;

  doc = fuzz_load_edition (data, size);
  if (doc == NULL)
    return 0;

  text = kel_document_get_text (doc, &n_bytes);
  n_chars = kel_document_get_n_chars (doc);
  FUZZ_CHECK (strlen (text) == n_bytes);
  FUZZ_CHECK (g_utf8_validate (text, n_bytes, NULL));
  FUZZ_CHECK ((guint) g_utf8_strlen (text, n_bytes) == n_chars);
  FUZZ_CHECK (kel_document_get_title (doc) != NULL && *kel_document_get_title (doc) != '\0');
  FUZZ_CHECK (kel_document_get_short_title (doc) != NULL);

  check_blocks (doc, n_chars);
  check_spans (doc, n_chars);
  check_nodes (doc, n_chars);
  check_terms (doc);
  check_threats (doc);
  check_string (kel_document_cite (doc, 0, n_chars, KEL_LANG_KK));
  check_string (kel_document_get_range (doc, 0, n_chars));
  (void) kel_document_get_memory_size (doc);
  return 0;
}
