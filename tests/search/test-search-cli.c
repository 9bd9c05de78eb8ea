/* test-search-cli.c — `kelisim --search QUERY`, run as a script runs it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   test-search-cli /path/to/kelisim
 *
 * One line per hit, "eId<TAB>location<TAB>snippet", as many as the model
 * finds; status 1 and one line on stderr when nothing matches.
 */
#include <string.h>
#include <sys/wait.h>

#include "kel-document.h"
#include "kel-search.h"
#include "kel-test-util.h"

static const char *kelisim;
static KelDocument *doc;

typedef struct
{
  char **lines;   /* stdout, split at "\n", without the empty last one */
  char  *err;
  int    status;
} Result;

static void
result_clear (Result *r)
{
  g_strfreev (r->lines);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
run_search (Result     *r,
            const char *query,
            const char *flag)
{
  const char *args[] = { "--search", query, flag, NULL };
  KelTestRun run;
  g_autofree char *out = NULL;

  kel_test_run_argv (&run, kelisim, args);
  out = run.out;
  r->err = run.err;
  r->status = run.status;
  if (g_str_has_suffix (out, "\n"))
    out[strlen (out) - 1] = '\0';
  r->lines = *out ? g_strsplit (out, "\n", -1) : g_new0 (char *, 1);
}

static void
assert_lines_match_model (Result         *r,
                          const char     *query,
                          KelSearchFlags  flags)
{
  g_autoptr(GArray) matches = kel_document_search (doc, query, flags, NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpuint (g_strv_length (r->lines), ==, matches->len);
  for (guint i = 0; r->lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (r->lines[i], "\t", -1);
      const KelMatch *m = &g_array_index (matches, KelMatch, i);
      const KelNode *node;
      g_autofree char *location = NULL;

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      node = kel_document_lookup_node (doc, fields[0]);
      g_assert_nonnull (node);
      g_assert_cmpuint (node->start, <=, m->start);
      g_assert_cmpuint (m->end, <=, node->end);
      location = kel_document_get_location (doc, node, KEL_LANG_KK);
      g_assert_cmpstr (fields[1], ==, location);
      g_assert_cmpstr (fields[2], !=, "");
    }
}

static void
test_hits (void)
{
  g_auto(Result) r;

  run_search (&r, "ақпараттық соғыс", NULL);
  assert_lines_match_model (&r, "ақпараттық соғыс", KEL_SEARCH_DEFAULT);
  g_assert_cmpuint (g_strv_length (r.lines), ==, 5);
  g_assert_cmpstr (r.lines[0], ==,
                   "art_2__para_1__list_1__point_1\t2-бап, 1-тармақша\t"
                   "1. Ақпараттық қаруды әзірлеу және қолдану, ақпараттық соғысты дайындау және жүргізу;");
  g_assert_cmpstr (r.lines[1], ==,
                   "att_1__definition_2\t1-қосымша, «ақпараттық соғыс»\t"
                   "«ақпараттық соғыс» - ақпараттық жүйелерге, процестер мен…");
}

static void
test_russian_label (void)
{
  g_auto(Result) r;

  run_search (&r, "информационной войны", NULL);
  assert_lines_match_model (&r, "информационной войны", KEL_SEARCH_DEFAULT);
  g_assert_cmpuint (g_strv_length (r.lines), ==, 5);
}

static void
test_flags (void)
{
  g_auto(Result) whole;
  g_auto(Result) exact;

  run_search (&whole, "ақпарат", "--whole-word");
  assert_lines_match_model (&whole, "ақпарат", KEL_SEARCH_WHOLE_WORD);
  run_search (&exact, "ресурстарды", "--exact");
  assert_lines_match_model (&exact, "ресурстарды", KEL_SEARCH_EXACT_FORM);
}

static void
test_no_hit (void)
{
  g_auto(Result) r;

  run_search (&r, "жоқсөзқұрама", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpuint (g_strv_length (r.lines), ==, 0);
  g_assert_true (g_str_has_prefix (r.err, "kelisim: "));
  g_assert_nonnull (strstr (r.err, "жоқсөзқұрама"));
  /* one line */
  g_assert_true (strchr (r.err, '\n') == r.err + strlen (r.err) - 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kel_test_init (&argc, &argv);
  if (argc < 2)
    {
      g_printerr ("usage: test-search-cli /path/to/kelisim\n");
      return 2;
    }
  kelisim = argv[1];

  doc = kel_test_load_bundled ();

  g_test_add_func ("/search-cli/hits", test_hits);
  g_test_add_func ("/search-cli/russian-label", test_russian_label);
  g_test_add_func ("/search-cli/flags", test_flags);
  g_test_add_func ("/search-cli/no-hit", test_no_hit);

  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
