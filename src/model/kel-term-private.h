/* kel-term-private.h — how the loader builds a KelTerm (kel-akn-*.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-term.h"

G_BEGIN_DECLS

KelTerm   *kel_term_new                 (const char     *id,
                                         guint           order);
void       kel_term_set_label           (KelTerm        *self,
                                         KelLang         lang,
                                         const char     *label,
                                         KelStatus       status);
void       kel_term_set_definition      (KelTerm        *self,
                                         const char     *text,
                                         guint           start,
                                         guint           end,
                                         const KelNode  *node);
void       kel_term_set_variants        (KelTerm        *self,
                                         const char * const *variants);
void       kel_term_set_order           (KelTerm        *self,
                                         guint           order);
void       kel_term_add_occurrence      (KelTerm        *self,
                                         guint           span_index);
void       kel_term_bind_spans          (KelTerm        *self,
                                         const KelSpan  *spans);

G_END_DECLS
