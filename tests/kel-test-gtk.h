/* kel-test-gtk.h — what every test that opens a window needs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-application.h"
#include "kel-window.h"

G_BEGIN_DECLS

void     kel_test_gtk_init   (int        *argc,
                              char     ***argv);
gboolean kel_test_wait_until (gboolean  (*done) (gpointer),
                              gpointer    data,
                              guint       ms);
void     kel_test_settle     (guint       ms);
void     kel_test_wait_paint (GtkWidget  *window);

KelApplication *kel_test_app_new      (GApplicationFlags   flags);
int             kel_test_app_run      (KelApplication    **app);
KelWindow      *kel_test_open_window  (KelApplication     *app,
                                       KelDocument        *doc,
                                       int                 width);
void            kel_test_close_window (gpointer            window);
gpointer        kel_test_open_dialog  (KelWindow          *window,
                                       const char         *action,
                                       const char         *key);
gboolean        kel_test_menu_has_action (GMenuModel      *menu,
                                          const char      *name);
GMenuModel     *kel_test_open_menu     (GtkMenuButton     *button);
gboolean        kel_test_top_is_within (KelWindow         *window,
                                        const char        *eid);
gboolean        kel_test_wait_for_top (KelWindow          *window,
                                       const char         *eid);

GtkWidget      *kel_test_find_label_with_class (GtkWidget  *root,
                                                const char *css_class);
GtkWidget      *kel_test_find_type    (GtkWidget          *root,
                                       GType               type);
GPtrArray      *kel_test_view_glosses (GtkTextView        *view,
                                       GArray             *starts);

G_END_DECLS
