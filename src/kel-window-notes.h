/* kel-window-notes.h — the reader window's bookmarks, highlights and notes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-notes.h"
#include "kel-window.h"

G_BEGIN_DECLS

KelNotes  *kel_window_get_notes          (KelWindow   *window);
GtkWidget *kel_window_notes_edit         (KelWindow   *window,
                                          const char  *id);
int        kel_window_notes_import       (KelWindow   *window,
                                          GFile       *file);

G_END_DECLS
