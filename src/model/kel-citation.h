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

const KelNode *kel_document_get_range_node (KelDocument *doc,
                                            guint        start,
                                            guint        end);

char          *kel_document_cite           (KelDocument *doc,
                                            guint        start,
                                            guint        end,
                                            KelLang      style);

char          *kel_document_cite_link      (KelDocument *doc,
                                            guint        start,
                                            guint        end);

G_END_DECLS
