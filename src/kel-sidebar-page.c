/* kel-sidebar-page.c — what the sidebar's pages share: focus, rows, a document, a term language
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window moves the focus into whichever page the sidebar shows, and
 * the tests read and activate the rows a reader sees, through this
 * interface, the same for every page: kel_sidebar_page_grab_focus(), the
 * rows (kel_sidebar_page_get_n_rows() and its kin) and, on a page with a
 * detail view, kel_sidebar_page_show_list().  Each page implements the
 * vfuncs with static functions; the glossary and the threats take theirs
 * from kel-browse.c.
 *
 * The contents, glossary and threats pages each show the open document in
 * the term language.  They take the "document" and "term-language"
 * properties with kel_sidebar_page_class_install_properties(), so that the
 * window binds its own state to every page instead of pushing it into
 * each by hand; the properties go through the get/set vfuncs, whose
 * setters notify (G_PARAM_EXPLICIT_NOTIFY: only on a change).  The results
 * page shows matches, not the document, and has neither.
 */
#include "config.h"

#include "kel-sidebar-page.h"

#include "kel-lang-property.h"

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TERM_LANGUAGE,
};

G_DEFINE_INTERFACE (KelSidebarPage, kel_sidebar_page, GTK_TYPE_WIDGET)

/* A page without a vfunc of its own: Tab's first stop takes the focus,
 * there is no list to return to, and no rows. */
static gboolean
default_grab_focus (KelSidebarPage *self)
{
  return gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
kel_sidebar_page_default_init (KelSidebarPageInterface *iface)
{
  iface->grab_focus = default_grab_focus;
}

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  KelSidebarPage *self = KEL_SIDEBAR_PAGE (object);
  KelSidebarPageInterface *iface = KEL_SIDEBAR_PAGE_GET_IFACE (self);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, iface->get_document (self));
      break;
    case PROP_TERM_LANGUAGE:
      kel_lang_property_set_value (value, iface->get_term_language (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_property (GObject      *object,
              guint         prop_id,
              const GValue *value,
              GParamSpec   *pspec)
{
  KelSidebarPage *self = KEL_SIDEBAR_PAGE (object);
  KelSidebarPageInterface *iface = KEL_SIDEBAR_PAGE_GET_IFACE (self);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      iface->set_document (self, g_value_get_object (value));
      break;
    case PROP_TERM_LANGUAGE:
      iface->set_term_language (self, kel_lang_property_get_value (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/**
 * kel_sidebar_page_class_install_properties:
 * @object_class: the class of a page that implements #KelSidebarPage with
 *   its get/set vfuncs, and has no other properties
 *
 * Gives the class two properties, read and written through the page's
 * get/set vfuncs: "document" (nullable), the document the page shows, and
 * "term-language", the code of the term language, "kk", "ru" or "zh", as
 * the "term-language" setting holds it: the language of the names and
 * locations the page shows (an unknown code is Kazakh).
 */
void
kel_sidebar_page_class_install_properties (GObjectClass *object_class)
{
  object_class->get_property = get_property;
  object_class->set_property = set_property;
  g_object_class_install_property (object_class, PROP_DOCUMENT,
    g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_property (object_class, PROP_TERM_LANGUAGE, kel_lang_property_new ());
}

/**
 * kel_sidebar_page_grab_focus:
 *
 * Puts the keyboard focus in the page where a reader starts: its list
 * (the selected row, or what the page offers first) or, on a detail view,
 * its Back button; on a page without a list, Tab's first stop.
 *
 * Returns: whether the focus moved
 */
gboolean
kel_sidebar_page_grab_focus (KelSidebarPage *self)
{
  g_return_val_if_fail (KEL_IS_SIDEBAR_PAGE (self), FALSE);
  return KEL_SIDEBAR_PAGE_GET_IFACE (self)->grab_focus (self);
}

/**
 * kel_sidebar_page_show_list:
 *
 * On a page with a detail view (a term's, a threat's), returns to the
 * list, the row last shown selected (and focused, when the keyboard focus
 * is in the page).  Other pages show their list already.
 */
void
kel_sidebar_page_show_list (KelSidebarPage *self)
{
  KelSidebarPageInterface *iface;

  g_return_if_fail (KEL_IS_SIDEBAR_PAGE (self));
  iface = KEL_SIDEBAR_PAGE_GET_IFACE (self);
  if (iface->show_list != NULL)
    iface->show_list (self);
}

/**
 * kel_sidebar_page_get_n_rows:
 *
 * Returns: how many rows the page's list shows (those a filter leaves)
 */
guint
kel_sidebar_page_get_n_rows (KelSidebarPage *self)
{
  KelSidebarPageInterface *iface;

  g_return_val_if_fail (KEL_IS_SIDEBAR_PAGE (self), 0);
  iface = KEL_SIDEBAR_PAGE_GET_IFACE (self);
  return iface->get_n_rows != NULL ? iface->get_n_rows (self) : 0;
}

/**
 * kel_sidebar_page_get_row_text:
 * @index: a position among the rows the list shows
 *
 * Returns: (transfer full) (nullable): what that row says, its lines
 *   joined by newlines, or %NULL when there is no such row
 */
char *
kel_sidebar_page_get_row_text (KelSidebarPage *self,
                               guint           index)
{
  KelSidebarPageInterface *iface;

  g_return_val_if_fail (KEL_IS_SIDEBAR_PAGE (self), NULL);
  iface = KEL_SIDEBAR_PAGE_GET_IFACE (self);
  return iface->get_row_text != NULL ? iface->get_row_text (self, index) : NULL;
}

/**
 * kel_sidebar_page_activate_row:
 * @index: a position among the rows the list shows
 *
 * Activates that row, as a click or Enter would; nothing happens when
 * there is no such row.
 */
void
kel_sidebar_page_activate_row (KelSidebarPage *self,
                               guint           index)
{
  KelSidebarPageInterface *iface;

  g_return_if_fail (KEL_IS_SIDEBAR_PAGE (self));
  iface = KEL_SIDEBAR_PAGE_GET_IFACE (self);
  if (iface->activate_row != NULL)
    iface->activate_row (self, index);
}
