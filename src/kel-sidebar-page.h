/* kel-sidebar-page.h — what the sidebar's pages share: a document, a term language
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_SIDEBAR_PAGE (kel_sidebar_page_get_type ())
G_DECLARE_INTERFACE (KelSidebarPage, kel_sidebar_page, KEL, SIDEBAR_PAGE, GtkWidget)

struct _KelSidebarPageInterface
{
  GTypeInterface g_iface;

  KelDocument *(*get_document)      (KelSidebarPage *self);
  void         (*set_document)      (KelSidebarPage *self,
                                     KelDocument    *document);
  KelLang      (*get_term_language) (KelSidebarPage *self);
  void         (*set_term_language) (KelSidebarPage *self,
                                     KelLang         lang);
};

void kel_sidebar_page_class_install_properties (GObjectClass *object_class);

G_END_DECLS
