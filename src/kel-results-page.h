/* kel-results-page.h — the sidebar's list of search results
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-sidebar-page.h"

G_BEGIN_DECLS

#define KEL_TYPE_RESULTS_PAGE (kel_results_page_get_type ())
G_DECLARE_FINAL_TYPE (KelResultsPage, kel_results_page, KEL, RESULTS_PAGE, GtkWidget)

#define KEL_RESULTS_MAX_ROWS 500

void   kel_results_page_set_results  (KelResultsPage *self,
                                      KelDocument    *document,
                                      GArray         *matches,
                                      KelLang         lang,
                                      const char     *summary);
void   kel_results_page_set_current  (KelResultsPage *self,
                                      int             index);

G_END_DECLS
