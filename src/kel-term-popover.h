/* kel-term-popover.h — a defined term, explained where it is used
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-term.h"

G_BEGIN_DECLS

#define KEL_TYPE_TERM_POPOVER (kel_term_popover_get_type ())
G_DECLARE_FINAL_TYPE (KelTermPopover, kel_term_popover, KEL, TERM_POPOVER, GtkPopover)

GtkWidget     *kel_term_popover_new             (void);
void           kel_term_popover_show_occurrence (KelTermPopover *self,
                                                 KelDocument    *document,
                                                 const KelSpan  *span);
void           kel_term_popover_set_document    (KelTermPopover *self,
                                                 KelDocument    *document);
KelDocument   *kel_term_popover_get_document    (KelTermPopover *self);
void           kel_term_popover_set_lang        (KelTermPopover *self,
                                                 KelLang         lang);
KelLang        kel_term_popover_get_lang        (KelTermPopover *self);
KelTerm       *kel_term_popover_get_term        (KelTermPopover *self);
const KelSpan *kel_term_popover_get_occurrence  (KelTermPopover *self);
char          *kel_term_popover_get_definition_text (KelTermPopover *self);
const char    *kel_term_popover_get_counter     (KelTermPopover *self);

G_END_DECLS
