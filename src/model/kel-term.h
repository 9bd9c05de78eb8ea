/* kel-term.h — a defined term: labels, definition, occurrences
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_TERM (kel_term_get_type ())
G_DECLARE_FINAL_TYPE (KelTerm, kel_term, KEL, TERM, GObject)

const char     *kel_term_get_id                 (KelTerm     *self);
guint           kel_term_get_order              (KelTerm     *self);
const char     *kel_term_get_label              (KelTerm     *self,
                                                 KelLang      lang);
KelStatus       kel_term_get_status             (KelTerm     *self,
                                                 KelLang      lang);
const char     *kel_term_get_definition         (KelTerm     *self);
void            kel_term_get_definition_range   (KelTerm     *self,
                                                 guint       *start,
                                                 guint       *end);
const KelNode  *kel_term_get_definition_node    (KelTerm     *self);
guint           kel_term_get_n_occurrences      (KelTerm     *self);
const KelSpan  *kel_term_get_occurrence         (KelTerm     *self,
                                                 guint        index);
const char * const *kel_term_get_variants       (KelTerm     *self);

G_END_DECLS
