/* test-order.c — the dictionary order of term labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A glossary sorted "alphabetically" must be in the order a reader of the
 * language looks things up in, not in Unicode code point order.  That order
 * is CLDR's, as ICU's collator implements it (kel-collate.c); where CLDR
 * differs from what this test said before ICU, the test follows CLDR and
 * says why at the case.
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
  /* ё is a letter of its own in the Kazakh alphabet, after е (CLDR's kk
   * tailoring "&Е<ё"), unlike in Russian below */
  assert_before ("е", "ё", KEL_LANG_KK);
  assert_before ("ел", "ёж", KEL_LANG_KK);
  assert_before ("ёж", "жол", KEL_LANG_KK);
}

static void
test_russian (void)
{
  /* Russian dictionaries alphabetise ё as е (Ozhegov's, the Academy's
   * spelling dictionary), and so does CLDR's root order that "ru" uses: ё
   * differs from е at the second level only, after every letter.  This test
   * used to treat ё as a letter after е ("елка" before "ёж"), as the Kazakh
   * alphabet does; nothing in the Russian labels of the termbase has ё, and
   * a Russian reader looks "ёж" up between "ее" and "елка", so CLDR wins. */
  assert_before ("ёж", "елка", KEL_LANG_RU);      /* ж < л, ё read as е */
  assert_before ("ёлка", "ель", KEL_LANG_RU);     /* к < ь */
  assert_before ("е", "ё", KEL_LANG_RU);          /* the second level */
  assert_before ("еда", "ёж", KEL_LANG_RU);      /* д < ж */
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
  /* GB18030 byte order, which this used to compare, put GB2312's level-2
   * hanzi (sorted by radical) after every level-1 one, and GBK's additions
   * before them all; pinyin puts each by its reading */
  assert_before ("亍", "座", KEL_LANG_ZH);   /* chù < zuò; 亍 is level 2 */
  assert_before ("阿", "喆", KEL_LANG_ZH);   /* ā < zhé; 喆 is GBK, 0x86B4 */
}

/* Sort keys order labels as the comparison does. */
static void
test_keys (void)
{
  const char *labels[] = {
    "ақпарат", "Ақпарат", "ақпараттық", "аса маңызды", "әлем", "іс", "яғни",
    "ёж", "елка", "ель", "Угроза", "война", "信息", "信息安全", "关键设施",
    "", "-", "1", "a", "B",
  };

  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      for (guint j = 0; j < G_N_ELEMENTS (labels); j++)
        {
          g_autofree char *x = kel_text_collate_key (labels[i], lang);
          g_autofree char *y = kel_text_collate_key (labels[j], lang);
          int by_key = strcmp (x, y);
          int by_collate = kel_text_collate (labels[i], labels[j], lang);

          if ((by_key < 0) != (by_collate < 0) || (by_key == 0) != (by_collate == 0))
            g_error ("%s vs %s in language %d: key says %d, collate %d",
                     labels[i], labels[j], lang, by_key, by_collate);
        }
}

/* Empty labels sort first; invalid UTF-8 sorts as if each bad byte were
 * U+FFFD, after the letters, without a crash or a warning. */
static void
test_bad_input (void)
{
  const char *invalid = "\xd0\xb0\xff\xfe";   /* "а" and two bytes no UTF-8 has */
  const char *truncated = "\xd3";               /* half of "ә" */
  g_autofree char *key = NULL;

  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    {
      g_assert_cmpint (kel_text_collate ("", "", lang), ==, 0);
      assert_before ("", "а", lang);
      assert_before ("", " ", lang);
      assert_before ("а", invalid, lang);
      g_assert_cmpint (kel_text_collate (invalid, invalid, lang), ==, 0);
      g_assert_cmpint (kel_text_collate (truncated, "\xef\xbf\xbd", lang), ==, 0);
      g_clear_pointer (&key, g_free);
      key = kel_text_collate_key (invalid, lang);
      g_assert_nonnull (key);
      g_clear_pointer (&key, g_free);
      key = kel_text_collate_key ("", lang);
      g_assert_nonnull (key);
    }
  /* a language out of range sorts as Kazakh */
  assert_before ("ы", "і", KEL_N_LANGS);
}

/* Without ICU (KELISIM_COLLATION=fallback stands for a collator ICU cannot
 * open), labels still sort, consistently, by the C library's order, and
 * nothing is printed. */
static void
test_fallback (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("KELISIM_COLLATION", "fallback", TRUE);
      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          g_autofree char *x = kel_text_collate_key ("a", lang);
          g_autofree char *y = kel_text_collate_key ("b", lang);

          assert_before ("a", "b", lang);
          g_assert_cmpint (kel_text_collate ("ақпарат", "ақпарат", lang), ==, 0);
          g_assert_cmpint (strcmp (x, y), <, 0);
          g_assert_cmpint (kel_text_collate ("\xff", "\xff", lang), ==, 0);
        }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static gpointer
sort_in_thread (gpointer data)
{
  const char *labels[] = { "яғни", "іс", "бап", "әлем", "ақпарат" };   /* last first */
  KelLang lang = GPOINTER_TO_INT (data) % KEL_N_LANGS;

  for (guint round = 0; round < 50; round++)
    for (guint i = 0; i + 1 < G_N_ELEMENTS (labels); i++)
      {
        g_autofree char *key = kel_text_collate_key (labels[i], lang);

        if (lang == KEL_LANG_KK && kel_text_collate (labels[i + 1], labels[i], lang) >= 0)
          return GINT_TO_POINTER (FALSE);
      }
  return GINT_TO_POINTER (TRUE);
}

/* Threads that all sort at once, the first time the collators are needed,
 * open each collator once and get the same order. */
static void
test_threads (void)
{
  GThread *threads[6];

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("sort", sort_in_thread, GUINT_TO_POINTER (i));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
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
  g_test_add_func ("/order/keys", test_keys);
  g_test_add_func ("/order/bad-input", test_bad_input);
  g_test_add_func ("/order/fallback", test_fallback);
  g_test_add_func ("/order/threads", test_threads);
  return g_test_run ();
}
