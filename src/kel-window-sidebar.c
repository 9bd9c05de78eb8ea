/* kel-window-sidebar.c — the sidebar beside the text: its pages, where the
 * reader is, moving between panes, wide and narrow windows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-window-private.h"

#include "kel-contents-page.h"
#include "kel-contents.h"
#include "kel-document-view.h"
#include "kel-glossary-page.h"
#include "kel-markup.h"
#include "kel-search-bar.h"
#include "kel-threats-page.h"
#include "kel-text.h"

static void on_glossary_occurrence (KelGlossaryPage *page,
                                    const KelSpan   *span,
                                    KelWindow       *self);
static void on_threats_goto        (KelThreatsPage  *page,
                                    const KelNode   *node,
                                    KelWindow       *self);
static void on_threats_term        (KelThreatsPage  *page,
                                    KelTerm         *term,
                                    KelWindow       *self);

/* A page put in its place in the sidebar's stack, following the term
 * language from now on. */
static GtkWidget *
add_page (KelWindow *self,
          GtkWidget *slot,
          GType      type)
{
  GtkWidget *page = g_object_new (type, "vexpand", TRUE, "hexpand", TRUE, NULL);

  gtk_box_append (GTK_BOX (slot), page);
  _kel_window_bind_term_language (self, page);
  return page;
}

/**
 * _kel_window_get_glossary_page:
 *
 * The glossary page, made the first time it is needed (shown, or a term
 * opened in it): the window's first frame does not wait for it.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
_kel_window_get_glossary_page (KelWindow *self)
{
  if (self->glossary_page == NULL)
    {
      self->glossary_page = add_page (self, self->glossary_slot, KEL_TYPE_GLOSSARY_PAGE);
      g_signal_connect (self->glossary_page, "activate-occurrence", G_CALLBACK (on_glossary_occurrence), self);
      _kel_window_update_glossary_order (self);
    }
  return self->glossary_page;
}

/**
 * _kel_window_get_threats_page:
 *
 * The threats page, made the first time it is needed.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
_kel_window_get_threats_page (KelWindow *self)
{
  if (self->threats_page == NULL)
    {
      self->threats_page = add_page (self, self->threats_slot, KEL_TYPE_THREATS_PAGE);
      g_signal_connect (self->threats_page, "goto-node", G_CALLBACK (on_threats_goto), self);
      g_signal_connect (self->threats_page, "activate-term", G_CALLBACK (on_threats_term), self);
    }
  return self->threats_page;
}

/* The page a child of the sidebar's stack holds: a slot's page, made if
 * need be. */
static GtkWidget *
stack_child_page (KelWindow *self,
                  GtkWidget *child)
{
  if (child != NULL && child == self->glossary_slot)
    return _kel_window_get_glossary_page (self);
  if (child != NULL && child == self->threats_slot)
    return _kel_window_get_threats_page (self);
  if (child != NULL && child == self->notes_slot)
    return _kel_window_get_notes_page (self);
  if (child != NULL && child == self->results_slot)
    return _kel_window_get_results_page (self);
  return child;
}

/* The glossary and the threats pages are made, and get the document, when
 * they are first shown, so that the window's first frame does not wait for
 * pages nobody sees; so is the notes page, with the notes. */
void
_kel_window_update_sidebar_pages (KelWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (self->sidebar_stack));
  gboolean shown = gtk_widget_get_visible (self->sidebar);

  if (shown)
    page = stack_child_page (self, page);
  if (self->document == NULL)
    return;
  if ((shown && page != NULL && page == self->glossary_page) || self->glossary_loaded)
    {
      kel_glossary_page_set_document (KEL_GLOSSARY_PAGE (_kel_window_get_glossary_page (self)), self->document);
      self->glossary_loaded = TRUE;
    }
  if ((shown && page != NULL && page == self->threats_page) || self->threats_loaded)
    {
      kel_threats_page_set_document (KEL_THREATS_PAGE (_kel_window_get_threats_page (self)), self->document);
      self->threats_loaded = TRUE;
    }
}

/* Puts the focus in a page of the sidebar: in its list, or its first
 * focusable part. */
static void
focus_page (GtkWidget *page)
{
  if (KEL_IS_SIDEBAR_PAGE (page))
    kel_sidebar_page_grab_focus (KEL_SIDEBAR_PAGE (page));
  else if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/**
 * kel_window_show_sidebar_page:
 * @name: "contents", "glossary" or "threats"
 *
 * Shows the sidebar, open at that page.
 */
void
kel_window_show_sidebar_page (KelWindow  *self,
                              const char *name)
{
  if (!gtk_widget_get_visible (self->sidebar))
    g_action_group_change_action_state (G_ACTION_GROUP (self), "sidebar-visible", g_variant_new_boolean (TRUE));
  gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), name);
  _kel_window_update_sidebar_pages (self);
}

/**
 * kel_window_show_term:
 * @term: a defined term
 *
 * Opens @term's page in the glossary.
 */
void
kel_window_show_term (KelWindow *self,
                      KelTerm   *term)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  kel_window_show_sidebar_page (self, "glossary");
  kel_glossary_page_show_term (KEL_GLOSSARY_PAGE (_kel_window_get_glossary_page (self)), term);
  focus_page (self->glossary_page);
}

/**
 * kel_window_show_threat:
 * @threat: a threat of Annex 2
 *
 * Opens @threat's page in the threats browser.
 */
void
kel_window_show_threat (KelWindow *self,
                        KelThreat *threat)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  kel_window_show_sidebar_page (self, "threats");
  kel_threats_page_show_threat (KEL_THREATS_PAGE (_kel_window_get_threats_page (self)), threat);
  focus_page (self->threats_page);
}

static void
on_glossary_occurrence (KelGlossaryPage *page,
                        const KelSpan   *span,
                        KelWindow       *self)
{
  const KelBlock *block = kel_document_get_block (self->document, span->block);

  _kel_window_jump_to (self, block->start, span->start, span->end);
  kel_document_view_set_focus_link (KEL_DOCUMENT_VIEW (self->view), span);
}

static void
on_threats_goto (KelThreatsPage *page,
                 const KelNode  *node,
                 KelWindow      *self)
{
  _kel_window_jump_to_node (self, node, TRUE);
}

static void
on_threats_term (KelThreatsPage *page,
                 KelTerm        *term,
                 KelWindow      *self)
{
  kel_window_show_term (self, term);
}

static void
on_sidebar_shown (GtkWidget  *sidebar,
                  GParamSpec *pspec,
                  KelWindow  *self)
{
  _kel_window_update_sidebar_pages (self);
}

static void
on_sidebar_page (GtkStack   *stack,
                 GParamSpec *pspec,
                 KelWindow  *self)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  _kel_window_update_sidebar_pages (self);

  /* the search results are transient: the page to come back to is kept */
  if (name != NULL && !g_str_equal (name, "search") && self->settings != NULL)
    g_settings_set_string (self->settings, "sidebar-page", name);
}

/* The contents page's current row and the subtitle: where the reader is. */
void
_kel_window_update_position (KelWindow *self)
{
  const KelNode *node = kel_document_view_get_top_node (KEL_DOCUMENT_VIEW (self->view));
  const KelNode *section = node && self->document ? kel_document_get_section (self->document, node) : NULL;
  g_autofree char *where = NULL;

  kel_contents_page_set_current (KEL_CONTENTS_PAGE (self->contents_page), node);
  if (self->document != NULL && !kel_document_is_kazakh (self->document))
    {
      /* another document: the innermost part the contents list, in its
       * own words ("2. Pruning") */
      section = node ? kel_document_get_contents_entry_at (self->document, node) : NULL;
    }
  if (section != NULL && section->kind != KEL_NODE_TITLE)
    {
      g_autofree char *location = kel_document_get_location (self->document, section, self->lang);

      /* the subtitle starts a line: "Статья 2", not "статья 2" */
      where = kel_text_capitalise (location);
    }
  if (!self->bundled && self->document != NULL)
    {
      /* which file is open, always in sight */
      g_autofree char *file = g_path_get_basename (kel_document_get_name (self->document));
      char *both = where ? g_strdup_printf ("%s — %s", file, where) : g_strdup (file);

      g_free (where);
      where = both;
    }
  if (where != NULL)
    gtk_label_set_text (GTK_LABEL (self->subtitle_label), where);
  gtk_widget_set_visible (self->subtitle_label, where != NULL);
}

static void
on_position_changed (KelDocumentView *view,
                     KelWindow       *self)
{
  _kel_window_update_position (self);
}

static void
on_contents_activate (KelContentsPage *page,
                      const KelNode   *node,
                      KelWindow       *self)
{
  _kel_window_jump_to (self, node->start, 0, 0);
  /* reading goes on there: the focus goes to the text, whose caret is at
   * the start of the part, so that a screen reader reads it */
  gtk_widget_grab_focus (self->view);
}

/* F6 is taken before GtkPaned's own F6 (which cycles its children without
 * knowing which page of the sidebar to focus), so that it always moves
 * between the sidebar page and the text. */
static gboolean
on_window_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               KelWindow             *self)
{
  if (keyval == GDK_KEY_F6 && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.next-pane", NULL);
      return TRUE;
    }
  return FALSE;
}

/* win.sidebar-page: Alt+1, Alt+2, Alt+3 open a page of the sidebar and put
 * the focus in it, as Alt+digit does for the tabs of a notebook. */
static void
sidebar_page_activated (GtkWidget  *widget,
                        const char *action,
                        GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (!g_str_equal (name, "contents") && !g_str_equal (name, "glossary") && !g_str_equal (name, "threats"))
    return;
  kel_window_show_sidebar_page (self, name);
  focus_page (stack_child_page (self, gtk_stack_get_visible_child (GTK_STACK (self->sidebar_stack))));
}

static void
next_pane_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (gtk_widget_get_visible (self->sidebar)
      && (focus == NULL || !gtk_widget_is_ancestor (focus, self->sidebar)))
    focus_page (stack_child_page (self, gtk_stack_get_visible_child (GTK_STACK (self->sidebar_stack))));
  else
    gtk_widget_grab_focus (self->view);
}

/* Wide: the sidebar (if the reader wants it) beside the text.  Narrow: the
 * text, or the sidebar in its place when the reader opens it; a jump from
 * the sidebar goes back to the text.  The remembered setting is the wide
 * window's. */
void
_kel_window_update_layout (KelWindow *self)
{
  gboolean show_sidebar;
  GAction *action;

  if (self->settings == NULL)
    return;
  show_sidebar = self->narrow ? self->narrow_sidebar
                              : g_settings_get_boolean (self->settings, "sidebar-visible");
  gtk_widget_set_visible (self->sidebar, show_sidebar);
  gtk_widget_set_visible (self->scroller, !(self->narrow && show_sidebar));
  kel_search_bar_set_compact (KEL_SEARCH_BAR (self->search_bar), self->narrow);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "sidebar-visible");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (show_sidebar));
}

/* win.sidebar-visible (F9): in a wide window the setting, in a narrow one
 * what takes the place of the text. */
static void
sidebar_state_changed (GSimpleAction *action,
                       GVariant      *state,
                       gpointer       user_data)
{
  KelWindow *self = user_data;
  gboolean show = g_variant_get_boolean (state);

  if (self->narrow)
    {
      self->narrow_sidebar = show;
      _kel_window_update_layout (self);
    }
  else
    g_settings_set_boolean (self->settings, "sidebar-visible", show);
  if (show)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.next-pane", NULL);
}

static gboolean
relayout (gpointer user_data)
{
  KelWindow *self = user_data;

  self->layout_idle = 0;
  _kel_window_update_layout (self);
  return G_SOURCE_REMOVE;
}

/* Called as the window is allocated its width: switches between wide and
 * narrow. */
void
_kel_window_set_narrow (KelWindow *self,
                        gboolean   narrow)
{
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      self->narrow_sidebar = FALSE;
      /* not while allocating: the next idle changes what is shown, before
       * the text view's own layout work (a lower priority) */
      if (self->layout_idle == 0)
        self->layout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout, self, NULL);
    }
}

void
_kel_window_class_init_sidebar (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, next_pane_activated);
  gtk_widget_class_install_action (widget_class, "win.sidebar-page", "s", sidebar_page_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_position_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_contents_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_shown);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_page);
}

/* F6 moves between the sidebar and the text wherever the focus is. */
void
_kel_window_init_sidebar (KelWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_window_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* The sidebar as the reader left it: shown or not, open at which page. */
void
_kel_window_setup_sidebar (KelWindow *self)
{
  g_autoptr(GAction) sidebar = NULL;
  g_autofree char *page = g_settings_get_string (self->settings, "sidebar-page");

  sidebar = G_ACTION (g_simple_action_new_stateful ("sidebar-visible", NULL,
                                                    g_variant_new_boolean (g_settings_get_boolean (self->settings, "sidebar-visible"))));
  g_signal_connect (sidebar, "change-state", G_CALLBACK (sidebar_state_changed), self);
  g_action_map_add_action (G_ACTION_MAP (self), sidebar);
  g_signal_connect_object (self->settings, "changed::sidebar-visible", G_CALLBACK (_kel_window_update_layout), self, G_CONNECT_SWAPPED);
  if (!g_str_equal (page, "search"))
    gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), page);
}
