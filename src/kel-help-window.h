/* kel-help-window.h — a first-time reader's guide
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KEL_TYPE_HELP_WINDOW (kel_help_window_get_type ())
G_DECLARE_FINAL_TYPE (KelHelpWindow, kel_help_window, KEL, HELP_WINDOW, GtkWindow)

GtkWidget *kel_help_window_new (GtkWindow *parent);

G_END_DECLS
