/* test-text.c — words, digits and capitals (kel-text.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "kel-text.h"

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
  return g_test_run ();
}
