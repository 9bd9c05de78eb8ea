/* test-resolve.c — "Go to": what a reader types, and the place it leads to
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   test-resolve /path/to/kelisim
 *
 * A table of citations in Kazakh, Russian and Chinese, short and loose
 * forms, terms, links and texts that must lead nowhere; every location
 * Kelisim writes leads back to its place; Chinese numerals; hostile input;
 * and `kelisim --resolve` / `--goto` as a script runs them.
 */
#include <string.h>
#include <sys/wait.h>

#include "kel-error.h"
#include "kel-resolve.h"
#include "kel-term.h"
#include "kel-text.h"
#include "kel-test-util.h"

static const char *kelisim;
static KelDocument *doc;

/* input -> eId it leads to; NULL: it must lead nowhere */
static const struct
{
  const char *text;
  const char *eid;
} table[] = {
  /* Kelisim's own citations, as kel_document_get_location() writes them */
  { "5-бап, 2-тармақ", "art_5__para_2" },
  { "статья 5, пункт 2", "art_5__para_2" },
  { "第五条第二款", "art_5__para_2" },
  { "3-бап", "art_3" },
  { "статья 3", "art_3" },
  { "第三条", "art_3" },
  { "12-бап, 4-тармақ", "art_12__para_4" },
  { "статья 12, пункт 4", "art_12__para_4" },
  { "第十二条第四款", "art_12__para_4" },
  { "1-бап, 2-абзац", "art_1__para_2" },
  { "статья 1, абзац 2", "art_1__para_2" },
  { "3-бап, 5) тармақша", "art_3__para_1__list_1__point_5" },
  { "статья 3, подпункт 5", "art_3__para_1__list_1__point_5" },
  { "第三条第五项", "art_3__para_1__list_1__point_5" },
  { "3-бап, 16) тармақша", "art_3__para_1__list_1__point_16" },
  { "第三条第十六项", "art_3__para_1__list_1__point_16" },
  { "2-қосымша, 3-тармақ", "att_2__threat_3" },
  { "приложение 2, пункт 3", "att_2__threat_3" },
  { "附件二第三项", "att_2__threat_3" },
  { "2-қосымша, 5-тармақ (белгілері)", "att_2__threat_5__signs" },
  { "приложение 2, пункт 5 (признаки)", "att_2__threat_5__signs" },
  { "附件二第五项（特征）", "att_2__threat_5__signs" },
  { "2-қосымша, 1-тармақ (қауіп көзі)", "att_2__threat_1__source" },
  { "1-қосымша, «ақпараттық соғыс»", "att_1__definition_2" },
  { "приложение 1, «информационная война»", "att_1__definition_2" },
  { "附件一“信息战”", "att_1__definition_2" },
  { "1-қосымша", "att_1" },
  { "附件二", "att_2" },
  { "Кіріспе", "preamble" },
  { "преамбула", "preamble" },
  { "序言", "preamble" },
  { "Кіріспе, 3-абзац", "recs__rec_2" },
  { "преамбула, абзац 3", "recs__rec_2" },
  { "序言第三段", "recs__rec_2" },
  { "Атауы", "longTitle" },
  { "Қолтаңбалар", "conclusions" },
  { "签字", "conclusions" },
  /* short and loose forms */
  { "5.2", "art_5__para_2" },
  { "5(2)", "art_5__para_2" },
  { "5 (2)", "art_5__para_2" },
  { "art. 5 para 2", "art_5__para_2" },
  { "Art 5(2)", "art_5__para_2" },
  { "article 12, paragraph 3", "art_12__para_3" },
  { "ст. 5 п. 2", "art_5__para_2" },
  { "ст.5 п.2", "art_5__para_2" },
  { "пункт 2 статьи 5", "art_5__para_2" },
  { "СТАТЬЯ 5", "art_5" },
  { "5-баптың 2-тармағы", "art_5__para_2" },
  { "5-бап 2-тармақ", "art_5__para_2" },
  { "5 бап", "art_5" },
  { "3-бап 5)", "art_3__para_1__list_1__point_5" },
  { "3.5", "art_3__para_1__list_1__point_5" },
  { "2.1.4", "art_2__para_1__list_1__point_4" },
  { "ст. 2 пп. 4", "art_2__para_1__list_1__point_4" },
  { "12", "art_12" },
  { "第5条第2款", "art_5__para_2" },
  { "第一条", "art_1" },
  { "２-бап", "art_2" },
  { "annex 2, 3", "att_2__threat_3" },
  { "annex 2 item 5 signs", "att_2__threat_5__signs" },
  { "прил. 2 п. 6", "att_2__threat_6" },
  { "1-қосымша, 2-тармақ", "att_1__definition_2" },
  { "preamble 3", "recs__rec_2" },
  { "signatures 3", "conclusions__signature_3" },
  { "(Келісім, 5-бап, 2-тармақ)", "art_5__para_2" },
  { "«жарты жылда бір рет» (Келісім, 5-бап, 2-тармақ)", "art_5__para_2" },
  { "“每半年一次”（协定第五条第二款）", "art_5__para_2" },
  { "  статья   5 ,  пункт 2  ", "art_5__para_2" },
  { "1-қосымша ақпараттық соғыс", "att_1__definition_2" },
  /* terms, in any language and form: their definition */
  { "ақпараттық соғыс", "att_1__definition_2" },
  { "ақпараттық соғысқа", "att_1__definition_2" },
  { "АҚПАРАТТЫҚ ҚАУІПСІЗДІКТІ", "att_1__definition_1" },
  { "информационной войны", "att_1__definition_2" },
  { "информационная безопасность", "att_1__definition_1" },
  { "信息战", "att_1__definition_2" },
  { "informationWar", "att_1__definition_2" },
  { "соғыс", "att_1__definition_2" },
  { "Ақпараттық терроризм", "att_1__definition_8" },
  /* eIds and links */
  { "art_5__para_2", "art_5__para_2" },
  { "kelisim:art_5__para_2", "art_5__para_2" },
  { "#att_2__threat_5", "att_2__threat_5" },
  { "preamble", "preamble" },
  /* nothing */
  { "", NULL },
  { "   ", NULL },
  { "статья 13", NULL },
  { "13-бап", NULL },
  { "第十三条", NULL },
  { "5-бап, 9-тармақ", NULL },
  { "статья 5, пункт 9", NULL },
  { "第五条第九款", NULL },
  { "art 0", NULL },
  { "3-бап 17)", NULL },
  { "3-қосымша", NULL },
  { "附件三", NULL },
  { "приложение 2, пункт 7", NULL },
  { "2-қосымша, 7-тармақ", NULL },
  { "Кіріспе, 20-абзац", NULL },
  { "5.2.1", NULL },
  { "статья 5 статья 6", NULL },
  { "99999999999999999999", NULL },
  { "kelisim:art_99", NULL },
  { "бап", NULL },
  { "xyzzy", NULL },
  { "ақпараттық", NULL },
  { "война и мир", NULL },
  { "第一百条", NULL },
  { "1-қосымша, «қару-жарақ»", NULL },
  { "?!.,", NULL },
};

static void
test_table (void)
{
  guint n_nothing = 0;

  g_assert_cmpuint (G_N_ELEMENTS (table), >=, 60);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(GError) error = NULL;
      const KelNode *node = kel_document_resolve (doc, table[i].text, NULL, &error);

      g_test_message ("%s -> %s", table[i].text, node ? node->eid : "(nothing)");
      if (table[i].eid == NULL)
        {
          g_assert_null (node);
          g_assert_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND);
          n_nothing++;
        }
      else
        {
          g_assert_no_error (error);
          g_assert_nonnull (node);
          g_assert_cmpstr (node->eid, ==, table[i].eid);
        }
    }
  g_assert_cmpuint (n_nothing, >=, 20);
}

/* Every place Kelisim cites, in each language, leads back to a node with
 * the same location: the outermost one (an article, not its heading). */
static void
test_every_location (void)
{
  guint checked = 0;

  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          g_autofree char *location = kel_document_get_location (doc, node, lang);
          g_autoptr(GError) error = NULL;
          const KelNode *found = kel_document_resolve (doc, location, NULL, &error);
          g_autofree char *back = NULL;

          g_assert_no_error (error);
          g_assert_nonnull (found);
          back = kel_document_get_location (doc, found, lang);
          g_assert_cmpstr (back, ==, location);
          g_assert_cmpuint (found->index, <=, node->index);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 300);
}

static void
test_terms_report_term (void)
{
  KelTerm *term = NULL;
  const KelNode *node;

  node = kel_document_resolve (doc, "информационной войны", &term, NULL);
  g_assert_nonnull (node);
  g_assert_nonnull (term);
  g_assert_cmpstr (kel_term_get_id (term), ==, "informationWar");
  g_assert_true (node == kel_term_get_definition_node (term));

  /* a citation is not a term */
  node = kel_document_resolve (doc, "5-бап", &term, NULL);
  g_assert_cmpstr (node->eid, ==, "art_5");
  g_assert_null (term);
}

static void
test_zh_numbers (void)
{
  const char *end = NULL;

  for (guint n = 1; n <= 999; n++)
    {
      g_autofree char *zh = kel_zh_number (n);

      g_assert_cmpuint (kel_zh_parse_number (zh, &end), ==, n);
      g_assert_cmpint (*end, ==, '\0');
    }
  g_assert_cmpuint (kel_zh_parse_number ("两", NULL), ==, 2);
  g_assert_cmpuint (kel_zh_parse_number ("三条", &end), ==, 3);
  g_assert_cmpstr (end, ==, "条");
  g_assert_cmpuint (kel_zh_parse_number ("条", &end), ==, 0);
  g_assert_cmpuint (kel_zh_parse_number ("", NULL), ==, 0);
}

static void
test_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autofree char *huge = g_strnfill (100000, '5');
  GString *long_text = g_string_new (NULL);

  g_assert_null (kel_document_resolve (doc, NULL, NULL, &error));
  g_assert_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND);
  g_assert_null (kel_document_resolve (doc, "\xff\xfe статья 5", NULL, &error2));
  g_assert_error (error2, KEL_ERROR, KEL_ERROR_NOT_FOUND);
  g_assert_true (g_utf8_validate (error2->message, -1, NULL));
  g_assert_null (kel_document_resolve (doc, huge, NULL, NULL));
  for (guint i = 0; i < 2000; i++)
    g_string_append (long_text, "(((");
  g_assert_null (kel_document_resolve (doc, long_text->str, NULL, NULL));
  g_string_free (long_text, TRUE);
  g_assert_null (kel_document_resolve (doc, "))))((((", NULL, NULL));
  g_assert_null (kel_document_resolve (doc, "第第第条条条", NULL, NULL));
  g_assert_null (kel_document_resolve (doc, "十十十十十十十十十十十十十十十十十十十十十十十十十十十十十条", NULL, NULL));
}

/* -- the command line ------------------------------------------------------ */

static void
test_cli (void)
{
  KelTestRun r = { 0 };
  const char *found[] = { "--resolve", "статья 5, пункт 2", NULL };
  const char *zh[] = { "--resolve", "附件二第五项（特征）", NULL };
  const char *none[] = { "--resolve", "статья 13", NULL };
  const char *bad_edition[] = { "--resolve", "5.2", "--edition", "/nonexistent/act.xml", NULL };

  if (kelisim == NULL)
    {
      g_test_skip ("no kelisim program given");
      return;
    }
  kel_test_run_argv (&r, kelisim, found);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "art_5__para_2\t5-бап, 2-тармақ\n");
  g_assert_cmpstr (r.err, ==, "");
  kel_test_run_clear (&r);

  kel_test_run_argv (&r, kelisim, zh);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "att_2__threat_5__signs\t2-қосымша, 5-тармақ (белгілері)\n");
  kel_test_run_clear (&r);

  kel_test_run_argv (&r, kelisim, none);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "статья 13"));
  /* one line */
  g_assert_true (g_str_has_suffix (r.err, "\n"));
  g_assert_true (strchr (r.err, '\n') == r.err + strlen (r.err) - 1);
  kel_test_run_clear (&r);

  kel_test_run_argv (&r, kelisim, bad_edition);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "act.xml"));
  kel_test_run_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kel_test_init (&argc, &argv);
  kelisim = argc > 1 ? argv[1] : NULL;

  doc = kel_test_load_bundled ();

  g_test_add_func ("/resolve/table", test_table);
  g_test_add_func ("/resolve/every-location", test_every_location);
  g_test_add_func ("/resolve/term", test_terms_report_term);
  g_test_add_func ("/resolve/zh-numbers", test_zh_numbers);
  g_test_add_func ("/resolve/hostile", test_hostile);
  g_test_add_func ("/resolve/cli", test_cli);

  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
