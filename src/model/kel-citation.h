/* kel-citation.h — quoting the agreement with a precise pinpoint
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A citation is the quoted text followed by the act's short title and the
 * place, in the citation style of a language:
 *
 *   kk  «…» (Келісім, 5-бап, 2-тармақ)
 *   ru  «…» (Соглашение, статья 5, пункт 2)
 *   zh  “…”（协定第五条第二款）
 *
 * The place is kel_document_get_location() of the innermost node (element
 * with an eId) that holds the whole range; the short title is the label
 * table's "docType" label in that language (kel_document_get_label()),
 * falling back to kel_document_get_short_title().
 */
#pragma once

#include "kel-document.h"
#include "kel-lang.h"

G_BEGIN_DECLS

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
const KelNode *kel_document_get_range_node (KelDocument *doc,
                                            guint        start,
                                            guint        end);

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
char          *kel_document_cite           (KelDocument *doc,
                                            guint        start,
                                            guint        end,
                                            KelLang      style);

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
char          *kel_document_cite_link      (KelDocument *doc,
                                            guint        start,
                                            guint        end);

G_END_DECLS
