/* kel-test-gtk.h — what every test that opens a window needs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     kel_test_gtk_init   (int        *argc,
                              char     ***argv);
gboolean kel_test_wait_until (gboolean  (*done) (gpointer),
                              gpointer    data,
                              guint       ms);
void     kel_test_settle     (guint       ms);

G_END_DECLS
