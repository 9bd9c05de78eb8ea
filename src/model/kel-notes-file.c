/* kel-notes-file.c — the notes file: its name, reading it, writing it whole, watching it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One JSON-LD file per edition; every change is written to a new file
 * renamed over the old; a file that cannot be read is kept aside; another
 * window's writes are seen through a GFileMonitor (kel-notes.h).
 */
#include "kel-notes-private.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kel-error.h"

/**
 * kel_notes_file_name:
 * @expression: (nullable): the edition's FRBR expression URI
 *
 * Returns: (transfer full): the name of its notes file: the URI's letters,
 *   digits, '-' and '.', the rest as '_', and a short hash of the whole URI
 *   so that two URIs never share a file ("akn_int_act_…_main-1a2b3c4d.json")
 */
char *
kel_notes_file_name (const char *expression)
{
  g_autofree char *hash = NULL;
  GString *name = g_string_new (NULL);

  if (expression == NULL || *expression == '\0')
    expression = "untitled";
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, expression, -1);
  for (const char *p = expression; *p && name->len < 120; p++)
    {
      char c = *p;

      if (g_ascii_isalnum (c) || c == '-' || c == '.')
        g_string_append_c (name, c);
      else if (name->len > 0 && name->str[name->len - 1] != '_')
        g_string_append_c (name, '_');
    }
  while (name->len > 0 && (name->str[name->len - 1] == '_' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  g_string_append_printf (name, "-%.8s.json", hash);
  return g_string_free (name, FALSE);
}

/* Reads the file.  FALSE (and @error) when it exists but cannot be read
 * as notes; TRUE with nothing when there is no file. */
static gboolean
read_file (KelNotes   *self,
           GPtrArray **items,
           GBytes    **contents,
           GError    **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *path = g_file_get_path (self->file);
  g_autoptr(GError) local = NULL;
  gsize length = 0;
  guint skipped = 0;

  *items = NULL;
  *contents = NULL;
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          *items = g_ptr_array_new_with_free_func (g_object_unref);
          return TRUE;
        }
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  *items = kel_notes_jsonld_parse (data, (gssize) length, name, &skipped, error);
  if (*items == NULL)
    return FALSE;
  *contents = g_bytes_new_take (g_steal_pointer (&data), length);
  return TRUE;
}

/* Replaces the list by what the file holds; keeps a file that cannot be
 * read under another name and tells it in the problem. */
void
kel_notes_load (KelNotes *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GBytes) contents = NULL;
  guint old_n = self->items->len;

  if (!read_file (self, &items, &contents, &error))
    {
      g_autofree char *path = g_file_get_path (self->file);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *backup = g_strdup_printf ("%s.unreadable-%s", path, stamp);

      g_free (self->problem);
      if (error->code != KEL_ERROR_IO && g_rename (path, backup) == 0)
        self->problem = g_strdup_printf (_("Your notes could not be read: %s. The file was kept as “%s”; new notes are saved in a new file."),
                                         error->message, backup);
      else
        self->problem = g_strdup_printf (_("Your notes could not be read: %s"), error->message);
      return;
    }
  kel_notes_place_all (self, items);
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&items));
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  self->on_disk = g_steal_pointer (&contents);
  kel_notes_changed (self, old_n);
}

/* Whether the file now holds something other than what was last read or
 * written here (another window wrote it). */
static gboolean
disk_changed (KelNotes *self)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return self->on_disk != NULL;
  if (self->on_disk == NULL)
    return TRUE;
  return length != g_bytes_get_size (self->on_disk) ||
         memcmp (data, g_bytes_get_data (self->on_disk, NULL), length) != 0;
}

gboolean
kel_notes_save (KelNotes  *self,
                GError   **error)
{
  g_autofree char *json = kel_notes_to_jsonld (self);
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) local = NULL;
  gsize length = strlen (json);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, _("Your notes were not saved: the folder “%s” cannot be made (%s)"),
                   dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, json, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, _("Your notes were not saved: %s"), local->message);
      return FALSE;
    }
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  self->on_disk = g_bytes_new_take (g_steal_pointer (&json), length);
  return TRUE;
}

/* Before a change: take in what another window wrote since. */
void
kel_notes_catch_up (KelNotes *self)
{
  if (self->problem == NULL && disk_changed (self))
    kel_notes_load (self);
}

/**
 * kel_notes_reload:
 *
 * Reads the file again if another process changed it.
 *
 * Returns: %TRUE when the list changed
 */
gboolean
kel_notes_reload (KelNotes *self)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), FALSE);

  if (!disk_changed (self))
    return FALSE;
  if (self->problem != NULL)
    return FALSE;
  kel_notes_load (self);
  return TRUE;
}

static gboolean
check_disk (gpointer data)
{
  KelNotes *self = data;

  self->check_id = 0;
  kel_notes_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    gpointer           data)
{
  KelNotes *self = data;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *a = file ? g_file_get_basename (file) : NULL;
  g_autofree char *b = other ? g_file_get_basename (other) : NULL;

  if (g_strcmp0 (a, name) != 0 && g_strcmp0 (b, name) != 0)
    return;
  /* a rename over the file comes as several events: look once they are over */
  if (self->check_id == 0)
    self->check_id = g_timeout_add (50, check_disk, self);
}

/**
 * kel_notes_watch:
 *
 * From now on, when another process (another window) writes the notes
 * file, the list is read again in the main loop of the calling thread.
 */
void
kel_notes_watch (KelNotes *self)
{
  g_autoptr(GFile) dir = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (KEL_IS_NOTES (self));

  if (self->monitor != NULL)
    return;
  dir = g_file_get_parent (self->file);
  path = g_file_get_path (dir);
  g_mkdir_with_parents (path, 0700);
  self->monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed), self);
}
