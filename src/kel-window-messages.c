/* kel-window-messages.c — what the window tells the reader: the banner
 * (messages and errors, until dismissed) and the toast (a short note)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-announce.h"

/**
 * kel_window_show_message:
 * @message: what went wrong or what the reader should know
 *
 * Shows @message in a banner at the top of the window until dismissed.
 */
void
kel_window_show_message (KelWindow  *self,
                         const char *message)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->banner_label), message);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->banner_icon), "dialog-information-symbolic");
  gtk_widget_remove_css_class (self->banner_icon, "error");
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner), message != NULL);
}

/**
 * kel_window_show_error:
 * @message: what failed, where, and what the window shows now
 *
 * Like kel_window_show_message(), with the error icon: something the
 * reader asked for did not happen.
 */
void
kel_window_show_error (KelWindow  *self,
                       const char *message)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  kel_window_show_message (self, message);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->banner_icon), "dialog-error-symbolic");
  gtk_widget_add_css_class (self->banner_icon, "error");
  kel_announce (GTK_WIDGET (self), message);
}

/* @message without the "NAME:LINE: " or "NAME: " that the model's messages
 * about a file start with (kel-error.h), when @file is that file. */
static const char *
strip_file_prefix (const char *message,
                   GFile      *file,
                   int        *line)
{
  g_autofree char *name = file ? g_file_get_parse_name (file) : NULL;
  const char *p;

  *line = 0;
  if (name == NULL || !g_str_has_prefix (message, name) || message[strlen (name)] != ':')
    return NULL;
  p = message + strlen (name) + 1;
  if (g_ascii_isdigit (*p))
    {
      const char *digits = p;

      while (g_ascii_isdigit (*p))
        p++;
      if (*p != ':')
        return NULL;
      *line = (int) g_ascii_strtoll (digits, NULL, 10);
      p++;
    }
  return *p == ' ' ? p + 1 : NULL;
}

/**
 * kel_window_show_open_error:
 * @edition: the file the reader asked to open
 * @termbase: (nullable): its termbase
 * @error: why the model refused them
 *
 * Says which file could not be opened, on which line and what is wrong, and
 * what the window shows instead: the bundled agreement, or the edition
 * that stays open.
 */
void
kel_window_show_open_error (KelWindow    *self,
                            GFile        *edition,
                            GFile        *termbase,
                            const GError *error)
{
  GFile *file = edition;
  g_autofree char *base = NULL;
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;
  const char *detail;
  int line = 0;

  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (error != NULL);
  detail = strip_file_prefix (error->message, edition, &line);
  if (detail == NULL && termbase != NULL)
    {
      file = termbase;
      detail = strip_file_prefix (error->message, termbase, &line);
    }
  base = file ? g_file_get_basename (file) : NULL;
  if (detail == NULL || base == NULL)
    /* Translators: %s is why the file was not opened, in the model's words */
    what = g_strdup_printf (_("The file could not be opened: %s."), error->message);
  else if (line > 0)
    /* Translators: %1$s is a file name, %2$d a line of it, %3$s what is wrong there */
    what = g_strdup_printf (_("“%1$s” could not be opened. Line %2$d: %3$s."), base, line, detail);
  else
    /* Translators: %1$s is a file name, %2$s what is wrong with it */
    what = g_strdup_printf (_("“%1$s” could not be opened: %2$s."), base, detail);

  if (self->document != NULL && self->bundled)
    shown = g_strdup (_("The bundled agreement is shown instead."));
  else if (self->document != NULL)
    {
      g_autofree char *name = g_path_get_basename (kel_document_get_name (self->document));

      /* Translators: %s is the file name of the edition the window shows */
      shown = g_strdup_printf (_("“%s” stays open."), name);
    }
  message = shown ? g_strconcat (what, " ", shown, NULL) : g_steal_pointer (&what);
  kel_window_show_error (self, message);
}

/**
 * kel_window_get_message:
 * Returns: (nullable): the message shown, if any
 */
const char *
kel_window_get_message (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->message;
}

/**
 * kel_window_get_message_icon:
 * Returns: (nullable): the icon name of the message shown, if any
 */
const char *
kel_window_get_message_icon (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->message ? gtk_image_get_icon_name (GTK_IMAGE (self->banner_icon)) : NULL;
}

/* Takes the banner away (win.dismiss-message, or a file opened well). */
void
_kel_window_dismiss_message (KelWindow *self)
{
  g_clear_pointer (&self->message, g_free);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner), FALSE);
}

static void
dismiss_message_activated (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  _kel_window_dismiss_message (KEL_WINDOW (widget));
}
static gboolean
hide_toast (gpointer user_data)
{
  KelWindow *self = user_data;

  self->toast_id = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), FALSE);
  return G_SOURCE_REMOVE;
}

/**
 * kel_window_show_toast:
 * @text: a short note, such as "Citation copied"
 *
 * Shows @text over the bottom of the text for two seconds; a screen reader
 * announces it where GTK can (4.14 and later).
 */
void
kel_window_show_toast (KelWindow  *self,
                       const char *text)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  gtk_label_set_text (GTK_LABEL (self->toast_label), text);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), TRUE);
  g_clear_handle_id (&self->toast_id, g_source_remove);
  self->toast_id = g_timeout_add (2000, hide_toast, self);
  kel_announce (GTK_WIDGET (self), text);
}

/**
 * kel_window_get_toast:
 * Returns: (nullable): the note shown over the text, or %NULL
 */
const char *
kel_window_get_toast (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->toast)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->toast_label));
}


void
_kel_window_class_init_messages (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.dismiss-message", NULL, dismiss_message_activated);
}
