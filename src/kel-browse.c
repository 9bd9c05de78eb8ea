/* kel-browse.c — a sidebar page that browses: a list, a detail page, Back
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The glossary and the threats pages work alike: a list of rows in a
 * stack; a row opens its detail page, which starts at its top with the
 * row selected in the list; Back (Alt+Left) returns to the list.  The
 * keyboard focus follows only when it is in the page already: opening a
 * term from the text must not take the reader out of the text.  These
 * functions are that behaviour, once; the pages fill a KelBrowse with their
 * widgets and keep what they show to themselves, and take their
 * #KelSidebarPage focus, list and rows from kel_browse_implement_sidebar_page().
 */
#include "config.h"

#include "kel-browse.h"

static GQuark browse_quark;

/* The KelBrowse that kel_browse_init() tied to a page. */
static KelBrowse *
browse_of (KelSidebarPage *page)
{
  return g_object_get_qdata (G_OBJECT (page), browse_quark);
}

/* A row the list shows: not hidden, and not filtered out. */
static gboolean
row_is_shown (GtkWidget *row)
{
  return gtk_widget_get_visible (row) && gtk_widget_get_child_visible (row);
}

/**
 * kel_browse_init:
 * @browse: a filled-in #KelBrowse
 *
 * Starts on the list, the page's Back action disabled.  @browse belongs
 * to the page (a member of its instance struct): the page's #KelSidebarPage
 * vfuncs from kel_browse_implement_sidebar_page() find it there.
 */
void
kel_browse_init (KelBrowse *browse)
{
  if (browse_quark == 0)
    browse_quark = g_quark_from_static_string ("kel-browse");
  g_object_set_qdata (G_OBJECT (browse->page), browse_quark, browse);
  gtk_widget_action_set_enabled (browse->page, browse->back_action, FALSE);
}

/**
 * kel_browse_focus_is_inside:
 *
 * Returns: whether the keyboard focus is in the page; read it before the
 *   detail page is rebuilt, which may remove the focused widget
 */
gboolean
kel_browse_focus_is_inside (KelBrowse *browse)
{
  GtkRoot *root = gtk_widget_get_root (browse->page);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, browse->page);
}

/**
 * kel_browse_show_detail:
 * @row: (nullable): the list's row of what the detail page shows
 * @had_focus: what kel_browse_focus_is_inside() said before the page
 *   was filled
 *
 * Shows the detail page from its top, @row selected in the list; the
 * focus moves to the Back button when it was in the page.
 */
void
kel_browse_show_detail (KelBrowse     *browse,
                        GtkListBoxRow *row,
                        gboolean       had_focus)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (browse->detail_scroller));

  if (row != NULL)
    gtk_list_box_select_row (browse->list, row);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_lower (adj));
  gtk_stack_set_visible_child_name (browse->stack, browse->detail_name);
  gtk_widget_action_set_enabled (browse->page, browse->back_action, TRUE);
  if (had_focus)
    gtk_widget_grab_focus (browse->back_button);
}

/* Focuses the selected row when the list shows it, else list_focus, else
 * the first row shown. */
static gboolean
focus_list (KelBrowse *browse)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (browse->list);

  if (row != NULL && row_is_shown (GTK_WIDGET (row)))
    return gtk_widget_grab_focus (GTK_WIDGET (row));
  if (browse->list_focus != NULL)
    return gtk_widget_grab_focus (browse->list_focus);
  row = kel_browse_get_row (browse, 0);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * kel_browse_show_list:
 *
 * Returns to the list; when the focus was in the page, it goes to the
 * selected row (the one last shown).
 */
void
kel_browse_show_list (KelBrowse *browse)
{
  gboolean had_focus = kel_browse_focus_is_inside (browse);

  gtk_stack_set_visible_child_name (browse->stack, "list");
  gtk_widget_action_set_enabled (browse->page, browse->back_action, FALSE);
  if (had_focus)
    focus_list (browse);
}

/**
 * kel_browse_in_detail:
 *
 * Returns: whether the detail page shows
 */
gboolean
kel_browse_in_detail (KelBrowse *browse)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (browse->stack), browse->detail_name) == 0;
}

/**
 * kel_browse_get_row:
 * @visible_index: a position among the rows the list shows
 *
 * Returns: (transfer none) (nullable): the row there
 */
GtkListBoxRow *
kel_browse_get_row (KelBrowse *browse,
                    guint      visible_index)
{
  guint k = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (browse->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && row_is_shown (row) && k++ == visible_index)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* The Back button on the detail page; on the list, the selected row, or
 * list_focus, or the first row. */
static gboolean
page_grab_focus (KelSidebarPage *page)
{
  KelBrowse *browse = browse_of (page);

  if (kel_browse_in_detail (browse))
    return gtk_widget_grab_focus (browse->back_button);
  return focus_list (browse);
}

static void
page_show_list (KelSidebarPage *page)
{
  kel_browse_show_list (browse_of (page));
}

/* The rows the list shows: those a filter leaves. */
static guint
page_get_n_rows (KelSidebarPage *page)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (browse_of (page)->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && row_is_shown (row))
      n++;
  return n;
}

static void
page_activate_row (KelSidebarPage *page,
                   guint           index)
{
  KelBrowse *browse = browse_of (page);
  GtkListBoxRow *row = kel_browse_get_row (browse, index);

  if (row != NULL)
    g_signal_emit_by_name (browse->list, "row-activated", row);
}

/**
 * kel_browse_implement_sidebar_page:
 * @iface: the #KelSidebarPage interface of a page that calls
 *   kel_browse_init() on its #KelBrowse
 *
 * Implements the interface's focus, list and rows with this file's
 * behaviour: grab_focus focuses the Back button on the detail page, and
 * on the list the selected row, or list_focus, or the first row;
 * show_list is kel_browse_show_list(); get_n_rows and activate_row count
 * the rows a filter leaves.  What a row says is the page's own (get_row_text).
 */
void
kel_browse_implement_sidebar_page (KelSidebarPageInterface *iface)
{
  iface->grab_focus = page_grab_focus;
  iface->show_list = page_show_list;
  iface->get_n_rows = page_get_n_rows;
  iface->activate_row = page_activate_row;
}

/**
 * kel_browse_clear_list:
 * @list: a list box
 *
 * Removes every row of @list.
 */
void
kel_browse_clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/**
 * kel_browse_clear_box:
 * @box: a box
 *
 * Removes every child of @box.
 */
void
kel_browse_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}
