/* kel-contents-page.h — the sidebar's table of contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-sidebar-page.h"

G_BEGIN_DECLS

#define KEL_TYPE_CONTENTS_PAGE (kel_contents_page_get_type ())
G_DECLARE_FINAL_TYPE (KelContentsPage, kel_contents_page, KEL, CONTENTS_PAGE, GtkWidget)

void           kel_contents_page_set_document (KelContentsPage *self,
                                               KelDocument     *document);
KelDocument   *kel_contents_page_get_document (KelContentsPage *self);
void           kel_contents_page_set_lang     (KelContentsPage *self,
                                               KelLang          lang);
KelLang        kel_contents_page_get_lang     (KelContentsPage *self);
void           kel_contents_page_set_current  (KelContentsPage *self,
                                               const KelNode   *node);
const KelNode *kel_contents_page_get_current  (KelContentsPage *self);

G_END_DECLS
