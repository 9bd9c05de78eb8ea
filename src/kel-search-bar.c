/* kel-search-bar.c — searching the text, Kazakh-aware
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar is the reader's side of a KelSearchState: what is typed and the
 * options run a search in it, Enter and the arrows step through its
 * matches, opening and closing the bar open and close it.  The bar shows
 * the state's status ("4 of 17") and, when the query is a Russian or
 * Chinese label, the term it found.  The window follows the same state to
 * highlight the matches and list them in the sidebar.
 */
#include "config.h"

#include "kel-search-bar.h"

#include <glib/gi18n.h>

#include "kel-announce.h"

struct _KelSearchBar
{
  GtkWidget       parent_instance;

  GtkWidget      *bar;
  GtkWidget      *layout_box;
  GtkWidget      *entry;
  GtkWidget      *via_label;
  GtkWidget      *count_label;
  GtkWidget      *whole_word_button;
  GtkWidget      *exact_button;

  KelSearchState *state;
  gboolean        updating;
  gboolean        refocus;    /* the focus is to be given again, see below */
};

G_DEFINE_FINAL_TYPE (KelSearchBar, kel_search_bar, GTK_TYPE_WIDGET)

static KelSearchFlags
flags_from_buttons (KelSearchBar *self)
{
  KelSearchFlags flags = KEL_SEARCH_DEFAULT;

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->whole_word_button)))
    flags |= KEL_SEARCH_WHOLE_WORD;
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->exact_button)))
    flags |= KEL_SEARCH_EXACT_FORM;
  return flags;
}

/* The state's status and matches, as the bar shows them. */
static void
update_status (KelSearchBar *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  const char *status = self->state ? kel_search_state_get_status (self->state) : "";
  KelTerm *via_term = self->state ? kel_search_state_get_via_term (self->state) : NULL;
  guint n = self->state ? kel_search_state_get_matches (self->state)->len : 0;

  gtk_label_set_text (GTK_LABEL (self->count_label), status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status, -1);

  if (via_term != NULL)
    {
      guint count = kel_term_get_n_occurrences (via_term);
      /* Translators: a term of the text and how often it occurs, when the
       * reader searched for its Russian or Chinese label */
      g_autofree char *via = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u occurrence", "%s — %u occurrences", count),
                                              kel_term_get_label (via_term, KEL_LANG_KK), count);
      gtk_label_set_text (GTK_LABEL (self->via_label), via);
      gtk_widget_set_tooltip_text (self->via_label, _("Your query is a label of this defined term: the matches are its occurrences in the Kazakh text."));
    }
  gtk_widget_set_visible (self->via_label, via_term != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.next", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.previous", n > 0);
  if (n == 0 && query[0] != '\0')
    gtk_widget_add_css_class (self->entry, "error");
  else
    gtk_widget_remove_css_class (self->entry, "error");
}

static void
run_search (KelSearchBar *self)
{
  if (self->state != NULL)
    kel_search_state_search (self->state, gtk_editable_get_text (GTK_EDITABLE (self->entry)),
                             flags_from_buttons (self));
}

/* GTK 4.8 tells no screen reader of the focus the entry takes as the bar
 * is revealed (its accessible object does not exist yet), so Orca stays on
 * the text and ignores what the search announces on the entry.  By the
 * first change the object exists: the focus is given again, where it was. */
static void
refocus (KelSearchBar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  int start, end;

  self->refocus = FALSE;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->entry))
    return;
  if (!gtk_editable_get_selection_bounds (GTK_EDITABLE (self->entry), &start, &end))
    start = end = gtk_editable_get_position (GTK_EDITABLE (self->entry));
  gtk_root_set_focus (root, NULL);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), start, end);
}

/* An empty search changes nothing before the reader types: the focus is
 * given again once the bar has been drawn, so that its entry is heard
 * (GTK 4.24 does not tell of the first focus either) */
static gboolean
refocus_drawn (GtkWidget     *entry,
               GdkFrameClock *clock,
               gpointer       data)
{
  KelSearchBar *self = data;

  if (self->refocus)
    refocus (self);
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (GtkSearchEntry *entry,
                   KelSearchBar   *self)
{
  /* the entry reports a change after its delay even when the text was set
   * and searched already: search again only for something new (nothing
   * searched yet is the empty query, which the entry reports once mapped) */
  const char *searched = self->state ? kel_search_state_get_query (self->state) : NULL;

  if (self->updating
      || (g_strcmp0 (searched ? searched : "", gtk_editable_get_text (GTK_EDITABLE (self->entry))) == 0
          && (searched == NULL || kel_search_state_get_flags (self->state) == flags_from_buttons (self))))
    return;
  if (self->refocus)
    refocus (self);
  run_search (self);
}

static void
on_flags_toggled (GtkToggleButton *button,
                  KelSearchBar    *self)
{
  /* exact form implies whole words */
  if (button == GTK_TOGGLE_BUTTON (self->exact_button) && gtk_toggle_button_get_active (button))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->whole_word_button), TRUE);
  if (button == GTK_TOGGLE_BUTTON (self->whole_word_button) && !gtk_toggle_button_get_active (button))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->exact_button), FALSE);
  run_search (self);
}

static void
step (KelSearchBar *self,
      gboolean      forward)
{
  if (self->state != NULL)
    kel_search_state_step (self->state, forward);
}

static void
step_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  step (KEL_SEARCH_BAR (widget), g_str_equal (action, "search.next"));
}

static gboolean
query_is_blank (KelSearchBar *self)
{
  for (const char *p = gtk_editable_get_text (GTK_EDITABLE (self->entry)); *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Enter: the next match; with nothing typed, or nothing found, a screen
 * reader hears why nothing moved */
static void
on_activate (GtkSearchEntry *entry,
             KelSearchBar   *self)
{
  const char *searched = self->state ? kel_search_state_get_query (self->state) : NULL;

  if (query_is_blank (self))
    kel_announce (GTK_WIDGET (self), _("Type a word to search"));
  else if (self->state != NULL && kel_search_state_get_matches (self->state)->len == 0
           && g_strcmp0 (searched, gtk_editable_get_text (GTK_EDITABLE (self->entry))) == 0)
    kel_announce (GTK_WIDGET (self), kel_search_state_get_status (self->state));
  else
    step (self, TRUE);
}

static void
on_next_match (GtkSearchEntry *entry,
               KelSearchBar   *self)
{
  step (self, TRUE);
}

static void
on_previous_match (GtkSearchEntry *entry,
                   KelSearchBar   *self)
{
  step (self, FALSE);
}

static void
on_stop_search (GtkSearchEntry *entry,
                KelSearchBar   *self)
{
  kel_search_bar_close (self);
}

static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              KelSearchBar          *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      step (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
on_search_mode (GtkSearchBar *bar,
                GParamSpec   *pspec,
                KelSearchBar *self)
{
  if (self->state != NULL)
    kel_search_state_set_active (self->state, gtk_search_bar_get_search_mode (bar));
}

/**
 * kel_search_bar_open:
 *
 * Shows the bar with its entry focused and its text selected; the text
 * left from before is searched again.
 */
void
kel_search_bar_open (KelSearchBar *self)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->bar), TRUE);
  gtk_widget_grab_focus (self->entry);
  /* what the entry is for, read with its name as it takes the focus (on
   * GTK 4.8 announcements pass through the description: set it again) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Type a word, then Enter for the next match"), -1);
  self->refocus = TRUE;
  gtk_widget_add_tick_callback (self->entry, refocus_drawn, g_object_ref (self), g_object_unref);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
  if (self->state != NULL && kel_search_state_get_matches (self->state)->len == 0
      && gtk_editable_get_text (GTK_EDITABLE (self->entry))[0] != '\0')
    run_search (self);
}

/**
 * kel_search_bar_close:
 *
 * Hides the bar and clears the matches (and so the highlights).
 */
void
kel_search_bar_close (KelSearchBar *self)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->bar), FALSE);
}

/**
 * kel_search_bar_is_open:
 * Returns: whether the bar is shown
 */
gboolean
kel_search_bar_is_open (KelSearchBar *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_BAR (self), FALSE);
  return gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->bar));
}

/**
 * kel_search_bar_set_query:
 * @query: what to search for
 *
 * Types @query in the entry, as a reader would; the search runs at once.
 */
void
kel_search_bar_set_query (KelSearchBar *self,
                          const char   *query)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), query);
  self->updating = FALSE;
  run_search (self);
}

/**
 * kel_search_bar_set_flags:
 * @flags: whole words, exact form
 *
 * Sets the option buttons, as a reader would; the search runs again.
 */
void
kel_search_bar_set_flags (KelSearchBar   *self,
                          KelSearchFlags  flags)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->whole_word_button), (flags & KEL_SEARCH_WHOLE_WORD) != 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->exact_button), (flags & KEL_SEARCH_EXACT_FORM) != 0);
}

static void
on_state_changed (KelSearchBar *self)
{
  update_status (self);
}

/**
 * kel_search_bar_set_state:
 * @state: the search the bar edits and shows
 *
 * Makes the bar the reader's side of @state (once, as the window is made).
 */
void
kel_search_bar_set_state (KelSearchBar   *self,
                          KelSearchState *state)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  g_return_if_fail (KEL_IS_SEARCH_STATE (state));
  g_return_if_fail (self->state == NULL);

  self->state = g_object_ref (state);
  g_signal_connect_object (state, "notify::status", G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::matches", G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  kel_search_state_set_active (state, kel_search_bar_is_open (self));
  update_status (self);
}

static void
kel_search_bar_dispose (GObject *object)
{
  KelSearchBar *self = KEL_SEARCH_BAR (object);
  GtkWidget *child;

  g_clear_object (&self->state);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_SEARCH_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_search_bar_parent_class)->dispose (object);
}

static void
kel_search_bar_class_init (KelSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_search_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, bar);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, layout_box);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, entry);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, via_label);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, whole_word_button);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, exact_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_bind_template_callback (widget_class, on_search_mode);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_next_match);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_match);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key);
  gtk_widget_class_bind_template_callback (widget_class, on_flags_toggled);

  gtk_widget_class_install_action (widget_class, "search.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "search.previous", NULL, step_activated);
}

static void
kel_search_bar_init (KelSearchBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->bar), GTK_EDITABLE (self->entry));
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (self->entry), 60);
  update_status (self);
}

/**
 * kel_search_bar_set_compact:
 * @compact: whether the window is narrow
 *
 * In a narrow window the options go under the entry, and the entry asks
 * for less room, so that the bar never makes the window wider.
 */
void
kel_search_bar_set_compact (KelSearchBar *self,
                            gboolean      compact)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->layout_box),
                                  compact ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), compact ? 8 : 24);
}
