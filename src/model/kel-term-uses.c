/* kel-term-uses.c — which defined terms a stretch of text, or a definition, uses
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The term spans of the document say where each defined term occurs; this
 * file reads them for a range: the terms a threat's paragraph uses, the
 * terms an Annex 1 definition uses, and the reverse, the definitions that
 * use a term.  The glossary and the threats pages show these as links.
 */
#include "kel-term-uses.h"

/**
 * kel_term_uses_in_range:
 * @document: a document
 * @start: the first character of the range
 * @end: the end of the range (exclusive)
 *
 * The defined terms that occur in [@start, @end), each once, in the order
 * of their first occurrence.  Empty when the range is empty or reversed.
 *
 * Returns: (transfer container) (element-type KelTerm): the terms
 */
GPtrArray *
kel_term_uses_in_range (KelDocument *document,
                        guint        start,
                        guint        end)
{
  GPtrArray *terms;
  guint n_spans;

  g_return_val_if_fail (KEL_IS_DOCUMENT (document), NULL);
  terms = g_ptr_array_new ();
  if (end <= start)
    return terms;
  n_spans = kel_document_get_n_spans (document);
  for (guint i = kel_document_find_first_span (document, start); i < n_spans; i++)
    {
      const KelSpan *span = kel_document_get_span (document, i);

      if (span->start >= end)
        break;
      if (span->kind == KEL_SPAN_TERM && span->term != NULL
          && !g_ptr_array_find (terms, span->term, NULL))
        g_ptr_array_add (terms, span->term);
    }
  return terms;
}

static int
by_annex_order (gconstpointer a,
                gconstpointer b)
{
  KelTerm *x = *(KelTerm * const *) a;
  KelTerm *y = *(KelTerm * const *) b;

  return (int) kel_term_get_order (x) - (int) kel_term_get_order (y);
}

/**
 * kel_term_uses_definition:
 * @document: the document of @term
 * @term: a defined term
 *
 * The other defined terms that @term's Annex 1 definition uses, in Annex 1
 * order.  Empty when the text gives @term no definition.
 *
 * Returns: (transfer container) (element-type KelTerm): the terms
 */
GPtrArray *
kel_term_uses_definition (KelDocument *document,
                          KelTerm     *term)
{
  GPtrArray *used;
  guint start, end;

  g_return_val_if_fail (KEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KEL_IS_TERM (term), NULL);
  kel_term_get_definition_range (term, &start, &end);
  used = kel_term_uses_in_range (document, start, end);
  g_ptr_array_remove (used, term);   /* its own headword */
  g_ptr_array_sort (used, by_annex_order);
  return used;
}

/**
 * kel_term_uses_used_by:
 * @document: the document of @term
 * @term: a defined term
 *
 * The other defined terms whose Annex 1 definitions use @term, in Annex 1
 * order.
 *
 * Returns: (transfer container) (element-type KelTerm): the terms
 */
GPtrArray *
kel_term_uses_used_by (KelDocument *document,
                       KelTerm     *term)
{
  GListModel *all;
  GPtrArray *users;

  g_return_val_if_fail (KEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KEL_IS_TERM (term), NULL);
  all = kel_document_get_terms (document);
  users = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(KelTerm) other = g_list_model_get_item (all, i);
      g_autoptr(GPtrArray) uses = other != term ? kel_term_uses_definition (document, other) : NULL;

      if (uses != NULL && g_ptr_array_find (uses, term, NULL))
        g_ptr_array_add (users, other);   /* the document holds a reference */
    }
  return users;
}
