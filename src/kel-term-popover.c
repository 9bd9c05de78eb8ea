/* kel-term-popover.c — a defined term, explained where it is used
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a term's headword in the term language first and largest, its other
 * labels with their provenance, its Annex 1 definition (in which other terms
 * are links: following one replaces the content, and Back returns), and
 * moves between the term's occurrences.  The popover never moves the
 * document itself: it asks through signals, and the window answers.
 */
#include "config.h"

#include "kel-term-popover.h"

#include <glib/gi18n.h>

#include "kel-lang-property.h"
#include "kel-markup.h"

struct _KelTermPopover
{
  GtkPopover     parent_instance;

  GtkWidget     *back_button;
  GtkWidget     *labels_box;
  GtkWidget     *labels[KEL_N_LANGS];   /* the term in each language, current first */
  GtkWidget     *badges[KEL_N_LANGS];   /* "unverified translation" beside it */
  GtkWidget     *definition_label;
  GtkWidget     *counter_label;
  GtkWidget     *previous_button;
  GtkWidget     *next_button;
  GtkWidget     *action_box;

  KelDocument   *document;
  KelTerm       *term;
  const KelSpan *occurrence;   /* the occurrence shown, or NULL */
  const KelSpan *anchor;       /* where the popover points */
  GPtrArray     *trail;        /* KelTerm* followed through definitions */
  KelLang        lang;
  KelTerm       *pending;      /* a link clicked in the definition... */
  guint          pending_id;   /* ...followed once the click is over */
  GtkWidget     *click_root;   /* the window watched for clicks outside */
  GtkEventController *outside_click;
};

G_DEFINE_FINAL_TYPE (KelTermPopover, kel_term_popover, GTK_TYPE_POPOVER)

enum {
  SHOW_OCCURRENCE,
  GOTO_NODE,
  SHOW_IN_GLOSSARY,
  COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TERM_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The definition as Pango markup, other terms as links "term:ID". */
static char *
definition_markup (KelTermPopover *self)
{
  guint start, end;

  kel_term_get_definition_range (self->term, &start, &end);
  if (end <= start)
    return g_markup_escape_text (_("The text gives no definition for this term."), -1);
  return kel_markup_text_with_links (self->document, start, end, self->lang);
}

static const KelSpan *
neighbour (KelTermPopover *self,
           gboolean        forward)
{
  guint n = kel_term_get_n_occurrences (self->term);

  if (self->occurrence != NULL && self->occurrence->term == self->term)
    {
      guint i = self->occurrence->occurrence;

      if (forward)
        return i + 1 < n ? kel_term_get_occurrence (self->term, i + 1) : NULL;
      return i > 0 ? kel_term_get_occurrence (self->term, i - 1) : NULL;
    }
  /* a term reached through a definition: the occurrences around the anchor */
  for (guint k = 0; k < n; k++)
    {
      guint i = forward ? k : n - 1 - k;
      const KelSpan *span = kel_term_get_occurrence (self->term, i);
      guint at = self->anchor ? self->anchor->start : 0;

      if (forward ? span->start > at : span->start < at)
        return span;
    }
  return NULL;
}

static void
update (KelTermPopover *self)
{
  KelLang order[KEL_N_LANGS] = { self->lang, 0, 0 };
  g_autofree char *markup = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *spoken = NULL;
  guint n, k = 1;

  if (self->term == NULL)
    return;

  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    if (lang != self->lang)
      order[k++] = lang;
  /* the rows are the template's: only their text changes */
  for (guint i = 0; i < KEL_N_LANGS; i++)
    {
      const char *label = kel_term_get_label (self->term, order[i]);

      gtk_widget_set_visible (gtk_widget_get_parent (self->labels[i]), label != NULL);
      if (label == NULL)
        continue;
      gtk_label_set_text (GTK_LABEL (self->labels[i]), label);
      kel_label_set_language (GTK_LABEL (self->labels[i]), order[i]);
      gtk_widget_set_visible (self->badges[i], kel_term_get_status (self->term, order[i]) == KEL_STATUS_UNCHECKED);
    }

  markup = definition_markup (self);
  gtk_label_set_markup (GTK_LABEL (self->definition_label), markup);

  n = kel_term_get_n_occurrences (self->term);
  if (self->occurrence != NULL && self->occurrence->term == self->term)
    {
      /* Translators: this occurrence's place among all the term's occurrences: "3 of 19" */
      counter = g_strdup_printf (_("%u of %u"), self->occurrence->occurrence + 1, n);
      spoken = g_strdup (counter);
    }
  else
    {
      /* Translators: the counter of a term reached through a definition,
       * where no occurrence in the text is shown yet: the shape of "3 of 19"
       * with a dash in place of the first number */
      counter = g_strdup_printf (_("– of %u"), n);
      spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u occurrence", "%u occurrences", n), n);
    }
  gtk_label_set_text (GTK_LABEL (self->counter_label), counter);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->counter_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  gtk_widget_set_visible (self->back_button, self->trail->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "term.back", self->trail->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "term.previous", neighbour (self, FALSE) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "term.next", neighbour (self, TRUE) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "term.definition",
                                 kel_term_get_definition_node (self->term) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "term.copy",
                                 kel_term_get_definition (self->term) != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kel_term_get_label (self->term, KEL_LANG_KK), -1);
  {
    /* the focus opens on the definition: a screen reader reads it, then the
     * term's labels in the other languages */
    g_autoptr(GString) others = g_string_new (NULL);

    for (guint i = 1; i < KEL_N_LANGS; i++)
      {
        const char *label = kel_term_get_label (self->term, order[i]);

        if (label == NULL)
          continue;
        if (others->len > 0)
          g_string_append (others, "; ");
        g_string_append (others, label);
      }
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->definition_label),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, others->str, -1);
    /* Orca reads no label's description, but reads the dialog's when the
     * popover opens */
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, others->str, -1);
  }
}

static gboolean
follow_pending (gpointer user_data)
{
  KelTermPopover *self = user_data;
  g_autoptr(KelTerm) term = g_steal_pointer (&self->pending);

  self->pending_id = 0;
  if (term == NULL || term == self->term || self->term == NULL)
    return G_SOURCE_REMOVE;
  g_ptr_array_add (self->trail, g_object_ref (self->term));
  g_set_object (&self->term, term);
  self->occurrence = NULL;
  update (self);
  gtk_widget_grab_focus (self->definition_label);
  return G_SOURCE_REMOVE;
}

static gboolean
on_activate_link (GtkLabel       *label,
                  const char     *uri,
                  KelTermPopover *self)
{
  KelTerm *term;

  /* nothing but terms is a link here; never open a browser */
  term = kel_markup_lookup_link (self->document, uri);
  if (term == NULL || term == self->term)
    return TRUE;
  /* The new definition replaces the label's text and its links; doing
   * that inside the label's own click handler frees the gesture that is
   * still running.  Follow the link once the click is over. */
  g_set_object (&self->pending, term);
  if (self->pending_id == 0)
    /* before the text view's layout work, which runs at a lower priority */
    self->pending_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, follow_pending, self, NULL);
  return TRUE;
}

static void
back_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelTermPopover *self = KEL_TERM_POPOVER (widget);
  KelTerm *previous;

  if (self->trail->len == 0)
    return;
  previous = g_ptr_array_steal_index (self->trail, self->trail->len - 1);
  g_set_object (&self->term, previous);
  g_object_unref (previous);
  self->occurrence = self->anchor && self->anchor->term == self->term ? self->anchor : NULL;
  update (self);
}

static void
step_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelTermPopover *self = KEL_TERM_POPOVER (widget);
  const KelSpan *target = neighbour (self, g_str_equal (action, "term.next"));

  if (target != NULL)
    g_signal_emit (self, signals[SHOW_OCCURRENCE], 0, target);
}

static void
definition_activated (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  KelTermPopover *self = KEL_TERM_POPOVER (widget);
  const KelNode *node = kel_term_get_definition_node (self->term);

  if (node != NULL)
    g_signal_emit (self, signals[GOTO_NODE], 0, node);
}

static void
glossary_activated (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  KelTermPopover *self = KEL_TERM_POPOVER (widget);

  g_signal_emit (self, signals[SHOW_IN_GLOSSARY], 0, self->term);
}

/**
 * kel_term_popover_get_definition_text:
 * Returns: (transfer full) (nullable): what "Copy definition" copies:
 *   «headword» - definition, as Annex 1 has it
 */
char *
kel_term_popover_get_definition_text (KelTermPopover *self)
{
  const char *definition;

  g_return_val_if_fail (KEL_IS_TERM_POPOVER (self), NULL);
  if (self->term == NULL || (definition = kel_term_get_definition (self->term)) == NULL)
    return NULL;
  return g_strdup_printf ("«%s» - %s", kel_term_get_label (self->term, KEL_LANG_KK), definition);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelTermPopover *self = KEL_TERM_POPOVER (widget);
  g_autofree char *text = kel_term_popover_get_definition_text (self);

  if (text != NULL)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
      g_signal_emit (self, signals[COPIED], 0);
    }
}

/**
 * kel_term_popover_show_occurrence:
 * @document: the document
 * @span: the term occurrence the popover points at
 *
 * Shows the term of @span; the caller points the popover at @span.
 */
void
kel_term_popover_show_occurrence (KelTermPopover *self,
                                  KelDocument    *document,
                                  const KelSpan  *span)
{
  g_return_if_fail (KEL_IS_TERM_POPOVER (self));
  g_return_if_fail (span != NULL && span->term != NULL);

  kel_term_popover_set_document (self, document);
  g_set_object (&self->term, span->term);
  self->occurrence = span;
  self->anchor = span;
  g_ptr_array_set_size (self->trail, 0);
  update (self);
}

/**
 * kel_term_popover_set_document:
 * @document: (nullable): the document whose terms the popover explains
 *
 * The setter of the "document" property.  A term of another document is
 * forgotten, and the popover closes.
 */
void
kel_term_popover_set_document (KelTermPopover *self,
                               KelDocument    *document)
{
  g_return_if_fail (KEL_IS_TERM_POPOVER (self));
  g_return_if_fail (document == NULL || KEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL && self->term != NULL)
    {
      /* the term, its occurrences and the trail belong to the old one */
      gtk_popover_popdown (GTK_POPOVER (self));
      g_clear_handle_id (&self->pending_id, g_source_remove);
      g_clear_object (&self->pending);
      g_clear_object (&self->term);
      g_ptr_array_set_size (self->trail, 0);
      self->occurrence = NULL;
      self->anchor = NULL;
    }
  g_set_object (&self->document, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * kel_term_popover_get_document:
 *
 * Returns: (transfer none) (nullable): the document whose terms it explains
 */
KelDocument *
kel_term_popover_get_document (KelTermPopover *self)
{
  g_return_val_if_fail (KEL_IS_TERM_POPOVER (self), NULL);
  return self->document;
}

/**
 * kel_term_popover_set_lang:
 * @lang: the term language: the headword's, shown first and largest, and
 *   that of the tooltips of the definition's links
 *
 * The setter of the "term-language" property.
 */
void
kel_term_popover_set_lang (KelTermPopover *self,
                           KelLang         lang)
{
  g_return_if_fail (KEL_IS_TERM_POPOVER (self));
  g_return_if_fail (lang < KEL_N_LANGS);
  if (self->lang == lang)
    return;
  self->lang = lang;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_LANGUAGE]);
}

/**
 * kel_term_popover_get_lang:
 *
 * Returns: the term language
 */
KelLang
kel_term_popover_get_lang (KelTermPopover *self)
{
  g_return_val_if_fail (KEL_IS_TERM_POPOVER (self), KEL_LANG_KK);
  return self->lang;
}

/**
 * kel_term_popover_get_term:
 * Returns: (transfer none) (nullable): the term shown
 */
KelTerm *
kel_term_popover_get_term (KelTermPopover *self)
{
  g_return_val_if_fail (KEL_IS_TERM_POPOVER (self), NULL);
  return self->term;
}

/**
 * kel_term_popover_get_occurrence:
 *
 * Returns: (transfer none) (nullable): the occurrence the popover shows the
 *   place of, or %NULL for a term reached through a definition
 */
const KelSpan *
kel_term_popover_get_occurrence (KelTermPopover *self)
{
  g_return_val_if_fail (KEL_IS_TERM_POPOVER (self), NULL);
  return self->occurrence;
}

/**
 * kel_term_popover_get_counter:
 *
 * Returns: (transfer none): the counter as shown: "3 of 19", "– of 19"
 */
const char *
kel_term_popover_get_counter (KelTermPopover *self)
{
  g_return_val_if_fail (KEL_IS_TERM_POPOVER (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->counter_label));
}

/* A press anywhere outside the popover closes it, also on a part of the
 * window that takes no focus (a focus taken elsewhere closes it already,
 * see kel-window-popover.c).  The popover does not autohide: autohide's
 * grab made Orca read the window again.  The window's capture phase sees
 * every press of its widgets, the popover's too (they propagate through
 * its parent): those on the popover's own surfaces, or its menus', are
 * inside.  The press goes on to what was clicked.  The gesture stays on
 * the window (removing it from its own handler would free it there). */
static void
on_outside_pressed (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    KelTermPopover  *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (gesture));
  GtkNative *native = NULL;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (event != NULL && gdk_event_get_surface (event) != NULL)
    native = gtk_native_get_for_surface (gdk_event_get_surface (event));
  if (native != NULL
      && (GTK_WIDGET (native) == GTK_WIDGET (self) || gtk_widget_is_ancestor (GTK_WIDGET (native), GTK_WIDGET (self))))
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
unwatch_outside (KelTermPopover *self)
{
  if (self->click_root != NULL)
    {
      gtk_widget_remove_controller (self->click_root, self->outside_click);
      g_object_remove_weak_pointer (G_OBJECT (self->click_root), (gpointer *) &self->click_root);
    }
  self->click_root = NULL;
  self->outside_click = NULL;
}

static void
kel_term_popover_map (GtkWidget *widget)
{
  KelTermPopover *self = KEL_TERM_POPOVER (widget);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  GTK_WIDGET_CLASS (kel_term_popover_parent_class)->map (widget);
  if (root == NULL || GTK_WIDGET (root) == self->click_root)
    return;
  unwatch_outside (self);
  self->outside_click = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_event_controller_set_name (self->outside_click, "kel-term-popover-outside-click");
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->outside_click), 0);
  gtk_event_controller_set_propagation_phase (self->outside_click, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->outside_click, "pressed", G_CALLBACK (on_outside_pressed), self, 0);
  self->click_root = GTK_WIDGET (root);
  g_object_add_weak_pointer (G_OBJECT (self->click_root), (gpointer *) &self->click_root);
  gtk_widget_add_controller (self->click_root, self->outside_click);
}

static void
kel_term_popover_dispose (GObject *object)
{
  KelTermPopover *self = KEL_TERM_POPOVER (object);

  unwatch_outside (self);
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_object (&self->pending);
  g_clear_object (&self->term);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_TERM_POPOVER);

  G_OBJECT_CLASS (kel_term_popover_parent_class)->dispose (object);
}

static void
kel_term_popover_finalize (GObject *object)
{
  KelTermPopover *self = KEL_TERM_POPOVER (object);

  g_ptr_array_unref (self->trail);
  G_OBJECT_CLASS (kel_term_popover_parent_class)->finalize (object);
}

static void
kel_term_popover_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KelTermPopover *self = KEL_TERM_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_TERM_LANGUAGE:
      kel_lang_property_set_value (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kel_term_popover_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KelTermPopover *self = KEL_TERM_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kel_term_popover_set_document (self, g_value_get_object (value));
      break;
    case PROP_TERM_LANGUAGE:
      kel_term_popover_set_lang (self, kel_lang_property_get_value (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kel_term_popover_class_init (KelTermPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_term_popover_dispose;
  object_class->finalize = kel_term_popover_finalize;
  object_class->get_property = kel_term_popover_get_property;
  object_class->set_property = kel_term_popover_set_property;
  widget_class->map = kel_term_popover_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * KelTermPopover:term-language:
   *
   * The code of the term language: "kk", "ru" or "zh", as the
   * "term-language" setting holds it; an unknown code is Kazakh.
   */
  properties[PROP_TERM_LANGUAGE] = kel_lang_property_new ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-term-popover.ui");
  /* announced as a dialog named after the term */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, back_button);
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, labels_box);
  gtk_widget_class_bind_template_child_full (widget_class, "label0", FALSE, G_STRUCT_OFFSET (KelTermPopover, labels[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "label1", FALSE, G_STRUCT_OFFSET (KelTermPopover, labels[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "label2", FALSE, G_STRUCT_OFFSET (KelTermPopover, labels[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "badge0", FALSE, G_STRUCT_OFFSET (KelTermPopover, badges[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "badge1", FALSE, G_STRUCT_OFFSET (KelTermPopover, badges[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "badge2", FALSE, G_STRUCT_OFFSET (KelTermPopover, badges[2]));
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, definition_label);
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, counter_label);
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, previous_button);
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, next_button);
  gtk_widget_class_bind_template_child (widget_class, KelTermPopover, action_box);

  gtk_widget_class_install_action (widget_class, "term.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "term.previous", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "term.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "term.definition", NULL, definition_activated);
  gtk_widget_class_install_action (widget_class, "term.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "term.glossary", NULL, glossary_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "term.back", NULL);

  /**
   * KelTermPopover::show-occurrence:
   * @span: (type gpointer): the KelSpan to move to
   */
  signals[SHOW_OCCURRENCE] =
    g_signal_new ("show-occurrence", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /**
   * KelTermPopover::goto-node:
   * @node: (type gpointer): the KelNode to jump to
   */
  signals[GOTO_NODE] =
    g_signal_new ("goto-node", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /**
   * KelTermPopover::copied:
   *
   * Copy put the definition on the clipboard.
   */
  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_IN_GLOSSARY] =
    g_signal_new ("show-in-glossary", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KEL_TYPE_TERM);
}

static void
kel_term_popover_init (KelTermPopover *self)
{
  self->trail = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->definition_label, "activate-link", G_CALLBACK (on_activate_link), self);
}

/**
 * kel_term_popover_new:
 *
 * Returns: (transfer floating): a popover with no term yet
 */
GtkWidget *
kel_term_popover_new (void)
{
  return g_object_new (KEL_TYPE_TERM_POPOVER, NULL);
}
