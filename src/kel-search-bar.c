/* kel-search-bar.c — searching the text, Kazakh-aware
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar owns the query and its matches (kel_document_search: case,
 * look-alike letters and Kazakh inflection ignored; Russian and Chinese
 * labels of terms find the terms' occurrences).  It tells the window when
 * the matches or the current match change; the window highlights them in
 * the text and lists them in the sidebar.
 */
#include "config.h"

#include "kel-search-bar.h"

#include <glib/gi18n.h>

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

  KelDocument    *document;
  KelLang         lang;
  GArray         *matches;
  int             current;
  KelTerm        *via_term;
  char           *status;
  char           *searched;    /* the query and flags of the matches */
  KelSearchFlags  searched_flags;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (KelSearchBar, kel_search_bar, GTK_TYPE_WIDGET)

enum {
  RESULTS_CHANGED,
  CURRENT_CHANGED,
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static void
update_status (KelSearchBar *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  guint n = self->matches->len;

  g_clear_pointer (&self->status, g_free);
  if (query[0] == '\0')
    self->status = g_strdup ("");
  else if (n == 0)
    self->status = g_strdup (_("No matches"));
  else if (self->current >= 0)
    /* Translators: the current match and how many there are: "4 of 17" */
    self->status = g_strdup_printf (_("%d of %u"), self->current + 1, n);
  else
    self->status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  gtk_label_set_text (GTK_LABEL (self->count_label), self->status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->status, -1);

  if (self->via_term != NULL)
    {
      guint count = kel_term_get_n_occurrences (self->via_term);
      /* Translators: a term of the text and how often it occurs, when the
       * reader searched for its Russian or Chinese label */
      g_autofree char *via = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u occurrence", "%s — %u occurrences", count),
                                              kel_term_get_label (self->via_term, KEL_LANG_KK), count);
      gtk_label_set_text (GTK_LABEL (self->via_label), via);
      gtk_widget_set_tooltip_text (self->via_label, _("Your query is a label of this defined term: the matches are its occurrences in the Kazakh text."));
    }
  gtk_widget_set_visible (self->via_label, self->via_term != NULL);
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
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  g_free (self->searched);
  self->searched = g_strdup (query);
  self->searched_flags = flags_from_buttons (self);

  g_array_set_size (self->matches, 0);
  self->current = -1;
  self->via_term = NULL;
  if (self->document != NULL && query[0] != '\0')
    {
      g_autoptr(GArray) found = kel_document_search (self->document, query, flags_from_buttons (self), &self->via_term);
      g_array_append_vals (self->matches, found->data, found->len);
    }
  update_status (self);
  g_signal_emit (self, signals[RESULTS_CHANGED], 0);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   KelSearchBar   *self)
{
  /* the entry reports a change after its delay even when the text was set
   * and searched already: search again only for something new (nothing
   * searched yet is the empty query, which the entry reports once mapped) */
  if (self->updating
      || (g_strcmp0 (self->searched ? self->searched : "", gtk_editable_get_text (GTK_EDITABLE (self->entry))) == 0
          && self->searched_flags == flags_from_buttons (self)))
    return;
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

/**
 * kel_search_bar_set_current:
 * @index: the match to make current, or -1
 */
void
kel_search_bar_set_current (KelSearchBar *self,
                            int           index)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  if (index >= (int) self->matches->len)
    index = self->matches->len ? (int) self->matches->len - 1 : -1;
  self->current = index;
  update_status (self);
  g_signal_emit (self, signals[CURRENT_CHANGED], 0);
}

/**
 * kel_search_bar_step:
 * @forward: to the next match, or the previous
 *
 * Moves to the next or previous match, wrapping around the text.
 */
void
kel_search_bar_step (KelSearchBar *self,
                     gboolean      forward)
{
  int n;

  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  n = (int) self->matches->len;
  if (n == 0)
    return;
  if (self->current < 0)
    kel_search_bar_set_current (self, forward ? 0 : n - 1);
  else
    kel_search_bar_set_current (self, (self->current + (forward ? 1 : n - 1)) % n);
}

static void
step_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  kel_search_bar_step (KEL_SEARCH_BAR (widget), g_str_equal (action, "search.next"));
}

static void
on_activate (GtkSearchEntry *entry,
             KelSearchBar   *self)
{
  kel_search_bar_step (self, TRUE);
}

static void
on_next_match (GtkSearchEntry *entry,
               KelSearchBar   *self)
{
  kel_search_bar_step (self, TRUE);
}

static void
on_previous_match (GtkSearchEntry *entry,
                   KelSearchBar   *self)
{
  kel_search_bar_step (self, FALSE);
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
      kel_search_bar_step (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
on_search_mode (GtkSearchBar *bar,
                GParamSpec   *pspec,
                KelSearchBar *self)
{
  if (!gtk_search_bar_get_search_mode (bar))
    {
      g_array_set_size (self->matches, 0);
      self->current = -1;
      self->via_term = NULL;
      g_clear_pointer (&self->searched, g_free);
      g_signal_emit (self, signals[RESULTS_CHANGED], 0);
      g_signal_emit (self, signals[CLOSED], 0);
    }
}

void
kel_search_bar_open (KelSearchBar *self)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->bar), TRUE);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
  if (self->matches->len == 0 && gtk_editable_get_text (GTK_EDITABLE (self->entry))[0] != '\0')
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

void
kel_search_bar_set_flags (KelSearchBar   *self,
                          KelSearchFlags  flags)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->whole_word_button), (flags & KEL_SEARCH_WHOLE_WORD) != 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->exact_button), (flags & KEL_SEARCH_EXACT_FORM) != 0);
}

void
kel_search_bar_set_document (KelSearchBar *self,
                             KelDocument  *document)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  if (g_set_object (&self->document, document) && kel_search_bar_is_open (self))
    run_search (self);
}

void
kel_search_bar_set_lang (KelSearchBar *self,
                         KelLang       lang)
{
  g_return_if_fail (KEL_IS_SEARCH_BAR (self));
  self->lang = lang;
}

/**
 * kel_search_bar_get_matches:
 * Returns: (transfer none) (element-type KelMatch): the matches, in text order
 */
GArray *
kel_search_bar_get_matches (KelSearchBar *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_BAR (self), NULL);
  return self->matches;
}

int
kel_search_bar_get_current (KelSearchBar *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_BAR (self), -1);
  return self->current;
}

/**
 * kel_search_bar_get_status:
 * Returns: what the bar says: "4 of 17", "No matches"
 */
const char *
kel_search_bar_get_status (KelSearchBar *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_BAR (self), NULL);
  return self->status ? self->status : "";
}

/**
 * kel_search_bar_get_via_term:
 * Returns: (transfer none) (nullable): the term whose Russian or Chinese
 *   label the query is
 */
KelTerm *
kel_search_bar_get_via_term (KelSearchBar *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_BAR (self), NULL);
  return self->via_term;
}

static void
kel_search_bar_dispose (GObject *object)
{
  KelSearchBar *self = KEL_SEARCH_BAR (object);
  GtkWidget *child;

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_SEARCH_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_search_bar_parent_class)->dispose (object);
}

static void
kel_search_bar_finalize (GObject *object)
{
  KelSearchBar *self = KEL_SEARCH_BAR (object);

  g_array_unref (self->matches);
  g_free (self->status);
  g_free (self->searched);
  G_OBJECT_CLASS (kel_search_bar_parent_class)->finalize (object);
}

static void
kel_search_bar_class_init (KelSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_search_bar_dispose;
  object_class->finalize = kel_search_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, bar);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, layout_box);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, entry);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, via_label);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, whole_word_button);
  gtk_widget_class_bind_template_child (widget_class, KelSearchBar, exact_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "search.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "search.previous", NULL, step_activated);

  signals[RESULTS_CHANGED] =
    g_signal_new ("results-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CURRENT_CHANGED] =
    g_signal_new ("current-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kel_search_bar_init (KelSearchBar *self)
{
  GtkEventController *keys;

  self->matches = g_array_new (FALSE, FALSE, sizeof (KelMatch));
  self->current = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->bar), GTK_EDITABLE (self->entry));
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (self->entry), 60);

  g_signal_connect (self->entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->entry, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect (self->entry, "next-match", G_CALLBACK (on_next_match), self);
  g_signal_connect (self->entry, "previous-match", G_CALLBACK (on_previous_match), self);
  g_signal_connect (self->entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect (self->whole_word_button, "toggled", G_CALLBACK (on_flags_toggled), self);
  g_signal_connect (self->exact_button, "toggled", G_CALLBACK (on_flags_toggled), self);
  g_signal_connect (self->bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (self->entry, keys);
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
