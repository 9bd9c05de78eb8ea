/* kel-notes.c — a reader's bookmarks, highlights and notes on one edition
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list and its changes.  See kel-notes.h for the anchoring rule and
 * the storage (kel-notes-file.c); kel-notes-markdown.c for the export.  The
 * file is the same JSON-LD that kel_notes_to_jsonld() exports, so an export
 * can be read back by kel_notes_import_jsonld() and by any other Web
 * Annotation client.
 */
#include "kel-notes-private.h"

#include <string.h>

#include "kel-citation.h"
#include "kel-error.h"
#include "kel-particulars.h"

/* ------------------------------------------------------------------------ */
/* KelNotes                                                                 */
/* ------------------------------------------------------------------------ */

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

/* The reading text as characters, made when a note is first placed: an
 * edition without notes opens without a copy four times its text's size. */
static void
ensure_chars (KelNotes *self)
{
  if (self->chars == NULL)
    self->chars = g_utf8_to_ucs4_fast (kel_document_get_text (self->document, NULL), -1, &self->n_chars);
}

static KelNotesText
text_of (KelNotes *self)
{
  KelNotesText t;

  ensure_chars (self);
  t.chars = self->chars;
  t.n = self->n_chars;
  t.fuzzy_left = KEL_NOTES_FUZZY_PER_BATCH;
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
void
kel_notes_changed (KelNotes *self,
                   guint     old_n)
{
  g_ptr_array_sort (self->items, compare_reading_order);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->items->len);
}

void
kel_notes_place_all (KelNotes  *self,
                     GPtrArray *items)
{
  KelNotesText t;

  if (items->len == 0)
    return;
  t = text_of (self);
  for (guint i = 0; i < items->len; i++)
    kel_annotation_place (g_ptr_array_index (items, i), self->document, &t);
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
  kel_notes_load (self);
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
  gboolean ok = kel_notes_save (self, error);

  if (ok)
    g_clear_pointer (&self->problem, g_free);
  kel_notes_changed (self, old_n);
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

  kel_notes_catch_up (self);
  old_n = self->items->len;
  ensure_chars (self);
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

  kel_notes_catch_up (self);
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

  kel_notes_catch_up (self);
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

  kel_notes_catch_up (self);
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
  kel_notes_catch_up (self);
  old_n = self->items->len;
  kel_notes_place_all (self, items);
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
