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
  /* the common case first: a small Russian letter (ё aside) or a space */
  if ((c >= 0x0430 && c <= 0x044F) || c == ' ')
    return c;
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
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return '-';  /* hyphens, dashes and the minus sign */
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      return '"';  /* «» “” „ ‟: the text's quotes, however a query types them */
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
      return '\'';
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

/**
 * kel_text_is_word_char:
 * @c: a character
 *
 * Returns: %TRUE when @c belongs to a word: a letter, a digit or a
 *   combining mark
 */
gboolean
kel_text_is_word_char (gunichar c)
{
  /* the common cases first: ASCII, and the Cyrillic block, where every
   * character but the thousands sign is a letter or a mark */
  if (c < 0x80)
    return g_ascii_isalnum (c);
  if (c >= 0x0400 && c <= 0x04FF)
    return c != 0x0482;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * kel_text_split_words:
 * @folded: folded text (kel_text_fold())
 * @hyphens: whether a hyphen joins the words around it
 *
 * The words of @folded: runs of word characters (kel_text_is_word_char()).
 * With %KEL_TEXT_HYPHENS_JOIN, a hyphen inside a word stays in it
 * ("әлеуметтік-экономикалық" is one word, a hyphen at either end of a word
 * is dropped); with %KEL_TEXT_HYPHENS_SPLIT it separates words like a
 * space.
 *
 * Returns: (transfer full): the words, %NULL-terminated
 */
char **
kel_text_split_words (const char     *folded,
                      KelTextHyphens  hyphens)
{
  GPtrArray *words = g_ptr_array_new ();
  GString *word = g_string_new (NULL);
  gboolean join = hyphens == KEL_TEXT_HYPHENS_JOIN;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (kel_text_is_word_char (c) || (join && c == '-' && word->len > 0)))
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

/**
 * kel_text_has_digit:
 * @text: UTF-8 text
 *
 * Words with digits ("5-бап", "2015") are numbers, not inflected words:
 * the stemmers leave them as they are.
 *
 * Returns: %TRUE when @text holds a decimal digit of any script
 */
gboolean
kel_text_has_digit (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (g_ascii_isdigit (*p))
        return TRUE;
      if ((guchar) *p >= 0x80 && g_unichar_isdigit (g_utf8_get_char (p)))
        return TRUE;
    }
  return FALSE;
}

/**
 * kel_text_capitalise:
 * @text: UTF-8 text made to stand inside a sentence ("статья 3",
 *   "приложение 2, пункт 5")
 *
 * Returns: (transfer full): @text with its first letter in title case, to
 *   head a row, a section or a page ("Статья 3"); @text unchanged when it
 *   does not begin with a small letter
 */
char *
kel_text_capitalise (const char *text)
{
  gunichar c;
  char first[8];
  int n;

  g_return_val_if_fail (text != NULL, NULL);
  c = g_utf8_get_char_validated (text, -1);
  if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_islower (c))
    return g_strdup (text);
  n = g_unichar_to_utf8 (g_unichar_totitle (c), first);
  first[n] = '\0';
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* -- Kazakh inflection ---------------------------------------------------
 *
 * A Kazakh noun is a stem followed by up to three inflectional slots, in
 * this order: plural, possessive (third person), case.  The tables below
 * hold the endings Kelisim strips; they cover what a legal text uses, not
 * the whole grammar (no verb endings, no first or second person).
 * Derivational suffixes (-лық/-лік/-тық, -шы, -сыз, ...) are not
 * inflection: "ақпараттық" is another word than "ақпарат".
 */

static const char *kk_plural[] = { "лар", "лер", "дар", "дер", "тар", "тер", NULL };

static const char *kk_possessive[] = { "сы", "сі", "ы", "і", NULL };

/* Case endings that follow any stem. */
static const char *kk_case[] = {
  "дағы", "дегі", "тағы", "тегі",           /* locative + attributive -ғы */
  "дан", "ден", "тан", "тен", "нан", "нен", /* ablative */
  "ның", "нің", "дың", "дің", "тың", "тің", /* genitive */
  "мен", "бен", "пен",                      /* instrumental */
  "ға", "ге", "қа", "ке",                   /* dative */
  "ды", "ді", "ты", "ті", "ны", "ні",       /* accusative */
  "да", "де", "та", "те",                   /* locative */
  NULL
};

/* Case endings that only follow a possessive: бабы-нда, қауіпсіздігі-н. */
static const char *kk_case_after_possessive[] = {
  "ндағы", "ндегі", "нда", "нде", "на", "не", "н", NULL
};

#define KK_MIN_STEM 3  /* characters a stem keeps */

/**
 * kel_kk_devoice:
 * @c: a folded character
 *
 * Returns: the voiceless consonant that @c is the voiced form of, where a
 *   Kazakh stem's final consonant voices before a vowel (г -> к, ғ -> қ,
 *   б -> п); otherwise @c
 */
gunichar
kel_kk_devoice (gunichar c)
{
  switch (c)
    {
    case 0x0433: return 0x043A; /* г -> к */
    case 0x0493: return 0x049B; /* ғ -> қ */
    case 0x0431: return 0x043F; /* б -> п */
    default: return c;
    }
}

static gboolean parse_slots (const char *text, guint slot, gboolean possessive);

/* Does @text start with an ending of @list after which the rest reads as
 * the slots from @next_slot on? */
static gboolean
try_endings (const char  *text,
             const char **list,
             guint        next_slot,
             gboolean     possessive)
{
  for (guint i = 0; list[i]; i++)
    {
      gsize n = strlen (list[i]);

      if (strncmp (text, list[i], n) == 0 && parse_slots (text + n, next_slot, possessive))
        return TRUE;
    }
  return FALSE;
}

/* Can @text be read as the slots from @slot on (0 plural, 1 possessive,
 * 2 case, 3 nothing more)? */
static gboolean
parse_slots (const char *text,
             guint       slot,
             gboolean    possessive)
{
  if (*text == '\0')
    return TRUE;
  if (slot == 0 && try_endings (text, kk_plural, 1, possessive))
    return TRUE;
  if (slot <= 1 && try_endings (text, kk_possessive, 2, TRUE))
    return TRUE;
  if (slot <= 2 && try_endings (text, kk_case, 3, possessive))
    return TRUE;
  if (slot <= 2 && possessive && try_endings (text, kk_case_after_possessive, 3, possessive))
    return TRUE;
  return FALSE;
}

/**
 * kel_kk_is_inflection:
 * @suffix: a folded ending, possibly empty
 *
 * Returns: %TRUE when @suffix is a Kazakh inflectional ending: plural,
 *   possessive and case, each optional, in that order ("тарға", "ында",
 *   "лерінің", "і" + "н")
 */
gboolean
kel_kk_is_inflection (const char *suffix)
{
  g_return_val_if_fail (suffix != NULL, FALSE);
  return parse_slots (suffix, 0, FALSE);
}

/**
 * kel_kk_stem:
 * @word: a folded Kazakh word
 *
 * Removes the inflection of @word: the shortest stem of at least three
 * letters that the rest of the word inflects (kel_kk_is_inflection()), with
 * a final г, ғ or б written as к, қ, п, so that every form of a word gets
 * the same stem: "қауіпсіздігін", "қауіпсіздікке" and "қауіпсіздік" give
 * "қауіпсіздік"; "бабында" and "бапта" give "бап"; "ресурстарға" gives
 * "ресурс".  Words with digits are returned unchanged.
 *
 * The stem is a matching key, not always a dictionary form: the stemmer
 * knows no vocabulary, so "кеңесі" gives "кеңе" (the "-сі" of a vowel stem).
 *
 * Returns: (transfer full): the stem
 */
char *
kel_kk_stem (const char *word)
{
  const char *p = word;
  glong chars = 0;
  const char *cut = NULL;
  GString *out;
  const char *last;

  g_return_val_if_fail (word != NULL, NULL);
  if (kel_text_has_digit (word))
    return g_strdup (word);
  for (; *p; p = g_utf8_next_char (p))
    {
      if (chars >= KK_MIN_STEM && kel_kk_is_inflection (p))
        {
          cut = p;
          break;
        }
      chars++;
    }
  if (cut == NULL)
    cut = p;
  if (cut == word)
    return g_strdup (word);
  out = g_string_new_len (word, cut - word);
  last = g_utf8_find_prev_char (out->str, out->str + out->len);
  if (last != NULL)
    {
      gunichar c = g_utf8_get_char (last);
      gunichar d = kel_kk_devoice (c);

      if (d != c)
        {
          g_string_truncate (out, last - out->str);
          g_string_append_unichar (out, d);
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * kel_kk_match_stem:
 * @stem: a folded stem, as kel_kk_stem() gives it
 * @word: a folded word
 *
 * Checks whether @word begins with @stem, its last consonant voiced or not
 * (the stem "бап" begins "бабында", "қауіпсіздік" begins "қауіпсіздігін").
 *
 * Returns: the number of bytes of @word that the stem covers, or 0 when
 *   @word does not begin with @stem (or @stem is empty)
 */
gsize
kel_kk_match_stem (const char *stem,
                   const char *word)
{
  const char *last;
  gsize head;
  gunichar a, b;

  g_return_val_if_fail (stem != NULL && word != NULL, 0);
  if (*stem == '\0')
    return 0;
  last = g_utf8_find_prev_char (stem, stem + strlen (stem));
  head = last - stem;
  if (strncmp (word, stem, head) != 0 || word[head] == '\0')
    return 0;
  a = g_utf8_get_char (last);
  b = g_utf8_get_char (word + head);
  if (a != b && kel_kk_devoice (a) != kel_kk_devoice (b))
    return 0;
  return g_utf8_next_char (word + head) - word;
}

/* Does @word begin with @stem and go on with an inflectional ending? */
static gboolean
inflects (const char *stem,
          const char *word)
{
  gsize n = kel_kk_match_stem (stem, word);

  return n > 0 && kel_kk_is_inflection (word + n);
}

/**
 * kel_kk_is_form_of:
 * @word: a folded word of the text
 * @word_stem: (nullable): kel_kk_stem() of @word, if known
 * @lemma: a folded word, in any of its forms
 * @lemma_stem: (nullable): kel_kk_stem() of @lemma, if known
 *
 * Whether @word and @lemma are forms of one word: they are equal, have the
 * same stem, or one of them (or @lemma's stem) followed by an inflectional
 * ending gives the other.  "ақпаратты" and "ақпаратқа" are forms of
 * "ақпарат"; "ақпараттық" is not.  A stemmer without a vocabulary cannot
 * tell a noun ending in "-ға" from a dative ("тұлға" gives the stem
 * "тұл"), which is why the endings are also tried on the words as they are.
 *
 * The stems are parameters so that a caller comparing many words computes
 * each stem once.
 *
 * Returns: %TRUE when @word is a form of @lemma
 */
gboolean
kel_kk_is_form_of (const char *word,
                   const char *word_stem,
                   const char *lemma,
                   const char *lemma_stem)
{
  g_autofree char *ws = NULL;
  g_autofree char *ls = NULL;

  g_return_val_if_fail (word != NULL && lemma != NULL, FALSE);
  if (g_str_equal (word, lemma))
    return TRUE;
  if (kel_text_has_digit (word) || kel_text_has_digit (lemma))
    return FALSE;
  if (word_stem == NULL)
    word_stem = ws = kel_kk_stem (word);
  if (lemma_stem == NULL)
    lemma_stem = ls = kel_kk_stem (lemma);
  return g_str_equal (word_stem, lemma_stem)
         || inflects (lemma_stem, word)
         || inflects (lemma, word)
         || inflects (word, lemma);
}

/* Russian noun and adjective endings; the longest that fits is removed.
 * "-ость" goes with its endings, as Snowball's stemmer removes it, so that
 * "безопасностями" and "безопасному" share "безопасн"; "-и-" goes with
 * the endings of nouns in "-ие" ("использованиями", "оружием"). */
static const char *ru_endings[] = {
  "ость", "ости", "остью", "остей", "остям", "остями", "остях",
  "ием", "иям", "иями", "иях",
  "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
  "ая", "яя", "ое", "ее", "ой", "ей", "ою", "ею",
  "ый", "ий", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем",
  "ам", "ям", "ах", "ях", "ов", "ев", "ия", "ию", "ии", "ью",
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
 * Snowball's Russian stemmer (libstemmer) is the reference: on the Russian
 * words Kelisim meets (the termbase's labels, the declensions of the term
 * labels' words), two words get one stem here exactly when they get one
 * from Snowball; tests/model/test-text.c checks it.  The stems themselves
 * may differ ("информационн" here, "информацион" there): a stem is a
 * matching key.
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
  guint thousands = n / 1000 % 10, hundreds = n / 100 % 10, tens = n / 10 % 10, ones = n % 10;
  GString *out;

  if (n >= 10000)
    return g_strdup_printf ("%u", n);
  if (n == 0)
    return g_strdup (digits[0]);
  out = g_string_new (NULL);
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
