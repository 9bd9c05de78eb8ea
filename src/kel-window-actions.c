/* kel-window-actions.c — the window's other commands: Copy Citation,
 * Print, Go To, About This Agreement, Help and the keyboard shortcuts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-citation.h"
#include "kel-document-view.h"
#include "kel-goto-dialog.h"
#include "kel-help-window.h"
#include "kel-particulars-window.h"
#include "kel-print.h"
#include "kel-window-notes.h"

/* What "Copy citation" cites: the selection, else the paragraph where the
 * reader right-clicked, has the focus or is reading. */
static gboolean
citation_range (KelWindow *self,
                guint     *start,
                guint     *end)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  const KelNode *node;

  if (self->document == NULL)
    return FALSE;
  if (kel_document_view_get_selection (view, start, end))
    return TRUE;
  node = kel_document_get_node_at (self->document, kel_document_view_get_context_offset (view));
  if (node == NULL)
    return FALSE;
  *start = node->start;
  *end = node->end;
  return TRUE;
}

/**
 * kel_window_get_citation:
 *
 * Returns: (transfer full) (nullable): what Copy Citation puts on the
 *   clipboard: the quoted text with its pinpoint in the term language's
 *   citation style, then the kelisim: link on a line of its own
 */
char *
kel_window_get_citation (KelWindow *self)
{
  g_autofree char *cite = NULL;
  g_autofree char *link = NULL;
  guint start, end;

  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  if (!citation_range (self, &start, &end))
    return NULL;
  cite = kel_document_cite (self->document, start, end, self->lang);
  link = kel_document_cite_link (self->document, start, end);
  return link ? g_strdup_printf ("%s\n%s", cite, link) : g_steal_pointer (&cite);
}
static void
copy_citation_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  g_autofree char *citation = kel_window_get_citation (self);

  if (citation != NULL)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
      kel_window_show_toast (self, _("Citation copied"));
    }
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->document == NULL)
    return;
  /* the whole agreement, with glosses and running heads in the term
   * language when the reader shows glosses */
  operation = kel_print_operation_new (self->document, self->lang,
                                       g_settings_get_boolean (self->settings, "show-glosses"));
  /* the reader's highlights and notes when they asked for them last time */
  kel_print_operation_set_notes (operation, kel_window_get_notes (self),
                                 g_settings_get_boolean (self->settings, "print-notes"));
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && kel_window_get_notes (self) != NULL)
    g_settings_set_boolean (self->settings, "print-notes", kel_print_operation_get_print_notes (operation));
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("The agreement was not printed. %s"), error->message);

      kel_window_show_error (self, message);
    }
}

/* The keyboard shortcuts (Ctrl+?), built when the reader first asks for
 * them rather than with every window, as GtkApplication would from
 * gtk/help-overlay.ui. */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/kel-shortcuts.ui");

      self->help_overlay = g_object_ref (GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (GTK_WINDOW (self->help_overlay), GTK_WINDOW (self));
      gtk_window_set_hide_on_close (GTK_WINDOW (self->help_overlay), TRUE);
    }
  gtk_window_present (GTK_WINDOW (self->help_overlay));
}

/* The dialogs over the reader window, one of each kind per window, found
 * again under their key (where the tests find them too) until closed. */
static void
forget_dialog (GtkWidget *dialog,
               KelWindow *self)
{
  g_object_set_data (G_OBJECT (self), g_object_get_data (G_OBJECT (dialog), "kel-dialog-key"), NULL);
}

static GtkWidget *
one_per_reader (KelWindow  *self,
                GType       type,
                const char *key)
{
  GtkWidget *dialog = g_object_get_data (G_OBJECT (self), key);

  if (dialog == NULL)
    {
      dialog = g_object_new (type, "transient-for", self, NULL);
      g_object_set_data (G_OBJECT (dialog), "kel-dialog-key", (gpointer) key);
      g_object_set_data (G_OBJECT (self), key, dialog);
      g_signal_connect_object (dialog, "destroy", G_CALLBACK (forget_dialog), self, 0);
    }
  return dialog;
}

static void
go_to_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);
  GtkWidget *dialog = one_per_reader (self, KEL_TYPE_GOTO_DIALOG, "kel-goto-dialog");

  kel_goto_dialog_present (KEL_GOTO_DIALOG (dialog), self->document, self->settings);
}

/* F10 opens the main menu by the application's own shortcut, shown in the
 * shortcuts window, rather than by GTK's handling of a primary menu button,
 * which has moved between GTK versions */
static void
main_menu_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);

  if (gtk_widget_get_visible (self->menu_button))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
}

static void
about_agreement_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);
  GtkWidget *dialog;

  if (self->document == NULL)
    return;
  dialog = one_per_reader (self, KEL_TYPE_PARTICULARS_WINDOW, "kel-particulars-window");
  kel_particulars_window_present (KEL_PARTICULARS_WINDOW (dialog), self->document, self->lang);
}

static void
help_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (kel_help_window_new (GTK_WINDOW (widget))));
}

void
_kel_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-citation", NULL, copy_citation_activated);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_activated);
  gtk_widget_class_install_action (widget_class, "win.go-to", NULL, go_to_activated);
  gtk_widget_class_install_action (widget_class, "win.main-menu", NULL, main_menu_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
  gtk_widget_class_install_action (widget_class, "win.about-agreement", NULL, about_agreement_activated);
}
