/* kel-test-gtk.h — what every test that opens a window needs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kel_test_gtk_init (int    *argc,
                        char ***argv);

G_END_DECLS
