/* kel-notes-page.h — the sidebar's bookmarks, highlights and notes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-notes.h"

G_BEGIN_DECLS

#define KEL_TYPE_NOTES_PAGE (kel_notes_page_get_type ())
G_DECLARE_FINAL_TYPE (KelNotesPage, kel_notes_page, KEL, NOTES_PAGE, GtkWidget)

void        kel_notes_page_set_notes      (KelNotesPage *self,
                                           KelNotes     *notes,
                                           KelLang       lang);
void        kel_notes_page_set_language   (KelNotesPage *self,
                                           KelLang       lang);
KelLang     kel_notes_page_get_language   (KelNotesPage *self);
void        kel_notes_page_show_undo      (KelNotesPage *self,
                                           const char   *message);
void        kel_notes_page_hide_undo      (KelNotesPage *self);
gboolean    kel_notes_page_get_undo_shown (KelNotesPage *self);
const char *kel_notes_page_get_summary    (KelNotesPage *self);
guint       kel_notes_page_get_n_rows     (KelNotesPage *self);
char       *kel_notes_page_get_row_text   (KelNotesPage *self,
                                           guint         index);
void        kel_notes_page_activate_row   (KelNotesPage *self,
                                           guint         index);

G_END_DECLS
