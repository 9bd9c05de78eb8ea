/* kel-notes.c — a reader's bookmarks, highlights and notes on one edition
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See kel-notes.h for the anchoring rule and the storage.  The file is the
 * same JSON-LD that kel_notes_to_jsonld() exports, so an export can be read
 * back by kel_notes_import_jsonld() and by any other Web Annotation client.
 */
#include "config.h"

#include "kel-notes.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kel-citation.h"
#include "kel-error.h"
#include "kel-particulars.h"

#define ANNO_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define MAX_FILE_BYTES (64 * 1024 * 1024)
/* annotations nest four or five deep; the parser recurses on nesting */
#define MAX_DEPTH 64
/* approximate matching costs text length × quote length steps: beyond
 * this, only exact matches are looked for */
#define FUZZY_BUDGET (40 * 1000 * 1000)

/* ------------------------------------------------------------------------ */
/* KelAnnotation                                                            */
/* ------------------------------------------------------------------------ */

struct _KelAnnotation
{
  GObject            parent_instance;

  char              *id;
  KelAnnotationKind  kind;
  char              *colour;
  char              *text;
  gint64             created;    /* µs since the epoch, UTC */
  gint64             modified;
  char              *eid;
  char              *exact;
  char              *prefix;
  char              *suffix;

  /* where it is in the current edition; not stored */
  KelPlacement       placement;
  guint              start;
  guint              end;
};

G_DEFINE_FINAL_TYPE (KelAnnotation, kel_annotation, G_TYPE_OBJECT)

static const char * const colours[] = { "yellow", "green", "blue", "pink", "purple", NULL };

/* g_set_str() is GLib 2.76 */
static void
set_str (char       **field,
         const char  *value)
{
  char *copy;

  if (*field == value)
    return;
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
}

static char *
new_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("urn:uuid:", uuid, NULL);
}

static void
kel_annotation_finalize (GObject *object)
{
  KelAnnotation *self = KEL_ANNOTATION (object);

  g_free (self->id);
  g_free (self->colour);
  g_free (self->text);
  g_free (self->eid);
  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  G_OBJECT_CLASS (kel_annotation_parent_class)->finalize (object);
}

static void
kel_annotation_class_init (KelAnnotationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kel_annotation_finalize;
}

static void
kel_annotation_init (KelAnnotation *self)
{
  self->placement = KEL_PLACEMENT_NONE;
}

/** kel_annotation_get_id: Returns: (transfer none): "urn:uuid:…" */
const char *
kel_annotation_get_id (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->id;
}

KelAnnotationKind
kel_annotation_get_kind (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), KEL_ANNOTATION_HIGHLIGHT);
  return self->kind;
}

/** kel_annotation_get_colour: Returns: (transfer none): one of kel_annotation_colours() */
const char *
kel_annotation_get_colour (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->colour;
}

/** kel_annotation_get_text: Returns: (transfer none): the note, "" if none */
const char *
kel_annotation_get_text (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->text;
}

gint64
kel_annotation_get_created (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), 0);
  return self->created;
}

gint64
kel_annotation_get_modified (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), 0);
  return self->modified;
}

/** kel_annotation_get_eid: Returns: (transfer none) (nullable): the element it was made in */
const char *
kel_annotation_get_eid (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->eid;
}

/** kel_annotation_get_exact: Returns: (transfer none): the quoted text */
const char *
kel_annotation_get_exact (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->exact;
}

const char *
kel_annotation_get_prefix (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->prefix;
}

const char *
kel_annotation_get_suffix (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->suffix;
}

KelPlacement
kel_annotation_get_placement (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), KEL_PLACEMENT_NONE);
  return self->placement;
}

/**
 * kel_annotation_get_range:
 * @start: (out) (optional): its first character in the current edition
 * @end: (out) (optional): the character after its last
 *
 * Returns: %FALSE when it cannot be placed in the current edition
 */
gboolean
kel_annotation_get_range (KelAnnotation *self,
                          guint         *start,
                          guint         *end)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), FALSE);
  if (start)
    *start = self->start;
  if (end)
    *end = self->end;
  return self->placement != KEL_PLACEMENT_NONE;
}

/**
 * kel_annotation_colours:
 * Returns: (transfer none): the highlight colours, by name, %NULL-terminated
 */
const char * const *
kel_annotation_colours (void)
{
  return colours;
}

gboolean
kel_annotation_colour_is_valid (const char *colour)
{
  return colour != NULL && g_strv_contains (colours, colour);
}

/* ------------------------------------------------------------------------ */
/* Placing an anchor in the text                                            */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const gunichar *chars;   /* the whole reading text */
  glong           n;
} Text;

static gunichar *
to_chars (const char *utf8,
          glong      *n)
{
  gunichar *chars = g_utf8_to_ucs4_fast (utf8 ? utf8 : "", -1, n);

  return chars;
}

/* How many characters of @context agree with the text before @at (backwards)
 * plus those of @after's context agreeing with the text after @end. */
static glong
context_score (const Text     *t,
               glong           at,
               glong           end,
               const gunichar *prefix,
               glong           n_prefix,
               const gunichar *suffix,
               glong           n_suffix)
{
  glong score = 0;

  for (glong k = 1; k <= n_prefix && at - k >= 0 && t->chars[at - k] == prefix[n_prefix - k]; k++)
    score++;
  for (glong k = 0; k < n_suffix && end + k < t->n && t->chars[end + k] == suffix[k]; k++)
    score++;
  return score;
}

/* The occurrence of @q in [from, to) whose context agrees best, or -1 */
static glong
find_exact (const Text     *t,
            glong           from,
            glong           to,
            const gunichar *q,
            glong           m,
            const gunichar *prefix,
            glong           n_prefix,
            const gunichar *suffix,
            glong           n_suffix)
{
  glong best = -1, best_score = -1;

  if (m == 0)
    return -1;
  for (glong i = from; i + m <= to; i++)
    {
      glong score;

      if (t->chars[i] != q[0] || memcmp (t->chars + i, q, (gsize) m * sizeof (gunichar)) != 0)
        continue;
      score = context_score (t, i, i + m, prefix, n_prefix, suffix, n_suffix);
      if (score > best_score)
        {
          best = i;
          best_score = score;
        }
    }
  return best;
}

/* The stretch of [from, to) closest to @q by edit distance (Sellers'
 * algorithm: free start and end in the text), if it differs in at most a
 * quarter of its characters.  Returns FALSE when none is close enough, or
 * when the search would cost more than FUZZY_BUDGET steps. */
static gboolean
find_fuzzy (const Text     *t,
            glong           from,
            glong           to,
            const gunichar *q,
            glong           m,
            glong          *start,
            glong          *end)
{
  g_autofree guint *cost = NULL;
  g_autofree glong *origin = NULL;
  glong max_errors = m / 4;
  guint best = G_MAXUINT;
  glong best_start = -1, best_end = -1;

  if (m < 8 || to <= from || (double) (to - from) * (double) m > FUZZY_BUDGET)
    return FALSE;

  /* one column of the table: cost[i] = the least edits that turn the
   * text ending here into q[0..i) ; origin[i] = where that text starts */
  cost = g_new (guint, m + 1);
  origin = g_new (glong, m + 1);
  for (glong i = 0; i <= m; i++)
    {
      cost[i] = (guint) i;
      origin[i] = from;
    }
  for (glong j = from; j < to; j++)
    {
      guint diag = cost[0];
      glong diag_origin = origin[0];

      cost[0] = 0;
      origin[0] = j + 1;
      for (glong i = 1; i <= m; i++)
        {
          guint up = cost[i];
          glong up_origin = origin[i];
          guint c = diag + (t->chars[j] == q[i - 1] ? 0 : 1);
          glong o = diag_origin;

          if (up + 1 < c)            /* a text character too many */
            {
              c = up + 1;
              o = up_origin;
            }
          if (cost[i - 1] + 1 < c)   /* a quote character missing */
            {
              c = cost[i - 1] + 1;
              o = origin[i - 1];
            }
          diag = up;
          diag_origin = up_origin;
          cost[i] = c;
          origin[i] = o;
        }
      if (cost[m] < best)
        {
          best = cost[m];
          best_start = origin[m];
          best_end = j + 1;
        }
    }
  if (best_start < 0 || best > (guint) max_errors)
    return FALSE;
  *start = best_start;
  *end = best_end;
  return TRUE;
}

static void
place (KelAnnotation *a,
       KelDocument   *doc,
       const Text    *t)
{
  const KelNode *node = a->eid && *a->eid ? kel_document_lookup_node (doc, a->eid) : NULL;
  glong m, n_prefix, n_suffix, at, s, e;
  g_autofree gunichar *q = to_chars (a->exact, &m);
  g_autofree gunichar *prefix = to_chars (a->prefix, &n_prefix);
  g_autofree gunichar *suffix = to_chars (a->suffix, &n_suffix);

  a->placement = KEL_PLACEMENT_NONE;
  a->start = a->end = 0;
  if (m == 0)
    return;

  if (node != NULL)
    {
      glong from = MIN ((glong) node->start, t->n), to = MIN ((glong) node->end, t->n);

      if ((at = find_exact (t, from, to, q, m, prefix, n_prefix, suffix, n_suffix)) >= 0)
        {
          a->placement = KEL_PLACEMENT_EXACT;
          a->start = (guint) at;
          a->end = (guint) (at + m);
          return;
        }
      if (find_fuzzy (t, from, to, q, m, &s, &e))
        {
          a->placement = KEL_PLACEMENT_CHANGED;
          a->start = (guint) s;
          a->end = (guint) e;
          return;
        }
    }
  if ((at = find_exact (t, 0, t->n, q, m, prefix, n_prefix, suffix, n_suffix)) >= 0)
    {
      a->placement = KEL_PLACEMENT_MOVED;
      a->start = (guint) at;
      a->end = (guint) (at + m);
      return;
    }
  if (find_fuzzy (t, 0, t->n, q, m, &s, &e))
    {
      a->placement = KEL_PLACEMENT_MOVED;
      a->start = (guint) s;
      a->end = (guint) e;
    }
}

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

static Text
text_of (KelNotes *self)
{
  Text t = { self->chars, self->n_chars };
  return t;
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

static char *
iso_time (gint64 us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = utc ? g_date_time_add (utc, us % G_USEC_PER_SEC) : NULL;

  return exact ? g_date_time_format_iso8601 (exact) : g_strdup ("1970-01-01T00:00:00Z");
}

static gint64
parse_time (const char *iso)
{
  g_autoptr(GDateTime) dt = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  if (dt == NULL)
    return 0;
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static const char *
motivation_of (KelAnnotationKind kind)
{
  switch (kind)
    {
    case KEL_ANNOTATION_BOOKMARK:
      return "bookmarking";
    case KEL_ANNOTATION_NOTE:
      return "commenting";
    case KEL_ANNOTATION_HIGHLIGHT:
    default:
      return "highlighting";
    }
}

static const char *
expression_of (KelNotes *self)
{
  const KelParticulars *p = kel_document_get_particulars (self->document);

  return p->expression;
}

static void
build_annotation (KelNotes      *self,
                  JsonBuilder   *b,
                  KelAnnotation *a)
{
  g_autofree char *created = iso_time (a->created);
  g_autofree char *modified = iso_time (a->modified);
  const char *source = expression_of (self);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, a->id);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "Annotation");
  json_builder_set_member_name (b, "motivation");
  json_builder_add_string_value (b, motivation_of (a->kind));
  json_builder_set_member_name (b, "created");
  json_builder_add_string_value (b, created);
  json_builder_set_member_name (b, "modified");
  json_builder_add_string_value (b, modified);
  if (a->text != NULL && *a->text != '\0')
    {
      json_builder_set_member_name (b, "body");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, "TextualBody");
      json_builder_set_member_name (b, "value");
      json_builder_add_string_value (b, a->text);
      json_builder_set_member_name (b, "format");
      json_builder_add_string_value (b, "text/plain");
      json_builder_set_member_name (b, "purpose");
      json_builder_add_string_value (b, "commenting");
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  if (source != NULL)
    {
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, source);
    }
  json_builder_set_member_name (b, "styleClass");
  json_builder_add_string_value (b, a->colour);
  json_builder_set_member_name (b, "selector");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "FragmentSelector");
  json_builder_set_member_name (b, "value");
  json_builder_add_string_value (b, a->eid ? a->eid : "");
  json_builder_set_member_name (b, "refinedBy");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "TextQuoteSelector");
  json_builder_set_member_name (b, "exact");
  json_builder_add_string_value (b, a->exact);
  json_builder_set_member_name (b, "prefix");
  json_builder_add_string_value (b, a->prefix);
  json_builder_set_member_name (b, "suffix");
  json_builder_add_string_value (b, a->suffix);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
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
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *expression;

  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);

  expression = expression_of (self);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_add_string_value (b, ANNO_CONTEXT);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "AnnotationCollection");
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, kel_document_get_title (self->document));
  if (expression != NULL)
    {
      json_builder_set_member_name (b, "partOf");
      json_builder_add_string_value (b, expression);
    }
  json_builder_set_member_name (b, "generator");
  json_builder_add_string_value (b, "Kelisim " PACKAGE_VERSION);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, self->items->len);
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "AnnotationPage");
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->items->len; i++)
    build_annotation (self, b, g_ptr_array_index (self->items, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A copy of a string of the file that is valid UTF-8 whatever its escapes
 * held (a lone surrogate, say) */
static char *
valid_copy (const char *text)
{
  if (text == NULL)
    return NULL;
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  return g_utf8_make_valid (text, -1);
}

/* How deep arrays and objects nest, strings skipped; -1 if past @max */
static int
nesting_depth (const char *json,
               gsize       length,
               int         max)
{
  int depth = 0, deepest = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = json[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max)
            return -1;
          deepest = MAX (deepest, depth);
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return deepest;
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      /* a list of selectors or bodies: the first object of it */
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
          return json_array_get_object_element (array, i);
      return NULL;
    }
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

/* A TextQuoteSelector: the selector itself or what refines it */
static JsonObject *
quote_selector (JsonObject *selector,
                const char **eid)
{
  for (guint depth = 0; selector != NULL && depth < 4; depth++)
    {
      const char *type = member_string (selector, "type");

      if (g_strcmp0 (type, "TextQuoteSelector") == 0)
        return selector;
      if (g_strcmp0 (type, "FragmentSelector") == 0 && eid != NULL)
        *eid = member_string (selector, "value");
      selector = member_object (selector, "refinedBy");
    }
  return NULL;
}

/* One annotation from its JSON-LD, or NULL if it is not one Kelisim can
 * anchor (no quote). */
static KelAnnotation *
annotation_from_json (JsonObject *object)
{
  JsonObject *target = member_object (object, "target");
  JsonObject *body = member_object (object, "body");
  const char *eid = NULL;
  JsonObject *quote = quote_selector (member_object (target, "selector"), &eid);
  const char *exact = member_string (quote, "exact");
  const char *motivation = member_string (object, "motivation");
  const char *colour = member_string (target, "styleClass");
  const char *id = member_string (object, "id");
  const char *text = member_string (body, "value");
  KelAnnotation *a;

  if (exact == NULL || *exact == '\0' || !g_utf8_validate (exact, -1, NULL))
    return NULL;
  if (text == NULL)
    text = member_string (object, "bodyValue");

  a = g_object_new (KEL_TYPE_ANNOTATION, NULL);
  a->id = id && *id ? valid_copy (id) : new_id ();
  if (g_strcmp0 (motivation, "bookmarking") == 0)
    a->kind = KEL_ANNOTATION_BOOKMARK;
  else if (g_strcmp0 (motivation, "commenting") == 0 || (text != NULL && *text != '\0' &&
                                                         g_strcmp0 (motivation, "highlighting") != 0))
    a->kind = KEL_ANNOTATION_NOTE;
  else
    a->kind = KEL_ANNOTATION_HIGHLIGHT;
  a->colour = g_strdup (kel_annotation_colour_is_valid (colour) ? colour : colours[0]);
  a->text = valid_copy (text ? text : "");
  a->created = parse_time (member_string (object, "created"));
  a->modified = parse_time (member_string (object, "modified"));
  if (a->modified == 0)
    a->modified = a->created;
  a->eid = valid_copy (eid);
  a->exact = g_strdup (exact);
  a->prefix = valid_copy (member_string (quote, "prefix") ? member_string (quote, "prefix") : "");
  a->suffix = valid_copy (member_string (quote, "suffix") ? member_string (quote, "suffix") : "");
  return a;
}

/* The annotations of a JSON-LD text: a collection (items in "first" or
 * "items"), a page, an array of annotations or a single one.  Those that
 * are not annotations with a quote are counted in @skipped. */
static GPtrArray *
parse_annotations (const char  *json,
                   gssize       length,
                   const char  *name,
                   guint       *skipped,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *root;
  JsonArray *items = NULL;
  JsonObject *object = NULL;

  *skipped = 0;
  if (length < 0)
    length = (gssize) strlen (json);
  if (length > MAX_FILE_BYTES)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE,
                   _("%s is larger than %d MB"), name, MAX_FILE_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (json, length, NULL))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_ENCODING, _("%s is not UTF-8 text"), name);
      return NULL;
    }
  if (nesting_depth (json, (gsize) length, MAX_DEPTH) < 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                   _("%s nests lists and objects more than %d deep; notes never do"), name, MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, json, length, &local))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID, _("%s is not JSON: %s"), name, local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      const char *type;

      object = json_node_get_object (root);
      type = member_string (object, "type");
      if (g_strcmp0 (type, "AnnotationCollection") == 0)
        {
          JsonObject *first = member_object (object, "first");
          JsonNode *node = first ? json_object_get_member (first, "items") : json_object_get_member (object, "items");

          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
            items = json_node_get_array (node);
          else if (node != NULL || first != NULL)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s is an annotation collection without a list of items"), name);
              return NULL;
            }
        }
      else if (g_strcmp0 (type, "AnnotationPage") == 0)
        {
          JsonNode *node = json_object_get_member (object, "items");

          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
            items = json_node_get_array (node);
        }
      else if (g_strcmp0 (type, "Annotation") != 0)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s holds no W3C Web Annotations (no “type”: “Annotation”)"), name);
          return NULL;
        }
    }
  else
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                   _("%s holds no W3C Web Annotations"), name);
      return NULL;
    }

  if (items != NULL)
    {
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonNode *node = json_array_get_element (items, i);
          KelAnnotation *a = JSON_NODE_HOLDS_OBJECT (node) ? annotation_from_json (json_node_get_object (node)) : NULL;

          if (a != NULL)
            g_ptr_array_add (result, a);
          else
            (*skipped)++;
        }
    }
  else if (object != NULL)
    {
      KelAnnotation *a = annotation_from_json (object);

      if (a != NULL)
        g_ptr_array_add (result, a);
      else
        (*skipped)++;
    }
  return g_steal_pointer (&result);
}

static void
place_all (KelNotes  *self,
           GPtrArray *items)
{
  Text t = text_of (self);

  for (guint i = 0; i < items->len; i++)
    place (g_ptr_array_index (items, i), self->document, &t);
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
  *items = parse_annotations (data, (gssize) length, name, &skipped, error);
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
  g_autofree gunichar *chars = NULL;

  g_return_val_if_fail (KEL_IS_DOCUMENT (document), NULL);

  self = g_object_new (KEL_TYPE_NOTES, NULL);
  self->document = g_object_ref (document);
  dir = directory ? g_strdup (directory) : g_build_filename (g_get_user_data_dir (), "kelisim", "notes", NULL);
  name = kel_notes_file_name (expression_of (self));
  path = g_build_filename (dir, name, NULL);
  self->file = g_file_new_for_path (path);
  self->chars = g_utf8_to_ucs4_fast (kel_document_get_text (document, NULL), -1, &self->n_chars);
  load (self);
  return self;
}

/** kel_notes_get_document: Returns: (transfer none): the edition */
KelDocument *
kel_notes_get_document (KelNotes *self)
{
  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);
  return self->document;
}

/** kel_notes_get_file: Returns: (transfer none): where the notes are kept */
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
  a->id = new_id ();
  a->kind = kind;
  a->colour = g_strdup (kel_annotation_colour_is_valid (colour) ? colour : colours[0]);
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
    set_str (&a->colour, colour);
  if (text != NULL)
    {
      set_str (&a->text, text);
      if (*text != '\0' && a->kind == KEL_ANNOTATION_HIGHLIGHT)
        a->kind = KEL_ANNOTATION_NOTE;
    }
  a->modified = MAX (g_get_real_time (), a->created);
  if (a != annotation)
    {
      set_str (&annotation->colour, a->colour);
      set_str (&annotation->text, a->text);
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
  g_autoptr(KelAnnotation) keep = g_object_ref (annotation);
  KelAnnotation *a;
  guint position, old_n;

  g_return_val_if_fail (KEL_IS_NOTES (self), FALSE);
  g_return_val_if_fail (KEL_IS_ANNOTATION (annotation), FALSE);

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
  Text t;
  guint old_n;

  g_return_val_if_fail (KEL_IS_NOTES (self), FALSE);
  g_return_val_if_fail (KEL_IS_ANNOTATION (annotation), FALSE);

  catch_up (self);
  if (kel_notes_lookup (self, annotation->id) != NULL)
    return TRUE;
  old_n = self->items->len;
  t = text_of (self);
  place (annotation, self->document, &t);
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

static const char *
kind_name (KelAnnotationKind kind)
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

static void
append_quoted_lines (GString    *out,
                     const char *prefix,
                     const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    g_string_append_printf (out, "%s%s\n", prefix, lines[i]);
}

/**
 * kel_notes_to_markdown:
 * @style: the language of the citations
 *
 * Returns: (transfer full): the notes in reading order, each under its
 *   location with the passage quoted and cited in @style, then those that
 *   cannot be placed in this edition
 */
char *
kel_notes_to_markdown (KelNotes *self,
                       KelLang   style)
{
  GString *out = g_string_new (NULL);
  const char *expression;
  gboolean orphans = FALSE;

  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);

  expression = expression_of (self);
  g_string_append_printf (out, "# %s\n\n", kel_document_get_title (self->document));
  if (expression != NULL)
    g_string_append_printf (out, "%s\n\n", expression);

  for (guint i = 0; i < self->items->len; i++)
    {
      KelAnnotation *a = g_ptr_array_index (self->items, i);
      g_autofree char *created = iso_time (a->created);

      if (a->placement == KEL_PLACEMENT_NONE)
        {
          if (!orphans)
            g_string_append_printf (out, "## %s\n\n", _("Cannot be placed in this edition"));
          orphans = TRUE;
          g_string_append_printf (out, "> «%s»%s%s\n\n", a->exact, a->eid ? " — " : "", a->eid ? a->eid : "");
        }
      else
        {
          const KelNode *node = kel_document_get_range_node (self->document, a->start, a->end);
          g_autofree char *location = node ? kel_document_get_location (self->document, node, style) : NULL;
          g_autofree char *citation = kel_document_cite (self->document, a->start, a->end, style);

          g_string_append_printf (out, "## %s\n\n", location ? location : kel_document_get_short_title (self->document));
          append_quoted_lines (out, "> ", citation);
          g_string_append_c (out, '\n');
        }
      g_string_append_printf (out, "*%s* (%s) · %.10s\n", kind_name (a->kind), a->colour, created);
      if (a->text != NULL && *a->text != '\0')
        {
          g_string_append_c (out, '\n');
          g_string_append (out, a->text);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
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

  items = parse_annotations (json, length, _("The file"), &skipped, error);
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
