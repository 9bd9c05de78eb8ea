/* kel-window-search.c — the search: highlights in the text, the results
 * page of the sidebar, the search button and the find actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window follows its KelSearchState (which the search bar edits): new
 * matches are highlighted and listed, the current one is shown, and the
 * results page comes and goes with the search.  The results page is fed
 * through its own API from here.
 */
#include "config.h"

#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-announce.h"
#include "kel-document-view.h"
#include "kel-results-page.h"
#include "kel-search-bar.h"

/* New matches: highlighted in the text, listed in the results page, and
 * the first from the place being read made current. */
static void
on_search_results (KelWindow *self)
{
  GArray *matches = kel_search_state_get_matches (self->search);
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  KelTerm *via = kel_search_state_get_via_term (self->search);
  g_autofree char *summary = NULL;
  guint here;
  int first = -1;

  kel_document_view_set_highlights (view, matches->len ? matches : NULL);
  if (via != NULL)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u occurrence", "%s — %u occurrences", matches->len),
                               kel_term_get_label (via, KEL_LANG_KK), matches->len);
  else if (matches->len > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", matches->len), matches->len);
  else if (kel_search_state_get_active (self->search))
    summary = g_strdup (_("No matches"));
  /* the results page is made with the first results to show */
  if (self->results_page != NULL || matches->len > 0 || summary != NULL)
    kel_results_page_set_results (KEL_RESULTS_PAGE (_kel_window_get_results_page (self)),
                                  self->document, matches, self->lang, summary);

  /* the first match from the place being read onwards */
  here = _kel_window_get_top_offset (self);
  for (guint i = 0; i < matches->len && first < 0; i++)
    if (g_array_index (matches, KelMatch, i).start >= here)
      first = (int) i;
  if (first < 0 && matches->len > 0)
    first = 0;
  kel_search_state_set_current (self->search, first);
}

/* The current match: marked in the text and the list, in view, the caret
 * on it, and said to a screen reader. */
static void
on_search_current (KelWindow *self)
{
  GArray *matches = kel_search_state_get_matches (self->search);
  int current = kel_search_state_get_current (self->search);
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);

  if (current < 0 || (guint) current >= matches->len)
    {
      if (self->results_page != NULL)
        kel_results_page_set_current (KEL_RESULTS_PAGE (self->results_page), current);
      kel_document_view_set_current_highlight (view, 0, 0);
      return;
    }
  {
    const KelMatch *m = &g_array_index (matches, KelMatch, current);
    const KelBlock *block = kel_document_get_block_at (self->document, m->start);

    kel_document_view_set_current_highlight (view, m->start, m->end);
    /* scroll only when the match is not in view: reading stays calm */
    {
      KelSpan probe = { 0 };
      probe.start = m->start;
      probe.end = m->end;
      if (!kel_document_view_is_span_visible (view, &probe))
        kel_document_view_scroll_to (view, block->start);
    }
    /* the caret goes to the match, where the text reads on after Escape;
     * a screen reader hears "4 of 17" and the words around the match */
    kel_document_view_place_caret (view, m->start);
    {
      guint from = m->start > block->start + 50 ? m->start - 50 : block->start;
      guint to = MIN (block->end, m->end + 60);
      g_autofree char *around = kel_document_get_range (self->document, from, MAX (to, m->end));
      g_autofree char *said = g_strdup_printf ("%s: %s", kel_search_state_get_status (self->search), around);

      kel_announce (GTK_WIDGET (self), said);
    }
    /* after the announcement: on GTK 4.8 Orca then follows the results
     * list's new selection, and no longer hears the focused entry */
    kel_results_page_set_current (KEL_RESULTS_PAGE (_kel_window_get_results_page (self)), current);
  }
}

static void
on_search_activate_result (KelResultsPage *page,
                           int             index,
                           KelWindow      *self)
{
  GArray *matches = kel_search_state_get_matches (self->search);

  if (index < 0 || (guint) index >= matches->len)
    return;
  /* a jump from the list: recorded, so that Back returns */
  _kel_window_jump_to (self, kel_document_get_block_at (self->document, g_array_index (matches, KelMatch, index).start)->start, 0, 0);
  kel_search_state_set_current (self->search, index);
}

/* The search opened (the results page shows, the search button is down)
 * or closed (the page the reader had comes back, reading goes on in the
 * text); Ctrl+F on an open search shows the results again. */
static void
on_search_mode_changed (KelWindow *self)
{
  gboolean open = kel_search_state_get_active (self->search);

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->search_button)) != open)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), open);
  gtk_stack_page_set_visible (self->results_stack_page, open);
  if (open)
    {
      if (self->page_before_search == NULL)
        self->page_before_search = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (self->sidebar_stack)));
      gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "search");
    }
  else
    {
      if (self->page_before_search != NULL)
        gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), self->page_before_search);
      g_clear_pointer (&self->page_before_search, g_free);
      gtk_widget_grab_focus (self->view);
    }
}

static void
on_search_button (GtkToggleButton *button,
                  KelWindow       *self)
{
  KelSearchBar *bar = KEL_SEARCH_BAR (self->search_bar);

  if (gtk_toggle_button_get_active (button) && !kel_search_bar_is_open (bar))
    {
      kel_search_bar_open (bar);
      on_search_mode_changed (self);
    }
  else if (!gtk_toggle_button_get_active (button) && kel_search_bar_is_open (bar))
    kel_search_bar_close (bar);
}

static void
find_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  KelSearchBar *bar = KEL_SEARCH_BAR (self->search_bar);

  if (g_str_equal (action, "win.find"))
    {
      kel_search_bar_open (bar);
      on_search_mode_changed (self);
    }
  else
    {
      if (!kel_search_bar_is_open (bar))
        {
          kel_search_bar_open (bar);
          on_search_mode_changed (self);
        }
      kel_search_state_step (self->search, g_str_equal (action, "win.find-next"));
    }
}

void
_kel_window_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_button);
}

/**
 * _kel_window_get_results_page:
 *
 * The search results page, made the first time there are results to show
 * (or its place in the sidebar is shown): the window's first frame does
 * not wait for it.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
_kel_window_get_results_page (KelWindow *self)
{
  if (self->results_page == NULL)
    {
      self->results_page = g_object_new (KEL_TYPE_RESULTS_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);
      gtk_box_append (GTK_BOX (self->results_slot), self->results_page);
      g_signal_connect (self->results_page, "activate-result", G_CALLBACK (on_search_activate_result), self);
    }
  return self->results_page;
}

/* The one search of the window: the bar edits it, the window follows it. */
void
_kel_window_init_search (KelWindow *self)
{
  self->search = kel_search_state_new ();
  kel_search_bar_set_state (KEL_SEARCH_BAR (self->search_bar), self->search);
  g_signal_connect_object (self->search, "notify::matches", G_CALLBACK (on_search_results), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "notify::current", G_CALLBACK (on_search_current), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "notify::active", G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
}

/**
 * kel_window_get_search:
 *
 * For the tests: the window's search, as the bar and the results show it.
 *
 * Returns: (transfer none): the search
 */
KelSearchState *
kel_window_get_search (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->search;
}
