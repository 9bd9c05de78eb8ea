/* kel-resolve.c — "Go to": where a citation, a term or a link leads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four readings are tried in turn, the first that leads somewhere wins:
 *
 *  1. an eId ("art_5__para_2", "kelisim:art_5__para_2", "#preamble");
 *  2. a location exactly as Kelisim writes it, in any of the three
 *     languages: a table from every node's locations (case, spaces and
 *     punctuation aside) to the first node that has it, built once;
 *  3. a loose citation: the text is cut into numbers and keywords
 *     ("бап", "статья", "art", "条", …), each number is paired with the
 *     keyword next to it (before it in "статья 5", after it in "5-бап" and
 *     "第五条"), numbers without a keyword fill the levels in order
 *     (article, paragraph, item: "5.2", "5(2)"), and the parts are looked up
 *     in the tree;
 *  4. a defined term or a threat type, in any of its languages.
 *
 * A whole citation ("«…» (Келісім, 5-бап, 2-тармақ)") that reads as none of
 * these is tried once more with what its last brackets hold.
 */
#include "kel-resolve.h"

#include <string.h>

#include "kel-error.h"
#include "kel-resolve-private.h"
#include "kel-search.h"
#include "kel-term.h"
#include "kel-text.h"
#include "kel-threat.h"

/* The first node under @scope (or anywhere, for %NULL) of one of the two
 * kinds, with number @n; @children_only: direct children only. */
static const KelNode *
find_below (KelDocument   *doc,
            const KelNode *scope,
            KelNodeKind    kind,
            KelNodeKind    kind2,
            guint          n,
            gboolean       children_only)
{
  guint first = scope ? scope->index + 1 : 0;

  for (guint i = first; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      if (scope != NULL && node->depth <= scope->depth)
        break;
      if (children_only && node->parent != scope)
        continue;
      if (node->kind != kind && node->kind != kind2)
        continue;
      /* annexes are numbered by position, whatever their num says */
      if (n == 0 || (node->kind == KEL_NODE_ANNEX ? node->ordinal : kel_node_get_number (node)) == n)
        return node;
    }
  return NULL;
}

static const KelNode *
preamble_paragraph (KelDocument   *doc,
                    const KelNode *preamble,
                    guint          n)
{
  if (n == 0 || n > preamble->n_blocks)
    return NULL;
  return kel_document_get_block (doc, preamble->first_block + n - 1)->node;
}

static const KelNode *
find_citation (KelDocument            *doc,
               const KelCitationParts *c)
{
  const KelNode *node = NULL;

  if (c->article)
    {
      const KelNode *para = NULL;

      if (c->annex || c->preamble || c->title || c->signatures || c->source || c->signs)
        return NULL;
      node = find_below (doc, NULL, KEL_NODE_ARTICLE, KEL_NODE_ARTICLE, c->article, FALSE);
      if (node == NULL)
        return NULL;
      if (c->paragraph)
        {
          para = find_below (doc, node, KEL_NODE_PARAGRAPH, KEL_NODE_PARAGRAPH, c->paragraph, TRUE);
          /* "3.5" where article 3 has one paragraph with a list: item 5 */
          if (para == NULL && c->paragraph_guessed && c->point == 0)
            return find_below (doc, node, KEL_NODE_POINT, KEL_NODE_POINT, c->paragraph, FALSE);
          if (para == NULL)
            return NULL;
          node = para;
        }
      if (c->point)
        node = find_below (doc, node, KEL_NODE_POINT, KEL_NODE_POINT, c->point, FALSE);
      return node;
    }

  if (c->annex)
    {
      if (c->preamble || c->title || c->signatures)
        return NULL;
      node = find_below (doc, NULL, KEL_NODE_ANNEX, KEL_NODE_ANNEX, c->annex, FALSE);
      if (node == NULL)
        return NULL;
      /* the annex's items: "2-қосымша, 3-тармақ", "附件二第三项" */
      if (c->paragraph && c->point)
        {
          node = find_below (doc, node, KEL_NODE_THREAT, KEL_NODE_DEFINITION, c->paragraph, TRUE);
          if (node == NULL)
            return NULL;
          return find_below (doc, node, KEL_NODE_POINT, KEL_NODE_POINT, c->point, FALSE);
        }
      if (c->paragraph || c->point)
        {
          guint n = c->paragraph ? c->paragraph : c->point;
          const KelNode *item = find_below (doc, node, KEL_NODE_THREAT, KEL_NODE_DEFINITION, n, TRUE);

          if (item == NULL)
            item = find_below (doc, node, KEL_NODE_PARAGRAPH, KEL_NODE_PARAGRAPH, n, TRUE);
          node = item;
        }
      if (node != NULL && (c->source || c->signs))
        {
          if (node->kind != KEL_NODE_THREAT)
            return NULL;
          node = find_below (doc, node, c->source ? KEL_NODE_THREAT_SOURCE : KEL_NODE_THREAT_SIGNS,
                             c->source ? KEL_NODE_THREAT_SOURCE : KEL_NODE_THREAT_SIGNS, 0, TRUE);
        }
      return node;
    }

  if (c->source || c->signs || c->point)
    return NULL;

  if (c->preamble)
    {
      if (c->title || c->signatures)
        return NULL;
      node = find_below (doc, NULL, KEL_NODE_PREAMBLE, KEL_NODE_PREAMBLE, 0, FALSE);
      if (node != NULL && c->paragraph)
        node = preamble_paragraph (doc, node, c->paragraph);
      return node;
    }
  if (c->paragraph)
    return NULL;
  if (c->title && !c->signatures)
    return find_below (doc, NULL, KEL_NODE_TITLE, KEL_NODE_TITLE, 0, FALSE);
  if (c->signatures && !c->title)
    {
      node = find_below (doc, NULL, KEL_NODE_CONCLUSIONS, KEL_NODE_CONCLUSIONS, 0, FALSE);
      if (node != NULL && c->signature)
        node = find_below (doc, node, KEL_NODE_SIGNATURE, KEL_NODE_SIGNATURE, c->signature, FALSE);
      return node;
    }
  return NULL;
}

/* -- Locations as Kelisim writes them -------------------------------------- */

/* Case, look-alikes, spaces and punctuation aside. */
static char *
location_key (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = kel_text_fold_char (g_utf8_get_char (p));

      if (kel_text_is_word_char (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static GHashTable *
get_locations (KelDocument *doc)
{
  GHashTable *table = g_object_get_data (G_OBJECT (doc), "kel-resolve-locations");

  if (table != NULL)
    return table;

  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          g_autofree char *location = kel_document_get_location (doc, node, lang);
          char *key = location_key (location);

          /* the outermost node of a place: the article, not its heading */
          if (*key == '\0' || g_hash_table_contains (table, key))
            g_free (key);
          else
            g_hash_table_insert (table, key, (gpointer) node);
        }
    }
  g_object_set_data_full (G_OBJECT (doc), "kel-resolve-locations", table,
                          (GDestroyNotify) g_hash_table_unref);
  return table;
}

/* -- Terms ----------------------------------------------------------------- */

static const KelNode *
term_node (KelDocument *doc,
           KelTerm     *term)
{
  const KelNode *node = kel_term_get_definition_node (term);

  if (node == NULL && kel_term_get_n_occurrences (term) > 0)
    {
      const KelSpan *span = kel_term_get_occurrence (term, 0);

      node = kel_document_get_block (doc, span->block)->node;
    }
  return node;
}

static const KelNode *
find_threat (KelDocument *doc,
             const char  *text)
{
  GListModel *threats = kel_document_get_threats (doc);
  g_autofree char *key = location_key (text);

  if (*key == '\0')
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (threats); i++)
    {
      g_autoptr(KelThreat) threat = g_list_model_get_item (threats, i);

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          const char *label = kel_threat_get_label (threat, lang);
          g_autofree char *label_key = label ? location_key (label) : NULL;

          if (label_key != NULL && strcmp (label_key, key) == 0)
            return kel_threat_get_node (threat);
        }
    }
  return NULL;
}

/* A term by any label or form; while the reader is still typing, the one
 * term whose labels the words begin ("соғыс" is "ақпараттық соғыс"). */
static const KelNode *
find_term (KelDocument  *doc,
           const char   *text,
           KelTerm     **out)
{
  KelTerm *term = kel_document_find_term (doc, text);

  if (term == NULL && !kel_citation_parts_has_digit (text))
    {
      GListModel *terms = kel_document_get_terms (doc);
      guint n = 0;

      for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
        {
          g_autoptr(KelTerm) t = g_list_model_get_item (terms, i);

          if (kel_search_term_matches (t, text))
            {
              term = t;
              n++;
            }
        }
      if (n != 1)
        term = NULL;
    }
  if (term == NULL)
    return NULL;
  *out = term;
  return term_node (doc, term);
}

/* -- All together ---------------------------------------------------------- */

static const KelNode *
resolve (KelDocument  *doc,
         const char   *text,
         KelTerm     **term,
         gboolean      retry)
{
  const KelNode *node;
  const char *eid = text;
  g_autofree char *key = NULL;
  KelCitationParts cite;

  if (g_str_has_prefix (eid, "kelisim:"))
    eid += strlen ("kelisim:");
  else if (eid[0] == '#')
    eid++;
  node = kel_document_lookup_node (doc, eid);
  if (node != NULL)
    return node;

  key = location_key (text);
  if (*key == '\0')
    return NULL;
  node = g_hash_table_lookup (get_locations (doc), key);
  if (node != NULL)
    return node;

  if (kel_citation_parts_parse (text, &cite))
    {
      if (cite.words_start == NULL)
        return find_citation (doc, &cite);
      /* "1-қосымша, «ақпараттық соғыс»": a term named in an annex */
      if (cite.annex && !cite.article && !cite.paragraph && !cite.point)
        {
          g_autofree char *words = g_strndup (cite.words_start, (gsize) (cite.words_end - cite.words_start));
          const KelNode *annex = find_citation (doc, &cite);

          node = annex ? find_term (doc, words, term) : NULL;
          if (node != NULL && node->start >= annex->start && node->end <= annex->end)
            return node;
          *term = NULL;
        }
    }

  node = find_term (doc, text, term);
  if (node != NULL)
    return node;
  node = find_threat (doc, text);
  if (node != NULL)
    return node;

  /* a whole citation: «…» (Келісім, 5-бап, 2-тармақ) or “…”（协定第五条第二款） */
  if (retry)
    {
      const char *close = NULL, *open = NULL;
      g_autofree char *inner = NULL;

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == '(' || c == 0xFF08)
            open = g_utf8_next_char (p);
          else if ((c == ')' || c == 0xFF09) && open != NULL)
            close = p;
        }
      if (open != NULL && close != NULL && close > open && open != g_utf8_next_char (text))
        {
          inner = g_strndup (open, (gsize) (close - open));
          return resolve (doc, inner, term, FALSE);
        }
    }
  return NULL;
}

/**
 * kel_document_resolve:
 * @doc: a document
 * @text: (nullable): what the reader typed (UTF-8)
 * @term: (out) (optional) (nullable) (transfer none): set to the term when
 *   @text named a defined term, else to %NULL
 * @error: set to %KEL_ERROR_NOT_FOUND when @text leads nowhere
 *
 * The first call on a document builds a small table of its locations (a
 * few kilobytes), kept with the document; later calls only parse @text.
 *
 * Returns: (transfer none) (nullable): the node @text leads to, or %NULL
 */
const KelNode *
kel_document_resolve (KelDocument  *doc,
                      const char   *text,
                      KelTerm     **term,
                      GError      **error)
{
  KelTerm *found = NULL;
  const KelNode *node = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  if (term != NULL)
    *term = NULL;
  if (text != NULL && g_utf8_validate (text, -1, NULL))
    {
      stripped = g_strstrip (g_strdup (text));
      if (*stripped != '\0' && strlen (stripped) <= 4096)
        node = resolve (doc, stripped, &found, TRUE);
    }
  if (node == NULL)
    {
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND,
                     "the text to go to is not valid UTF-8");
      else
        g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND,
                     "nothing in %s is cited as “%s”",
                     kel_document_get_short_title (doc), stripped ? stripped : text);
      return NULL;
    }
  if (term != NULL)
    *term = found;
  return node;
}
