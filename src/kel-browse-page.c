/* kel-browse-page.c — the base class of the sidebar's browsing pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The glossary and the threats pages derive from KelBrowsePage: it holds
 * their list → detail → Back state (a #KelBrowse, see kel-browse.c), the
 * document and the term language, and implements #KelSidebarPage once.
 * A subclass binds its template's stack, list and Back button, hands them
 * over with kel_browse_page_setup() in its init, and answers the class
 * vfuncs: document_changed (rebuild the list), language_changed (re-label
 * in place) and row_text (what a row says).
 */
#include "config.h"

#include "kel-browse-page.h"
#include "kel-sidebar-page.h"

typedef struct
{
  KelBrowse    browse;
  KelDocument *document;
  KelLang      lang;
} KelBrowsePagePrivate;

static void kel_browse_page_sidebar_page_init (KelSidebarPageInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (KelBrowsePage, kel_browse_page, GTK_TYPE_WIDGET,
                                  G_ADD_PRIVATE (KelBrowsePage)
                                  G_IMPLEMENT_INTERFACE (KEL_TYPE_SIDEBAR_PAGE, kel_browse_page_sidebar_page_init))

static void
back_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  kel_browse_show_list (kel_browse_page_get_browse (KEL_BROWSE_PAGE (widget)));
}

/**
 * kel_browse_page_class_install_back:
 * @widget_class: the class of a #KelBrowsePage subclass
 * @back_action: the name of its Back action, such as "glossary.back"
 *
 * Installs @back_action, which returns to the list, bound to Alt+Left.
 */
void
kel_browse_page_class_install_back (GtkWidgetClass *widget_class,
                                    const char     *back_action)
{
  gtk_widget_class_install_action (widget_class, back_action, NULL, back_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back_action, NULL);
}

/**
 * kel_browse_page_setup:
 * @browse: the subclass's widgets, from its template; @browse->page is
 *   filled in here
 *
 * Call once in the subclass's init, after gtk_widget_init_template():
 * the page starts on the list, its Back action disabled.
 */
void
kel_browse_page_setup (KelBrowsePage   *self,
                       const KelBrowse *browse)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (self);

  g_return_if_fail (KEL_IS_BROWSE_PAGE (self));
  priv->browse = *browse;
  priv->browse.page = GTK_WIDGET (self);
  kel_browse_init (&priv->browse);
}

/**
 * kel_browse_page_get_browse:
 * Returns: (transfer none): the page's list → detail → Back state
 */
KelBrowse *
kel_browse_page_get_browse (KelBrowsePage *self)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (self);

  return &priv->browse;
}

/**
 * kel_browse_page_set_document:
 * @document: (nullable): the document the page browses
 *
 * Returns to the list and has the subclass rebuild it (document_changed).
 */
void
kel_browse_page_set_document (KelBrowsePage *self,
                              KelDocument   *document)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (self);

  g_return_if_fail (KEL_IS_BROWSE_PAGE (self));
  if (!g_set_object (&priv->document, document))
    return;
  kel_browse_show_list (&priv->browse);
  KEL_BROWSE_PAGE_GET_CLASS (self)->document_changed (self);
  g_object_notify (G_OBJECT (self), "document");
}

/**
 * kel_browse_page_get_document:
 * Returns: (transfer none) (nullable): the document the page browses
 */
KelDocument *
kel_browse_page_get_document (KelBrowsePage *self)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (self);

  g_return_val_if_fail (KEL_IS_BROWSE_PAGE (self), NULL);
  return priv->document;
}

/**
 * kel_browse_page_set_lang:
 * @lang: the term language
 *
 * Has the subclass show its names in @lang (language_changed); the list's
 * filter and order and the open detail page stay.
 */
void
kel_browse_page_set_lang (KelBrowsePage *self,
                          KelLang        lang)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (self);

  g_return_if_fail (KEL_IS_BROWSE_PAGE (self));
  g_return_if_fail (lang < KEL_N_LANGS);
  if (priv->lang == lang)
    return;
  priv->lang = lang;
  KEL_BROWSE_PAGE_GET_CLASS (self)->language_changed (self);
  g_object_notify (G_OBJECT (self), "term-language");
}

/**
 * kel_browse_page_get_lang:
 * Returns: the term language
 */
KelLang
kel_browse_page_get_lang (KelBrowsePage *self)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (self);

  g_return_val_if_fail (KEL_IS_BROWSE_PAGE (self), KEL_LANG_KK);
  return priv->lang;
}

/* What the row at @visible_index says, from the subclass's row_text. */
static char *
get_row_text (KelSidebarPage *page,
              guint           visible_index)
{
  KelBrowsePage *self = KEL_BROWSE_PAGE (page);
  GtkListBoxRow *row = kel_browse_get_row (kel_browse_page_get_browse (self), visible_index);

  return row != NULL ? KEL_BROWSE_PAGE_GET_CLASS (self)->row_text (self, row) : NULL;
}

static void
kel_browse_page_sidebar_page_init (KelSidebarPageInterface *iface)
{
  kel_browse_implement_sidebar_page (iface);
  iface->get_row_text = get_row_text;
  iface->get_document = (gpointer) kel_browse_page_get_document;
  iface->set_document = (gpointer) kel_browse_page_set_document;
  iface->get_term_language = (gpointer) kel_browse_page_get_lang;
  iface->set_term_language = (gpointer) kel_browse_page_set_lang;
}

static void
kel_browse_page_dispose (GObject *object)
{
  KelBrowsePagePrivate *priv = kel_browse_page_get_instance_private (KEL_BROWSE_PAGE (object));

  g_clear_object (&priv->document);
  G_OBJECT_CLASS (kel_browse_page_parent_class)->dispose (object);
}

static void
kel_browse_page_class_init (KelBrowsePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kel_browse_page_dispose;
  kel_sidebar_page_class_install_properties (object_class);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
kel_browse_page_init (KelBrowsePage *self)
{
}
