/* test-order.c — the dictionary order of term labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A glossary sorted "alphabetically" must be in the order a reader of the
 * language looks things up in, not in Unicode code point order.
 */
#include <locale.h>
#include <string.h>

#include "kel-document.h"
#include "kel-term.h"
#include "kel-text.h"

static int
strcmp_kk (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  return kel_text_collate (*(const char **) a, *(const char **) b, KEL_LANG_KK);
}

#define assert_before(a, b, lang) \
  G_STMT_START { \
    g_assert_cmpint (kel_text_collate ((a), (b), (lang)), <, 0); \
    g_assert_cmpint (kel_text_collate ((b), (a), (lang)), >, 0); \
  } G_STMT_END

static void
test_kazakh (void)
{
  /* the letters Kazakh adds sit after their base letters */
  assert_before ("а", "ә", KEL_LANG_KK);
  assert_before ("ә", "б", KEL_LANG_KK);
  assert_before ("ақпарат", "әлем", KEL_LANG_KK);
  assert_before ("әлем", "бап", KEL_LANG_KK);
  assert_before ("н", "ң", KEL_LANG_KK);
  assert_before ("ң", "о", KEL_LANG_KK);
  assert_before ("ы", "і", KEL_LANG_KK);
  assert_before ("і", "ь", KEL_LANG_KK);
  assert_before ("ғ", "д", KEL_LANG_KK);
  assert_before ("қ", "л", KEL_LANG_KK);
  assert_before ("ө", "п", KEL_LANG_KK);
  assert_before ("у", "ұ", KEL_LANG_KK);
  assert_before ("ұ", "ү", KEL_LANG_KK);
  assert_before ("х", "һ", KEL_LANG_KK);
  assert_before ("һ", "ц", KEL_LANG_KK);
  /* code point order would put і (U+0456) after я (U+044F) */
  assert_before ("іс", "яғни", KEL_LANG_KK);
  /* case is ignored; a space comes before any letter */
  g_assert_cmpint (kel_text_collate ("Әлем", "әлем", KEL_LANG_KK), !=, 0);
  assert_before ("Әлем", "бап", KEL_LANG_KK);
  assert_before ("аса маңызды", "асаба", KEL_LANG_KK);
  assert_before ("ақпарат", "ақпараттық", KEL_LANG_KK);
  g_assert_cmpint (kel_text_collate ("ақпарат", "ақпарат", KEL_LANG_KK), ==, 0);
}

static void
test_russian (void)
{
  assert_before ("елка", "ёж", KEL_LANG_RU);
  assert_before ("ёж", "жук", KEL_LANG_RU);
  assert_before ("война", "Угроза", KEL_LANG_RU);   /* code points put У before в */
  assert_before ("информационная война", "информационное оружие", KEL_LANG_RU);
  assert_before ("информационная безопасность", "информационная война", KEL_LANG_RU);
}

static void
test_chinese (void)
{
  /* guān < xìn: GB2312 level 1 is in pinyin order */
  assert_before ("关键设施", "信息安全", KEL_LANG_ZH);
  assert_before ("非法使用信息资源", "关键设施", KEL_LANG_ZH);   /* fēi < guān */
  assert_before ("国际信息安全", "未经授权干涉信息资源", KEL_LANG_ZH); /* guó < wèi */
  assert_before ("信息安全", "信息战", KEL_LANG_ZH);             /* ān < zhàn */
  assert_before ("信息", "信息安全", KEL_LANG_ZH);
}

/* The glossary's labels in Kazakh order.  "ақ-" sorts before "ас-" because
 * қ comes before с in the Kazakh alphabet, although U+049B comes after
 * U+0441: so "аса маңызды құрылымдар" follows every "ақпараттық ...", where
 * code point order would put it first. */
static void
test_glossary_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *expected_tail[] = {
    "ақпараттық терроризм",
    "аса маңызды құрылымдар",
    "халықаралық ақпараттық қауіпсіздік",
  };
  GListModel *terms;

  g_assert_no_error (error);
  terms = kel_document_get_terms (doc);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      g_ptr_array_add (labels, (gpointer) kel_term_get_label (term, KEL_LANG_KK));
    }
  g_assert_cmpuint (labels->len, ==, 13);

  g_ptr_array_sort_with_data (labels, (GCompareDataFunc) strcmp_kk, NULL);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, "ақпараттық инфрақұрылым");
  for (guint i = 0; i < G_N_ELEMENTS (expected_tail); i++)
    g_assert_cmpstr (g_ptr_array_index (labels, 10 + i), ==, expected_tail[i]);

  /* what code point order would have said */
  g_assert_cmpint (strcmp ("аса маңызды құрылымдар", "ақпараттық инфрақұрылым"), <, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/order/kazakh", test_kazakh);
  g_test_add_func ("/order/russian", test_russian);
  g_test_add_func ("/order/chinese", test_chinese);
  g_test_add_func ("/order/glossary-labels", test_glossary_labels);
  return g_test_run ();
}
