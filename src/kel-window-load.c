/* kel-window-load.c — the document the window shows, and opening another:
 * from the command line, the file chooser, a drop, or the bundled agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-announce.h"
#include "kel-contents-page.h"
#include "kel-document-view.h"

/* Shows @document; @bundled: the bundled agreement, whose reading position
 * is remembered. */
void
_kel_window_show_document (KelWindow   *self,
                           KelDocument *document,
                           gboolean     bundled)
{
  if (self->bundled && self->document != NULL && document != self->document)
    _kel_window_save_position (self);
  self->bundled = bundled;
  /* "Show the Bundled Agreement" does nothing while it is shown */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", !bundled);
  if (!g_set_object (&self->document, document))
    return;
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  _kel_window_clear_history (self);
  _kel_window_notify_document (self);
  _kel_window_update_sidebar_pages (self);
  if (bundled)
    {
      gtk_label_set_text (GTK_LABEL (self->title_label), kel_document_get_short_title (document));
      gtk_widget_set_tooltip_text (self->title_label, kel_document_get_title (document));
      gtk_window_set_title (GTK_WINDOW (self), "Kelisim");
    }
  else
    {
      /* another document: the title it gives itself, and its file */
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", kel_document_get_title (document),
                                                  kel_document_get_name (document));
      g_autofree char *file = g_path_get_basename (kel_document_get_name (document));
      g_autofree char *window_title = g_strdup_printf ("%s — %s", kel_document_get_title (document), file);

      gtk_label_set_text (GTK_LABEL (self->title_label), kel_document_get_title (document));
      gtk_widget_set_tooltip_text (self->title_label, tooltip);
      gtk_window_set_title (GTK_WINDOW (self), window_title);
    }
  _kel_window_update_position (self);
  _kel_window_notes_set_document (self, document);
}

/**
 * kel_window_set_document:
 * @document: the bundled agreement
 *
 * Shows the bundled agreement; its reading position is remembered.
 */
void
kel_window_set_document (KelWindow   *self,
                         KelDocument *document)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (KEL_IS_DOCUMENT (document));
  _kel_window_show_document (self, document, TRUE);
}

/**
 * kel_window_show_edition:
 * @document: another edition, opened from a file
 *
 * Shows @document from its start.
 */
void
kel_window_show_edition (KelWindow   *self,
                         KelDocument *document)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (KEL_IS_DOCUMENT (document));
  _kel_window_show_document (self, document, FALSE);
  kel_document_view_scroll_to (KEL_DOCUMENT_VIEW (self->view), 0);
}

/* -- opening another edition ---------------------------------------------- */

typedef struct
{
  GFile *edition;
  GFile *termbase;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_clear_object (&job->edition);
  g_clear_object (&job->termbase);
  g_free (job);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  OpenJob *job = data;
  GError *error = NULL;
  KelDocument *doc = kel_document_new_from_files (job->edition, job->termbase, &error);

  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, g_object_unref);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  KelWindow *self = KEL_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_object (&self->loading);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  if (doc == NULL)
    {
      OpenJob *job = g_task_get_task_data (G_TASK (result));

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      kel_window_show_open_error (self, job->edition, job->termbase, error);
      return;
    }
  _kel_window_dismiss_message (self);
  /* what was read differently from the file, as the command line says it */
  if (kel_document_get_notices (doc) != NULL)
    for (const char * const *n = kel_document_get_notices (doc); *n; n++)
      g_printerr ("kelisim: %s\n", *n);
  kel_window_show_edition (self, doc);
  {
    /* Translators: said by screen readers; %s is the title of the edition */
    g_autofree char *said = g_strdup_printf (_("Opened: %s"), kel_document_get_short_title (doc));
    gtk_widget_grab_focus (self->view);
    kel_announce (GTK_WIDGET (self), said);
  }
}

/**
 * kel_window_open_files:
 * @edition: an Akoma Ntoso file
 * @termbase: (nullable): its TBX termbase
 *
 * Loads the edition in a thread and shows it; a file that cannot be read
 * leaves the current text open and says why in the window.
 */
void
kel_window_open_files (KelWindow *self,
                       GFile     *edition,
                       GFile     *termbase)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (edition));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  job = g_new0 (OpenJob, 1);
  job->edition = g_object_ref (edition);
  job->termbase = termbase ? g_object_ref (termbase) : NULL;
  task = g_task_new (self, self->loading, on_loaded, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) open_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "progress");
  g_task_run_in_thread (task, load_in_thread);
}

static gboolean
is_termbase (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  return name != NULL && g_str_has_suffix (name, ".tbx");
}

/* Opens the edition among @files, with a termbase if one is there too. */
static gboolean
open_file_list (KelWindow *self,
                GSList    *files)
{
  GFile *edition = NULL, *termbase = NULL;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (is_termbase (l->data))
        termbase = termbase ? termbase : l->data;
      else
        edition = edition ? edition : l->data;
    }
  if (edition == NULL)
    {
      kel_window_show_message (self, _("Choose an Akoma Ntoso edition (an .xml file); a TBX termbase may come with it."));
      return FALSE;
    }
  kel_window_open_files (self, edition, termbase);
  return TRUE;
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  KelWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      GSList *list = NULL;

      for (guint i = g_list_model_get_n_items (files); i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
      open_file_list (self, list);
      g_slist_free_full (list, g_object_unref);
    }
  g_object_unref (dialog);
}

/* A file chooser to open files of one kind, by their @suffixes, and
 * with @any_file any file too: GtkFileChooserNative in GTK 4.8, which goes
 * through the portal in the Flatpak sandbox.  GTK 4.10 replaces it with
 * GtkFileDialog; this is the one place to change. */
GtkNativeDialog *
_kel_window_new_file_chooser (KelWindow         *self,
                              const char        *title,
                              const char        *accept,
                              const char        *kind,
                              const char * const *suffixes,
                              gboolean           any_file)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, accept, _("_Cancel"));
  gtk_file_filter_set_name (filter, kind);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (any_file)
    {
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
    }
  return GTK_NATIVE_DIALOG (dialog);
}

static void
open_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  static const char * const suffixes[] = { "xml", "akn", "tbx", NULL };
  KelWindow *self = KEL_WINDOW (widget);
  GtkNativeDialog *dialog = _kel_window_new_file_chooser (self, _("Open an Edition"), _("_Open"),
                                                         _("Akoma Ntoso editions and TBX termbases"),
                                                         suffixes, TRUE);

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (dialog);
}

static void
bundled_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);

  if (doc == NULL)
    {
      kel_window_show_error (self, error->message);
      return;
    }
  _kel_window_show_document (self, doc, TRUE);
  kel_window_restore_position (self);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KelWindow     *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  return open_file_list (self, g_value_get_boxed (value));
}


void
_kel_window_class_init_load (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, bundled_activated);
}

/* Files dropped on the window open as they would from the file chooser. */
void
_kel_window_init_load (KelWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
