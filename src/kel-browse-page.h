/* kel-browse-page.h — the base class of the sidebar's browsing pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-browse.h"
#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_BROWSE_PAGE (kel_browse_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (KelBrowsePage, kel_browse_page, KEL, BROWSE_PAGE, GtkWidget)

struct _KelBrowsePageClass
{
  GtkWidgetClass parent_class;

  void  (*document_changed) (KelBrowsePage *self);
  void  (*language_changed) (KelBrowsePage *self);
  char *(*row_text)         (KelBrowsePage *self,
                             GtkListBoxRow *row);
};

void         kel_browse_page_class_install_back (GtkWidgetClass *widget_class,
                                                 const char     *back_action);
void         kel_browse_page_setup              (KelBrowsePage  *self,
                                                 const KelBrowse *browse);
KelBrowse   *kel_browse_page_get_browse         (KelBrowsePage  *self);
void         kel_browse_page_set_document       (KelBrowsePage  *self,
                                                 KelDocument    *document);
KelDocument *kel_browse_page_get_document       (KelBrowsePage  *self);
void         kel_browse_page_set_lang           (KelBrowsePage  *self,
                                                 KelLang         lang);
KelLang      kel_browse_page_get_lang           (KelBrowsePage  *self);

G_END_DECLS
