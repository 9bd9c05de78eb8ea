/* kel-citation.c — quoting the agreement with a precise pinpoint
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-citation.h"

#include <string.h>

/* Moves @start and @end inwards past whitespace. */
static void
trim_range (KelDocument *doc,
            guint       *start,
            guint       *end)
{
  g_autofree char *text = NULL;
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  guint a = 0, b;

  if (*end <= *start)
    return;
  text = kel_document_get_range (doc, *start, *end);
  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  b = (guint) n;
  while (a < b && g_unichar_isspace (chars[a]))
    a++;
  while (b > a && g_unichar_isspace (chars[b - 1]))
    b--;
  *end = *start + b;
  *start = *start + a;
}

static void
clamp_range (KelDocument *doc,
             guint       *start,
             guint       *end)
{
  *end = MIN (*end, kel_document_get_n_chars (doc));
  *start = MIN (*start, *end);
  trim_range (doc, start, end);
}

static const KelNode *
node_holding (KelDocument *doc,
              guint        start,
              guint        end)
{
  const KelNode *node = kel_document_get_node_at (doc, start);

  while (node != NULL && !(node->start <= start && end <= node->end))
    node = node->parent;
  return node;
}

/**
 * kel_document_get_range_node:
 * @doc: a document
 * @start: first character of a range of the reading text
 * @end: end of the range (exclusive)
 *
 * The innermost node that holds the whole range, whitespace at its ends
 * aside: for a selection inside one paragraph, the paragraph (or list
 * item); for a selection across two paragraphs of an article, the article.
 * An empty range gives the innermost node at @start.
 *
 * Returns: (transfer none) (nullable): the node, or %NULL when no node
 *   holds the range (it runs across two articles, say)
 */
const KelNode *
kel_document_get_range_node (KelDocument *doc,
                             guint        start,
                             guint        end)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  clamp_range (doc, &start, &end);
  return node_holding (doc, start, end);
}

/* An empty range stands for the innermost node at it. */
static const KelNode *
resolve_range (KelDocument *doc,
               guint       *start,
               guint       *end)
{
  const KelNode *node;

  clamp_range (doc, start, end);
  if (*start == *end)
    {
      node = kel_document_get_node_at (doc, *start);
      if (node == NULL)
        return NULL;
      *start = node->start;
      *end = node->end;
      trim_range (doc, start, end);
      return node;
    }
  return node_holding (doc, *start, *end);
}

/* The text as it reads: whitespace runs as one space; quotes inside it
 * become the inner quotes of @style. */
static char *
quoted_text (KelDocument *doc,
             guint        start,
             guint        end,
             KelLang      style)
{
  g_autofree char *text = kel_document_get_range (doc, start, end);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (style != KEL_LANG_ZH && c == 0x00AB)        /* « */
        c = 0x201E;                                   /* „ */
      else if (style != KEL_LANG_ZH && c == 0x00BB)   /* » */
        c = 0x201C;                                   /* “ */
      else if (style == KEL_LANG_ZH && c == 0x201C)   /* “ */
        c = 0x2018;                                   /* ‘ */
      else if (style == KEL_LANG_ZH && c == 0x201D)   /* ” */
        c = 0x2019;                                   /* ’ */
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
short_title (KelDocument *doc,
             KelLang      style)
{
  const char *title = kel_document_get_label (doc, "docType", style, NULL);

  return title ? title : kel_document_get_short_title (doc);
}

/**
 * kel_document_cite:
 * @doc: a document
 * @start: first character of the quoted range
 * @end: end of the range (exclusive)
 * @style: the language of the citation's title and pinpoint
 *
 * The text of the range as it reads (whitespace and line breaks collapsed
 * to single spaces, trimmed), in quotes, followed by the pinpoint.  A
 * paragraph or item number at the start of the range is left out, since
 * the pinpoint says it; quotes inside the text become inner quotes („…“ in
 * Kazakh and Russian style, ‘…’ in Chinese style).  An empty range (a
 * cursor) quotes the whole innermost node at @start: the paragraph under
 * the cursor.  A range that no node holds gets the short title alone.
 *
 * Returns: (transfer full): the citation, e.g.
 *   "«жарты жылда бір рет» (Келісім, 5-бап, 2-тармақ)"
 */
char *
kel_document_cite (KelDocument *doc,
                   guint        start,
                   guint        end,
                   KelLang      style)
{
  const KelNode *node;
  const KelSpan *num;
  g_autofree char *text = NULL;
  g_autofree char *place = NULL;
  const char *title;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (style < KEL_N_LANGS, NULL);

  node = resolve_range (doc, &start, &end);

  /* "2. ..." : the pinpoint says "2-тармақ" already */
  num = start < end ? kel_document_get_span_at (doc, start, KEL_SPAN_NUM) : NULL;
  if (num != NULL && num->start == start && num->end < end)
    {
      start = num->end;
      trim_range (doc, &start, &end);
    }

  text = quoted_text (doc, start, end, style);
  title = short_title (doc, style);
  if (node != NULL)
    place = kel_document_get_location (doc, node, style);

  if (style == KEL_LANG_ZH)
    return g_strdup_printf ("“%s”（%s%s）", text, title, place ? place : "");
  if (place != NULL)
    return g_strdup_printf ("«%s» (%s, %s)", text, title, place);
  return g_strdup_printf ("«%s» (%s)", text, title);
}

/**
 * kel_document_cite_link:
 * @doc: a document
 * @start: first character of the range
 * @end: end of the range (exclusive)
 *
 * The link form of the citation's pinpoint, which `kelisim LINK` opens at
 * that place.  An empty range links the innermost node at @start.
 *
 * Returns: (transfer full) (nullable): "kelisim:" and the eId of
 *   kel_document_get_range_node(), e.g. "kelisim:art_5__para_2"; %NULL
 *   when no node holds the range
 */
char *
kel_document_cite_link (KelDocument *doc,
                        guint        start,
                        guint        end)
{
  const KelNode *node;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  node = resolve_range (doc, &start, &end);
  return node ? g_strconcat ("kelisim:", node->eid, NULL) : NULL;
}
