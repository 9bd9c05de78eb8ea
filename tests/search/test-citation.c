/* test-citation.c — "Copy citation": the quoted text and its pinpoint in the
 * three citation styles, and the link form
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "kel-citation.h"
#include "kel-document.h"
#include "kel-test-util.h"

static KelDocument *doc;

static const KelNode *
node (const char *eid)
{
  const KelNode *n = kel_document_lookup_node (doc, eid);

  g_assert_nonnull (n);
  return n;
}

/* The character range of @needle inside the text of node @eid. */
static void
range_in (const char *eid,
          const char *needle,
          guint      *start,
          guint      *end)
{
  const KelNode *n = node (eid);
  g_autofree char *text = kel_document_get_node_text (doc, n);
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  *start = n->start + (guint) g_utf8_pointer_to_offset (text, p);
  *end = *start + (guint) g_utf8_strlen (needle, -1);
}

static void
assert_cite (guint       start,
             guint       end,
             KelLang     style,
             const char *expected)
{
  g_autofree char *citation = kel_document_cite (doc, start, end, style);

  g_assert_cmpstr (citation, ==, expected);
}

static void
test_short_titles (void)
{
  KelStatus status = KEL_STATUS_MISSING;

  g_assert_cmpstr (kel_document_get_label (doc, "docType", KEL_LANG_KK, &status), ==, "Келісім");
  g_assert_cmpint (status, ==, KEL_STATUS_OFFICIAL);
  g_assert_cmpstr (kel_document_get_label (doc, "docType", KEL_LANG_RU, &status), ==, "Соглашение");
  g_assert_cmpint (status, ==, KEL_STATUS_CHECKED);
  g_assert_cmpstr (kel_document_get_label (doc, "docType", KEL_LANG_ZH, &status), ==, "协定");
  g_assert_cmpint (status, ==, KEL_STATUS_CHECKED);
  g_assert_null (kel_document_get_label (doc, "noSuchLabel", KEL_LANG_RU, &status));
  g_assert_cmpint (status, ==, KEL_STATUS_MISSING);
  g_assert_cmpstr (kel_document_get_short_title (doc), ==, "Келісім");
}

/* Article 3's closing paragraph, unnumbered: the second "абзац". */
static void
test_whole_paragraph (void)
{
  const KelNode *n = node ("art_3__para_2");
  g_autofree char *link = kel_document_cite_link (doc, n->start, n->end);

  assert_cite (n->start, n->end, KEL_LANG_KK,
               "«Тараптар немесе Тараптар мемлекеттерінің құзыретті органдары өзара "
               "уағдаластық бойынша ынтымақтастықтың басқа да бағыттарын айқындауы мүмкін.» "
               "(Келісім, 3-бап, 2-абзац)");
  assert_cite (n->start, n->end, KEL_LANG_RU,
               "«Тараптар немесе Тараптар мемлекеттерінің құзыретті органдары өзара "
               "уағдаластық бойынша ынтымақтастықтың басқа да бағыттарын айқындауы мүмкін.» "
               "(Соглашение, статья 3, абзац 2)");
  assert_cite (n->start, n->end, KEL_LANG_ZH,
               "“Тараптар немесе Тараптар мемлекеттерінің құзыретті органдары өзара "
               "уағдаластық бойынша ынтымақтастықтың басқа да бағыттарын айқындауы мүмкін.”"
               "（协定第三条第二款）");
  g_assert_cmpstr (link, ==, "kelisim:art_3__para_2");
  g_assert_true (kel_document_get_range_node (doc, n->start, n->end) == n);
}

/* A selection inside the second block of Article 5, paragraph 2. */
static void
test_selection (void)
{
  guint start, end;
  g_autofree char *link = NULL;

  range_in ("art_5__para_2", "жарты жылда бір рет", &start, &end);
  assert_cite (start, end, KEL_LANG_KK, "«жарты жылда бір рет» (Келісім, 5-бап, 2-тармақ)");
  assert_cite (start, end, KEL_LANG_RU, "«жарты жылда бір рет» (Соглашение, статья 5, пункт 2)");
  assert_cite (start, end, KEL_LANG_ZH, "“жарты жылда бір рет”（协定第五条第二款）");
  link = kel_document_cite_link (doc, start, end);
  g_assert_cmpstr (link, ==, "kelisim:art_5__para_2");

  /* whitespace at the ends of a selection is not quoted */
  assert_cite (start - 1, end + 1, KEL_LANG_KK, "«жарты жылда бір рет» (Келісім, 5-бап, 2-тармақ)");
}

/* A numbered paragraph of three blocks: the number goes, the line breaks
 * become spaces; a cursor cites the paragraph it is in. */
static void
test_numbered_paragraph (void)
{
  const KelNode *n = node ("art_5__para_2");
  g_autofree char *kk = kel_document_cite (doc, n->start, n->end, KEL_LANG_KK);
  g_autofree char *cursor = NULL;
  guint start, end;

  g_assert_true (g_str_has_prefix (kk, "«Осы Келісімді орындау, ақпарат алмасу,"));
  g_assert_true (g_str_has_suffix (kk, "бастамашылық ете алады.» (Келісім, 5-бап, 2-тармақ)"));
  g_assert_null (strchr (kk, '\n'));
  g_assert_nonnull (strstr (kk, "өткізіп тұрады. Кезекті консультациялар"));

  range_in ("art_5__para_2", "Кезекті", &start, &end);
  cursor = kel_document_cite (doc, start, start, KEL_LANG_KK);
  g_assert_cmpstr (cursor, ==, kk);
}

static void
test_list_item_and_definition (void)
{
  const KelNode *item = node ("art_2__para_1__list_1__point_1");
  const KelNode *def = node ("att_1__definition_2");
  g_autofree char *kk = kel_document_cite (doc, def->start, def->end, KEL_LANG_KK);
  g_autofree char *zh = kel_document_cite (doc, def->start, def->end, KEL_LANG_ZH);

  assert_cite (item->start, item->end, KEL_LANG_KK,
               "«Ақпараттық қаруды әзірлеу және қолдану, ақпараттық соғысты дайындау және жүргізу;» "
               "(Келісім, 2-бап, 1-тармақша)");
  assert_cite (item->start, item->end, KEL_LANG_RU,
               "«Ақпараттық қаруды әзірлеу және қолдану, ақпараттық соғысты дайындау және жүргізу;» "
               "(Соглашение, статья 2, подпункт 1)");
  assert_cite (item->start, item->end, KEL_LANG_ZH,
               "“Ақпараттық қаруды әзірлеу және қолдану, ақпараттық соғысты дайындау және жүргізу;”"
               "（协定第二条第一项）");

  /* quotes inside the quotation become inner quotes */
  g_assert_true (g_str_has_prefix (kk, "«„ақпараттық соғыс“ - ақпараттық жүйелерге,"));
  g_assert_true (g_str_has_suffix (kk, "(Келісім, 1-қосымша, «ақпараттық соғыс»)"));
  g_assert_true (g_str_has_prefix (zh, "“«ақпараттық соғыс» - ақпараттық жүйелерге,"));
  g_assert_true (g_str_has_suffix (zh, "（协定附件一“信息战”）"));
}

/* A selection across two articles has no pinpoint. */
static void
test_across_articles (void)
{
  const KelNode *a = node ("art_3__para_2");
  const KelNode *b = node ("art_4__para_1");
  g_autofree char *citation = kel_document_cite (doc, a->start, b->end, KEL_LANG_RU);
  g_autofree char *link = kel_document_cite_link (doc, a->start, b->end);

  g_assert_null (kel_document_get_range_node (doc, a->start, b->end));
  g_assert_true (g_str_has_suffix (citation, "» (Соглашение)"));
  g_assert_null (link);
  /* two paragraphs of one article: the article */
  g_assert_true (kel_document_get_range_node (doc, node ("art_3__para_1")->start, a->end) == node ("art_3"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kel_test_init (&argc, &argv);

  doc = kel_test_load_bundled ();

  g_test_add_func ("/citation/short-titles", test_short_titles);
  g_test_add_func ("/citation/whole-paragraph", test_whole_paragraph);
  g_test_add_func ("/citation/selection", test_selection);
  g_test_add_func ("/citation/numbered-paragraph", test_numbered_paragraph);
  g_test_add_func ("/citation/list-item-and-definition", test_list_item_and_definition);
  g_test_add_func ("/citation/across-articles", test_across_articles);

  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
