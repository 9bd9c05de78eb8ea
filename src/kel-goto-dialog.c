/* kel-goto-dialog.c — "Go To": type a citation, a term or a link, see where
 * it leads, press Enter to go there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small modal window over the reader (Ctrl+L, or "Go To…" in the main
 * menu).  As the reader types, kel_document_resolve() reads the text and
 * the window shows the place it leads to, in the citation style of the term
 * language, with the start of its text; or says that nothing was found.
 * Enter (or the Go button) jumps there through kel_window_goto(), so Back
 * returns; Escape closes.
 */
#include "config.h"

#include "kel-goto-dialog.h"

#include <glib/gi18n.h>

#include "kel-application.h"
#include "kel-resolve.h"
#include "kel-term.h"

#define SNIPPET_CHARS 160

struct _KelGotoDialog
{
  GtkWindow      parent_instance;

  GtkWidget     *entry;
  GtkWidget     *location_label;
  GtkWidget     *snippet_label;
  GtkWidget     *go_button;

  KelWindow     *reader;       /* weak: the window to jump in */
  KelDocument   *document;
  const KelNode *node;
};

G_DEFINE_FINAL_TYPE (KelGotoDialog, kel_goto_dialog, GTK_TYPE_WINDOW)

static KelLang
term_language (KelGotoDialog *self)
{
  GtkApplication *app = self->reader ? gtk_window_get_application (GTK_WINDOW (self->reader)) : NULL;
  g_autofree char *code = NULL;
  KelLang lang = KEL_LANG_KK;

  if (KEL_IS_APPLICATION (app))
    {
      code = g_settings_get_string (kel_application_get_settings (KEL_APPLICATION (app)), "term-language");
      kel_lang_from_code (code, &lang);
    }
  return lang;
}

/* The start of the node's text on one line, cut at a space. */
static char *
snippet (KelDocument   *doc,
         const KelNode *node)
{
  g_autofree char *text = kel_document_get_node_text (doc, node);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  guint n = 0;

  for (const char *p = text; *p && n < SNIPPET_CHARS; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  if ((guint) g_utf8_strlen (text, -1) > SNIPPET_CHARS)
    {
      const char *cut = g_utf8_strrchr (out->str, -1, ' ');

      if (cut != NULL && cut > out->str + out->len / 2)
        g_string_truncate (out, (gsize) (cut - out->str));
      g_string_append (out, "…");
    }
  return g_string_free (out, FALSE);
}

static void
update (KelGotoDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *location = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *description = NULL;
  KelTerm *term = NULL;
  KelLang lang = term_language (self);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  self->node = NULL;
  if (self->document != NULL)
    self->node = kel_document_resolve (self->document, text, &term, NULL);

  if (self->node != NULL)
    {
      location = kel_document_get_location (self->document, self->node, lang);
      excerpt = snippet (self->document, self->node);
      gtk_label_set_text (GTK_LABEL (self->location_label), location);
      gtk_label_set_text (GTK_LABEL (self->snippet_label), excerpt);
      gtk_widget_remove_css_class (self->location_label, "error");
      description = g_strdup_printf ("%s. %s", location, excerpt);
    }
  else if (stripped[0] == '\0')
    {
      gtk_label_set_text (GTK_LABEL (self->location_label),
                          _("Type an article, a paragraph, an annex item, the preamble, a defined term or a link"));
      gtk_label_set_text (GTK_LABEL (self->snippet_label), "5-бап, 2-тармақ · статья 5, пункт 2 · 第五条第二款 · 5.2 · ақпараттық соғыс");
      gtk_widget_remove_css_class (self->location_label, "error");
      description = g_strdup (gtk_label_get_text (GTK_LABEL (self->location_label)));
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->location_label), _("Nothing found"));
      gtk_label_set_text (GTK_LABEL (self->snippet_label),
                          _("No article, paragraph, annex item or defined term of this text is cited like this."));
      gtk_widget_add_css_class (self->location_label, "error");
      description = g_strdup_printf ("%s. %s", _("Nothing found"), gtk_label_get_text (GTK_LABEL (self->snippet_label)));
    }
  gtk_widget_set_sensitive (self->go_button, self->node != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
on_changed (KelGotoDialog *self)
{
  update (self);
}

static void
go (KelGotoDialog *self)
{
  if (self->node == NULL || self->reader == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  kel_window_goto (self->reader, self->node->eid, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_activate (KelGotoDialog *self)
{
  go (self);
}

static void
kel_goto_dialog_dispose (GObject *object)
{
  KelGotoDialog *self = KEL_GOTO_DIALOG (object);

  if (self->reader != NULL)
    {
      g_object_set_data (G_OBJECT (self->reader), "kel-goto-dialog", NULL);
      g_object_remove_weak_pointer (G_OBJECT (self->reader), (gpointer *) &self->reader);
      self->reader = NULL;
    }
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_GOTO_DIALOG);

  G_OBJECT_CLASS (kel_goto_dialog_parent_class)->dispose (object);
}

static void
kel_goto_dialog_class_init (KelGotoDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_goto_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-goto-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KelGotoDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, KelGotoDialog, location_label);
  gtk_widget_class_bind_template_child (widget_class, KelGotoDialog, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, KelGotoDialog, go_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kel_goto_dialog_init (KelGotoDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->location_label, self->snippet_label, NULL, -1);
}

/**
 * kel_goto_dialog_present:
 * @window: the reader window
 *
 * Shows the Go To window over @window, with its entry focused and its text
 * selected; one per reader window.
 *
 * Returns: (transfer none): the Go To window
 */
GtkWidget *
kel_goto_dialog_present (KelWindow *window)
{
  KelGotoDialog *self;

  g_return_val_if_fail (KEL_IS_WINDOW (window), NULL);

  self = g_object_get_data (G_OBJECT (window), "kel-goto-dialog");
  if (self == NULL)
    {
      self = g_object_new (KEL_TYPE_GOTO_DIALOG, "transient-for", window, NULL);
      self->reader = window;
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->reader);
      g_object_set_data (G_OBJECT (window), "kel-goto-dialog", self);
    }
  g_set_object (&self->document, kel_window_get_document (window));
  update (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
  return GTK_WIDGET (self);
}

/**
 * kel_goto_dialog_get_entry:
 * Returns: (transfer none): the entry the reader types in
 */
GtkWidget *
kel_goto_dialog_get_entry (KelGotoDialog *self)
{
  g_return_val_if_fail (KEL_IS_GOTO_DIALOG (self), NULL);
  return self->entry;
}

/**
 * kel_goto_dialog_get_result:
 * Returns: (transfer none): what the window shows as the result: a
 *   location, or that nothing was found
 */
const char *
kel_goto_dialog_get_result (KelGotoDialog *self)
{
  g_return_val_if_fail (KEL_IS_GOTO_DIALOG (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->location_label));
}

/**
 * kel_goto_dialog_get_node:
 * Returns: (transfer none) (nullable): where Enter would go
 */
const KelNode *
kel_goto_dialog_get_node (KelGotoDialog *self)
{
  g_return_val_if_fail (KEL_IS_GOTO_DIALOG (self), NULL);
  return self->node;
}
