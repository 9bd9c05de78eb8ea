/* kel-annotation.c — one bookmark, highlight or note, and how it is placed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The anchor (eId, exact text, 32 characters of context on each side) and
 * kel_annotation_place(), which finds it again in an edition: exact in its
 * element, approximate in its element, exact then approximate anywhere,
 * else not placed (kel-notes.h).
 */
#include "kel-notes-private.h"

#include <string.h>

G_DEFINE_FINAL_TYPE (KelAnnotation, kel_annotation, G_TYPE_OBJECT)

static const char * const colours[] = { "yellow", "green", "blue", "pink", "purple", NULL };

/**
 * kel_annotation_kind_to_label:
 * @kind: a kind of annotation
 *
 * Returns: what the interface calls @kind: "Bookmark", "Note" or
 *   "Highlight", translated
 */
const char *
kel_annotation_kind_to_label (KelAnnotationKind kind)
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

/* g_set_str() is GLib 2.76 */
void
kel_notes_set_str (char       **field,
         const char  *value)
{
  char *copy;

  if (*field == value)
    return;
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
}

char *
kel_annotation_new_id (void)
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

/**
 * kel_annotation_get_id:
 * @self: an annotation
 *
 * Returns: (transfer none): its id, "urn:uuid:…"
 */
const char *
kel_annotation_get_id (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->id;
}

/**
 * kel_annotation_get_kind:
 * @self: an annotation
 *
 * Returns: whether it is a bookmark, a highlight or a note
 */
KelAnnotationKind
kel_annotation_get_kind (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), KEL_ANNOTATION_HIGHLIGHT);
  return self->kind;
}

/**
 * kel_annotation_get_colour:
 * @self: an annotation
 *
 * Returns: (transfer none): one of kel_annotation_colours()
 */
const char *
kel_annotation_get_colour (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->colour;
}

/**
 * kel_annotation_get_text:
 * @self: an annotation
 *
 * Returns: (transfer none): the note, "" if none
 */
const char *
kel_annotation_get_text (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->text;
}

/**
 * kel_annotation_get_created:
 * @self: an annotation
 *
 * Returns: when it was made, in microseconds since the epoch (UTC)
 */
gint64
kel_annotation_get_created (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), 0);
  return self->created;
}

/**
 * kel_annotation_get_modified:
 * @self: an annotation
 *
 * Returns: when it was last changed, in microseconds since the epoch (UTC)
 */
gint64
kel_annotation_get_modified (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), 0);
  return self->modified;
}

/**
 * kel_annotation_get_eid:
 * @self: an annotation
 *
 * Returns: (transfer none) (nullable): the element it was made in
 */
const char *
kel_annotation_get_eid (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->eid;
}

/**
 * kel_annotation_get_exact:
 * @self: an annotation
 *
 * Returns: (transfer none): the quoted text
 */
const char *
kel_annotation_get_exact (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->exact;
}

/**
 * kel_annotation_get_prefix:
 * @self: an annotation
 *
 * Returns: (transfer none) (nullable): up to %KEL_ANCHOR_CONTEXT characters
 *   of the text before the quote
 */
const char *
kel_annotation_get_prefix (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->prefix;
}

/**
 * kel_annotation_get_suffix:
 * @self: an annotation
 *
 * Returns: (transfer none) (nullable): up to %KEL_ANCHOR_CONTEXT characters
 *   of the text after the quote
 */
const char *
kel_annotation_get_suffix (KelAnnotation *self)
{
  g_return_val_if_fail (KEL_IS_ANNOTATION (self), NULL);
  return self->suffix;
}

/**
 * kel_annotation_get_placement:
 * @self: an annotation
 *
 * Returns: how it was placed in the current edition
 */
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

/**
 * kel_annotation_colour_is_valid:
 * @colour: (nullable): a colour name
 *
 * Returns: %TRUE when @colour is one of kel_annotation_colours()
 */
gboolean
kel_annotation_colour_is_valid (const char *colour)
{
  return colour != NULL && g_strv_contains (colours, colour);
}

/* ------------------------------------------------------------------------ */
/* Placing an anchor in the text                                            */
/* ------------------------------------------------------------------------ */

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
context_score (const KelNotesText *t,
               glong               at,
               glong               end,
               const gunichar     *prefix,
               glong               n_prefix,
               const gunichar     *suffix,
               glong               n_suffix)
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
find_exact (const KelNotesText *t,
            glong               from,
            glong               to,
            const gunichar     *q,
            glong               m,
            const gunichar     *prefix,
            glong               n_prefix,
            const gunichar     *suffix,
            glong               n_suffix)
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
 * when the search would cost more steps than KEL_NOTES_FUZZY_PER_QUOTE or
 * than @t's batch has left (kel-notes-private.h). */
static gboolean
find_fuzzy (KelNotesText       *t,
            glong               from,
            glong               to,
            const gunichar     *q,
            glong               m,
            glong              *start,
            glong              *end)
{
  g_autofree guint *cost = NULL;
  g_autofree glong *origin = NULL;
  glong max_errors = m / 4;
  guint best = G_MAXUINT;
  glong best_start = -1, best_end = -1;

  double steps = (double) (to - from) * (double) m;

  if (m < 8 || to <= from || steps > KEL_NOTES_FUZZY_PER_QUOTE || steps > t->fuzzy_left)
    return FALSE;
  t->fuzzy_left -= steps;

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

/**
 * kel_annotation_place: (skip)
 * @t: the reading text of @doc, as characters
 *
 * Places @a in @doc by the rule of kel-notes.h.
 */
void
kel_annotation_place (KelAnnotation      *a,
                      KelDocument        *doc,
                      KelNotesText       *t)
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
