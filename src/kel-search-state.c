/* kel-search-state.c — one search of the text: query, options, matches,
 * the current match
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search bar writes it (what the reader typed, the options, the
 * next and previous match, opening and closing); the window reads it (the
 * highlights in the text, the results page, the caret on the current
 * match).  Each side follows the other through "notify": ::matches when a
 * search ran or was cleared, ::current whenever a match is made current
 * (even the same one again: the window then shows it again), ::active when
 * the search opens or closes.  The matches come from kel_document_search():
 * case, look-alike letters and Kazakh inflection ignored; a Russian or
 * Chinese label of a term finds that term's occurrences.
 */
#include "config.h"

#include "kel-search-state.h"

#include <glib/gi18n.h>

struct _KelSearchState
{
  GObject         parent_instance;

  KelDocument    *document;
  char           *query;      /* what was searched, NULL for nothing */
  KelSearchFlags  flags;
  gboolean        active;
  GArray         *matches;    /* KelMatch, in text order */
  int             current;
  KelTerm        *via_term;
  char           *status;
};

G_DEFINE_FINAL_TYPE (KelSearchState, kel_search_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_QUERY,
  PROP_FLAGS,
  PROP_ACTIVE,
  PROP_MATCHES,
  PROP_VIA_TERM,
  PROP_CURRENT,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_status (KelSearchState *self)
{
  guint n = self->matches->len;

  g_clear_pointer (&self->status, g_free);
  if (self->query == NULL || self->query[0] == '\0')
    self->status = g_strdup ("");
  else if (n == 0)
    self->status = g_strdup (_("No matches"));
  else if (self->current >= 0)
    /* Translators: the current match and how many there are: "4 of 17" */
    self->status = g_strdup_printf (_("%d of %u"), self->current + 1, n);
  else
    self->status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* New matches (or none): the current match is none until one is chosen. */
static void
matches_changed (KelSearchState *self)
{
  self->current = -1;
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIA_TERM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCHES]);
}

static void
run (KelSearchState *self)
{
  g_array_set_size (self->matches, 0);
  self->via_term = NULL;
  if (self->document != NULL && self->query != NULL && self->query[0] != '\0')
    {
      g_autoptr(GArray) found = kel_document_search (self->document, self->query, self->flags, &self->via_term);

      g_array_append_vals (self->matches, found->data, found->len);
    }
  matches_changed (self);
}

/**
 * kel_search_state_new:
 *
 * Returns: (transfer full): a closed search, with nothing to search in
 */
KelSearchState *
kel_search_state_new (void)
{
  return g_object_new (KEL_TYPE_SEARCH_STATE, NULL);
}

/**
 * kel_search_state_set_document:
 * @document: (nullable): the edition to search
 *
 * An open search runs again in the new edition.
 */
void
kel_search_state_set_document (KelSearchState *self,
                               KelDocument    *document)
{
  g_return_if_fail (KEL_IS_SEARCH_STATE (self));
  if (!g_set_object (&self->document, document))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (self->active && document != NULL)
    kel_document_prepare_search (document);
  if (self->active)
    run (self);
}

/**
 * kel_search_state_get_document:
 * Returns: (transfer none) (nullable): the edition searched
 */
KelDocument *
kel_search_state_get_document (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), NULL);
  return self->document;
}

/**
 * kel_search_state_search:
 * @query: what the reader typed; "" for nothing
 * @flags: whole words, exact form
 *
 * Searches the edition; the matches and the status change (with a notify
 * of each), and no match is current yet.
 */
void
kel_search_state_search (KelSearchState *self,
                         const char     *query,
                         KelSearchFlags  flags)
{
  g_return_if_fail (KEL_IS_SEARCH_STATE (self));
  g_return_if_fail (query != NULL);

  if (g_strcmp0 (self->query, query) != 0)
    {
      g_free (self->query);
      self->query = g_strdup (query);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
    }
  if (self->flags != flags)
    {
      self->flags = flags;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGS]);
    }
  run (self);
}

/**
 * kel_search_state_get_query:
 * Returns: (nullable): what was searched for, or %NULL when nothing was
 *   since the search opened
 */
const char *
kel_search_state_get_query (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), NULL);
  return self->query;
}

/**
 * kel_search_state_get_flags:
 * Returns: the options of the last search
 */
KelSearchFlags
kel_search_state_get_flags (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), KEL_SEARCH_DEFAULT);
  return self->flags;
}

/**
 * kel_search_state_set_active:
 * @active: whether the search is open
 *
 * Opening a search builds the edition's search index if it has none yet
 * (kel_document_prepare_search()).  Closing a search forgets its query and
 * clears its matches (and so the highlights): ::matches is notified, then
 * ::active.
 */
void
kel_search_state_set_active (KelSearchState *self,
                             gboolean        active)
{
  gboolean changed;

  g_return_if_fail (KEL_IS_SEARCH_STATE (self));
  active = !!active;
  changed = self->active != active;
  self->active = active;
  /* the first letter typed must not wait for the index */
  if (active && self->document != NULL)
    kel_document_prepare_search (self->document);
  if (!active)
    {
      g_array_set_size (self->matches, 0);
      self->via_term = NULL;
      g_clear_pointer (&self->query, g_free);
      matches_changed (self);
    }
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * kel_search_state_get_active:
 * Returns: whether the search is open
 */
gboolean
kel_search_state_get_active (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), FALSE);
  return self->active;
}

/**
 * kel_search_state_get_matches:
 * Returns: (transfer none) (element-type KelMatch): the matches, in text
 *   order; never %NULL
 */
GArray *
kel_search_state_get_matches (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), NULL);
  return self->matches;
}

/**
 * kel_search_state_get_via_term:
 * Returns: (transfer none) (nullable): the term whose Russian or Chinese
 *   label the query is
 */
KelTerm *
kel_search_state_get_via_term (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), NULL);
  return self->via_term;
}

/**
 * kel_search_state_set_current:
 * @index: the match to make current, or -1 for none; past the last, the
 *   last
 *
 * Notifies ::current even when @index is current already: the window shows
 * the match again.
 */
void
kel_search_state_set_current (KelSearchState *self,
                              int             index)
{
  g_return_if_fail (KEL_IS_SEARCH_STATE (self));
  if (index >= (int) self->matches->len)
    index = self->matches->len ? (int) self->matches->len - 1 : -1;
  self->current = MAX (index, -1);
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/**
 * kel_search_state_get_current:
 * Returns: the index of the current match, or -1
 */
int
kel_search_state_get_current (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), -1);
  return self->current;
}

/**
 * kel_search_state_step:
 * @forward: to the next match, or the previous
 *
 * Moves to the next or previous match, wrapping around the text; from no
 * current match, to the first or the last.
 */
void
kel_search_state_step (KelSearchState *self,
                       gboolean        forward)
{
  int n;

  g_return_if_fail (KEL_IS_SEARCH_STATE (self));
  n = (int) self->matches->len;
  if (n == 0)
    return;
  if (self->current < 0)
    kel_search_state_set_current (self, forward ? 0 : n - 1);
  else
    kel_search_state_set_current (self, (self->current + (forward ? 1 : n - 1)) % n);
}

/**
 * kel_search_state_get_status:
 * Returns: what the search bar says: "4 of 17", "5 matches", "No matches",
 *   or "" before a search
 */
const char *
kel_search_state_get_status (KelSearchState *self)
{
  g_return_val_if_fail (KEL_IS_SEARCH_STATE (self), NULL);
  return self->status;
}

static void
kel_search_state_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KelSearchState *self = KEL_SEARCH_STATE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_MATCHES:
      g_value_set_boxed (value, self->matches);
      break;
    case PROP_VIA_TERM:
      g_value_set_object (value, self->via_term);
      break;
    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kel_search_state_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KelSearchState *self = KEL_SEARCH_STATE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kel_search_state_set_document (self, g_value_get_object (value));
      break;
    case PROP_ACTIVE:
      kel_search_state_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_CURRENT:
      kel_search_state_set_current (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kel_search_state_finalize (GObject *object)
{
  KelSearchState *self = KEL_SEARCH_STATE (object);

  g_clear_object (&self->document);
  g_array_unref (self->matches);
  g_free (self->query);
  g_free (self->status);
  G_OBJECT_CLASS (kel_search_state_parent_class)->finalize (object);
}

static void
kel_search_state_class_init (KelSearchStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = kel_search_state_get_property;
  object_class->set_property = kel_search_state_set_property;
  object_class->finalize = kel_search_state_finalize;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT, rw);
  properties[PROP_QUERY] = g_param_spec_string ("query", NULL, NULL, NULL, ro);
  properties[PROP_FLAGS] = g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, FALSE, rw);
  properties[PROP_MATCHES] = g_param_spec_boxed ("matches", NULL, NULL, G_TYPE_ARRAY, ro);
  properties[PROP_VIA_TERM] = g_param_spec_object ("via-term", NULL, NULL, KEL_TYPE_TERM, ro);
  properties[PROP_CURRENT] = g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "", ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kel_search_state_init (KelSearchState *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (KelMatch));
  self->current = -1;
  self->status = g_strdup ("");
}
