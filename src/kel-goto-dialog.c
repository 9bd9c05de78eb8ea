/* kel-goto-dialog.c — "Go To": type a citation, a term or a link, see where
 * it leads, press Enter to go there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small modal window over the reader (Ctrl+L, or "Go To…" in the main
 * menu).  As the reader types, kel_document_resolve() reads the text and
 * the window shows the place it leads to, in the citation style of the term
 * language, with the start of its text; or says that nothing was found.
 * Enter (or the Go button) jumps there through the reader window's
 * win.goto, so Back returns; Escape closes.
 */
#include "config.h"

#include "kel-goto-dialog-private.h"

#include <glib/gi18n.h>

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

  KelDocument   *document;
  GSettings     *settings;     /* the reader's: its term language */
  const KelNode *node;
};

G_DEFINE_FINAL_TYPE (KelGotoDialog, kel_goto_dialog, GTK_TYPE_WINDOW)

static KelLang
term_language (KelGotoDialog *self)
{
  g_autofree char *code = self->settings ? g_settings_get_string (self->settings, "term-language") : NULL;
  KelLang lang = KEL_LANG_KK;

  if (code != NULL)
    kel_lang_from_code (code, &lang);
  return lang;
}

/* The start of the node's text on one line, cut at a space. */
static char *
snippet (KelDocument   *doc,
         const KelNode *node)
{
  g_autofree char *text = kel_document_get_node_text (doc, node);
  g_autofree char *start = g_utf8_substring (text, 0, SNIPPET_CHARS);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *line = g_regex_replace_literal (spaces, start, -1, 0, " ", 0, NULL);
  GString *out = g_string_new (g_strstrip (line));

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
  GtkWindow *reader = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (self->node == NULL || reader == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (reader), "win.goto", "s", self->node->eid);
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

  g_clear_object (&self->document);
  g_clear_object (&self->settings);
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
 * @document: (nullable): the edition the reader window shows
 * @settings: the reader's settings, whose term language gives the
 *   citation style the places are shown in
 *
 * Shows the Go To window over its reader window (its transient parent),
 * with its entry focused and its text selected.  Enter jumps the reader
 * window there through its win.goto action.
 */
void
kel_goto_dialog_present (KelGotoDialog *self,
                         KelDocument   *document,
                         GSettings     *settings)
{
  g_return_if_fail (KEL_IS_GOTO_DIALOG (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->document, document);
  g_set_object (&self->settings, settings);
  update (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
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
