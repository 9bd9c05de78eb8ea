/* kel-search-state.h — one search of the text: query, options, matches,
 * the current match
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kel-document.h"
#include "kel-search.h"
#include "kel-term.h"

G_BEGIN_DECLS

#define KEL_TYPE_SEARCH_STATE (kel_search_state_get_type ())
G_DECLARE_FINAL_TYPE (KelSearchState, kel_search_state, KEL, SEARCH_STATE, GObject)

KelSearchState *kel_search_state_new          (void);
void            kel_search_state_set_document (KelSearchState *self,
                                               KelDocument    *document);
KelDocument    *kel_search_state_get_document (KelSearchState *self);
void            kel_search_state_search       (KelSearchState *self,
                                               const char     *query,
                                               KelSearchFlags  flags);
const char     *kel_search_state_get_query    (KelSearchState *self);
KelSearchFlags  kel_search_state_get_flags    (KelSearchState *self);
void            kel_search_state_set_active   (KelSearchState *self,
                                               gboolean        active);
gboolean        kel_search_state_get_active   (KelSearchState *self);
GArray         *kel_search_state_get_matches  (KelSearchState *self);
KelTerm        *kel_search_state_get_via_term (KelSearchState *self);
void            kel_search_state_set_current  (KelSearchState *self,
                                               int             index);
int             kel_search_state_get_current  (KelSearchState *self);
void            kel_search_state_step         (KelSearchState *self,
                                               gboolean        forward);
const char     *kel_search_state_get_status   (KelSearchState *self);

G_END_DECLS
