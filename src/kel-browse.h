/* kel-browse.h — a sidebar page that browses: a list, a detail page, Back
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-sidebar-page.h"

G_BEGIN_DECLS

/* The widgets of one page's list → detail → back; each page fills one in
 * after gtk_widget_init_template() (none is owned by it). */
typedef struct
{
  GtkWidget  *page;             /* the page that holds the rest */
  GtkStack   *stack;            /* children named "list" and @detail_name */
  GtkListBox *list;
  GtkWidget  *back_button;
  GtkWidget  *detail_scroller;  /* a GtkScrolledWindow */
  GtkWidget  *list_focus;       /* (nullable): focused on the list when no row is */
  const char *detail_name;
  const char *back_action;      /* the page's "….back" action */
} KelBrowse;

void           kel_browse_init              (KelBrowse     *browse);
gboolean       kel_browse_focus_is_inside   (KelBrowse     *browse);
void           kel_browse_show_detail       (KelBrowse     *browse,
                                             GtkListBoxRow *row,
                                             gboolean       had_focus);
void           kel_browse_show_list         (KelBrowse     *browse);
gboolean       kel_browse_in_detail         (KelBrowse     *browse);
GtkListBoxRow *kel_browse_get_row           (KelBrowse     *browse,
                                             guint          visible_index);
void           kel_browse_implement_sidebar_page (KelSidebarPageInterface *iface);
void           kel_browse_clear_list        (GtkListBox    *list);
void           kel_browse_clear_box         (GtkWidget     *box);

G_END_DECLS
