/* kel-notes.c — a reader's bookmarks, highlights and notes on one edition
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See kel-notes.h for the anchoring rule and the storage.  The file is the
 * same JSON-LD that kel_notes_to_jsonld() exports, so an export can be read
 * back by kel_notes_import_jsonld() and by any other Web Annotation client.
 */
#include "kel-notes-private.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kel-citation.h"
#include "kel-error.h"
#include "kel-particulars.h"

/* ------------------------------------------------------------------------ */
/* KelNotes                                                                 */
/* ------------------------------------------------------------------------ */

struct _KelNotes
{
  GObject       parent_instance;

  KelDocument  *document;
  GFile        *file;
  GPtrArray    *items;       /* KelAnnotation, in reading order */
  char         *problem;
  gunichar     *chars;       /* the reading text, for placing */
  glong         n_chars;
  GBytes       *on_disk;     /* what was last read or written */
  GFileMonitor *monitor;
  guint         check_id;
};

static void kel_notes_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KelNotes, kel_notes, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kel_notes_list_model_init))

static GType
kel_notes_get_item_type (GListModel *model)
{
  return KEL_TYPE_ANNOTATION;
}

static guint
kel_notes_get_n_items (GListModel *model)
{
  return KEL_NOTES (model)->items->len;
}

static gpointer
kel_notes_get_item (GListModel *model,
                    guint       position)
{
  KelNotes *self = KEL_NOTES (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
kel_notes_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kel_notes_get_item_type;
  iface->get_n_items = kel_notes_get_n_items;
  iface->get_item = kel_notes_get_item;
}

static void
kel_notes_dispose (GObject *object)
{
  KelNotes *self = KEL_NOTES (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  G_OBJECT_CLASS (kel_notes_parent_class)->dispose (object);
}

static void
kel_notes_finalize (GObject *object)
{
  KelNotes *self = KEL_NOTES (object);

  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_ptr_array_unref (self->items);
  g_free (self->problem);
  g_free (self->chars);
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  G_OBJECT_CLASS (kel_notes_parent_class)->finalize (object);
}

static void
kel_notes_class_init (KelNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kel_notes_dispose;
  object_class->finalize = kel_notes_finalize;
}

static void
kel_notes_init (KelNotes *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static int
compare_reading_order (gconstpointer pa,
                       gconstpointer pb)
{
  KelAnnotation *a = *(KelAnnotation **) pa;
  KelAnnotation *b = *(KelAnnotation **) pb;
  gboolean placed_a = a->placement != KEL_PLACEMENT_NONE;
  gboolean placed_b = b->placement != KEL_PLACEMENT_NONE;

  if (placed_a != placed_b)
    return placed_a ? -1 : 1;
  if (placed_a && a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (placed_a && a->end != b->end)
    return a->end < b->end ? -1 : 1;
  if (a->created != b->created)
    return a->created < b->created ? -1 : 1;
  return g_strcmp0 (a->id, b->id);
}

static KelNotesText
text_of (KelNotes *self)
{
  KelNotesText t = { self->chars, self->n_chars };
  return t;
}

static const char *
expression_of (KelNotes *self)
{
  const KelParticulars *p = kel_document_get_particulars (self->document);

  return p->expression;
}

/**
 * kel_notes_to_jsonld:
 *
 * Returns: (transfer full): every annotation as a W3C Web Annotation
 *   AnnotationCollection (JSON-LD), in reading order; the notes file holds
 *   the same
 */
char *
kel_notes_to_jsonld (KelNotes *self)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);
  return kel_notes_jsonld_build (self->items, expression_of (self), kel_document_get_title (self->document));
}

/* Sorts the list again and tells the views it changed. */
static void
changed (KelNotes *self,
         guint     old_n)
{
  g_ptr_array_sort (self->items, compare_reading_order);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->items->len);
}

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

static void
place_all (KelNotes  *self,
           GPtrArray *items)
{
  KelNotesText t = text_of (self);

  for (guint i = 0; i < items->len; i++)
    kel_annotation_place (g_ptr_array_index (items, i), self->document, &t);
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
static void
load (KelNotes *self)
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
  place_all (self, items);
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&items));
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  self->on_disk = g_steal_pointer (&contents);
  changed (self, old_n);
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

static gboolean
save (KelNotes  *self,
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
static void
catch_up (KelNotes *self)
{
  if (self->problem == NULL && disk_changed (self))
    load (self);
}

/**
 * kel_notes_new:
 * @document: the edition
 * @directory: (nullable): where notes files are; %NULL for
 *   g_get_user_data_dir()/kelisim/notes
 *
 * Reads the notes of @document's edition and places them.  Never fails:
 * a file that cannot be read leaves the list empty and
 * kel_notes_get_problem() says why.
 *
 * Returns: (transfer full): the notes
 */
KelNotes *
kel_notes_new (KelDocument *document,
               const char  *directory)
{
  KelNotes *self;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KEL_IS_DOCUMENT (document), NULL);

  self = g_object_new (KEL_TYPE_NOTES, NULL);
  self->document = g_object_ref (document);
  dir = directory ? g_strdup (directory) : g_build_filename (g_get_user_data_dir (), "kelisim", "notes", NULL);
  /* an edition without an FRBR expression is known by its title, so two
   * such editions do not share one file */
  if (expression_of (self) != NULL)
    name = kel_notes_file_name (expression_of (self));
  else
    {
      g_autofree char *key = g_strconcat ("untitled:", kel_document_get_title (document), NULL);

      name = kel_notes_file_name (key);
    }
  path = g_build_filename (dir, name, NULL);
  self->file = g_file_new_for_path (path);
  self->chars = g_utf8_to_ucs4_fast (kel_document_get_text (document, NULL), -1, &self->n_chars);
  load (self);
  return self;
}

/**
 * kel_notes_get_document:
 * @self: notes
 *
 * Returns: (transfer none): the edition
 */
KelDocument *
kel_notes_get_document (KelNotes *self)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);
  return self->document;
}

/**
 * kel_notes_get_file:
 * @self: notes
 *
 * Returns: (transfer none): where the notes are kept
 */
GFile *
kel_notes_get_file (KelNotes *self)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);
  return self->file;
}

/**
 * kel_notes_get_problem:
 * Returns: (transfer none) (nullable): why the notes file could not be
 *   read, in words for the reader, or %NULL
 */
const char *
kel_notes_get_problem (KelNotes *self)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);
  return self->problem;
}

/* After a problem, the next save starts a new file: the old one is kept
 * aside already (or cannot be read at all). */
static gboolean
commit (KelNotes  *self,
        guint      old_n,
        GError   **error)
{
  gboolean ok = save (self, error);

  if (ok)
    g_clear_pointer (&self->problem, g_free);
  changed (self, old_n);
  return ok;
}

/**
 * kel_notes_add:
 * @kind: bookmark, highlight or note
 * @colour: (nullable): one of kel_annotation_colours(); %NULL for the first
 * @start: the first character of the selection
 * @end: the character after it; @start for the paragraph at @start
 * @text: (nullable): the note
 * @error: why it was not saved
 *
 * Anchors a new annotation to the selection (or the paragraph at the
 * caret), adds it and saves at once.  When saving fails the annotation
 * stays in the list and @error says so.
 *
 * Returns: (transfer none) (nullable): the annotation; %NULL when the
 *   range holds no text
 */
KelAnnotation *
kel_notes_add (KelNotes          *self,
               KelAnnotationKind  kind,
               const char        *colour,
               guint              start,
               guint              end,
               const char        *text,
               GError           **error)
{
  KelAnnotation *a;
  const KelNode *node;
  glong s, e;
  guint old_n;
  gint64 now = g_get_real_time ();

  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);

  catch_up (self);
  old_n = self->items->len;
  if (start >= (guint) self->n_chars)
    return NULL;
  end = MIN (end, (guint) self->n_chars);
  start = MIN (start, end);
  if (start == end)
    {
      /* the paragraph at the caret, as it shows: its block */
      const KelBlock *block = kel_document_get_block_at (self->document, start);

      if (block == NULL)
        return NULL;
      start = block->start;
      end = MIN (block->end, (guint) self->n_chars);
    }
  s = start;
  e = end;
  while (s < e && g_unichar_isspace (self->chars[s]))
    s++;
  while (e > s && g_unichar_isspace (self->chars[e - 1]))
    e--;
  if (s == e)
    return NULL;
  node = kel_document_get_range_node (self->document, (guint) s, (guint) e);

  a = g_object_new (KEL_TYPE_ANNOTATION, NULL);
  a->id = kel_annotation_new_id ();
  a->kind = kind;
  a->colour = g_strdup (kel_annotation_colour_is_valid (colour) ? colour : kel_annotation_colours ()[0]);
  a->text = g_strdup (text ? text : "");
  a->created = a->modified = now;
  a->eid = node ? g_strdup (node->eid) : NULL;
  a->exact = g_ucs4_to_utf8 (self->chars + s, e - s, NULL, NULL, NULL);
  a->prefix = g_ucs4_to_utf8 (self->chars + MAX (0, s - KEL_ANCHOR_CONTEXT), s - MAX (0, s - KEL_ANCHOR_CONTEXT),
                              NULL, NULL, NULL);
  a->suffix = g_ucs4_to_utf8 (self->chars + e, MIN (self->n_chars, e + KEL_ANCHOR_CONTEXT) - e, NULL, NULL, NULL);
  a->placement = KEL_PLACEMENT_EXACT;
  a->start = (guint) s;
  a->end = (guint) e;
  g_ptr_array_add (self->items, a);
  commit (self, old_n, error);
  return a;
}

static gboolean
find_position (KelNotes      *self,
               KelAnnotation *annotation,
               guint         *position)
{
  return g_ptr_array_find (self->items, annotation, position);
}

/* After catch_up the object may have been replaced by one read from disk */
static KelAnnotation *
current (KelNotes      *self,
         KelAnnotation *annotation)
{
  if (find_position (self, annotation, NULL))
    return annotation;
  return kel_notes_lookup (self, annotation->id);
}

/**
 * kel_notes_update:
 * @colour: (nullable): the new colour, or %NULL to keep it
 * @text: (nullable): the new note, or %NULL to keep it
 *
 * Changes an annotation and saves at once.
 *
 * Returns: %FALSE with @error when it was not saved (or is no longer there)
 */
gboolean
kel_notes_update (KelNotes       *self,
                  KelAnnotation  *annotation,
                  const char     *colour,
                  const char     *text,
                  GError        **error)
{
  KelAnnotation *a;

  g_return_val_if_fail (KEL_IS_NOTES (self), FALSE);
  g_return_val_if_fail (KEL_IS_ANNOTATION (annotation), FALSE);

  catch_up (self);
  a = current (self, annotation);
  if (a == NULL)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND, _("This note was deleted in another window"));
      return FALSE;
    }
  if (colour != NULL && kel_annotation_colour_is_valid (colour))
    kel_notes_set_str (&a->colour, colour);
  if (text != NULL)
    {
      kel_notes_set_str (&a->text, text);
      if (*text != '\0' && a->kind == KEL_ANNOTATION_HIGHLIGHT)
        a->kind = KEL_ANNOTATION_NOTE;
    }
  a->modified = MAX (g_get_real_time (), a->created);
  if (a != annotation)
    {
      kel_notes_set_str (&annotation->colour, a->colour);
      kel_notes_set_str (&annotation->text, a->text);
      annotation->kind = a->kind;
      annotation->modified = a->modified;
    }
  return commit (self, self->items->len, error);
}

/**
 * kel_notes_remove:
 *
 * Removes an annotation and saves at once; kel_notes_restore() with the
 * same object puts it back (undo).
 */
gboolean
kel_notes_remove (KelNotes       *self,
                  KelAnnotation  *annotation,
                  GError        **error)
{
  /* held until the end: removing it from the list may drop the last
   * other reference, and the caller keeps it for undo */
  G_GNUC_UNUSED g_autoptr(KelAnnotation) keep = NULL;
  KelAnnotation *a;
  guint position, old_n;

  g_return_val_if_fail (KEL_IS_NOTES (self), FALSE);
  g_return_val_if_fail (KEL_IS_ANNOTATION (annotation), FALSE);
  keep = g_object_ref (annotation);

  catch_up (self);
  a = current (self, annotation);
  if (a == NULL || !find_position (self, a, &position))
    return TRUE;
  old_n = self->items->len;
  g_ptr_array_remove_index (self->items, position);
  return commit (self, old_n, error);
}

/**
 * kel_notes_restore:
 *
 * Puts back an annotation removed by kel_notes_remove(), as it was, and
 * saves at once.
 */
gboolean
kel_notes_restore (KelNotes       *self,
                   KelAnnotation  *annotation,
                   GError        **error)
{
  KelNotesText t;
  guint old_n;

  g_return_val_if_fail (KEL_IS_NOTES (self), FALSE);
  g_return_val_if_fail (KEL_IS_ANNOTATION (annotation), FALSE);

  catch_up (self);
  if (kel_notes_lookup (self, annotation->id) != NULL)
    return TRUE;
  old_n = self->items->len;
  t = text_of (self);
  kel_annotation_place (annotation, self->document, &t);
  g_ptr_array_add (self->items, g_object_ref (annotation));
  return commit (self, old_n, error);
}

/**
 * kel_notes_lookup:
 * Returns: (transfer none) (nullable): the annotation with @id
 */
KelAnnotation *
kel_notes_lookup (KelNotes   *self,
                  const char *id)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);

  for (guint i = 0; id != NULL && i < self->items->len; i++)
    {
      KelAnnotation *a = g_ptr_array_index (self->items, i);

      if (g_strcmp0 (a->id, id) == 0)
        return a;
    }
  return NULL;
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
  load (self);
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

/**
 * kel_notes_import_jsonld:
 * @json: W3C Web Annotation JSON-LD: a collection, a page, a list or one
 *   annotation
 * @length: its length, or -1
 *
 * Adds the annotations of @json that are not here yet (by id), places them
 * and saves at once.  Nothing is added when @json cannot be read.
 *
 * Returns: how many were added, or -1 with @error
 */
int
kel_notes_import_jsonld (KelNotes    *self,
                         const char  *json,
                         gssize       length,
                         GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  guint skipped = 0, old_n;
  int added = 0;

  g_return_val_if_fail (KEL_IS_NOTES (self), -1);
  g_return_val_if_fail (json != NULL, -1);

  items = kel_notes_jsonld_parse (json, length, _("The file"), &skipped, error);
  if (items == NULL)
    return -1;
  if (items->len == 0 && skipped > 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                   _("None of its %u annotations quotes the text (TextQuoteSelector)"), skipped);
      return -1;
    }
  catch_up (self);
  old_n = self->items->len;
  place_all (self, items);
  for (guint i = 0; i < items->len; i++)
    {
      KelAnnotation *a = g_ptr_array_index (items, i);

      if (kel_notes_lookup (self, a->id) != NULL)
        continue;
      g_ptr_array_add (self->items, g_object_ref (a));
      added++;
    }
  if (added == 0)
    return 0;
  if (!commit (self, old_n, error))
    return -1;
  return added;
}
