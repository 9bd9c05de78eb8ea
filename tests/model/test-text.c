/* test-text.c — words, digits, capitals and Russian stems (kel-text.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Russian stemmer against Snowball's.  Snowball's Russian stemmer
 * (libstemmer) is the reference for kel_ru_stem(), but Kelisim does not link
 * it: the Flatpak would have to build Snowball from sources kept in the
 * tree (no network at build time), for a job that the ~60 lines of
 * kel_ru_stem() do on the vocabulary the app meets.  Instead this test
 * compares the two on that vocabulary: the Russian words of the termbase's
 * labels (terms and threats), every case form of the term labels' nouns and
 * adjectives (what a reader types: "информационной войны"), and the
 * Russian words the other tests use.  For every pair of words, ours gives
 * them one stem exactly when Snowball does.  The stems themselves may
 * differ: ours keeps a double н ("информационн", Snowball "информацион")
 * and stops short of Snowball's verb and participle rules ("доминирующ",
 * Snowball "доминир"); neither changes which words match.
 *
 * Deliberate differences: none at present.  Should one be needed, it goes
 * in `deliberate` below with its reason.
 *
 * The comparison runs when libstemmer was found at build time (Debian:
 * libstemmer-dev, in tools/debian-packages.txt) and says SKIP otherwise;
 * the paradigm test below it runs everywhere.
 */
#include <locale.h>
#include <string.h>

#ifdef HAVE_LIBSTEMMER
#include <libstemmer.h>
#endif

#include "kel-document.h"
#include "kel-term.h"
#include "kel-text.h"
#include "kel-threat.h"

/* The case forms of the term labels' words, one lexeme a line. */
static const char *paradigms[] = {
  "безопасность безопасности безопасностью безопасностей безопасностям безопасностями безопасностях",
  "война войны войне войну войной войною войн войнам войнами войнах",
  "инфраструктура инфраструктуры инфраструктуре инфраструктуру инфраструктурой инфраструктур "
    "инфраструктурам инфраструктурами инфраструктурах",
  "оружие оружия оружию оружием оружии",
  "преступность преступности преступностью",
  "пространство пространства пространству пространством пространстве пространств "
    "пространствам пространствами пространствах",
  "ресурс ресурса ресурсу ресурсом ресурсе ресурсы ресурсов ресурсам ресурсами ресурсах",
  "терроризм терроризма терроризму терроризмом терроризме",
  "структура структуры структуре структуру структурой структур структурам структурами структурах",
  "использование использования использованию использованием использовании использований "
    "использованиям использованиями использованиях",
  "вмешательство вмешательства вмешательству вмешательством вмешательстве вмешательств "
    "вмешательствам вмешательствами вмешательствах",
  "угроза угрозы угрозе угрозу угрозой угроз угрозам угрозами угрозах",
  "информационный информационного информационному информационным информационном информационная "
    "информационной информационную информационною информационное информационные информационных "
    "информационными",
  "важный важного важному важным важном важная важной важную важное важные важных важными",
  "международный международного международному международным международном международная "
    "международной международную международное международные международных международными",
  "неправомерный неправомерного неправомерному неправомерным неправомерном неправомерная "
    "неправомерной неправомерную неправомерное неправомерные неправомерных неправомерными",
  "несанкционированный несанкционированного несанкционированному несанкционированным "
    "несанкционированном несанкционированная несанкционированной несанкционированную "
    "несанкционированное несанкционированные несанкционированных несанкционированными",
};

#ifdef HAVE_LIBSTEMMER
/* Russian words of the other tests (test-resolve, test-akn, test-citation,
 * test-edition, test-particulars). */
static const char *test_words =
  "информационной войны война и мир смотритель соглашение статья пункт приложение "
  "вступление в силу";

/* Pairs of words on which ours may deliberately disagree with Snowball,
 * with the reason, before the empty pair that ends the list: none so far. */
static const char *deliberate[][2] = {
  { "", "" },
};

static void
add_words (GHashTable *vocabulary,
           const char *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return;
  folded = kel_text_fold (text);
  words = kel_text_split_words (folded, KEL_TEXT_HYPHENS_SPLIT);
  for (guint i = 0; words[i]; i++)
    g_hash_table_add (vocabulary, g_strdup (words[i]));
}

/* Every Russian word this test knows, folded, sorted. */
static GPtrArray *
vocabulary (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *terms, *threats;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer word;

  g_assert_no_error (error);
  terms = kel_document_get_terms (doc);
  threats = kel_document_get_threats (doc);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      add_words (set, kel_term_get_label (term, KEL_LANG_RU));
    }
  for (guint i = 0; i < g_list_model_get_n_items (threats); i++)
    {
      g_autoptr(KelThreat) threat = g_list_model_get_item (threats, i);
      add_words (set, kel_threat_get_label (threat, KEL_LANG_RU));
    }
  for (guint i = 0; i < G_N_ELEMENTS (paradigms); i++)
    add_words (set, paradigms[i]);
  add_words (set, test_words);

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      g_ptr_array_add (words, word);
      g_hash_table_iter_steal (&iter);
    }
  g_ptr_array_sort (words, (GCompareFunc) g_strcmp0);
  return words;
}
#endif

/* Each lexeme's forms share one stem, and no two lexemes share one: a
 * reader who types any case of a label's word finds the label. */
static void
test_ru_paradigms (void)
{
  g_autoptr(GHashTable) owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paradigms); i++)
    {
      g_auto(GStrv) forms = g_strsplit (paradigms[i], " ", -1);
      g_autofree char *stem = kel_ru_stem (forms[0]);
      const char *other;

      for (guint k = 1; forms[k]; k++)
        {
          g_autofree char *s = kel_ru_stem (forms[k]);

          if (!g_str_equal (s, stem))
            g_error ("“%s” gives the stem “%s”, “%s” gives “%s”", forms[0], stem, forms[k], s);
        }
      other = g_hash_table_lookup (owner, stem);
      if (other != NULL)
        g_error ("“%s” and “%s” share the stem “%s”", other, forms[0], stem);
      g_hash_table_insert (owner, g_strdup (stem), (gpointer) paradigms[i]);
    }
}

static void
test_ru_snowball (void)
{
#ifdef HAVE_LIBSTEMMER
  g_autoptr(GPtrArray) words = vocabulary ();
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func (g_free);
  struct sb_stemmer *snowball = sb_stemmer_new ("russian", "UTF_8");
  g_autoptr(GString) report = g_string_new (NULL);

  g_assert_nonnull (snowball);
  g_assert_cmpuint (words->len, >, 150);
  for (guint i = 0; i < words->len; i++)
    {
      const char *w = words->pdata[i];
      const sb_symbol *s = sb_stemmer_stem (snowball, (const sb_symbol *) w, strlen (w));

      g_assert_nonnull (s);
      g_ptr_array_add (ours, kel_ru_stem (w));
      g_ptr_array_add (theirs, g_strndup ((const char *) s, sb_stemmer_length (snowball)));
    }
  sb_stemmer_delete (snowball);

  for (guint i = 0; i < words->len; i++)
    for (guint j = i + 1; j < words->len; j++)
      {
        gboolean same_ours = g_str_equal (ours->pdata[i], ours->pdata[j]);
        gboolean same_theirs = g_str_equal (theirs->pdata[i], theirs->pdata[j]);
        gboolean allowed = FALSE;

        if (same_ours == same_theirs)
          continue;
        for (guint k = 0; *deliberate[k][0] != '\0'; k++)
          allowed |= (g_str_equal (deliberate[k][0], words->pdata[i])
                      && g_str_equal (deliberate[k][1], words->pdata[j]));
        if (!allowed)
          g_string_append_printf (report, "\n  %s (%s, Snowball %s) and %s (%s, Snowball %s)",
                                  (char *) words->pdata[i], (char *) ours->pdata[i],
                                  (char *) theirs->pdata[i], (char *) words->pdata[j],
                                  (char *) ours->pdata[j], (char *) theirs->pdata[j]);
      }
  if (report->len > 0)
    g_error ("kel_ru_stem() and Snowball disagree on whether these share a stem:%s", report->str);
  g_test_message ("%u Russian words, one stem for the same pairs as Snowball's", words->len);
#else
  g_test_skip ("libstemmer was not found at build time (Debian: libstemmer-dev)");
#endif
}

static void
test_split_words (void)
{
  g_auto(GStrv) joined = kel_text_split_words ("-әлеуметтік-экономикалық- даму, 5-бап", KEL_TEXT_HYPHENS_JOIN);
  g_auto(GStrv) split = kel_text_split_words ("-әлеуметтік-экономикалық- даму, 5-бап", KEL_TEXT_HYPHENS_SPLIT);
  g_auto(GStrv) none = kel_text_split_words (" -- , ", KEL_TEXT_HYPHENS_JOIN);
  const char *expect_joined[] = { "әлеуметтік-экономикалық", "даму", "5-бап", NULL };
  const char *expect_split[] = { "әлеуметтік", "экономикалық", "даму", "5", "бап", NULL };

  g_assert_cmpstrv (joined, expect_joined);
  g_assert_cmpstrv (split, expect_split);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_has_digit (void)
{
  g_assert_true (kel_text_has_digit ("5-бап"));
  g_assert_true (kel_text_has_digit ("٣"));          /* an Arabic-Indic three */
  g_assert_false (kel_text_has_digit ("бап"));
  g_assert_false (kel_text_has_digit (""));
  g_assert_false (kel_text_has_digit ("\xff\xfe"));  /* not UTF-8: no digit, no crash */
}

static void
test_capitalise (void)
{
  const char *cases[][2] = {
    { "статья 3", "Статья 3" },
    { "приложение 2, пункт 5", "Приложение 2, пункт 5" },
    { "әлем", "Әлем" },
    { "Статья 3", "Статья 3" },
    { "3-бап", "3-бап" },
    { "", "" },
    { "\xff", "\xff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = kel_text_capitalise (cases[i][0]);
      g_assert_cmpstr (got, ==, cases[i][1]);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/split-words", test_split_words);
  g_test_add_func ("/text/has-digit", test_has_digit);
  g_test_add_func ("/text/capitalise", test_capitalise);
  g_test_add_func ("/text/ru-stem/paradigms", test_ru_paradigms);
  g_test_add_func ("/text/ru-stem/snowball", test_ru_snowball);
  return g_test_run ();
}
