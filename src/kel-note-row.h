/* kel-note-row.h — one row of the Notes page: a line of controls over stacked text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KEL_TYPE_NOTE_ROW (kel_note_row_get_type ())
G_DECLARE_FINAL_TYPE (KelNoteRow, kel_note_row, KEL, NOTE_ROW, GtkWidget)

GtkWidget *kel_note_row_new         (void);
void       kel_note_row_append_top  (KelNoteRow *self,
                                     GtkWidget  *child);
void       kel_note_row_append      (KelNoteRow *self,
                                     GtkWidget  *child);

G_END_DECLS
