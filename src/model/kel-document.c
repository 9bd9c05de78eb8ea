/* kel-document.c — a loaded edition: its text, blocks, spans, nodes and labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The object and what a reader asks of it.  The loader that fills it is
 * kel-akn-loader.c and the files it names.
 */
#include "kel-document.h"

#include <string.h>

#include "kel-document-private.h"

G_DEFINE_FINAL_TYPE (KelDocument, kel_document, G_TYPE_OBJECT)

static void
kel_document_finalize (GObject *object)
{
  KelDocument *self = KEL_DOCUMENT (object);

  g_free (self->name);
  g_free (self->title);
  g_free (self->short_title);
  g_string_free (self->text, TRUE);
  g_array_unref (self->blocks);
  g_array_unref (self->spans);
  g_ptr_array_unref (self->nodes);
  g_hash_table_unref (self->nodes_by_eid);
  g_string_chunk_free (self->strings);
  g_clear_object (&self->terms);
  g_clear_object (&self->threats);
  g_hash_table_unref (self->terms_by_id);
  g_hash_table_unref (self->threats_by_id);
  g_hash_table_unref (self->labels);
  g_free (self->block_bytes);
  g_ptr_array_unref (self->notices);
  g_free (self->language);
  g_free (self->named_title);
  g_free (self->frbr_name);

  G_OBJECT_CLASS (kel_document_parent_class)->finalize (object);
}

static void
kel_document_class_init (KelDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kel_document_finalize;
}

static void
kel_document_init (KelDocument *self)
{
  self->text = g_string_new (NULL);
  self->blocks = g_array_new (FALSE, FALSE, sizeof (KelBlock));
  self->spans = g_array_new (FALSE, FALSE, sizeof (KelSpan));
  self->nodes = g_ptr_array_new_with_free_func (g_free);
  self->nodes_by_eid = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (4096);
  self->terms_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->threats_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) kel_labels_free);
  self->notices = g_ptr_array_new_with_free_func (g_free);
}

const char *
kel_document_intern (KelDocument *self,
                     const char  *s)
{
  return s ? g_string_chunk_insert_const (self->strings, s) : NULL;
}

void
kel_document_add_notice (KelDocument *self,
                         char        *notice)
{
  if (self->notices->len > 0)
    g_ptr_array_remove_index (self->notices, self->notices->len - 1);   /* the NULL */
  g_ptr_array_add (self->notices, notice);
  g_ptr_array_add (self->notices, NULL);
}

/* ------------------------------------------------------------------------ */
/* Accessors                                                                */
/**
 * kel_document_get_name:
 * @self: a document
 *
 * Returns: the name the edition was loaded under, for messages
 */
const char *
kel_document_get_name (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->name;
}

/**
 * kel_document_get_language:
 *
 * Returns: (nullable): the language the document says it is in
 *   (FRBRExpression/FRBRlanguage: "kaz", "eng", "swa", …), or %NULL
 */
const char *
kel_document_get_language (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->language;
}

/**
 * kel_document_is_kazakh:
 *
 * Returns: %TRUE when the document is in Kazakh (or does not say): its
 *   parts are then cited as the agreement's are ("3-бап, 2-тармақ")
 */
gboolean
kel_document_is_kazakh (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), TRUE);
  if (self->language != NULL)
    return g_str_equal (self->language, "kaz") || g_str_equal (self->language, "kk");
  /* a document that does not say: Kazakh when it follows the agreement's
   * profile (a label table, threat types) */
  return g_hash_table_size (self->labels) > 0 || g_list_model_get_n_items (G_LIST_MODEL (self->threats)) > 0;
}

/**
 * kel_document_get_title:
 * @self: a document
 *
 * Returns: the document's title: the one it gives itself (docTitle,
 *   shortTitle, an FRBR alias), else its long title, else a short first
 *   line or heading, else its file name
 */
const char *
kel_document_get_title (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->title;
}

/**
 * kel_document_get_short_title:
 * Returns: the word by which the act cites itself ("Келісім")
 */
const char *
kel_document_get_short_title (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->short_title;
}

/**
 * kel_document_get_text:
 * @n_bytes: (out) (optional): its length in bytes
 *
 * Returns: the reading text, blocks joined by "\n"
 */
const char *
kel_document_get_text (KelDocument *self,
                       gsize       *n_bytes)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (n_bytes)
    *n_bytes = self->text->len;
  return self->text->str;
}

/**
 * kel_document_get_n_chars:
 * @self: a document
 *
 * Returns: the length of the reading text, in characters
 */
guint
kel_document_get_n_chars (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->n_chars;
}

/* Pointer to a character offset, found from the nearest block start. */
static const char *
pointer_at (KelDocument *self,
            guint        offset)
{
  const KelBlock *block;
  guint index;

  offset = MIN (offset, self->n_chars);
  block = kel_document_get_block_at (self, offset);
  if (block == NULL || self->block_bytes == NULL)
    return g_utf8_offset_to_pointer (self->text->str, offset);
  index = block - (const KelBlock *) self->blocks->data;
  return g_utf8_offset_to_pointer (self->text->str + self->block_bytes[index], offset - block->start);
}

/**
 * kel_document_get_text_at:
 * @offset: a character offset in the reading text (past its end: the end)
 *
 * The place of a character in kel_document_get_text(), found from the
 * start of its block, not counted from the start of the text: asked once
 * for each of thousands of terms, counting from the start made the glosses
 * of a long text take time in the square of its length.
 *
 * Returns: (transfer none): the reading text from @offset on
 */
const char *
kel_document_get_text_at (KelDocument *self,
                          guint        offset)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return pointer_at (self, offset);
}

/**
 * kel_document_get_range:
 * @start: first character
 * @end: end (exclusive)
 *
 * Returns: (transfer full): the reading text from @start to @end
 */
char *
kel_document_get_range (KelDocument *self,
                        guint        start,
                        guint        end)
{
  const char *a, *b;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (end <= start)
    return g_strdup ("");
  a = pointer_at (self, start);
  b = pointer_at (self, end);
  return g_strndup (a, b - a);
}

/**
 * kel_document_get_n_blocks:
 * @self: a document
 *
 * Returns: the number of blocks (lines) of the reading text
 */
guint
kel_document_get_n_blocks (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

/**
 * kel_document_get_block:
 * @self: a document
 * @index: a block index, less than kel_document_get_n_blocks()
 *
 * Returns: (transfer none): the block at @index
 */
const KelBlock *
kel_document_get_block (KelDocument *self,
                        guint        index)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return &g_array_index (self->blocks, KelBlock, index);
}

/**
 * kel_document_get_block_at:
 * @offset: a character offset
 *
 * Returns: (nullable): the block that holds @offset, or the block after it
 *   when @offset is a line break
 */
const KelBlock *
kel_document_get_block_at (KelDocument *self,
                           guint        offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  hi = self->blocks->len;
  if (hi == 0)
    return NULL;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->blocks, KelBlock, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return &g_array_index (self->blocks, KelBlock, lo);
}

/**
 * kel_document_get_block_text:
 * @self: a document
 * @block: one of its blocks
 *
 * Returns: (transfer full): the text of @block
 */
char *
kel_document_get_block_text (KelDocument    *self,
                             const KelBlock *block)
{
  return kel_document_get_range (self, block->start, block->end);
}

/**
 * kel_document_get_n_spans:
 * @self: a document
 *
 * Returns: the number of spans, in text order
 */
guint
kel_document_get_n_spans (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->spans->len;
}

/**
 * kel_document_get_span:
 * @self: a document
 * @index: a span index, less than kel_document_get_n_spans()
 *
 * Returns: (transfer none): the span at @index
 */
const KelSpan *
kel_document_get_span (KelDocument *self,
                       guint        index)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->spans->len, NULL);
  return &g_array_index (self->spans, KelSpan, index);
}

/**
 * kel_document_find_first_span:
 * @offset: a character offset
 *
 * Returns: the index of the first span that starts at or after @offset
 *   (kel_document_get_n_spans() when there is none)
 */
guint
kel_document_find_first_span (KelDocument *self,
                              guint        offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  hi = self->spans->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->spans, KelSpan, mid).start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/**
 * kel_document_get_span_at:
 * @offset: a character offset
 * @kind: the kind of span
 *
 * Returns: (nullable): the span of @kind that covers @offset
 */
const KelSpan *
kel_document_get_span_at (KelDocument *self,
                          guint        offset,
                          KelSpanKind  kind)
{
  const KelBlock *block;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  block = kel_document_get_block_at (self, offset);
  if (block == NULL)
    return NULL;
  for (guint i = block->first_span; i < self->spans->len; i++)
    {
      const KelSpan *span = &g_array_index (self->spans, KelSpan, i);

      if (span->start > offset || span->start >= block->end + 1)
        break;
      if (span->kind == kind && offset >= span->start && offset < span->end)
        return span;
    }
  return NULL;
}

/**
 * kel_document_get_n_nodes:
 * @self: a document
 *
 * Returns: the number of nodes (elements with an eId)
 */
guint
kel_document_get_n_nodes (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->nodes->len;
}

/**
 * kel_document_get_node:
 * @self: a document
 * @index: a node index, less than kel_document_get_n_nodes()
 *
 * Returns: (transfer none): the node at @index, in document order
 */
const KelNode *
kel_document_get_node (KelDocument *self,
                       guint        index)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return g_ptr_array_index (self->nodes, index);
}

/**
 * kel_document_lookup_node:
 * @eid: an eId, with or without a leading '#'
 *
 * Returns: (nullable): the node with that eId
 */
const KelNode *
kel_document_lookup_node (KelDocument *self,
                          const char  *eid)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (eid == NULL)
    return NULL;
  if (eid[0] == '#')
    eid++;
  return g_hash_table_lookup (self->nodes_by_eid, eid);
}

/**
 * kel_document_get_node_at:
 * @offset: a character offset
 *
 * Returns: (nullable): the innermost node that holds @offset
 */
const KelNode *
kel_document_get_node_at (KelDocument *self,
                          guint        offset)
{
  const KelBlock *block;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  block = kel_document_get_block_at (self, offset);
  return block ? block->node : NULL;
}

/**
 * kel_document_get_section:
 * @node: a node
 *
 * Returns: (nullable): the top-level part that holds @node: the title, the
 *   preamble, an article, the conclusions, an annex or a component
 */
const KelNode *
kel_document_get_section (KelDocument   *self,
                          const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  while (node != NULL && node->parent != NULL)
    node = node->parent;
  return node;
}

/**
 * kel_node_get_number:
 * @node: a node
 *
 * Returns: the number a citation gives @node: the first number in its
 *   `num` ("5" of "5-бап", "2" of "(2)"), else its ordinal among the
 *   parent's parts of its kind
 */
guint
kel_node_get_number (const KelNode *node)
{
  g_return_val_if_fail (node != NULL, 0);
  if (node->num != NULL)
    {
      for (const char *p = node->num; *p; p++)
        if (g_ascii_isdigit (*p))
          return (guint) g_ascii_strtoull (p, NULL, 10);
    }
  return node->ordinal;
}

/**
 * kel_document_get_node_text:
 * Returns: (transfer full): the text of @node, its blocks joined by "\n"
 */
char *
kel_document_get_node_text (KelDocument   *self,
                            const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);
  return kel_document_get_range (self, node->start, node->end);
}

/**
 * kel_document_get_node_label:
 * @node: a node
 * @lang: a language
 * @status: (out) (optional): the label's provenance
 *
 * Returns: (nullable): the label that the edition gives the node in @lang
 *   (in Kazakh, its heading; in Russian and Chinese, the label table's)
 */
const char *
kel_document_get_node_label (KelDocument   *self,
                             const KelNode *node,
                             KelLang        lang,
                             KelStatus     *status)
{
  KelLabels *labels;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  labels = g_hash_table_lookup (self->labels, node->eid);
  if (labels != NULL && labels->text[lang] != NULL)
    return kel_labels_get (labels, lang, status);
  if (status)
    *status = lang == KEL_LANG_KK && node->heading ? KEL_STATUS_OFFICIAL : KEL_STATUS_MISSING;
  return lang == KEL_LANG_KK ? node->heading : NULL;
}

/**
 * kel_document_get_label:
 * @eid: an eId of the label table, such as "docType" or "art_3"
 * @lang: a language
 * @status: (out) (optional): the label's provenance
 *
 * Returns: (nullable): the label table's label for @eid in @lang (the
 *   table in the edition's `<proprietary>` block), or %NULL
 */
const char *
kel_document_get_label (KelDocument *self,
                        const char  *eid,
                        KelLang      lang,
                        KelStatus   *status)
{
  KelLabels *labels;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (lang < KEL_N_LANGS, NULL);
  labels = eid ? g_hash_table_lookup (self->labels, eid) : NULL;
  if (labels != NULL)
    return kel_labels_get (labels, lang, status);
  if (status)
    *status = KEL_STATUS_MISSING;
  return NULL;
}

/**
 * kel_document_get_terms:
 * Returns: (transfer none): the defined terms, #KelTerm, in Annex 1 order
 */
GListModel *
kel_document_get_terms (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->terms);
}

/**
 * kel_document_lookup_term:
 * Returns: (transfer none) (nullable): the term with that id
 */
KelTerm *
kel_document_lookup_term (KelDocument *self,
                          const char  *id)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->terms_by_id, id) : NULL;
}

/**
 * kel_document_get_threats:
 * Returns: (transfer none): the threat types, #KelThreat, in annex order
 */
GListModel *
kel_document_get_threats (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->threats);
}

/**
 * kel_document_lookup_threat:
 * @self: a document
 * @id: (nullable): a threat's id (its TLC concept eId)
 *
 * Returns: (transfer none) (nullable): the threat with that id
 */
KelThreat *
kel_document_lookup_threat (KelDocument *self,
                            const char  *id)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->threats_by_id, id) : NULL;
}

/**
 * kel_document_get_threat_for_node:
 * @node: a node
 *
 * Returns: (transfer none) (nullable): the threat that @node or one of its
 *   ancestors refers to, such as the threat an Article 2 item names
 */
KelThreat *
kel_document_get_threat_for_node (KelDocument   *self,
                                  const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  for (; node != NULL; node = node->parent)
    if (node->refers_to != NULL && g_hash_table_contains (self->threats_by_id, node->refers_to))
      return g_hash_table_lookup (self->threats_by_id, node->refers_to);
  return NULL;
}

/**
 * kel_document_get_notices:
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): what the
 *   loader read differently from the file, one line each, naming the file:
 *   a pre-standard namespace, references that point to nothing, elements
 *   it does not know.  %NULL when there is nothing to say.
 */
const char * const *
kel_document_get_notices (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->notices->len > 0 ? (const char * const *) self->notices->pdata : NULL;
}

/**
 * kel_document_get_memory_size:
 *
 * Returns: an estimate of the bytes the loaded model holds
 */
gsize
kel_document_get_memory_size (KelDocument *self)
{
  gsize size = sizeof *self;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  size += self->text->allocated_len;
  size += self->blocks->len * sizeof (KelBlock);
  size += self->spans->len * sizeof (KelSpan);
  size += self->nodes->len * (sizeof (KelNode) + sizeof (gpointer) * 3);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const KelNode *n = g_ptr_array_index (self->nodes, i);
      size += strlen (n->eid) + 1 + (n->heading ? strlen (n->heading) + 1 : 0);
    }
  size += g_list_model_get_n_items (G_LIST_MODEL (self->terms)) * 512;
  size += g_list_model_get_n_items (G_LIST_MODEL (self->threats)) * 512;
  return size;
}

