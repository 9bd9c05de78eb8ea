/* kel-window.h — the reader window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-term.h"
#include "kel-threat.h"

G_BEGIN_DECLS

#define KEL_TYPE_WINDOW (kel_window_get_type ())
G_DECLARE_FINAL_TYPE (KelWindow, kel_window, KEL, WINDOW, GtkApplicationWindow)

KelWindow     *kel_window_new                (GtkApplication *application,
                                              GSettings      *settings);
void           kel_window_set_document       (KelWindow      *self,
                                              KelDocument    *document);
void           kel_window_show_edition       (KelWindow      *self,
                                              KelDocument    *document);
void           kel_window_open_files         (KelWindow      *self,
                                              GFile          *edition,
                                              GFile          *termbase);
KelDocument   *kel_window_get_document       (KelWindow      *self);
KelLang        kel_window_get_term_language  (KelWindow      *self);
gboolean       kel_window_goto               (KelWindow      *self,
                                              const char     *eid,
                                              gboolean        flash);
void           kel_window_restore_position   (KelWindow      *self);
void           kel_window_show_message       (KelWindow      *self,
                                              const char     *message);
void           kel_window_show_error         (KelWindow      *self,
                                              const char     *message);
void           kel_window_show_open_error    (KelWindow      *self,
                                              GFile          *edition,
                                              GFile          *termbase,
                                              const GError   *error);
void           kel_window_show_toast         (KelWindow      *self,
                                              const char     *text);
GtkWidget     *kel_window_get_view           (KelWindow      *self);
char          *kel_window_get_citation       (KelWindow      *self);
void           kel_window_show_sidebar_page  (KelWindow      *self,
                                              const char     *name);
void           kel_window_show_term          (KelWindow      *self,
                                              KelTerm        *term);
void           kel_window_show_threat        (KelWindow      *self,
                                              KelThreat      *threat);

G_END_DECLS
