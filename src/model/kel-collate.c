/* kel-collate.c — dictionary order of labels, by ICU's collator
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Term labels sort the way a dictionary in their language orders them, as
 * CLDR describes it and ICU implements it: Kazakh by the Kazakh alphabet
 * (ICU's "kk" tailoring puts ә after а, ғ after г, і between ы and ь, ...),
 * Russian by the Russian one with ё sorted as е (the rule of Russian
 * dictionaries: ё differs from е only at the second level), Chinese by
 * pinyin ("zh@collation=pinyin"), for every hanzi, not only for GB2312's
 * common ones.  Case differs at the third level (small letters first); a
 * space or punctuation sorts before any letter.
 *
 * One collator per language is opened on first use and kept for the life
 * of the process; ICU's comparison and sort key functions may be called on
 * one collator from several threads.  Should ICU fail to open one, labels
 * in that language fall back to g_utf8_collate(), with one warning saying
 * why.  The declarations are in kel-text.h.
 */
#include "kel-text.h"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

static const char *collator_locales[KEL_N_LANGS] = {
  [KEL_LANG_KK] = "kk",
  [KEL_LANG_RU] = "ru",
  [KEL_LANG_ZH] = "zh@collation=pinyin",
};

/* Opens the collator of the language @data, or returns NULL after saying
 * why not.  KELISIM_COLLATION=fallback turns ICU off (to compare, and for
 * the test of the fallback). */
static gpointer
open_collator (gpointer data)
{
  KelLang lang = GPOINTER_TO_INT (data);
  const char *locale = collator_locales[lang];
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator;

  if (g_strcmp0 (g_getenv ("KELISIM_COLLATION"), "fallback") == 0)
    {
      g_debug ("Sorting %s labels by g_utf8_collate(): KELISIM_COLLATION=fallback", locale);
      return NULL;
    }
  collator = ucol_open (locale, &status);
  if (U_FAILURE (status))
    {
      g_warning ("Sorting %s labels by the C library's order, not the language's: "
                 "ICU could not open its collator (%s)", locale, u_errorName (status));
      g_clear_pointer (&collator, ucol_close);
      return NULL;
    }
  return collator;
}

/* The collator for @lang (Kazakh for anything out of range), or NULL. */
static const UCollator *
collator_for (KelLang lang)
{
  static GOnce once[KEL_N_LANGS] = { G_ONCE_INIT, G_ONCE_INIT, G_ONCE_INIT };

  if ((guint) lang >= KEL_N_LANGS)
    lang = KEL_LANG_KK;
  return g_once (&once[lang], open_collator, GINT_TO_POINTER (lang));
}

/* @text as valid UTF-8: itself, or a copy in *@copy with each invalid
 * byte sequence replaced by U+FFFD. */
static const char *
valid_utf8 (const char  *text,
            char       **copy)
{
  if (g_utf8_validate (text, -1, NULL))
    return text;
  return *copy = g_utf8_make_valid (text, -1);
}

/**
 * kel_text_collate:
 * @a: a UTF-8 label
 * @b: another
 * @lang: whose dictionary order to follow
 *
 * Compares two labels as a dictionary in @lang orders them (see the top of
 * kel-collate.c): Kazakh, Russian or pinyin order by ICU's collator,
 * ignoring case except between labels that differ in nothing else.
 * Invalid UTF-8 is compared as if each bad sequence were U+FFFD.
 *
 * For sorting many labels, kel_text_collate_key() computes each label's
 * key once.
 *
 * Returns: a negative number when @a comes first, 0 when they are equal,
 *   a positive number when @b comes first
 */
int
kel_text_collate (const char *a,
                  const char *b,
                  KelLang     lang)
{
  const UCollator *collator;
  g_autofree char *va = NULL;
  g_autofree char *vb = NULL;
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  g_return_val_if_fail (a != NULL && b != NULL, 0);
  a = valid_utf8 (a, &va);
  b = valid_utf8 (b, &vb);
  collator = collator_for (lang);
  if (collator == NULL)
    return g_utf8_collate (a, b);
  result = ucol_strcollUTF8 (collator, a, -1, b, -1, &status);
  if (U_FAILURE (status))   /* out of memory: still a consistent answer */
    return g_utf8_collate (a, b);
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER;
}

/**
 * kel_text_collate_key:
 * @text: a UTF-8 label
 * @lang: whose dictionary order to follow
 *
 * The sort key of @text: two keys compared with strcmp() are in the order
 * kel_text_collate() gives their labels.  Computing each label's key once
 * is faster than comparing labels pair by pair when many comparisons are
 * made (a sort of more than a few dozen labels).
 *
 * Returns: (transfer full): the key, a NUL-terminated byte string that is
 *   not text
 */
char *
kel_text_collate_key (const char *text,
                      KelLang     lang)
{
  const UCollator *collator;
  g_autofree char *valid = NULL;
  g_autofree UChar *utf16 = NULL;
  UErrorCode status = U_ZERO_ERROR;
  int32_t n_units = 0, size;
  guint8 *key;

  g_return_val_if_fail (text != NULL, NULL);
  text = valid_utf8 (text, &valid);
  collator = collator_for (lang);
  if (collator == NULL)
    return g_utf8_collate_key (text, -1);

  /* ICU computes keys from UTF-16 */
  u_strFromUTF8 (NULL, 0, &n_units, text, -1, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    status = U_ZERO_ERROR;
  utf16 = g_new (UChar, n_units + 1);
  u_strFromUTF8 (utf16, n_units + 1, NULL, text, -1, &status);
  if (U_FAILURE (status))
    return g_utf8_collate_key (text, -1);

  size = ucol_getSortKey (collator, utf16, n_units, NULL, 0);
  if (size <= 0)
    return g_utf8_collate_key (text, -1);
  key = g_malloc (size);
  ucol_getSortKey (collator, utf16, n_units, key, size);
  return (char *) key;
}
