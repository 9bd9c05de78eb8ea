/* kel-note-editor.h — write or change a note on a passage
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KEL_TYPE_NOTE_EDITOR (kel_note_editor_get_type ())
G_DECLARE_FINAL_TYPE (KelNoteEditor, kel_note_editor, KEL, NOTE_EDITOR, GtkWindow)

KelNoteEditor *kel_note_editor_new      (GtkWindow     *parent,
                                         const char    *location,
                                         const char    *quote,
                                         const char    *text);
char          *kel_note_editor_get_text (KelNoteEditor *self);
void           kel_note_editor_set_text (KelNoteEditor *self,
                                         const char    *text);
void           kel_note_editor_save     (KelNoteEditor *self);

G_END_DECLS
