/* kel-note-editor.c — write or change a note on a passage
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small modal window: where the passage is, its first lines, and a text
 * view for a note of any length.  Save (or Ctrl+Enter) emits ::saved with
 * the text and closes; Cancel or Escape closes and nothing changes.
 */
#include "config.h"

#include "kel-note-editor.h"

struct _KelNoteEditor
{
  GtkWindow  parent_instance;

  GtkWidget *location_label;
  GtkWidget *quote_label;
  GtkWidget *text_view;
};

G_DEFINE_FINAL_TYPE (KelNoteEditor, kel_note_editor, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * kel_note_editor_get_text:
 * Returns: (transfer full): the note as written
 */
char *
kel_note_editor_get_text (KelNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

/**
 * kel_note_editor_set_text:
 * @text: (nullable): the note's text to edit
 *
 * Puts @text in the editor, replacing what it held.
 */
void
kel_note_editor_set_text (KelNoteEditor *self,
                          const char    *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), text ? text : "", -1);
}

/**
 * kel_note_editor_save:
 *
 * What Save does: emits ::saved with the text, and closes.
 */
void
kel_note_editor_save (KelNoteEditor *self)
{
  g_autofree char *text = kel_note_editor_get_text (self);

  g_signal_emit (self, signals[SAVED], 0, text);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save (KelNoteEditor *self)
{
  kel_note_editor_save (self);
}

static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   data)
{
  kel_note_editor_save (KEL_NOTE_EDITOR (widget));
  return TRUE;
}

static void
kel_note_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KEL_TYPE_NOTE_EDITOR);
  G_OBJECT_CLASS (kel_note_editor_parent_class)->dispose (object);
}

static void
kel_note_editor_class_init (KelNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_note_editor_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-note-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KelNoteEditor, location_label);
  gtk_widget_class_bind_template_child (widget_class, KelNoteEditor, quote_label);
  gtk_widget_class_bind_template_child (widget_class, KelNoteEditor, text_view);

  gtk_widget_class_bind_template_callback (widget_class, on_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, save_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, save_shortcut, NULL);

  /**
   * KelNoteEditor::saved:
   * @text: the note
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kel_note_editor_init (KelNoteEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kel_note_editor_new:
 * @parent: the reader window
 * @location: where the passage is
 * @quote: its text
 * @text: (nullable): the note so far
 *
 * Returns: (transfer none): the editor, not yet shown; it destroys itself
 */
KelNoteEditor *
kel_note_editor_new (GtkWindow  *parent,
                     const char *location,
                     const char *quote,
                     const char *text)
{
  /* a screen reader announces it as a dialog with its title (GTK 4.8
   * reads a GtkWindow subclass as a "filler" otherwise) */
  KelNoteEditor *self = g_object_new (KEL_TYPE_NOTE_EDITOR, "transient-for", parent,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG, NULL);

  gtk_label_set_text (GTK_LABEL (self->location_label), location);
  gtk_label_set_text (GTK_LABEL (self->quote_label), quote);
  /* where the note goes, read with the text field: "Note text: 5-бап,
   * 2-тармақ — «…»" */
  {
    g_autofree char *about = g_strdup_printf ("%s — «%s»", location, quote);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, about, -1);
  }
  kel_note_editor_set_text (self, text);
  gtk_window_set_focus (GTK_WINDOW (self), self->text_view);
  return self;
}
