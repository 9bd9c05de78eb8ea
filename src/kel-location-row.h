/* kel-location-row.h — a sidebar row: where in the text, and a snippet or heading
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_LOCATION_ROW (kel_location_row_get_type ())
G_DECLARE_FINAL_TYPE (KelLocationRow, kel_location_row, KEL, LOCATION_ROW, GtkListBoxRow)

GtkWidget *kel_location_row_new          (void);
void       kel_location_row_set_location (KelLocationRow *self,
                                          const char     *location,
                                          KelLang         lang);
void       kel_location_row_set_snippet  (KelLocationRow *self,
                                          KelDocument    *document,
                                          guint           start,
                                          guint           end);
void       kel_location_row_set_title    (KelLocationRow *self,
                                          const char     *title,
                                          KelLang         lang);
char      *kel_location_row_get_text     (KelLocationRow *self);

G_END_DECLS
