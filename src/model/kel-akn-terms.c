/* kel-akn-terms.c — after the walk: spans in order, references, terms, threats
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The spans are put in text order, references that point to nothing become
 * plain text, and the terms and threats the act defines are joined with
 * the termbase's labels.
 */
#include <string.h>

#include "kel-akn-loader-private.h"

/* -- after the walk ------------------------------------------------------- */

static gint
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const KelSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;   /* the span that holds the other first */
  return 0;
}

/* A span is added when its element ends, so a span that holds another (a
 * <term> around an <inline name="sic">) comes after the one it holds.  The
 * header promises text order, and kel_document_get_span_at() and
 * kel_document_find_first_span() rely on it: put the spans in order of
 * their start, and renumber the definitions' span indices to match. */
void
kel_loader_sort_spans (Loader *l)
{
  GArray *spans = l->doc->spans;
  g_autofree guint *new_index = NULL;
  gboolean sorted = TRUE;

  for (guint i = 1; i < spans->len && sorted; i++)
    sorted = compare_spans (&g_array_index (spans, KelSpan, i - 1),
                            &g_array_index (spans, KelSpan, i)) <= 0;
  if (sorted)
    return;

  /* occurrence is not set yet: borrow it to remember each span's place */
  for (guint i = 0; i < spans->len; i++)
    g_array_index (spans, KelSpan, i).occurrence = i;
  g_array_sort (spans, compare_spans);   /* stable */
  new_index = g_new (guint, spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      KelSpan *span = &g_array_index (spans, KelSpan, i);

      new_index[span->occurrence] = i;
      span->occurrence = 0;
    }
  for (guint i = 0; i < l->defs->len; i++)
    l->defs->pdata[i] = GUINT_TO_POINTER (new_index[GPOINTER_TO_UINT (l->defs->pdata[i])]);
}

/* A reference that points to nothing is read as plain text; the count,
 * and the first, go into one notice. */
gboolean
kel_loader_resolve_refs (Loader   *l,
                         GError  **error)
{
  GArray *spans = l->doc->spans;
  g_autofree guint *new_index = NULL;
  guint kept = 0;

  for (guint i = 0; i < l->pending->len; i++)
    {
      PendingRef *ref = &g_array_index (l->pending, PendingRef, i);
      gboolean is_href = g_str_equal (ref->attr, "href");

      if (is_href ? (g_hash_table_contains (l->doc->nodes_by_eid, ref->target)
                     || g_hash_table_contains (l->references, ref->target))
                  : (g_hash_table_contains (l->references, ref->target)
                     || g_hash_table_contains (l->doc->nodes_by_eid, ref->target)
                     || g_hash_table_contains (l->term_lines, ref->target)))
        continue;
      if (l->n_dangling++ == 0)
        l->first_dangling = g_strdup_printf ("line %d: %s=“#%s”", ref->line, ref->attr, ref->target);
    }

  /* the links themselves become plain text */
  new_index = g_new (guint, spans->len + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      KelSpan *span = &g_array_index (spans, KelSpan, i);

      new_index[i] = kept;
      if (span->kind == KEL_SPAN_REF && !g_hash_table_contains (l->doc->nodes_by_eid, span->target))
        continue;
      if (kept != i)
        g_array_index (spans, KelSpan, kept) = *span;
      kept++;
    }
  if (kept != spans->len)
    {
      g_array_set_size (spans, kept);
      for (guint i = 0; i < l->defs->len; i++)
        l->defs->pdata[i] = GUINT_TO_POINTER (new_index[GPOINTER_TO_UINT (l->defs->pdata[i])]);
    }
  if (l->n_dangling > 0)
    kel_document_add_notice (l->doc, g_strdup_printf ("%s: %u reference(s) point to nothing in the document and are "
                                         "shown as plain text (the first: %s)",
                                         l->name, l->n_dangling, l->first_dangling));
  return error == NULL || *error == NULL;
}

/* The definition in an Annex 1 entry: what follows the headword, its
 * closing quote and the dash, without the entry's final ';' or '.'. */
static gboolean
definition_range (KelDocument   *self,
                  const KelSpan *def,
                  guint         *start,
                  guint         *end)
{
  const KelBlock *block = &g_array_index (self->blocks, KelBlock, def->block);
  g_autofree char *text = kel_document_get_range (self, def->end, block->end);
  const char *p = text;
  guint skipped = 0;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00BB || c == '"' || c == 0x201D || c == '-' || c == 0x2013 || c == 0x2014
          || c == ':' || g_unichar_isspace (c))
        {
          p = g_utf8_next_char (p);
          skipped++;
        }
      else
        break;
    }
  *start = def->end + skipped;
  *end = block->end;
  while (*end > *start)
    {
      g_autofree char *last = kel_document_get_range (self, *end - 1, *end);
      if (!g_str_equal (last, ";") && !g_str_equal (last, ".") && !g_str_equal (last, " "))
        break;
      (*end)--;
    }
  return *end > *start;
}

static gint
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  guint oa = kel_term_get_order ((KelTerm *) a), ob = kel_term_get_order ((KelTerm *) b);

  if (oa != ob)
    return oa < ob ? -1 : 1;
  return g_strcmp0 (kel_term_get_id ((KelTerm *) a), kel_term_get_id ((KelTerm *) b));
}

gboolean
kel_loader_build_terms (Loader       *l,
                        KelTermbase  *termbase,
                        GError      **error)
{
  KelDocument *self = l->doc;
  GHashTableIter iter;
  gpointer key, value;
  guint n_defs = 0;

  /* every term used in the text must be declared, and known to the termbase */
  g_hash_table_iter_init (&iter, l->term_lines);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *id = key;

      if (!g_hash_table_contains (self->terms_by_id, id))
        {
          /* a term that names a TLCConcept or another reference, or none:
           * its label is the reference's showAs, or its own words */
          const char *show = g_hash_table_lookup (l->ref_names, id);
          KelTerm *term = kel_term_new (id, G_MAXUINT);

          if (show == NULL && g_str_has_prefix (id, "kel-term:"))
            show = id + strlen ("kel-term:");
          kel_term_set_label (term, KEL_LANG_KK, show ? show : id, KEL_STATUS_OFFICIAL);
          g_hash_table_insert (self->terms_by_id, g_strdup (id), term);
        }
      if (termbase != NULL && kel_termbase_lookup (termbase, id) == NULL)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s: the termbase has no concept “%s”, which %s:%d uses; "
                         "the termbase does not belong to this edition"),
                       kel_termbase_get_name (termbase), id, l->name, GPOINTER_TO_INT (value));
          return FALSE;
        }
    }

  /* definitions, in Annex order */
  for (guint i = 0; i < l->defs->len; i++)
    {
      KelSpan *def = &g_array_index (self->spans, KelSpan, GPOINTER_TO_UINT (g_ptr_array_index (l->defs, i)));
      KelTerm *term = g_hash_table_lookup (self->terms_by_id, def->target);
      const KelBlock *block = &g_array_index (self->blocks, KelBlock, def->block);
      guint start, end;

      if (kel_term_get_order (term) != G_MAXUINT)
        continue;   /* a term defined twice keeps its first definition */
      kel_term_set_order (term, ++n_defs);
      if (definition_range (self, def, &start, &end))
        {
          g_autofree char *text = kel_document_get_range (self, start, end);
          const KelNode *node = block->node;

          while (node && node->kind != KEL_NODE_DEFINITION && node->parent)
            node = node->parent;
          kel_term_set_definition (term, text, start, end, node ? node : block->node);
        }
      if (g_str_equal (kel_term_get_label (term, KEL_LANG_KK), kel_term_get_id (term)))
        {
          g_autofree char *headword = kel_document_get_range (self, def->start, def->end);
          g_autofree char *lower = g_utf8_strdown (headword, -1);
          kel_term_set_label (term, KEL_LANG_KK, lower, KEL_STATUS_OFFICIAL);
        }
    }

  /* labels from the termbase */
  if (termbase != NULL)
    {
      for (guint i = 0; i < kel_termbase_get_n_entries (termbase); i++)
        {
          const KelTermbaseEntry *entry = kel_termbase_get_entry (termbase, i);
          KelTerm *term;

          if (entry->is_threat)
            continue;
          term = g_hash_table_lookup (self->terms_by_id, entry->id);
          if (term == NULL)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s:%d: the concept “%s” is not a term of %s; "
                             "the termbase does not belong to this edition"),
                           kel_termbase_get_name (termbase), entry->line, entry->id, l->name);
              return FALSE;
            }
          for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
            if (entry->labels[lang] != NULL)
              kel_term_set_label (term, lang, entry->labels[lang], entry->status[lang]);
          if (entry->variants != NULL)
            kel_term_set_variants (term, (const char * const *) entry->variants);
        }
    }

  /* occurrences */
  for (guint i = 0; i < self->spans->len; i++)
    {
      KelSpan *span = &g_array_index (self->spans, KelSpan, i);

      if (span->kind != KEL_SPAN_TERM)
        continue;
      span->term = g_hash_table_lookup (self->terms_by_id, span->target);
      span->occurrence = kel_term_get_n_occurrences (span->term);
      kel_term_add_occurrence (span->term, i);
    }

  g_hash_table_iter_init (&iter, self->terms_by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      kel_term_bind_spans (value, (const KelSpan *) self->spans->data);
      g_list_store_insert_sorted (self->terms, value, compare_terms, NULL);
    }
  return TRUE;
}

static char *
strip_final_punctuation (const char *text)
{
  char *copy = g_strdup (text);
  gsize len = strlen (copy);

  while (len > 0 && strchr (".;:, ", copy[len - 1]))
    copy[--len] = '\0';
  return copy;
}

static const KelNode *
child_of_kind (KelDocument   *self,
               const KelNode *parent,
               KelNodeKind    kind)
{
  for (guint i = parent->index + 1; i < self->nodes->len; i++)
    {
      const KelNode *n = g_ptr_array_index (self->nodes, i);

      if (n->depth <= parent->depth)
        break;
      if (n->parent == parent && n->kind == kind)
        return n;
    }
  return NULL;
}

gboolean
kel_loader_build_threats (Loader       *l,
                          KelTermbase  *termbase,
                          GError      **error)
{
  KelDocument *self = l->doc;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const KelNode *node = g_ptr_array_index (self->nodes, i);
      g_autoptr(KelThreat) threat = NULL;
      g_autofree char *label = NULL;
      guint number;

      if (node->kind != KEL_NODE_THREAT)
        continue;
      if (node->refers_to == NULL)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s: the threat “%s” needs refersTo=“#conceptId”"), l->name, node->eid);
          return FALSE;
        }
      if (g_hash_table_contains (self->threats_by_id, node->refers_to))
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s: two threats refer to “%s”"), l->name, node->refers_to);
          return FALSE;
        }
      number = node->num ? (guint) g_ascii_strtoull (node->num, NULL, 10) : node->ordinal;
      threat = kel_threat_new (node->refers_to, number ? number : node->ordinal, node);
      kel_threat_set_parts (threat,
                            child_of_kind (self, node, KEL_NODE_HEADING),
                            child_of_kind (self, node, KEL_NODE_THREAT_SOURCE),
                            child_of_kind (self, node, KEL_NODE_THREAT_SIGNS));
      label = strip_final_punctuation (node->heading ? node->heading : node->refers_to);
      kel_threat_set_label (threat, KEL_LANG_KK, label, KEL_STATUS_OFFICIAL);

      if (termbase != NULL)
        {
          const KelTermbaseEntry *entry = kel_termbase_lookup (termbase, node->refers_to);

          if (entry == NULL || !entry->is_threat)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s: the termbase has no threat concept “%s”, which %s uses; "
                             "the termbase does not belong to this edition"),
                           kel_termbase_get_name (termbase), node->refers_to, node->eid);
              return FALSE;
            }
          for (KelLang lang = KEL_LANG_RU; lang < KEL_N_LANGS; lang++)
            if (entry->labels[lang] != NULL)
              kel_threat_set_label (threat, lang, entry->labels[lang], entry->status[lang]);
        }

      /* the list item outside the annex that names this threat */
      for (guint k = 0; k < self->nodes->len; k++)
        {
          const KelNode *point = g_ptr_array_index (self->nodes, k);

          if (point->kind == KEL_NODE_POINT && g_strcmp0 (point->refers_to, node->refers_to) == 0)
            {
              const KelBlock *block = &g_array_index (self->blocks, KelBlock, point->first_block);
              const KelSpan *num = NULL;
              g_autofree char *text = NULL;
              g_autofree char *wording = NULL;
              guint start = block->start;

              if (point->n_blocks == 0)
                continue;
              num = kel_document_get_span_at (self, block->start, KEL_SPAN_NUM);
              if (num != NULL)
                start = num->end + 1;
              text = kel_document_get_range (self, start, block->end);
              wording = strip_final_punctuation (text);
              kel_threat_set_article_point (threat, point, wording);
              break;
            }
        }

      g_list_store_append (self->threats, threat);
      g_hash_table_insert (self->threats_by_id, g_strdup (node->refers_to), g_object_ref (threat));
    }

  if (termbase != NULL)
    for (guint i = 0; i < kel_termbase_get_n_entries (termbase); i++)
      {
        const KelTermbaseEntry *entry = kel_termbase_get_entry (termbase, i);

        if (entry->is_threat && !g_hash_table_contains (self->threats_by_id, entry->id))
          {
            g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                         _("%s:%d: the threat concept “%s” is not a threat of %s; "
                           "the termbase does not belong to this edition"),
                         kel_termbase_get_name (termbase), entry->line, entry->id, l->name);
            return FALSE;
          }
      }
  return TRUE;
}
