/* test-cli.c — the command line, run as a script would run it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built `kelisim` (its path is the first argument) with no display
 * and checks what it prints and its exit status.  What it prints about the
 * agreement is compared with the model it is built on.
 *
 *   test-cli /path/to/kelisim
 */
#include <string.h>

#include "kel-document.h"
#include "kel-term.h"
#include "kel-test-util.h"

static const char *kelisim;

/* stderr holds exactly one line that starts with "kelisim: " */
static void
assert_one_error_line (const KelTestRun *r)
{
  g_test_message ("stderr: %s", r->err);
  g_assert_true (g_str_has_prefix (r->err, "kelisim: "));
  g_assert_true (g_str_has_suffix (r->err, "\n"));
  g_assert_true (strchr (r->err, '\n') == r->err + strlen (r->err) - 1);
}

static void
test_dump_terms (void)
{
  g_auto(KelTestRun) r;
  g_auto(GStrv) lines = NULL;
  GListModel *terms = kel_document_get_terms (kel_test_bundled ());

  kel_test_run (&r, kelisim, "--dump-terms", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 13 + 1);   /* header, rows, "" */
  g_assert_cmpstr (lines[0], ==, "id\tkk\tru\tzh\toccurrences");
  g_assert_cmpstr (lines[14], ==, "");

  for (guint i = 0; i < 13; i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      g_autofree char *expected = g_strdup_printf ("%s\t%s\t%s\t%s\t%u",
                                                   kel_term_get_id (term),
                                                   kel_term_get_label (term, KEL_LANG_KK),
                                                   kel_term_get_label (term, KEL_LANG_RU),
                                                   kel_term_get_label (term, KEL_LANG_ZH),
                                                   kel_term_get_n_occurrences (term));

      g_assert_cmpstr (lines[i + 1], ==, expected);
    }
  /* Annex 1 order, and the edition's counts (headwords included) */
  g_assert_true (g_str_has_prefix (lines[1], "informationSecurity\tақпараттық қауіпсіздік\t"));
  g_assert_true (g_str_has_prefix (lines[2], "informationWar\t"));
  g_assert_true (g_str_has_suffix (lines[2], "\t5"));
  g_assert_true (g_str_has_prefix (lines[10], "internationalInformationSecurity\t"));
  g_assert_true (g_str_has_suffix (lines[10], "\t21"));
  g_assert_true (g_str_has_prefix (lines[13], "informationSecurityThreat\t"));
}

static void
test_dump_text (void)
{
  g_auto(KelTestRun) r;
  g_auto(GStrv) lines = NULL;
  g_autofree char *expected = g_strconcat (kel_document_get_text (kel_test_bundled (), NULL), "\n", NULL);

  kel_test_run (&r, kelisim, "--dump-text", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_str_has_suffix (r.out, "\n"));
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, 139);
  g_assert_cmpstr (lines[0], ==, kel_document_get_title (kel_test_bundled ()));
  g_assert_true (g_str_has_prefix (lines[0], "Шанхай ынтымақтастық ұйымына"));
  g_assert_true (g_str_has_suffix (lines[0], "туралы КЕЛІСІМ"));
  g_assert_cmpstr (r.out, ==, expected);
}

static void
assert_lookup (const char *query,
               const char *id)
{
  g_auto(KelTestRun) r;
  g_autofree char *prefix = NULL;
  g_autofree char *rest = NULL;
  KelTerm *term = kel_document_lookup_term (kel_test_bundled (), id);

  kel_test_run (&r, kelisim, "--lookup", query, NULL);
  g_assert_cmpint (r.status, ==, 0);
  prefix = g_strdup_printf ("%s\t%s\t", id, kel_term_get_label (term, KEL_LANG_KK));
  if (!g_str_has_prefix (r.out, prefix))
    g_error ("--lookup '%s' printed “%s”, expected a line for %s", query, r.out, id);
  g_assert_true (g_str_has_suffix (r.out, "\n"));
  /* id, Kazakh label, definition: the one source of the definition */
  rest = g_strconcat (kel_term_get_definition (term), "\n", NULL);
  g_assert_cmpstr (r.out + strlen (prefix), ==, rest);
}

static void
test_lookup (void)
{
  assert_lookup ("ақпараттық ресурстарға", "informationResources");
  /* the dictionary form of a label in the plural */
  assert_lookup ("ақпараттық ресурс", "informationResources");
  assert_lookup ("ИНФОРМАЦИОННОЙ ВОЙНЫ", "informationWar");
  assert_lookup ("信息战", "informationWar");
}

static void
test_lookup_nothing (void)
{
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--lookup", "nothing here", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  assert_one_error_line (&r);
  g_assert_nonnull (strstr (r.err, "nothing here"));
}

static void
test_show (void)
{
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--show", "art_2__para_1__list_1__point_2", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "2. ақпараттық терроризм;\n");
}

static void
test_show_unknown (void)
{
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--show", "art_99", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  assert_one_error_line (&r);
  g_assert_nonnull (strstr (r.err, "art_99"));
}

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "hostile", name, NULL);
}

static void
test_edition_not_xml (void)
{
  g_autofree char *path = fixture ("not-xml.txt");
  g_autofree char *where = g_strconcat (path, ":1: ", NULL);
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--edition", path, "--dump-text", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  assert_one_error_line (&r);
  g_assert_nonnull (strstr (r.err, where));
  g_assert_nonnull (strstr (r.err, "not well-formed XML"));
}

/* --edition reads another act marked up in the profile */
static void
test_edition_other_act (void)
{
  g_autofree char *path = fixture ("minimal.akn.xml");
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--edition", path, "--dump-text", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "1-бап\nНегізгі ұғымдар\n1. Тараптар ақпараттық кеңістікте ынтымақтасады.\n");
}

static char *
akn_fixture (const char *name)
{
  return g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "akn", name, NULL);
}

/* Another document's contents, nested, in its own words; its notices on
 * stderr, one line each, and the exit status 0. */
static void
test_dump_contents (void)
{
  g_autofree char *path = akn_fixture ("constructs.akn.xml");
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--edition", path, "--dump-contents", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "part_1\tPart 1 Words used in this Act\n"
                   "part_1__sec_1\t  1. Meanings\n"
                   "part_1__crossHeading_1\t  Duties of keepers\n"
                   "part_1__sec_2\t  2. Pruning\n"
                   "att_1\tSchedule\n"
                   "cmp_1\tPrinted by the orchard board.\n");
  g_assert_nonnull (strstr (r.err, "kelisim: "));
  g_assert_nonnull (strstr (r.err, "<mystery> ×1\n"));
  g_assert_nonnull (strstr (r.err, "href=“#sec_99”)\n"));
}

/* A termbase on its own, one without Kazakh terms. */
static void
test_dump_termbase_alone (void)
{
  g_autofree char *path = akn_fixture ("no-kazakh.tbx");
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--termbase", path, "--dump-terms", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "id\tkk\tru\tzh\tlanguages\n"
                   "orchard\t\t\t\ten, fr: orchard\n"
                   "keeper\t\tсмотритель\t\tru\n");
  g_assert_cmpstr (r.err, ==, "");
}

/* The crash of issue 12: a section without an eId. */
static void
test_show_generated_eid (void)
{
  g_autofree char *path = akn_fixture ("no-eid.akn.xml");
  g_auto(KelTestRun) r;

  kel_test_run (&r, kelisim, "--edition", path, "--show", "sec_1", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "1. Short title\nThis Act may be cited as the Orchard Keeping Act.\n");
}

int
main (int   argc,
      char *argv[])
{
  kel_test_init (&argc, &argv);

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-KELISIM\n", argv[0]);
      return 2;
    }
  kelisim = argv[1];

  g_test_add_func ("/cli/dump-terms", test_dump_terms);
  g_test_add_func ("/cli/dump-contents", test_dump_contents);
  g_test_add_func ("/cli/dump-termbase-alone", test_dump_termbase_alone);
  g_test_add_func ("/cli/show-generated-eid", test_show_generated_eid);
  g_test_add_func ("/cli/dump-text", test_dump_text);
  g_test_add_func ("/cli/lookup", test_lookup);
  g_test_add_func ("/cli/lookup-nothing", test_lookup_nothing);
  g_test_add_func ("/cli/show", test_show);
  g_test_add_func ("/cli/show-unknown", test_show_unknown);
  g_test_add_func ("/cli/edition-not-xml", test_edition_not_xml);
  g_test_add_func ("/cli/edition-other-act", test_edition_other_act);

  return g_test_run ();
}
