/* kel-typesetting.c — how each kind of block is set
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-typesetting.h"

static gboolean
starts_with_num (KelDocument    *doc,
                 const KelBlock *block)
{
  const KelSpan *span;

  if (block->first_span >= kel_document_get_n_spans (doc))
    return FALSE;
  span = kel_document_get_span (doc, block->first_span);
  return span->kind == KEL_SPAN_NUM && span->start == block->start;
}

/**
 * kel_block_style_for:
 * @document: the document
 * @block: one of its blocks
 *
 * Returns: the typographic role of @block: a number at its start makes a
 *   paragraph, point or heading hang that number
 */
KelBlockStyle
kel_block_style_for (KelDocument    *document,
                     const KelBlock *block)
{
  gboolean num = starts_with_num (document, block);

  switch (block->kind)
    {
    case KEL_BLOCK_TITLE:
      return KEL_BLOCK_STYLE_TITLE;
    case KEL_BLOCK_LABEL:
      return KEL_BLOCK_STYLE_LABEL;
    case KEL_BLOCK_ANNEX_TITLE:
      return KEL_BLOCK_STYLE_ANNEX_TITLE;
    case KEL_BLOCK_NUM:
      return KEL_BLOCK_STYLE_NUM;
    case KEL_BLOCK_HEADING:
      return num ? KEL_BLOCK_STYLE_SUBHEADING : KEL_BLOCK_STYLE_HEADING;
    case KEL_BLOCK_POINT:
      /* the paragraph that introduces a list is set as a paragraph */
      if (!num && block->level <= 1 && block->node != NULL
          && g_strcmp0 (block->node->element, "list") == 0)
        return KEL_BLOCK_STYLE_PARA;
      if (block->level > 1)
        return KEL_BLOCK_STYLE_POINT_2;
      return num ? KEL_BLOCK_STYLE_POINT : KEL_BLOCK_STYLE_POINT_PLAIN;
    case KEL_BLOCK_SIGNATURE:
      return KEL_BLOCK_STYLE_SIGNATURE;
    case KEL_BLOCK_PARAGRAPH:
    default:
      /* the publisher's line, an editorial remark, an author's note */
      if (g_strcmp0 (block->klass, "publisher") == 0 || g_strcmp0 (block->klass, "remark") == 0
          || g_strcmp0 (block->klass, "authorialNote") == 0)
        return KEL_BLOCK_STYLE_NOTE;
      return num ? KEL_BLOCK_STYLE_PARA_HANG : KEL_BLOCK_STYLE_PARA;
    }
}

/**
 * kel_gloss_offset:
 * @document: the document
 * @term: a term occurrence
 *
 * Returns: where the gloss of @term goes: after it, and after the quotation
 *   marks or brackets that close it, so that «term» [gloss] keeps the
 *   quotation whole
 */
guint
kel_gloss_offset (KelDocument   *document,
                  const KelSpan *term)
{
  gsize n_bytes;
  const char *text = kel_document_get_text (document, &n_bytes);
  const KelBlock *block = kel_document_get_block_at (document, term->start);
  guint at = term->end;
  const char *p;

  if (block == NULL || term->end > block->end)
    return term->end;
  p = kel_document_get_text_at (document, at);
  while (at < block->end && p < text + n_bytes)
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x00BB && c != 0x201D && c != 0x2019 && c != '"' && c != ')')
        break;
      at++;
      p = g_utf8_next_char (p);
    }
  return at;
}
