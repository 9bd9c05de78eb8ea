/* kel-sidebar-page.h — what the sidebar's pages share: focus, rows, a document, a term language
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

  gboolean     (*grab_focus)        (KelSidebarPage *self);
  void         (*show_list)         (KelSidebarPage *self);
  guint        (*get_n_rows)        (KelSidebarPage *self);
  char        *(*get_row_text)      (KelSidebarPage *self,
                                     guint           index);
  void         (*activate_row)      (KelSidebarPage *self,
                                     guint           index);
};

void      kel_sidebar_page_class_install_properties (GObjectClass   *object_class);
gboolean  kel_sidebar_page_grab_focus               (KelSidebarPage *self);
void      kel_sidebar_page_show_list                (KelSidebarPage *self);
guint     kel_sidebar_page_get_n_rows               (KelSidebarPage *self);
char     *kel_sidebar_page_get_row_text             (KelSidebarPage *self,
                                                     guint           index);
void      kel_sidebar_page_activate_row             (KelSidebarPage *self,
                                                     guint           index);

G_END_DECLS
