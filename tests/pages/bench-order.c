/* bench-order.c — how long dictionary order takes: the glossary's labels
 * in each term language, and every distinct word of the agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, asserts nothing.  Each figure is the median of several
 * runs of g_ptr_array_sort() over a fresh copy of the strings: comparing
 * labels pair by pair with kel_text_collate(), and computing each label's
 * kel_text_collate_key() once, then comparing keys (the time includes the
 * keys).
 */
#include <locale.h>
#include <string.h>

#include "kel-document.h"
#include "kel-term.h"
#include "kel-text.h"

static const char *lang_names[] = { "kk", "ru", "zh" };

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static int
cmp_collate (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  return kel_text_collate (*(const char **) a, *(const char **) b, GPOINTER_TO_INT (data));
}

/* One sort of a copy of @strings by kel_text_collate(): microseconds. */
static double
sort_by_collate (GPtrArray *strings,
                 KelLang    lang)
{
  g_autoptr(GPtrArray) copy = g_ptr_array_sized_new (strings->len);
  gint64 t0;

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, strings->pdata[i]);
  t0 = g_get_monotonic_time ();
  g_ptr_array_sort_with_data (copy, cmp_collate, GINT_TO_POINTER (lang));
  return g_get_monotonic_time () - t0;
}

typedef struct
{
  char       *key;
  const char *text;
} Keyed;

static int
cmp_keyed (gconstpointer a,
           gconstpointer b)
{
  return strcmp (((const Keyed *) a)->key, ((const Keyed *) b)->key);
}

/* One sort of @strings by kel_text_collate_key(), the keys included:
 * microseconds. */
static double
sort_by_keys (GPtrArray *strings,
              KelLang    lang)
{
  g_autoptr(GArray) keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), strings->len);
  gint64 t0 = g_get_monotonic_time ();
  double us;

  for (guint i = 0; i < strings->len; i++)
    {
      Keyed k = { kel_text_collate_key (strings->pdata[i], lang), strings->pdata[i] };
      g_array_append_val (keyed, k);
    }
  g_array_sort (keyed, cmp_keyed);
  us = g_get_monotonic_time () - t0;
  for (guint i = 0; i < keyed->len; i++)
    g_free (g_array_index (keyed, Keyed, i).key);
  return us;
}

/* The median of @rounds runs of @sort. */
static double
median_time (double   (*sort) (GPtrArray *, KelLang),
             GPtrArray *strings,
             KelLang    lang,
             guint      rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < rounds; r++)
    {
      double us = sort (strings, lang);
      g_array_append_val (times, us);
    }
  g_array_sort (times, cmp_double);
  return g_array_index (times, double, times->len / 2);
}

/* The distinct words of the agreement's text, unfolded. */
static GPtrArray *
document_words (KelDocument *doc)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *words = g_ptr_array_new ();
  const char *text = kel_document_get_text (doc, NULL);
  const char *start = NULL;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && kel_text_is_word_char (c))
        {
          if (start == NULL)
            start = p;
          continue;
        }
      if (start != NULL)
        {
          char *word = g_strndup (start, p - start);

          if (g_hash_table_contains (seen, word))
            g_free (word);
          else
            {
              g_hash_table_add (seen, word);
              g_ptr_array_add (words, word);
            }
          start = NULL;
        }
      if (c == 0)
        break;
    }
  g_hash_table_steal_all (seen);
  g_ptr_array_set_free_func (words, g_free);
  return words;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  GListModel *terms;

  setlocale (LC_ALL, "");
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  terms = kel_document_get_terms (doc);

  /* the first comparison in a language opens its collator */
  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    {
      gint64 t0 = g_get_monotonic_time ();

      kel_text_collate ("а", "б", lang);
      g_print ("first comparison in %s: %" G_GINT64_FORMAT " µs\n",
               lang_names[lang], g_get_monotonic_time () - t0);
    }

  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
        {
          g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
          const char *label = kel_term_get_label (term, lang);

          if (label != NULL)
            g_ptr_array_add (labels, (gpointer) label);
        }
      g_print ("glossary, %u %s labels: %.1f µs a sort by kel_text_collate(), "
               "%.1f µs by keys\n",
               labels->len, lang_names[lang], median_time (sort_by_collate, labels, lang, 2001),
               median_time (sort_by_keys, labels, lang, 2001));
    }

  words = document_words (doc);
  g_print ("agreement, %u distinct words in Kazakh order: %.0f µs a sort by "
           "kel_text_collate(), %.0f µs by keys\n",
           words->len, median_time (sort_by_collate, words, KEL_LANG_KK, 21),
           median_time (sort_by_keys, words, KEL_LANG_KK, 21));
  return 0;
}
