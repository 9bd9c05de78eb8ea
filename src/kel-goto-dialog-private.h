/* kel-goto-dialog-private.h — what the tests read of the Go To window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-goto-dialog.h"

G_BEGIN_DECLS

GtkWidget     *kel_goto_dialog_get_entry    (KelGotoDialog *self);
const char    *kel_goto_dialog_get_result   (KelGotoDialog *self);
const KelNode *kel_goto_dialog_get_node     (KelGotoDialog *self);

G_END_DECLS
