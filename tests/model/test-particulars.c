/* test-particulars.c — the agreement's particulars, read from the edition
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled agreement: signature date and place, the six parties with
 * their signature blocks, the authentic languages, each rule of the final
 * provisions with the paragraph that states it, the certification, the
 * publisher, FRBR.  Then proof that they come from the edition and not from
 * the program: an edition with other facts shows its own, and one that
 * records none shows none, without failing.
 */
#include <string.h>
#include <sys/wait.h>

#include "kel-particulars.h"
#include "kel-test-util.h"

#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"

static KelDocument *doc;
static const char *kelisim;

static const KelNode *
node (KelDocument *d,
      const char  *eid)
{
  const KelNode *n = eid ? kel_document_lookup_node (d, eid) : NULL;

  g_assert_nonnull (n);
  return n;
}

static void
assert_rule (const KelParticulars *p,
             const char           *concept,
             const char           *label,
             const char           *eid,
             const char           *location)
{
  const KelProvision *provision = kel_particulars_find_provision (p, concept);
  g_autofree char *where = NULL;

  g_assert_nonnull (provision);
  g_assert_cmpstr (provision->label, ==, label);
  g_assert_cmpuint (provision->eids->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (provision->eids, 0), ==, eid);
  where = kel_document_get_location (doc, node (doc, eid), KEL_LANG_KK);
  g_assert_cmpstr (where, ==, location);
}

static void
test_bundled (void)
{
  const KelParticulars *p = kel_document_get_particulars (doc);
  const char *parties[] = { "Қазақстан", "Қытай", "Қырғыз", "Ресей", "Тәжікстан", "Өзбекстан" };
  g_autofree char *date_text = NULL;
  g_autofree char *certification = NULL;

  g_assert_true (kel_document_get_particulars (doc) == p);

  /* signature */
  g_assert_cmpstr (p->date, ==, "2009-06-16");
  g_assert_cmpstr (p->date_name, ==, "signature");
  g_assert_cmpstr (p->date_text, ==, "2009 жылғы 16 маусымда");
  date_text = kel_document_get_node_text (doc, node (doc, p->date_eid));
  g_assert_nonnull (strstr (date_text, p->date_text));
  g_assert_nonnull (p->place);
  g_assert_cmpstr (p->place->label, ==, "Екатеринбург");
  g_assert_cmpstr (p->place->eid, ==, "conclusions__p_1");

  /* the six governments, each with its own signature block */
  g_assert_cmpuint (p->parties->len, ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      const KelEntity *party = g_ptr_array_index (p->parties, i);
      g_autofree char *expected = g_strdup_printf ("conclusions__signature_%u", i + 1);
      g_autofree char *block = kel_document_get_node_text (doc, node (doc, party->eid));

      g_assert_true (g_str_has_prefix (party->label, parties[i]));
      g_assert_true (g_str_has_suffix (party->label, "Үкіметі"));
      g_assert_cmpstr (party->eid, ==, expected);
      g_assert_true (g_str_has_prefix (block, parties[i]));
    }

  /* done in Russian and Chinese; this Kazakh text is not authoritative */
  g_assert_cmpuint (p->languages->len, ==, 2);
  g_assert_cmpstr (((KelEntity *) g_ptr_array_index (p->languages, 0))->label, ==, "орыс тілі");
  g_assert_cmpstr (((KelEntity *) g_ptr_array_index (p->languages, 1))->label, ==, "қытай тілі");
  g_assert_cmpstr (((KelEntity *) g_ptr_array_index (p->languages, 1))->eid, ==, "conclusions__p_1");
  g_assert_cmpstr (p->language, ==, "kaz");
  g_assert_cmpint (p->authoritative, ==, 0);

  /* the rules, in this order, each where it is stated */
  g_assert_cmpuint (p->provisions->len, ==, 7);
  assert_rule (p, "entryIntoForce", "Күшіне енуі", "art_12__para_1", "12-бап, 1-тармақ");
  assert_rule (p, "duration", "Қолданылу мерзімі", "art_12__para_1", "12-бап, 1-тармақ");
  assert_rule (p, "amendment", "Өзгерістер енгізу", "art_12__para_2", "12-бап, 2-тармақ");
  assert_rule (p, "accession", "Қосылу", "art_12__para_3", "12-бап, 3-тармақ");
  assert_rule (p, "withdrawal", "Шығу", "art_12__para_4", "12-бап, 4-тармақ");
  assert_rule (p, "depositary", "Депозитарий", "art_11__para_1", "11-бап, 1-абзац");
  assert_rule (p, "authenticTexts", "Түпнұсқа мәтіндер", "conclusions__p_1", "Жасалған жері мен күні");
  g_assert_cmpstr (((KelProvision *) g_ptr_array_index (p->provisions, 0))->concept, ==, "entryIntoForce");
  g_assert_cmpuint (kel_particulars_find_provision (p, "depositary")->eids->len, ==, 2);
  /* threat types are concepts too, but not rules */
  g_assert_null (kel_particulars_find_provision (p, "threatInformationCrime"));
  g_assert_null (kel_particulars_find_provision (p, "noSuchConcept"));
  /* the rules' names in the other languages are labels of the edition */
  g_assert_cmpstr (kel_document_get_label (doc, "entryIntoForce", KEL_LANG_RU, NULL), ==, "Вступление в силу");
  g_assert_cmpstr (kel_document_get_label (doc, "withdrawal", KEL_LANG_ZH, NULL), ==, "退出");

  /* certification and publication */
  g_assert_cmpstr (p->certification_eid, ==, "cmp_1");
  certification = kel_document_get_node_text (doc, node (doc, p->certification_eid));
  g_assert_nonnull (strstr (certification, "Ә. Дүйсебаев"));
  g_assert_cmpstr (p->certifier->label, ==, "Ә. Дүйсебаев");
  g_assert_true (g_str_has_prefix (p->certifier_role->label, "Қазақстан Республикасының Ұлттық қауіпсіздік комитеті"));
  g_assert_cmpstr (p->publication_date, ==, "2012-01-01");
  g_assert_true (g_str_has_prefix (p->publisher, "Қазақстан Республикасы Әділет министрлігінің"));
  g_assert_cmpstr (p->publisher_eid, ==, "cmp_2");

  /* FRBR */
  g_assert_cmpstr (p->work, ==, "/akn/int/act/2009-06-16/sco-information-security/!main");
  g_assert_cmpstr (p->expression, ==, "/akn/int/act/2009-06-16/sco-information-security/kaz@/!main");
  g_assert_true (g_str_has_suffix (p->manifestation, ".xml"));
  g_assert_nonnull (p->markup_date);
}

static char *
bundled_text (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (EDITION_RESOURCE, 0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
replace (char       *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  g_assert_cmpuint (g_strv_length (parts), >, 1);
  g_free (text);
  return g_strjoinv (to, parts);
}

/* Change the facts in the edition: the particulars follow. */
static void
test_from_the_edition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KelDocument) other = NULL;
  const KelParticulars *p;
  char *text = bundled_text ();

  text = replace (text, "showAs=\"Екатеринбург\"", "showAs=\"Бішкек\"");
  text = replace (text, "<FRBRdate date=\"2009-06-16\" name=\"signature\"/>", "<FRBRdate date=\"2010-01-02\" name=\"signature\"/>");
  text = replace (text, "<paragraph eId=\"art_12__para_4\" refersTo=\"#withdrawal\">", "<paragraph eId=\"art_12__para_4\">");
  text = replace (text, "<paragraph eId=\"art_9__para_1\">", "<paragraph eId=\"art_9__para_1\" refersTo=\"#withdrawal\">");
  text = replace (text, "<FRBRauthoritative value=\"false\"/>", "");
  bytes = g_bytes_new_take (text, strlen (text));
  other = kel_document_new_from_bytes (bytes, "changed.akn.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  p = kel_document_get_particulars (other);

  g_assert_cmpstr (p->place->label, ==, "Бішкек");
  g_assert_cmpstr (p->date, ==, "2010-01-02");
  g_assert_cmpstr (g_ptr_array_index (kel_particulars_find_provision (p, "withdrawal")->eids, 0), ==, "art_9__para_1");
  g_assert_cmpuint (kel_particulars_find_provision (p, "withdrawal")->eids->len, ==, 1);
  g_assert_cmpint (p->authoritative, ==, -1);
  /* the text's own date no longer matches the recorded one: not claimed */
  g_assert_null (p->date_text);
}

/* An edition that records nothing has empty particulars. */
static void
test_minimal (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR") ? g_getenv ("KELISIM_SOURCE_DIR") : ".",
                                            "tests", "data", "hostile", "minimal.akn.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) minimal = kel_document_new_from_files (file, NULL, &error);
  const KelParticulars *p;

  g_assert_no_error (error);
  p = kel_document_get_particulars (minimal);
  g_assert_null (p->date);
  g_assert_null (p->place);
  g_assert_cmpuint (p->parties->len, ==, 0);
  g_assert_cmpuint (p->provisions->len, ==, 0);
  g_assert_cmpuint (p->languages->len, ==, 0);
  g_assert_null (p->certification_eid);
  g_assert_cmpint (p->authoritative, ==, -1);
}

static int
run_info (const char  *edition,
          char       **out,
          char       **err)
{
  const char *args[] = { "--info", edition ? "--edition" : NULL, edition, NULL };
  KelTestRun run;

  kel_test_run_argv (&run, kelisim, args);
  *out = run.out;
  *err = run.err;
  return run.status;
}

/* kelisim --info: one fact a line, with the eId and location of its source */
static void
test_cli (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;

  if (kelisim == NULL)
    {
      g_test_skip ("no kelisim program given");
      return;
    }
  g_assert_cmpint (run_info (NULL, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "title\tkk\tШанхай ынтымақтастық ұйымына"));
  g_assert_nonnull (strstr (out, "\ntitle\tzh\t上海合作组织成员国保障国际信息安全政府间合作协定\n"));
  g_assert_nonnull (strstr (out, "\ndate\t2009-06-16\tsignature\tconclusions__p_1\t"));
  g_assert_nonnull (strstr (out, "\nplace\tЕкатеринбург\tconclusions__p_1\t"));
  g_assert_nonnull (strstr (out, "\nparty\tӨзбекстан Республикасының Үкіметі\tconclusions__signature_6\tҚолтаңбалар\n"));
  g_assert_nonnull (strstr (out, "\nauthentic-language\tқытай тілі\tconclusions__p_1\t"));
  g_assert_nonnull (strstr (out, "\nrule\tentryIntoForce\tКүшіне енуі\tart_12__para_1\t12-бап, 1-тармақ\n"));
  g_assert_nonnull (strstr (out, "\nrule\twithdrawal\tШығу\tart_12__para_4\t12-бап, 4-тармақ\n"));
  g_assert_nonnull (strstr (out, "\ncertification\tӘ. Дүйсебаев\t"));
  g_assert_nonnull (strstr (out, "\nlanguage\tkaz\tnot authoritative\n"));

  /* an edition that cannot be read: one line, status 1, nothing on stdout */
  g_assert_cmpint (run_info ("/nonexistent/act.xml", &out2, &err2), ==, 1);
  g_assert_cmpstr (out2, ==, "");
  g_assert_nonnull (strstr (err2, "act.xml"));
}

static gboolean
has_cyrillic (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0400 && g_utf8_get_char (p) < 0x0530)
      return TRUE;
  return FALSE;
}

/* Another edition, in English: --info and --resolve give its facts and
 * locations in its own words ("Article 2 Final provisions 2.", "Annex 1"),
 * not in the agreement's Kazakh ones */
static void
test_cli_other_edition (void)
{
  g_autofree char *edition = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "editions",
                                               "agreement.en.akn.xml", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  static const char *resolved[][2] = {
    { "Annex 1", "att_1\tAnnex 1\n" },
    { "annex 1, para 2", "att_1__para_2\tAnnex 1 2.\n" },
    { "1-қосымша, 2-тармақ", "att_1__para_2\tAnnex 1 2.\n" },
    { "art. 2 para 1", "art_2__para_1\tArticle 2 Final provisions 1.\n" },
    { "статья 1, пункт 2", "art_1__para_2\tArticle 1 Purpose 2.\n" },
    { "Article 1 Purpose 2.", "art_1__para_2\tArticle 1 Purpose 2.\n" },
    { "preamble", "preamble_1\tPreamble\n" },
  };

  if (kelisim == NULL)
    {
      g_test_skip ("no kelisim program given");
      return;
    }
  g_assert_cmpint (run_info (edition, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "title\teng\tAgreement between the Governments of North and South"));
  g_assert_nonnull (strstr (out, "\nplace\tRiverton\tconclusions__p_1\tConclusions\n"));
  g_assert_nonnull (strstr (out, "\nrule\tentryIntoForce\tEntry into force\tart_2__para_2\tArticle 2 Final provisions 2.\n"));
  g_assert_nonnull (strstr (out, "\nrule\tdepositary\tDepositary\tart_2__para_1\tArticle 2 Final provisions 1.\n"));
  g_assert_nonnull (strstr (out, "\nlanguage\teng\t"));
  g_assert_false (has_cyrillic (out));

  for (guint i = 0; i < G_N_ELEMENTS (resolved); i++)
    {
      g_auto(KelTestRun) run = { 0 };

      kel_test_run (&run, kelisim, "--edition", edition, "--resolve", resolved[i][0], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, resolved[i][1]);
    }
  {
    g_auto(KelTestRun) run = { 0 };

    kel_test_run (&run, kelisim, "--edition", edition, "--resolve", "Article 9", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kel_test_init (&argc, &argv);
  kelisim = argc > 1 ? argv[1] : NULL;

  doc = kel_test_load_bundled ();

  g_test_add_func ("/particulars/bundled", test_bundled);
  g_test_add_func ("/particulars/from-the-edition", test_from_the_edition);
  g_test_add_func ("/particulars/minimal", test_minimal);
  g_test_add_func ("/particulars/cli", test_cli);
  g_test_add_func ("/particulars/cli-other-edition", test_cli_other_edition);

  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
