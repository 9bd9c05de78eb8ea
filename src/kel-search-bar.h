/* kel-search-bar.h — searching the text, Kazakh-aware
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-search.h"
#include "kel-term.h"

G_BEGIN_DECLS

#define KEL_TYPE_SEARCH_BAR (kel_search_bar_get_type ())
G_DECLARE_FINAL_TYPE (KelSearchBar, kel_search_bar, KEL, SEARCH_BAR, GtkWidget)

void         kel_search_bar_set_document   (KelSearchBar *self,
                                            KelDocument  *document);
void         kel_search_bar_set_lang       (KelSearchBar *self,
                                            KelLang       lang);
void         kel_search_bar_open           (KelSearchBar *self);
void         kel_search_bar_close          (KelSearchBar *self);
gboolean     kel_search_bar_is_open        (KelSearchBar *self);
void         kel_search_bar_set_query      (KelSearchBar *self,
                                            const char   *query);
void         kel_search_bar_set_flags      (KelSearchBar *self,
                                            KelSearchFlags flags);
GArray      *kel_search_bar_get_matches    (KelSearchBar *self);
int          kel_search_bar_get_current    (KelSearchBar *self);
void         kel_search_bar_set_current    (KelSearchBar *self,
                                            int           index);
void         kel_search_bar_step           (KelSearchBar *self,
                                            gboolean      forward);
const char  *kel_search_bar_get_status     (KelSearchBar *self);
KelTerm     *kel_search_bar_get_via_term   (KelSearchBar *self);
void         kel_search_bar_set_compact    (KelSearchBar *self,
                                            gboolean      compact);

G_END_DECLS
