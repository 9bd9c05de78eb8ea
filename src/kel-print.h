/* kel-print.h — the Print command: the paginated agreement (kel-print-job.h,
 * GTK-free) through the print dialog
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-print-job.h"

G_BEGIN_DECLS

GtkPrintOperation *kel_print_operation_new (KelDocument *doc,
                                            KelLang      lang,
                                            gboolean     glosses);
void               kel_print_operation_set_notes (GtkPrintOperation *operation,
                                                  KelNotes          *notes,
                                                  gboolean           print_notes);
gboolean           kel_print_operation_get_print_notes (GtkPrintOperation *operation);

G_END_DECLS
