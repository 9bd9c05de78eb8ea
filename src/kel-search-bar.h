/* kel-search-bar.h — searching the text, Kazakh-aware
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-search-state.h"

G_BEGIN_DECLS

#define KEL_TYPE_SEARCH_BAR (kel_search_bar_get_type ())
G_DECLARE_FINAL_TYPE (KelSearchBar, kel_search_bar, KEL, SEARCH_BAR, GtkWidget)

void         kel_search_bar_set_state      (KelSearchBar   *self,
                                            KelSearchState *state);
void         kel_search_bar_open           (KelSearchBar   *self);
void         kel_search_bar_close          (KelSearchBar   *self);
gboolean     kel_search_bar_is_open        (KelSearchBar   *self);
void         kel_search_bar_set_query      (KelSearchBar   *self,
                                            const char     *query);
void         kel_search_bar_set_flags      (KelSearchBar   *self,
                                            KelSearchFlags  flags);
void         kel_search_bar_set_compact    (KelSearchBar   *self,
                                            gboolean        compact);

G_END_DECLS
