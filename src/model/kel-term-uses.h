/* kel-term-uses.h — which defined terms a stretch of text, or a definition, uses
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"
#include "kel-term.h"

G_BEGIN_DECLS

GPtrArray *kel_term_uses_in_range   (KelDocument *document,
                                     guint        start,
                                     guint        end);
GPtrArray *kel_term_uses_definition (KelDocument *document,
                                     KelTerm     *term);
GPtrArray *kel_term_uses_used_by    (KelDocument *document,
                                     KelTerm     *term);

G_END_DECLS
