/* kel-text.c — folding, stemming and numbers for Kazakh, Russian, Chinese
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Matching in Kelisim is what a Kazakh reader expects, not byte equality:
 * letter case is ignored, Latin letters that look like Cyrillic ones are read
 * as the Cyrillic letter (a query typed on the wrong keyboard layout still
 * finds the text), and a word finds its inflected forms.
 */
#include "kel-text.h"

#include <string.h>

/* Latin capitals that look like Cyrillic capitals, and Latin small letters
 * that look like Cyrillic small letters.  Capitals are mapped before case
 * folding, so that Latin "H" reads as Cyrillic "Н" while Latin "h" reads as
 * Cyrillic "һ". */
static const struct { gunichar latin; gunichar cyrillic; } lookalikes[] = {
  { 'A', 0x0410 }, { 'B', 0x0412 }, { 'C', 0x0421 }, { 'E', 0x0415 },
  { 'H', 0x041D }, { 'I', 0x0406 }, { 'K', 0x041A }, { 'M', 0x041C },
  { 'O', 0x041E }, { 'P', 0x0420 }, { 'T', 0x0422 }, { 'X', 0x0425 },
  { 'Y', 0x0423 },
  { 'a', 0x0430 }, { 'c', 0x0441 }, { 'e', 0x0435 }, { 'h', 0x04BB },
  { 'i', 0x0456 }, { 'k', 0x043A }, { 'o', 0x043E }, { 'p', 0x0440 },
  { 'x', 0x0445 }, { 'y', 0x0443 },
};

/**
 * kel_text_fold_char:
 * @c: a character
 *
 * Returns: @c with case and look-alike differences removed
 */
gunichar
kel_text_fold_char (gunichar c)
{
  if (c < 0x80)
    {
      for (guint i = 0; i < G_N_ELEMENTS (lookalikes); i++)
        if (lookalikes[i].latin == c)
          {
            c = lookalikes[i].cyrillic;
            break;
          }
    }
  c = g_unichar_tolower (c);
  switch (c)
    {
    case 0x0451: /* ё */
      return 0x0435;
    case 0x04A1: /* Bashkir ҡ, mistaken for қ */
      return 0x049B;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: /* hyphens and dashes */
      return '-';
    case 0x00A0: case 0x202F: case 0x2009:
      return ' ';
    default:
      return c;
    }
}

/**
 * kel_text_fold:
 * @text: UTF-8 text
 *
 * Folds case and look-alikes, one character for one character, so that
 * character offsets in the result are offsets in @text.
 *
 * Returns: (transfer full): the folded text
 */
char *
kel_text_fold (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    g_string_append_unichar (out, kel_text_fold_char (g_utf8_get_char (p)));
  return g_string_free (out, FALSE);
}

gboolean
kel_text_is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * kel_text_split_words:
 * @folded: folded text
 *
 * Returns: (transfer full): the words of @folded; hyphens stay inside words
 */
char **
kel_text_split_words (const char *folded)
{
  GPtrArray *words = g_ptr_array_new ();
  GString *word = g_string_new (NULL);

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (kel_text_is_word_char (c) || (c == '-' && word->len > 0)))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      while (word->len > 0 && word->str[word->len - 1] == '-')
        g_string_truncate (word, word->len - 1);
      if (word->len > 0)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/* A Kazakh stem's final voiceless consonant voices before a vowel-initial
 * suffix: қауіпсіздік -> қауіпсіздігі, қ -> ғ, п -> б (бап -> бабы). */
static gunichar
voiced (gunichar c)
{
  switch (c)
    {
    case 0x043A: return 0x0433; /* к -> г */
    case 0x049B: return 0x0493; /* қ -> ғ */
    case 0x043F: return 0x0431; /* п -> б */
    default: return 0;
    }
}

/**
 * kel_kk_word_matches:
 * @stem_word: a folded Kazakh word in its dictionary form
 * @word: a folded word of the text
 *
 * Returns: %TRUE when @word is @stem_word or one of its inflected forms: the
 *   stem (with its last consonant voiced where Kazakh voices it) followed by
 *   nothing but letters
 */
gboolean
kel_kk_word_matches (const char *stem_word,
                     const char *word)
{
  gsize len = strlen (stem_word);
  const char *last;
  gunichar last_c, v;
  gsize head;

  if (len == 0)
    return FALSE;
  if (strncmp (word, stem_word, len) == 0)
    goto suffix_from_len;

  last = g_utf8_find_prev_char (stem_word, stem_word + len);
  last_c = g_utf8_get_char (last);
  v = voiced (last_c);
  head = last - stem_word;
  if (v == 0 || strncmp (word, stem_word, head) != 0
      || g_utf8_get_char (word + head) != v)
    return FALSE;
  /* the voiced form needs a suffix after it */
  word = g_utf8_next_char (word + head);
  if (*word == '\0')
    return FALSE;
  len = 0;

suffix_from_len:
  for (const char *p = word + len; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Russian noun and adjective endings, longest first. */
static const char *ru_endings[] = {
  "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ость", "ости",
  "остью", "остей", "остям", "остях", "ая", "яя", "ое", "ее", "ой", "ей",
  "ый", "ий", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем",
  "ам", "ям", "ах", "ях", "ов", "ев", "ия", "ие", "ию", "ии", "ью",
  "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
};

/**
 * kel_ru_stem:
 * @word: a folded Russian word
 *
 * A light stemmer: removes one inflectional ending, keeping at least three
 * letters.  "информационной" and "информационная" share the stem
 * "информационн"; "безопасности" and "безопасность" share "безопасн".
 *
 * Returns: (transfer full): the stem
 */
char *
kel_ru_stem (const char *word)
{
  glong n = g_utf8_strlen (word, -1);
  const char *best = NULL;
  glong best_len = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ru_endings); i++)
    {
      glong e = g_utf8_strlen (ru_endings[i], -1);

      if (e > best_len && n - e >= 3 && g_str_has_suffix (word, ru_endings[i]))
        {
          best = ru_endings[i];
          best_len = e;
        }
    }
  if (best == NULL)
    return g_strdup (word);
  return g_strndup (word, strlen (word) - strlen (best));
}

/**
 * kel_zh_number:
 * @n: a number from 0 to 9999
 *
 * Returns: (transfer full): @n in Chinese numerals, as Chinese legal
 *   citations write article and paragraph numbers (十二, 二十一)
 */
char *
kel_zh_number (guint n)
{
  static const char *digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  GString *out = g_string_new (NULL);
  guint thousands = n / 1000 % 10, hundreds = n / 100 % 10, tens = n / 10 % 10, ones = n % 10;

  if (n >= 10000)
    return g_strdup_printf ("%u", n);
  if (n == 0)
    return g_strdup (digits[0]);
  if (thousands)
    g_string_append_printf (out, "%s千", digits[thousands]);
  if (hundreds)
    g_string_append_printf (out, "%s百", digits[hundreds]);
  else if (thousands && (tens || ones))
    g_string_append (out, digits[0]);
  if (tens)
    {
      if (!(tens == 1 && n < 20))
        g_string_append (out, digits[tens]);
      g_string_append (out, "十");
    }
  else if (hundreds && ones)
    g_string_append (out, digits[0]);
  if (ones)
    g_string_append (out, digits[ones]);
  return g_string_free (out, FALSE);
}
