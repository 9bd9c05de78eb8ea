/* kel-window.c — the reader window: the object, its template, its settings
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one KelDocument: the text in a KelDocumentView, the
 * sidebar pages beside it, and a term popover on demand.  Its jobs live in
 * the kel-window-*.c files that kel-window-private.h lists.
 */
#include "config.h"

#include "kel-window-private.h"

#include "kel-contents-page.h"
#include "kel-document-view.h"
#include "kel-glossary-page.h"
#include "kel-notes-page.h"
#include "kel-results-page.h"
#include "kel-search-bar.h"
#include "kel-threats-page.h"

G_DEFINE_FINAL_TYPE (KelWindow, kel_window, GTK_TYPE_APPLICATION_WINDOW)

/**
 * kel_window_get_document:
 * Returns: (transfer none) (nullable): the document shown
 */
KelDocument *
kel_window_get_document (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->document;
}

/**
 * kel_window_get_view:
 * Returns: (transfer none): the document view
 */
GtkWidget *
kel_window_get_view (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->view;
}

/**
 * kel_window_get_term_language:
 *
 * Returns: the language the reader chose for terms (the "term-language"
 *   setting), in which dialogs over the window cite places
 */
KelLang
kel_window_get_term_language (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), KEL_LANG_KK);
  return self->lang;
}

/**
 * kel_window_get_part:
 * @name: the id of a part in the window's template, such as
 *   "glossary_page"
 *
 * For the tests, which look at the parts of the window as a reader would.
 * The glossary, threats, notes and results pages are made when first
 * asked for, here as when first shown.
 *
 * Returns: (transfer none): that part
 */
GtkWidget *
kel_window_get_part (KelWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  if (g_str_equal (name, "glossary_page"))
    return _kel_window_get_glossary_page (self);
  if (g_str_equal (name, "threats_page"))
    return _kel_window_get_threats_page (self);
  if (g_str_equal (name, "notes_page"))
    return _kel_window_get_notes_page (self);
  if (g_str_equal (name, "results_page"))
    return _kel_window_get_results_page (self);
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), KEL_TYPE_WINDOW, name));
}

static gboolean
kel_window_close_request (GtkWindow *window)
{
  KelWindow *self = KEL_WINDOW (window);
  int width, height;

  /* written at once, not with g_settings_delay (): the settings are the
   * application's, and delay mode, once on, would hold every later change
   * of every window in memory until the next close */
  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  _kel_window_save_position (self);

  return GTK_WINDOW_CLASS (kel_window_parent_class)->close_request (window);
}


static void
kel_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  GTK_WIDGET_CLASS (kel_window_parent_class)->size_allocate (widget, width, height, baseline);
  _kel_window_set_narrow (KEL_WINDOW (widget), width < KEL_WINDOW_NARROW_WIDTH);
}

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kel_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KelWindow *self = KEL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The document shown, told to the window's files and widgets: the text,
 * the contents and the search follow it through bindings (made in init);
 * the glossary and threats pages get it when first shown, which keeps
 * them out of start-up (kel-window-sidebar.c). */
void
_kel_window_notify_document (KelWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
kel_window_dispose (GObject *object)
{
  KelWindow *self = KEL_WINDOW (object);

  _kel_window_stop_pointing (self);
  _kel_window_forget_view_settings (self);
  g_clear_handle_id (&self->toast_id, g_source_remove);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  g_clear_handle_id (&self->a11y_start_id, g_source_remove);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->view != NULL)
    kel_document_view_set_popover (KEL_DOCUMENT_VIEW (self->view), NULL);
  self->popover = NULL;
  if (self->help_overlay != NULL)
    gtk_window_destroy (GTK_WINDOW (self->help_overlay));
  g_clear_object (&self->help_overlay);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_WINDOW);
  g_clear_object (&self->search);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kel_window_parent_class)->dispose (object);
}

static void
kel_window_finalize (GObject *object)
{
  KelWindow *self = KEL_WINDOW (object);

  g_array_unref (self->back);
  g_array_unref (self->forward);
  g_free (self->message);
  g_free (self->page_before_search);

  G_OBJECT_CLASS (kel_window_parent_class)->finalize (object);
}

static void
kel_window_class_init (KelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kel_window_dispose;
  object_class->finalize = kel_window_finalize;
  object_class->get_property = kel_window_get_property;

  /**
   * KelWindow:document:
   *
   * The document the window shows, or %NULL before one is loaded.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  window_class->close_request = kel_window_close_request;
  widget_class->size_allocate = kel_window_size_allocate;

  g_type_ensure (KEL_TYPE_DOCUMENT_VIEW);
  g_type_ensure (KEL_TYPE_CONTENTS_PAGE);
  g_type_ensure (KEL_TYPE_SEARCH_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KelWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, lang_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, lang_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, toast);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, contents_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, glossary_slot);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, threats_slot);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, view);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, results_slot);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, results_stack_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, notes_slot);
  /* the menus, kept for when their buttons first open them */
  gtk_widget_class_bind_template_child_full (widget_class, "main_menu", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "lang_menu", FALSE, 0);

  _kel_window_class_init_messages (widget_class);
  _kel_window_class_init_history (widget_class);
  _kel_window_class_init_popover (widget_class);
  _kel_window_class_init_sidebar (widget_class);
  _kel_window_class_init_view (widget_class);
  _kel_window_class_init_load (widget_class);
  _kel_window_class_init_search (widget_class);
  _kel_window_class_init_actions (widget_class);
  _kel_window_class_init_notes (widget_class);
}

/* A screen reader learns of a new window when it becomes active; GTK 4.8
 * makes it active before the application has joined the accessibility bus,
 * so Orca misses it and stays silent.  A moment later, the focus is given
 * to the text again (only if the reader has not moved it), which Orca
 * hears: it says the text and reads its first line. */
#define A11Y_START_MS 700

static gboolean
refocus_for_screen_readers (gpointer user_data)
{
  KelWindow *self = user_data;

  self->a11y_start_id = 0;
  if (gtk_window_is_active (GTK_WINDOW (self))
      && gtk_root_get_focus (GTK_ROOT (self)) == self->view)
    {
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_widget_grab_focus (self->view);
    }
  return G_SOURCE_REMOVE;
}

static void
on_first_active (KelWindow  *self,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    return;
  g_signal_handlers_disconnect_by_func (self, on_first_active, user_data);
  self->a11y_start_id = g_timeout_add (A11Y_START_MS, refocus_for_screen_readers, self);
}

/* A menu button's menu, given the first time it opens (a click, F10 for
 * the main menu): its popover's items are not built before the window's
 * first frame. */
static void
give_menu (GtkMenuButton *button,
           gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static void
menu_when_opened (GtkWidget *button,
                  GObject   *menu)
{
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), give_menu,
                                         g_object_ref (menu), g_object_unref);
}

static void
kel_window_init (KelWindow *self)
{
  self->lang = KEL_LANG_KK;

  gtk_widget_init_template (GTK_WIDGET (self));
  menu_when_opened (self->menu_button, gtk_widget_get_template_child (GTK_WIDGET (self), KEL_TYPE_WINDOW, "main_menu"));
  menu_when_opened (self->lang_button, gtk_widget_get_template_child (GTK_WIDGET (self), KEL_TYPE_WINDOW, "lang_menu"));
  _kel_window_init_history (self);
  /* (the term popover when a term is first opened: _kel_window_term_popover) */
  _kel_window_init_sidebar (self);
  _kel_window_init_load (self);
  _kel_window_init_search (self);
  g_object_bind_property (self, "document", self->view, "document", G_BINDING_DEFAULT);
  g_object_bind_property (self, "document", self->contents_page, "document", G_BINDING_DEFAULT);
  g_object_bind_property (self, "document", self->search, "document", G_BINDING_DEFAULT);

  /* reading starts in the text: arrows and Page Down scroll it, Tab reaches
   * its first link */
  gtk_window_set_focus (GTK_WINDOW (self), self->view);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_first_active), NULL);
  _kel_window_init_notes (self);
}

/**
 * kel_window_new:
 * @application: the application the window belongs to
 * @settings: the application's settings, which the window follows and
 *   writes (its size, the sidebar, the term language, the zoom, the reading
 *   position)
 *
 * Returns: (transfer none): a new reader window, showing nothing yet
 */
KelWindow *
kel_window_new (GtkApplication *application,
                GSettings      *settings)
{
  KelWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KEL_TYPE_WINDOW, "application", application, NULL);
  self->settings = g_object_ref (settings);
  /* a broken setting (0 or negative) leaves the size to GTK */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (g_settings_get_int (self->settings, "window-width"), -1),
                               MAX (g_settings_get_int (self->settings, "window-height"), -1));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  _kel_window_setup_sidebar (self);
  _kel_window_setup_view_settings (self);
  _kel_window_update_layout (self);
  return self;
}
