/* kel-threats-page.h — the sidebar's browser of the threats of Annex 2
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-browse-page.h"
#include "kel-threat.h"

G_BEGIN_DECLS

#define KEL_TYPE_THREATS_PAGE (kel_threats_page_get_type ())
G_DECLARE_FINAL_TYPE (KelThreatsPage, kel_threats_page, KEL, THREATS_PAGE, KelBrowsePage)

void           kel_threats_page_set_document      (KelThreatsPage *self,
                                                   KelDocument    *document);
KelDocument   *kel_threats_page_get_document      (KelThreatsPage *self);
void           kel_threats_page_set_lang          (KelThreatsPage *self,
                                                   KelLang         lang);
KelLang        kel_threats_page_get_lang          (KelThreatsPage *self);

void           kel_threats_page_show_threat       (KelThreatsPage *self,
                                                   KelThreat      *threat);
KelThreat     *kel_threats_page_get_threat        (KelThreatsPage *self);
char          *kel_threats_page_get_threat_text   (KelThreatsPage *self);
guint          kel_threats_page_get_n_sign_items  (KelThreatsPage *self);
char          *kel_threats_page_get_sign_item     (KelThreatsPage *self,
                                                   guint           index);
char          *kel_threats_page_get_terms_text    (KelThreatsPage *self);

G_END_DECLS
