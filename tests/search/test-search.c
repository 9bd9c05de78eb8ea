/* test-search.c — the search rules, on small strings and on the agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each matching rule of kel-search.h has a test on a short string
 * (kel_search_text()) and, where the agreement has a case of it, one on the
 * bundled agreement (kel_document_search()), asserting what a reader would
 * see: how many hits, and which words they are.
 */
#include <string.h>

#include "kel-document.h"
#include "kel-search.h"
#include "kel-term.h"
#include "kel-text.h"
#include "kel-test-util.h"

static KelDocument *doc;

/* -- helpers -------------------------------------------------------------- */

static guint
count_in (const char     *text,
          const char     *query,
          KelSearchFlags  flags)
{
  g_autoptr(GArray) matches = kel_search_text (text, query, flags);

  return matches->len;
}

/* The matched parts of @text, joined by "|". */
static char *
hits_in (const char     *text,
         const char     *query,
         KelSearchFlags  flags)
{
  g_autoptr(GArray) matches = kel_search_text (text, query, flags);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < matches->len; i++)
    {
      const KelMatch *m = &g_array_index (matches, KelMatch, i);
      const char *a = g_utf8_offset_to_pointer (text, m->start);
      const char *b = g_utf8_offset_to_pointer (text, m->end);

      g_ptr_array_add (parts, g_strndup (a, b - a));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("|", (char **) parts->pdata);
}

static GArray *
search (const char     *query,
        KelSearchFlags  flags,
        KelTerm       **via)
{
  return kel_document_search (doc, query, flags, via);
}

static guint
count (const char     *query,
       KelSearchFlags  flags)
{
  g_autoptr(GArray) matches = search (query, flags, NULL);

  return matches->len;
}

/* The distinct matched words of the agreement, folded, in a set. */
static GHashTable *
matched_forms (const char     *query,
               KelSearchFlags  flags)
{
  g_autoptr(GArray) matches = search (query, flags, NULL);
  GHashTable *forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const KelMatch *m = &g_array_index (matches, KelMatch, i);
      g_autofree char *text = kel_document_get_range (doc, m->start, m->end);

      g_hash_table_add (forms, kel_text_fold (text));
    }
  return forms;
}

static void
assert_occurrences (GArray  *matches,
                    KelTerm *term)
{
  g_assert_cmpuint (matches->len, ==, kel_term_get_n_occurrences (term));
  for (guint i = 0; i < matches->len; i++)
    {
      const KelMatch *m = &g_array_index (matches, KelMatch, i);
      const KelSpan *span = kel_term_get_occurrence (term, i);

      g_assert_cmpuint (m->start, ==, span->start);
      g_assert_cmpuint (m->end, ==, span->end);
    }
}

/* -- the Kazakh helpers ----------------------------------------------------- */

static void
test_stem (void)
{
  static const struct { const char *word, *stem; } cases[] = {
    { "қауіпсіздік", "қауіпсіздік" },
    { "қауіпсіздікті", "қауіпсіздік" },
    { "қауіпсіздігін", "қауіпсіздік" },
    { "қауіпсіздікке", "қауіпсіздік" },
    { "қауіпсіздігіне", "қауіпсіздік" },
    { "бап", "бап" },
    { "бабында", "бап" },
    { "бапта", "бап" },
    { "бабындағы", "бап" },
    { "ресурстарға", "ресурс" },
    { "ресурстарды", "ресурс" },
    { "ресурстарын", "ресурс" },
    { "мемлекеттердің", "мемлекет" },
    { "соғысқа", "соғыс" },
    { "кеңістіктегі", "кеңістік" },
    { "ақпараттық", "ақпараттық" },  /* -тық makes another word */
    { "ақпаратты", "ақпарат" },
    { "және", "және" },              /* too short to lose "-не" */
    { "2009", "2009" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = kel_kk_stem (cases[i].word);

      g_assert_cmpstr (stem, ==, cases[i].stem);
    }
}

static void
test_inflection (void)
{
  g_assert_true (kel_kk_is_inflection (""));
  g_assert_true (kel_kk_is_inflection ("тарға"));
  g_assert_true (kel_kk_is_inflection ("ында"));
  g_assert_true (kel_kk_is_inflection ("ін"));
  g_assert_true (kel_kk_is_inflection ("лерінің"));
  g_assert_false (kel_kk_is_inflection ("тық"));   /* derivation */
  g_assert_false (kel_kk_is_inflection ("нда"));   /* needs a possessive */
  g_assert_false (kel_kk_is_inflection ("ғатар")); /* wrong order */

  g_assert_cmpuint (kel_kk_match_stem ("бап", "бабында"), ==, strlen ("баб"));
  g_assert_cmpuint (kel_kk_match_stem ("қауіпсіздік", "қауіпсіздігін"), ==, strlen ("қауіпсіздіг"));
  g_assert_cmpuint (kel_kk_match_stem ("бап", "бар"), ==, 0);

  g_assert_true (kel_kk_is_form_of ("ақпаратты", NULL, "ақпарат", NULL));
  g_assert_true (kel_kk_is_form_of ("қауіпсіздігін", NULL, "қауіпсіздікке", NULL));
  g_assert_true (kel_kk_is_form_of ("тұлғаның", NULL, "тұлға", NULL));
  g_assert_false (kel_kk_is_form_of ("ақпараттық", NULL, "ақпарат", NULL));
  g_assert_false (kel_kk_is_form_of ("ақпарат", NULL, "ақпараттық", NULL));
}

/* -- case ----------------------------------------------------------------- */

static void
test_case (void)
{
  static const char *upper = "АӘБВГҒДЕЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
  static const char *lower = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
  g_autofree char *folded = kel_text_fold (upper);

  g_assert_cmpstr (folded, ==, lower);

  /* each letter that Kazakh adds to the Russian alphabet, both ways */
  for (const char *u = "ӘҒҚҢӨҰҮҺІ", *l = "әғқңөұүһі"; *u; u = g_utf8_next_char (u), l = g_utf8_next_char (l))
    {
      char a[8] = { 0 }, b[8] = { 0 };
      g_autofree char *upper_word = NULL;
      g_autofree char *lower_word = NULL;
      g_autofree char *text = NULL;

      g_unichar_to_utf8 (g_utf8_get_char (u), a);
      g_unichar_to_utf8 (g_utf8_get_char (l), b);
      upper_word = g_strconcat (a, "ба", NULL);
      lower_word = g_strconcat (b, "ба", NULL);
      text = g_strconcat ("сөз ", upper_word, " сөз", NULL);
      g_assert_cmpuint (count_in (text, lower_word, KEL_SEARCH_DEFAULT), ==, 1);
      g_assert_cmpuint (count_in (lower_word, upper_word, KEL_SEARCH_EXACT_FORM), ==, 1);
    }

  /* on the agreement */
  g_assert_cmpuint (count ("ҚАУІПСІЗДІК", KEL_SEARCH_DEFAULT), ==, count ("қауіпсіздік", KEL_SEARCH_DEFAULT));
  g_assert_cmpuint (count ("ЖАҺАНДЫҚ", KEL_SEARCH_DEFAULT), ==, 2);
  g_assert_cmpuint (count ("ҰЛТТЫҚ", KEL_SEARCH_EXACT_FORM), ==, count ("ұлттық", KEL_SEARCH_EXACT_FORM));
  g_assert_cmpuint (count ("ұлттық", KEL_SEARCH_EXACT_FORM), >, 0);
}

/* -- look-alikes ------------------------------------------------------------ */

static void
test_lookalikes (void)
{
  /* Latin h for Cyrillic һ, and a whole word typed on a Latin layout */
  g_assert_cmpuint (count_in ("Жаһандық кеңістік", "жahандық", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count_in ("ресурстар", "pecypc", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count_in ("ресурс", "pecypc", KEL_SEARCH_EXACT_FORM), ==, 1);
  g_assert_cmpuint (count_in ("тікелей", "тiкелей", KEL_SEARCH_EXACT_FORM), ==, 1);  /* Latin i */
  g_assert_cmpuint (count_in ("НЕМЕСЕ", "HEMECE", KEL_SEARCH_EXACT_FORM), ==, 1);    /* Latin capitals */
  g_assert_cmpuint (count_in ("«сөз»", "\"сөз\"", KEL_SEARCH_DEFAULT), ==, 1);       /* quotes */

  /* on the agreement: "Жаһандық" and "жаһандық", typed with a Latin h */
  g_assert_cmpuint (count ("жahандық", KEL_SEARCH_DEFAULT), ==, 2);
  g_assert_cmpuint (count ("pecypc", KEL_SEARCH_DEFAULT), ==, count ("ресурс", KEL_SEARCH_DEFAULT));
  g_assert_cmpuint (count ("aқпapaттық coғыc", KEL_SEARCH_DEFAULT), ==, 5);
}

/* -- inflection (the default mode) ----------------------------------------- */

static void
test_inflection_small (void)
{
  static const char *text = "қауіпсіздікті қауіпсіздігін қауіпсіздікке бабында бапта ресурстарға ресурстарды";
  g_autofree char *a = hits_in (text, "қауіпсіздік", KEL_SEARCH_DEFAULT);
  g_autofree char *b = hits_in (text, "бап", KEL_SEARCH_DEFAULT);
  g_autofree char *c = hits_in (text, "ресурс", KEL_SEARCH_DEFAULT);
  g_autofree char *d = hits_in (text, "ресурстарға", KEL_SEARCH_DEFAULT);
  g_autofree char *e = hits_in (text, "бабы", KEL_SEARCH_DEFAULT);

  g_assert_cmpstr (a, ==, "қауіпсіздікті|қауіпсіздігін|қауіпсіздікке");
  g_assert_cmpstr (b, ==, "бабында|бапта");
  g_assert_cmpstr (c, ==, "ресурстарға|ресурстарды");
  g_assert_cmpstr (d, ==, "ресурстарға|ресурстарды");
  g_assert_cmpstr (e, ==, "бабында|бапта");

  /* қ/ғ: the stem's last consonant voiced before a vowel */
  g_assert_cmpuint (count_in ("тармағы", "тармақ", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count_in ("тармақ", "тармағында", KEL_SEARCH_DEFAULT), ==, 1);
}

static void
test_inflection_agreement (void)
{
  g_autoptr(GHashTable) security = matched_forms ("қауіпсіздік", KEL_SEARCH_DEFAULT);
  g_autoptr(GHashTable) resource = matched_forms ("ресурс", KEL_SEARCH_DEFAULT);
  g_autoptr(GHashTable) resource_dat = matched_forms ("ресурстарға", KEL_SEARCH_DEFAULT);
  g_autoptr(GHashTable) article = matched_forms ("бап", KEL_SEARCH_DEFAULT);

  g_assert_true (g_hash_table_contains (security, "қауіпсіздік"));
  g_assert_true (g_hash_table_contains (security, "қауіпсіздікті"));
  g_assert_true (g_hash_table_contains (security, "қауіпсіздігін"));
  g_assert_true (g_hash_table_contains (security, "қауіпсіздікке"));
  g_assert_true (g_hash_table_contains (resource, "ресурстарға"));
  g_assert_true (g_hash_table_contains (resource_dat, "ресурстарды"));
  g_assert_true (g_hash_table_contains (article, "бабында"));
  g_assert_true (g_hash_table_contains (article, "бапта"));
  g_assert_cmpuint (count ("ресурстарға", KEL_SEARCH_DEFAULT), ==, count ("ресурс", KEL_SEARCH_DEFAULT));
}

/* The index built ahead (when a window's search opens) answers as the one
 * built by the first search does, and building it again changes nothing. */
static void
test_prepare (void)
{
  static const char *queries[] = { "қауіпсіздік", "ресурстарға", "бап", "1", "«", "ақпараттық соғыс" };
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) fresh = kel_document_new_bundled (&error);

  g_assert_no_error (error);
  kel_document_prepare_search (fresh);
  kel_document_prepare_search (fresh);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (KelSearchFlags flags = 0; flags <= (KEL_SEARCH_WHOLE_WORD | KEL_SEARCH_EXACT_FORM); flags++)
      {
        g_autoptr(GArray) ahead = kel_document_search (fresh, queries[q], flags, NULL);
        g_autoptr(GArray) lazily = search (queries[q], flags, NULL);

        g_assert_cmpuint (ahead->len, ==, lazily->len);
        g_assert_cmpuint (ahead->len, >, 0);
        g_assert_cmpmem (ahead->data, ahead->len * sizeof (KelMatch),
                         lazily->data, lazily->len * sizeof (KelMatch));
      }
}

/* -- whole words ------------------------------------------------------------ */

static void
test_whole_word (void)
{
  static const char *text = "ақпараттық ақпаратты ақпарат ақпараттың ресурстарға";
  g_autofree char *whole = hits_in (text, "ақпарат", KEL_SEARCH_WHOLE_WORD);
  g_autofree char *any = hits_in (text, "ақпарат", KEL_SEARCH_DEFAULT);
  g_autoptr(GHashTable) forms = matched_forms ("ақпарат", KEL_SEARCH_WHOLE_WORD);
  GHashTableIter iter;
  const char *form;

  g_assert_cmpstr (whole, ==, "ақпаратты|ақпарат|ақпараттың");
  g_assert_cmpstr (any, ==, "ақпараттық|ақпаратты|ақпарат|ақпараттың");
  g_assert_cmpuint (count_in (text, "ресурс", KEL_SEARCH_WHOLE_WORD), ==, 1);
  g_assert_cmpuint (count_in (text, "ақпараттық", KEL_SEARCH_WHOLE_WORD), ==, 1);

  /* on the agreement: "ақпарат" never inside "ақпараттық" */
  g_assert_cmpuint (g_hash_table_size (forms), >, 0);
  g_assert_true (g_hash_table_contains (forms, "ақпарат"));
  g_assert_true (g_hash_table_contains (forms, "ақпаратты"));
  g_hash_table_iter_init (&iter, forms);
  while (g_hash_table_iter_next (&iter, (gpointer *) &form, NULL))
    g_assert_false (g_str_has_prefix (form, "ақпараттық"));
  g_assert_cmpuint (count ("ақпарат", KEL_SEARCH_WHOLE_WORD), <, count ("ақпарат", KEL_SEARCH_DEFAULT));
  g_assert_cmpuint (count ("бап", KEL_SEARCH_WHOLE_WORD), ==, 17);
}

/* -- exact form --------------------------------------------------------------- */

static void
test_exact_form (void)
{
  static const char *text = "ресурстарға Ресурс ресурс ресурсы";
  g_autofree char *exact = hits_in (text, "ресурс", KEL_SEARCH_EXACT_FORM);
  g_autofree char *both = hits_in (text, "ресурс", KEL_SEARCH_EXACT_FORM | KEL_SEARCH_WHOLE_WORD);
  g_autoptr(GHashTable) forms = matched_forms ("ресурстарды", KEL_SEARCH_EXACT_FORM);

  g_assert_cmpstr (exact, ==, "Ресурс|ресурс");
  g_assert_cmpstr (both, ==, exact);
  g_assert_cmpuint (count ("ресурс", KEL_SEARCH_EXACT_FORM), ==, 0);
  g_assert_cmpuint (g_hash_table_size (forms), ==, 1);
  g_assert_true (g_hash_table_contains (forms, "ресурстарды"));
  g_assert_cmpuint (count ("ақпараттық соғыс", KEL_SEARCH_EXACT_FORM), ==, 2);
}

/* -- phrases, whitespace and punctuation ------------------------------------- */

static void
test_phrase (void)
{
  g_autofree char *across = hits_in ("бұл ақпараттық\n   соғысқа дайындалу", "ақпараттық соғыс", KEL_SEARCH_DEFAULT);
  g_autofree char *quoted = hits_in ("«ақпараттық соғыс» - ақпараттық соғыс", "«ақпараттық соғыс»", KEL_SEARCH_DEFAULT);
  g_autofree char *part = hits_in ("ақпараттық-коммуникациялық технологиялар", "коммуникациялық", KEL_SEARCH_DEFAULT);

  g_assert_cmpstr (across, ==, "ақпараттық\n   соғысқа");
  g_assert_cmpuint (count_in ("ақпараттық соғыс", "  ақпараттық     соғыс ", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count_in ("ақпараттық соғыс", "ақпараттықсоғыс", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count_in ("ақпараттық, соғыс", "ақпараттық соғыс", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count_in ("ақпараттық, соғыс", "ақпараттық , соғыс", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpstr (quoted, ==, "«ақпараттық соғыс»");
  g_assert_cmpstr (part, ==, "коммуникациялық");
  g_assert_cmpuint (count_in ("мүше-мемлекеттер", "мүше мемлекеттер", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count_in ("мүше-мемлекеттер", "мүше-", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count_in ("және (немесе) тиісті", "(немесе)", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count_in ("а) б) в)", ")", KEL_SEARCH_DEFAULT), ==, 3);

  /* on the agreement: the defined term's five occurrences, one of them
   * the quoted headword; a heading read across its line break */
  g_assert_cmpuint (count ("ақпараттық соғыс", KEL_SEARCH_DEFAULT), ==, 5);
  g_assert_cmpuint (count ("«ақпараттық соғыс»", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count ("1-бап негізгі ұғымдар", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count ("мүше-мемлекеттердің", KEL_SEARCH_DEFAULT), ==, 4);
  g_assert_cmpuint (count ("мүше мемлекеттердің", KEL_SEARCH_DEFAULT), ==, 1);
}

static void
test_numbers (void)
{
  g_assert_cmpuint (count_in ("1 10 2009 1-бап", "1", KEL_SEARCH_DEFAULT), ==, 2);
  g_assert_cmpuint (count ("1-бап", KEL_SEARCH_DEFAULT), ==, 1);
  g_assert_cmpuint (count ("2009", KEL_SEARCH_DEFAULT), ==, 2);
}

static void
test_blank (void)
{
  KelTerm *via = (KelTerm *) 1;
  g_autoptr(GArray) none = search (NULL, KEL_SEARCH_DEFAULT, &via);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_null (via);
  g_assert_cmpuint (count ("", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count (" \n\t ", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count ("\xff\xfe", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count ("жоқсөзқұрама", KEL_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count_in ("", "сөз", KEL_SEARCH_DEFAULT), ==, 0);
}

/* -- terms named in Russian or Chinese ---------------------------------------- */

static void
test_terms (void)
{
  KelTerm *war = kel_document_lookup_term (doc, "informationWar");
  static const char *names[] = {
    "информационной войны", "информационная война", "Информационную войну",
    "信息战", "信息 战",
  };
  KelTerm *via = NULL;
  g_autoptr(GArray) kazakh = search ("ақпараттық соғыс", KEL_SEARCH_DEFAULT, &via);

  /* the Kazakh phrase finds the same five places by the text */
  g_assert_null (via);
  assert_occurrences (kazakh, war);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GArray) matches = search (names[i], KEL_SEARCH_WHOLE_WORD, &via);

      g_assert_true (via == war);
      g_assert_cmpuint (matches->len, ==, 5);
      assert_occurrences (matches, war);
    }

  {
    g_autoptr(GArray) matches = search ("угрозы информационной безопасности", KEL_SEARCH_DEFAULT, &via);

    g_assert_true (via == kel_document_lookup_term (doc, "informationSecurityThreat"));
    assert_occurrences (matches, via);
  }
  {
    /* a word of a label is not the label */
    g_autoptr(GArray) matches = search ("войны", KEL_SEARCH_DEFAULT, &via);

    g_assert_null (via);
    g_assert_cmpuint (matches->len, ==, 0);
  }
}

/* -- snippets ---------------------------------------------------------------- */

static void
test_snippet (void)
{
  g_autoptr(GArray) matches = search ("ақпараттық соғыс", KEL_SEARCH_DEFAULT, NULL);
  const KelMatch *first = &g_array_index (matches, KelMatch, 0);
  const KelMatch *fifth = &g_array_index (matches, KelMatch, 4);
  guint hs = 0, he = 0;
  g_autofree char *a = kel_document_get_snippet (doc, first->start, first->end, 40, &hs, &he);
  g_autofree char *a_hl = g_utf8_substring (a, hs, he);
  g_autofree char *b = kel_document_get_snippet (doc, fifth->start, fifth->end, 20, &hs, &he);
  g_autofree char *b_hl = g_utf8_substring (b, hs, he);
  g_autoptr(GArray) all = search ("қауіпсіздік", KEL_SEARCH_DEFAULT, NULL);

  /* the whole point: only "1. " would be left out */
  g_assert_cmpstr (a, ==, "1. Ақпараттық қаруды әзірлеу және қолдану, ақпараттық соғысты дайындау және жүргізу;");
  g_assert_cmpstr (a_hl, ==, "ақпараттық соғысты");
  g_assert_cmpstr (b, ==, "Оның белгілері ақпараттық соғысқа дайындалу, әзірлеу…");
  g_assert_cmpstr (b_hl, ==, "ақпараттық соғысқа");

  for (guint i = 0; i < all->len; i++)
    {
      const KelMatch *m = &g_array_index (all, KelMatch, i);
      g_autofree char *text = kel_document_get_range (doc, m->start, m->end);
      g_autofree char *snippet = kel_document_get_snippet (doc, m->start, m->end, 30, &hs, &he);
      g_autofree char *hl = g_utf8_substring (snippet, hs, he);

      g_assert_null (strchr (snippet, '\n'));
      g_assert_cmpstr (hl, ==, text);
      /* the context, a few characters more rather than a lone "…", and
       * the two "…" */
      g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, g_utf8_strlen (text, -1) + 2 * (30 + 8) + 2);
    }
}

/* -- the glossary filter -------------------------------------------------------- */

static char *
filtered (const char *query)
{
  GListModel *terms = kel_document_get_terms (doc);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);

      if (kel_search_term_matches (term, query))
        g_ptr_array_add (ids, (char *) kel_term_get_id (term));
    }
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static void
test_glossary_filter (void)
{
  g_autofree char *resources = filtered ("ресурстарға");
  g_autofree char *resources_upper = filtered ("РЕСУРСТАРҒА");
  g_autofree char *war = filtered ("соғыс");
  g_autofree char *war_ru = filtered ("войны");
  g_autofree char *war_zh = filtered ("信息战");
  g_autofree char *security_ru = filtered ("безопасности");
  g_autofree char *gaps = filtered ("ақпараттық пайдалану");
  g_autofree char *order = filtered ("пайдалану ақпараттық");
  g_autofree char *prefix = filtered ("ақпараттық кең");
  g_autofree char *nothing = filtered ("жоқсөз");
  g_autofree char *all = filtered ("");
  g_autofree char *blank = filtered ("  ");
  g_auto(GStrv) all_ids = NULL;

  g_assert_cmpstr (resources, ==,
                   "informationResources unlawfulUseOfInformationResources "
                   "unauthorizedInterferenceInInformationResources");
  g_assert_cmpstr (resources_upper, ==, resources);
  g_assert_cmpstr (war, ==, "informationWar");
  g_assert_cmpstr (war_ru, ==, "informationWar");
  g_assert_cmpstr (war_zh, ==, "informationWar");
  g_assert_cmpstr (security_ru, ==,
                   "informationSecurity internationalInformationSecurity informationSecurityThreat");
  g_assert_cmpstr (gaps, ==, "unlawfulUseOfInformationResources");
  g_assert_cmpstr (order, ==, "");
  g_assert_cmpstr (prefix, ==, "informationSpace");
  g_assert_cmpstr (nothing, ==, "");
  all_ids = g_strsplit (all, " ", -1);
  g_assert_cmpuint (g_strv_length (all_ids), ==, 13);
  g_assert_cmpstr (blank, ==, all);

  g_assert_true (kel_search_label_matches ("信息基础设施", KEL_LANG_ZH, "基础"));
  g_assert_false (kel_search_label_matches (NULL, KEL_LANG_RU, ""));
}

/* -- naming a term (--lookup) and finding it agree ------------------------ */

/* One rule for Kazakh words: every form in which the agreement writes a
 * term names that term, in its dictionary form too, and a whole-word
 * search for what names a term finds the place it was taken from. */
static void
test_lookup_agrees (void)
{
  guint n_checked = 0;

  g_assert_true (kel_document_find_term (doc, "ақпараттық ресурс")
                 == kel_document_lookup_term (doc, "informationResources"));
  g_assert_true (kel_document_find_term (doc, "АҚПАРАТТЫҚ РЕСУРСТАРҒА")
                 == kel_document_lookup_term (doc, "informationResources"));
  g_assert_true (kel_document_find_term (doc, "ақпараттық қаруды")
                 == kel_document_lookup_term (doc, "informationWeapon"));
  g_assert_true (kel_document_find_term (doc, "халықаралық ақпараттық қауіпсіздігін")
                 == kel_document_lookup_term (doc, "internationalInformationSecurity"));
  /* another word, not a form: "ақпарат" is not "ақпараттық" */
  g_assert_null (kel_document_find_term (doc, "ақпарат ресурс"));
  g_assert_null (kel_document_find_term (doc, "ақпараттық"));
  g_assert_null (kel_document_find_term (doc, "ақпараттық ресурстар жоқ"));
  {
    /* and a whole-word search finds the term that the lookup names */
    g_autoptr(GArray) matches = search ("ақпараттық ресурс", KEL_SEARCH_WHOLE_WORD, NULL);

    g_assert_cmpuint (matches->len, >, 0);
  }

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      g_autofree char *form = NULL;
      g_autoptr(GArray) matches = NULL;
      KelTerm *named;
      gboolean found = FALSE;

      if (span->kind != KEL_SPAN_TERM || span->term == NULL)
        continue;
      form = kel_document_get_range (doc, span->start, span->end);
      /* the original's own misspellings, kept and marked sic
       * (data/edition/README.md), are no form of the label */
      if (strstr (form, "ақпарттық") || strstr (form, "инфрақұрлым"))
        continue;
      named = kel_document_find_term (doc, form);
      if (named != span->term)
        g_error ("“%s” (at %u) names %s, not %s", form, span->start,
                 named ? kel_term_get_id (named) : "nothing", kel_term_get_id (span->term));
      matches = search (form, KEL_SEARCH_WHOLE_WORD, NULL);
      for (guint k = 0; k < matches->len && !found; k++)
        found = g_array_index (matches, KelMatch, k).start == span->start;
      if (!found)
        g_error ("a whole-word search for “%s” misses it at %u", form, span->start);
      n_checked++;
    }
  g_test_message ("%u occurrences of terms checked", n_checked);
  g_assert_cmpuint (n_checked, >, 50);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kel_test_init (&argc, &argv);

  doc = kel_test_load_bundled ();

  g_test_add_func ("/search/kk/stem", test_stem);
  g_test_add_func ("/search/kk/inflection", test_inflection);
  g_test_add_func ("/search/case", test_case);
  g_test_add_func ("/search/lookalikes", test_lookalikes);
  g_test_add_func ("/search/inflection/small", test_inflection_small);
  g_test_add_func ("/search/inflection/agreement", test_inflection_agreement);
  g_test_add_func ("/search/prepare", test_prepare);
  g_test_add_func ("/search/whole-word", test_whole_word);
  g_test_add_func ("/search/exact-form", test_exact_form);
  g_test_add_func ("/search/phrase", test_phrase);
  g_test_add_func ("/search/numbers", test_numbers);
  g_test_add_func ("/search/blank", test_blank);
  g_test_add_func ("/search/terms", test_terms);
  g_test_add_func ("/search/snippet", test_snippet);
  g_test_add_func ("/search/glossary-filter", test_glossary_filter);
  g_test_add_func ("/search/lookup-agrees", test_lookup_agrees);

  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
