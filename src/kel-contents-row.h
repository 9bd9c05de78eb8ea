/* kel-contents-row.h — a row of the contents tree: expander, location, heading
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_CONTENTS_ROW (kel_contents_row_get_type ())
G_DECLARE_FINAL_TYPE (KelContentsRow, kel_contents_row, KEL, CONTENTS_ROW, GtkWidget)

GtkWidget      *kel_contents_row_new             (void);
void            kel_contents_row_set_list_row    (KelContentsRow *self,
                                                  GtkTreeListRow *list_row);
GtkTreeListRow *kel_contents_row_get_list_row    (KelContentsRow *self);
void            kel_contents_row_set_text        (KelContentsRow *self,
                                                  const char     *location,
                                                  const char     *title,
                                                  KelLang         lang);
void            kel_contents_row_set_indent_for_icon (KelContentsRow *self,
                                                  gboolean        indent);
void            kel_contents_row_set_current     (KelContentsRow *self,
                                                  gboolean        current);
char           *kel_contents_row_get_text        (KelContentsRow *self);

G_END_DECLS
