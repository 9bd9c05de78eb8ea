/* test-search-state.c — the window's one search: what the bar writes and
 * the window reads (KelSearchState), without a display
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-search-state.h"

static KelDocument *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_bundled (&error);

  g_assert_no_error (error);
  return doc;
}

/* Records the order of the notifications, as "matches,current,..." */
static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GString    *log)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "matches") || g_str_equal (name, "current") || g_str_equal (name, "active"))
    g_string_append_printf (log, "%s%s", log->len ? "," : "", name);
}

/* Before a search there is nothing to show, and nothing says anything. */
static void
test_empty (void)
{
  g_autoptr(KelSearchState) search = kel_search_state_new ();

  g_assert_false (kel_search_state_get_active (search));
  g_assert_null (kel_search_state_get_query (search));
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, ==, 0);
  g_assert_cmpint (kel_search_state_get_current (search), ==, -1);
  g_assert_cmpstr (kel_search_state_get_status (search), ==, "");

  /* searching with no edition to search finds nothing and says so */
  kel_search_state_search (search, "ақпарат", KEL_SEARCH_DEFAULT);
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, ==, 0);
  g_assert_cmpstr (kel_search_state_get_status (search), ==, "No matches");
  kel_search_state_step (search, TRUE);
  g_assert_cmpint (kel_search_state_get_current (search), ==, -1);
}

/* A search: the matches, then the current one as the reader steps. */
static void
test_search_and_step (void)
{
  g_autoptr(KelDocument) doc = bundled ();
  g_autoptr(KelSearchState) search = kel_search_state_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *status = NULL;
  guint n;

  kel_search_state_set_document (search, doc);
  kel_search_state_set_active (search, TRUE);
  g_signal_connect (search, "notify", G_CALLBACK (on_notify), log);
  kel_search_state_search (search, "СОҒЫС", KEL_SEARCH_DEFAULT);
  g_assert_cmpstr (log->str, ==, "matches");
  n = kel_search_state_get_matches (search)->len;
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpint (kel_search_state_get_current (search), ==, -1);
  g_assert_cmpstr (kel_search_state_get_status (search), ==, "5 matches");
  g_assert_null (kel_search_state_get_via_term (search));

  kel_search_state_set_current (search, 1);
  g_assert_cmpstr (kel_search_state_get_status (search), ==, "2 of 5");
  /* the same match again is notified again: the window shows it again */
  g_string_truncate (log, 0);
  kel_search_state_set_current (search, 1);
  g_assert_cmpstr (log->str, ==, "current");

  /* past the last: the last; steps wrap around the text */
  kel_search_state_set_current (search, 99);
  g_assert_cmpint (kel_search_state_get_current (search), ==, 4);
  kel_search_state_step (search, TRUE);
  g_assert_cmpint (kel_search_state_get_current (search), ==, 0);
  kel_search_state_step (search, FALSE);
  g_assert_cmpint (kel_search_state_get_current (search), ==, 4);
  g_object_get (search, "status", &status, NULL);
  g_assert_cmpstr (status, ==, "5 of 5");

  /* the matches are in text order */
  for (guint i = 1; i < n; i++)
    g_assert_cmpuint (g_array_index (kel_search_state_get_matches (search), KelMatch, i - 1).start, <,
                      g_array_index (kel_search_state_get_matches (search), KelMatch, i).start);
}

/* A Russian label of a term finds the term's occurrences. */
static void
test_via_term (void)
{
  g_autoptr(KelDocument) doc = bundled ();
  g_autoptr(KelSearchState) search = kel_search_state_new ();

  kel_search_state_set_document (search, doc);
  kel_search_state_search (search, "информационной войны", KEL_SEARCH_DEFAULT);
  g_assert_nonnull (kel_search_state_get_via_term (search));
  g_assert_cmpstr (kel_term_get_id (kel_search_state_get_via_term (search)), ==, "informationWar");
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, ==, 5);

  /* a query that is no word of the text */
  kel_search_state_search (search, "zzzz", KEL_SEARCH_EXACT_FORM | KEL_SEARCH_WHOLE_WORD);
  g_assert_null (kel_search_state_get_via_term (search));
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, ==, 0);
  g_assert_cmpstr (kel_search_state_get_status (search), ==, "No matches");
  g_assert_cmpuint (kel_search_state_get_flags (search), ==, KEL_SEARCH_EXACT_FORM | KEL_SEARCH_WHOLE_WORD);

  /* nothing typed: nothing found, nothing said */
  kel_search_state_search (search, "", KEL_SEARCH_DEFAULT);
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, ==, 0);
  g_assert_cmpstr (kel_search_state_get_status (search), ==, "");
}

/* Closing forgets the search (matches first, then active); another edition
 * is searched again only while the search is open. */
static void
test_close_and_document (void)
{
  g_autoptr(KelDocument) doc = bundled ();
  g_autoptr(KelDocument) other = bundled ();
  g_autoptr(KelSearchState) search = kel_search_state_new ();
  g_autoptr(GString) log = g_string_new (NULL);

  kel_search_state_set_document (search, doc);
  kel_search_state_set_active (search, TRUE);
  kel_search_state_search (search, "ақпарат", KEL_SEARCH_DEFAULT);
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, >, 0);

  g_signal_connect (search, "notify", G_CALLBACK (on_notify), log);
  kel_search_state_set_document (search, other);
  g_assert_cmpstr (log->str, ==, "matches");
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, >, 0);

  g_string_truncate (log, 0);
  kel_search_state_set_active (search, FALSE);
  g_assert_cmpstr (log->str, ==, "matches,active");
  g_assert_false (kel_search_state_get_active (search));
  g_assert_null (kel_search_state_get_query (search));
  g_assert_cmpuint (kel_search_state_get_matches (search)->len, ==, 0);
  g_assert_cmpint (kel_search_state_get_current (search), ==, -1);

  g_string_truncate (log, 0);
  kel_search_state_set_document (search, doc);
  g_assert_cmpstr (log->str, ==, "");
  g_assert_true (kel_search_state_get_document (search) == doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/search-state/empty", test_empty);
  g_test_add_func ("/search-state/search-and-step", test_search_and_step);
  g_test_add_func ("/search-state/via-term", test_via_term);
  g_test_add_func ("/search-state/close-and-document", test_close_and_document);
  return g_test_run ();
}
