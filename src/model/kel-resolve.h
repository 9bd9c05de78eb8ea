/* kel-resolve.h — "Go to": where a citation, a term or a link leads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kel_document_resolve() takes what a reader types or pastes and finds the
 * place it names:
 *
 *  - Kelisim's own locations in the three citation styles, exactly as
 *    kel_document_get_location() writes them ("5-бап, 2-тармақ",
 *    "статья 5, пункт 2", "第五条第二款", "1-қосымша, «ақпараттық соғыс»",
 *    "Кіріспе, 3-абзац", "Қолтаңбалар", …), and whole citations as "Copy
 *    citation" makes them (the pinpoint in the last brackets counts);
 *  - short and loose forms: "5.2", "5(2)", "art. 5 para 2", "ст. 5 п. 2",
 *    "пункт 2 статьи 5", "3-бап 5)", "5-баптың 2-тармағы", "annex 2, 3",
 *    "приложение 2, пункт 3", "附件二第三项", "preamble 3";
 *  - a defined term in any language and any inflected Kazakh or Russian
 *    form ("ақпараттық соғысқа", "информационной войны", "信息战"), which
 *    leads to its definition; a threat type's label, to the threat;
 *  - an eId, with or without "kelisim:" or "#".
 *
 * Numbers may be written with digits or Chinese numerals (up to 99 and
 * beyond).  Keywords are matched in any letter case, inflection aside.  A
 * citation of a part that does not exist ("статья 13", "5-бап, 9-тармақ")
 * finds nothing, rather than the nearest part.
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

const KelNode *kel_document_resolve (KelDocument  *doc,
                                     const char   *text,
                                     KelTerm     **term,
                                     GError      **error);

guint          kel_zh_parse_number  (const char   *text,
                                     const char  **end);

G_END_DECLS
