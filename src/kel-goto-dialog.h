/* kel-goto-dialog.h — "Go To": type a citation, a term or a link, see where
 * it leads, press Enter to go there
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_GOTO_DIALOG (kel_goto_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KelGotoDialog, kel_goto_dialog, KEL, GOTO_DIALOG, GtkWindow)

void kel_goto_dialog_present (KelGotoDialog *self,
                              KelDocument   *document,
                              GSettings     *settings);

G_END_DECLS
