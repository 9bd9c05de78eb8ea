/* kel-notes-page.c — the sidebar's bookmarks, highlights and notes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per annotation, in reading order (KelNotes is the list model):
 * its kind and colour, where it is (in the term language), the passage it
 * marks and the start of the note; those that cannot be placed in this
 * edition come last and say so.  Enter or a click on a row emits
 * ::activate-annotation (the window jumps there); each row's Edit and
 * Delete buttons run win.edit-annotation and win.delete-annotation with the
 * annotation's id.  After a delete, a line at the bottom offers Undo.
 */
#include "config.h"

#include "kel-notes-page.h"

#include <glib/gi18n.h>

#include "kel-citation.h"

#define SNIPPET_CHARS 120

struct _KelNotesPage
{
  GtkWidget  parent_instance;

  GtkWidget *summary_label;
  GtkWidget *list;
  GtkWidget *undo_revealer;
  GtkWidget *undo_label;

  KelNotes  *notes;
  KelLang    lang;
};

G_DEFINE_FINAL_TYPE (KelNotesPage, kel_notes_page, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_ANNOTATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_label (KelAnnotationKind kind)
{
  switch (kind)
    {
    case KEL_ANNOTATION_BOOKMARK:
      return _("Bookmark");
    case KEL_ANNOTATION_NOTE:
      return _("Note");
    case KEL_ANNOTATION_HIGHLIGHT:
    default:
      return _("Highlight");
    }
}

/* The text on one line, cut at a space after @max characters */
static char *
one_line (const char *text,
          guint       max)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (n >= max)
        {
          g_string_append (out, "…");
          break;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
      n++;
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  return button;
}

static GtkWidget *
text_label (const char *text,
            const char *css_class,
            int         lines,
            const char *lang)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (lines > 0)
    {
      gtk_label_set_lines (GTK_LABEL (label), lines);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  if (lang != NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (lang)));
      gtk_label_set_attributes (GTK_LABEL (label), attrs);
      pango_attr_list_unref (attrs);
    }
  return label;
}

static GtkWidget *
make_row (gpointer item,
          gpointer data)
{
  KelNotesPage *self = data;
  KelAnnotation *a = item;
  KelDocument *doc = kel_notes_get_document (self->notes);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch, *heading;
  g_autofree char *where = NULL;
  g_autofree char *title = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *note = NULL;
  g_autofree char *accessible = NULL;
  const char *id = kel_annotation_get_id (a);
  guint start, end;
  gboolean placed = kel_annotation_get_range (a, &start, &end);

  if (placed)
    {
      const KelNode *node = kel_document_get_range_node (doc, start, end);

      if (node == NULL)
        node = kel_document_get_node_at (doc, start);
      where = node ? kel_document_get_location (doc, node, self->lang) : g_strdup ("");
    }
  else
    where = g_strdup (_("Cannot be placed in this edition"));
  /* Translators: "Note · 5-бап, 2-тармақ": the kind of mark, then where it is */
  title = g_strdup_printf (_("%s · %s"), kind_label (kel_annotation_get_kind (a)), where);

  swatch = gtk_label_new ("●");
  gtk_widget_add_css_class (swatch, "note-swatch");
  gtk_widget_add_css_class (swatch, kel_annotation_get_colour (a));
  gtk_accessible_update_property (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kel_annotation_get_colour (a), -1);
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), swatch);
  heading = text_label (title, "caption-heading", 2, kel_lang_to_pango (self->lang));
  gtk_widget_set_hexpand (heading, TRUE);
  if (!placed)
    gtk_widget_add_css_class (heading, "error");
  gtk_box_append (GTK_BOX (top), heading);
  gtk_box_append (GTK_BOX (top), icon_button ("document-edit-symbolic", _("Edit note"), "win.edit-annotation", id));
  gtk_box_append (GTK_BOX (top), icon_button ("user-trash-symbolic", _("Delete"), "win.delete-annotation", id));
  gtk_box_append (GTK_BOX (box), top);

  quote = one_line (kel_annotation_get_exact (a), SNIPPET_CHARS);
  gtk_box_append (GTK_BOX (box), text_label (quote, NULL, 2, "kk"));
  if (*kel_annotation_get_text (a) != '\0')
    {
      note = one_line (kel_annotation_get_text (a), 3 * SNIPPET_CHARS);
      gtk_box_append (GTK_BOX (box), text_label (note, "dim-label", 3, NULL));
    }

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "kel-annotation", g_object_ref (a), g_object_unref);
  accessible = g_strdup_printf ("%s: %s%s%s", title, quote, note ? ". " : "", note ? note : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

static void
update_summary (KelNotesPage *self)
{
  guint n = self->notes ? g_list_model_get_n_items (G_LIST_MODEL (self->notes)) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No notes yet. Select a passage, then Ctrl+H highlights it, Ctrl+M adds a note "
                       "and Ctrl+D a bookmark; without a selection they mark the paragraph."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mark", "%u marks", n), n);
  gtk_label_set_text (GTK_LABEL (self->summary_label), text);
}

static void
bind (KelNotesPage *self)
{
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), self->notes ? G_LIST_MODEL (self->notes) : NULL,
                           self->notes ? make_row : NULL, self, NULL);
  update_summary (self);
}

/**
 * kel_notes_page_set_notes:
 * @notes: (nullable): the notes of the edition shown
 * @lang: the language of the locations
 */
void
kel_notes_page_set_notes (KelNotesPage *self,
                          KelNotes     *notes,
                          KelLang       lang)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  g_set_object (&self->notes, notes);
  self->lang = lang;
  if (notes != NULL)
    g_signal_connect_swapped (notes, "items-changed", G_CALLBACK (update_summary), self);
  bind (self);
}

void
kel_notes_page_set_language (KelNotesPage *self,
                             KelLang       lang)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  if (self->lang == lang)
    return;
  self->lang = lang;
  bind (self);
}

void
kel_notes_page_show_undo (KelNotesPage *self,
                          const char   *message)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  gtk_label_set_text (GTK_LABEL (self->undo_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->undo_revealer), TRUE);
}

void
kel_notes_page_hide_undo (KelNotesPage *self)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->undo_revealer), FALSE);
}

gboolean
kel_notes_page_get_undo_shown (KelNotesPage *self)
{
  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), FALSE);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->undo_revealer));
}

/** kel_notes_page_get_summary: Returns: (transfer none): the line above the list */
const char *
kel_notes_page_get_summary (KelNotesPage *self)
{
  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->summary_label));
}

guint
kel_notes_page_get_n_rows (KelNotesPage *self)
{
  guint n = 0;

  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), 0);
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) n) != NULL)
    n++;
  return n;
}

static void
append_labels (GString   *out,
               GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_LABEL (c))
        {
          if (out->len > 0)
            g_string_append_c (out, '\n');
          g_string_append (out, gtk_label_get_text (GTK_LABEL (c)));
        }
      else if (!GTK_IS_BUTTON (c))
        append_labels (out, c);
    }
}

/**
 * kel_notes_page_get_row_text:
 * Returns: (transfer full) (nullable): what row @index says, one label a line
 */
char *
kel_notes_page_get_row_text (KelNotesPage *self,
                             guint         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) index);
  GString *out;

  if (row == NULL)
    return NULL;
  out = g_string_new (NULL);
  append_labels (out, gtk_list_box_row_get_child (row));
  return g_string_free (out, FALSE);
}

void
kel_notes_page_activate_row (KelNotesPage *self,
                             guint         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) index);

  if (row != NULL)
    g_signal_emit_by_name (self->list, "row-activated", row);
}

static void
on_row_activated (KelNotesPage  *self,
                  GtkListBoxRow *row)
{
  KelAnnotation *a = g_object_get_data (G_OBJECT (row), "kel-annotation");

  if (a != NULL)
    g_signal_emit (self, signals[ACTIVATE_ANNOTATION], 0, a);
}

static void
kel_notes_page_dispose (GObject *object)
{
  KelNotesPage *self = KEL_NOTES_PAGE (object);
  GtkWidget *child;

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  if (self->list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list), NULL, NULL, NULL, NULL);
  g_clear_object (&self->notes);
  gtk_widget_dispose_template (GTK_WIDGET (object), KEL_TYPE_NOTES_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_notes_page_parent_class)->dispose (object);
}

static void
kel_notes_page_class_init (KelNotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_notes_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-notes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, list);
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, undo_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * KelNotesPage::activate-annotation:
   * @annotation: the annotation of the row
   */
  signals[ACTIVATE_ANNOTATION] =
    g_signal_new ("activate-annotation", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KEL_TYPE_ANNOTATION);
}

static void
kel_notes_page_init (KelNotesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_summary (self);
}
