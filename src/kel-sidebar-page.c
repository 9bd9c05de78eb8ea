/* kel-sidebar-page.c — what the sidebar's pages share: a document, a term language
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contents, glossary and threats pages each show the open document in
 * the term language.  This interface gives them the two properties, so that
 * the window binds its own state to every page instead of pushing it into
 * each by hand.  A page implements the interface with its existing setters
 * and getters, which notify (G_PARAM_EXPLICIT_NOTIFY: only on a change),
 * and calls kel_sidebar_page_class_install_properties() in class_init.
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

static void
kel_sidebar_page_default_init (KelSidebarPageInterface *iface)
{
  /**
   * KelSidebarPage:document: (nullable)
   *
   * The document the page shows.
   */
  g_object_interface_install_property (iface,
    g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  /**
   * KelSidebarPage:term-language:
   *
   * The code of the term language, "kk", "ru" or "zh", as the
   * "term-language" setting holds it: the language of the names and
   * locations the page shows.  An unknown code is Kazakh.
   */
  g_object_interface_install_property (iface, kel_lang_property_new ());
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
 * @object_class: the class of a page that implements #KelSidebarPage and
 *   has no other properties
 *
 * Gives the class the interface's properties, read and written through
 * the page's own getters and setters.
 */
void
kel_sidebar_page_class_install_properties (GObjectClass *object_class)
{
  object_class->get_property = get_property;
  object_class->set_property = set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_TERM_LANGUAGE, "term-language");
}
