/* kel-search.c — Kazakh-aware search in the agreement and in term labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The matching rules are described at the top of kel-search.h.
 *
 * The first search on a document builds an index, kept on the document as
 * object data: the reading text folded to one gunichar per character (so a
 * position in it is a character offset of the text), the words in text
 * order, and the distinct word forms, each with its stem.  A query is then
 * matched in two steps: its first word against every distinct form (a
 * table of yes and no; the agreement has about 2,600 words in under 1,000
 * forms, and a longer text repeats its vocabulary more), then that table
 * along the words, checking the following words and the punctuation
 * between them only where the first one matches.
 */
#include "kel-search.h"

#include <string.h>

#include "kel-term.h"
#include "kel-text.h"

#define INDEX_KEY "kel-search-index"

typedef struct
{
  guint start;   /* character offsets */
  guint end;
  guint form;    /* index into SearchIndex.forms */
} Word;

typedef struct
{
  char *text;    /* the folded word */
  char *stem;    /* kel_kk_stem() of it */
} Form;

typedef struct
{
  gunichar *chars;    /* the folded reading text */
  guint     n_chars;
  GArray   *words;    /* Word, in text order */
  GArray   *forms;    /* Form, distinct */
} SearchIndex;

static void
search_index_free (SearchIndex *index)
{
  for (guint i = 0; i < index->forms->len; i++)
    {
      Form *form = &g_array_index (index->forms, Form, i);

      g_free (form->text);
      g_free (form->stem);
    }
  g_array_unref (index->forms);
  g_array_unref (index->words);
  g_free (index->chars);
  g_free (index);
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c);
}

/* kel_text_is_word_char(), quicker for the letters of the text: every
 * character of the Cyrillic block but the thousands sign is a letter or a
 * mark. */
static inline gboolean
is_word (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  if (c >= 0x0400 && c <= 0x04FF)
    return c != 0x0482;
  return kel_text_is_word_char (c);
}

/* Neither a word character nor whitespace: the punctuation of the rules. */
static gboolean
is_punct (gunichar c)
{
  return !is_word (c) && !is_space (c);
}

static gboolean
has_digit (const char *word)
{
  for (const char *p = word; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

static SearchIndex *
search_index_build (const char *text,
                    gsize       len)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  SearchIndex *index = g_new0 (SearchIndex, 1);
  GString *buffer = g_string_new (NULL);
  glong n = 0;

  index->chars = g_utf8_to_ucs4_fast (text, (glong) len, &n);
  index->n_chars = (guint) n;
  index->words = g_array_new (FALSE, FALSE, sizeof (Word));
  index->forms = g_array_new (FALSE, FALSE, sizeof (Form));

  for (guint i = 0; i < index->n_chars; i++)
    index->chars[i] = kel_text_fold_char (index->chars[i]);

  for (guint i = 0; i < index->n_chars;)
    {
      gpointer id;
      Word word;

      if (!is_word (index->chars[i]))
        {
          i++;
          continue;
        }
      word.start = i;
      g_string_truncate (buffer, 0);
      while (i < index->n_chars && is_word (index->chars[i]))
        g_string_append_unichar (buffer, index->chars[i++]);
      word.end = i;
      if (!g_hash_table_lookup_extended (ids, buffer->str, NULL, &id))
        {
          Form form;

          form.text = g_strndup (buffer->str, buffer->len);
          form.stem = kel_kk_stem (form.text);
          g_array_append_val (index->forms, form);
          id = GUINT_TO_POINTER (index->forms->len - 1);
          g_hash_table_insert (ids, form.text, id);
        }
      word.form = GPOINTER_TO_UINT (id);
      g_array_append_val (index->words, word);
    }
  g_string_free (buffer, TRUE);
  return index;
}

static SearchIndex *
get_index (KelDocument *doc)
{
  SearchIndex *index = g_object_get_data (G_OBJECT (doc), INDEX_KEY);

  if (index == NULL)
    {
      gsize len;
      const char *text = kel_document_get_text (doc, &len);

      index = search_index_build (text, len);
      g_object_set_data_full (G_OBJECT (doc), INDEX_KEY, index,
                              (GDestroyNotify) search_index_free);
    }
  return index;
}

/**
 * kel_document_prepare_search:
 * @doc: an edition
 *
 * Builds the index that kel_document_search() uses, if the document has none
 * yet.  The search of a window calls this when it opens, so that the first
 * letter typed is answered as fast as the next ones (the index of a long act
 * takes tens of milliseconds to build, a keystroke a fraction of one).
 */
void
kel_document_prepare_search (KelDocument *doc)
{
  g_return_if_fail (KEL_IS_DOCUMENT (doc));
  get_index (doc);
}

/* -- queries -------------------------------------------------------------- */

typedef struct
{
  guint offset;  /* into Query.punct */
  guint len;
} Sep;

/* A parsed query: its words, and the punctuation before, between and after
 * them (seps[0] before the first word, seps[k] before word k, seps[n_words]
 * after the last). */
typedef struct
{
  GPtrArray *words;   /* char*, folded */
  GPtrArray *stems;   /* char*, kel_kk_stem() of each word */
  GArray    *punct;   /* gunichar */
  GArray    *seps;    /* Sep, words->len + 1 of them */
} Query;

static void
query_free (Query *q)
{
  g_ptr_array_unref (q->words);
  g_ptr_array_unref (q->stems);
  g_array_unref (q->punct);
  g_array_unref (q->seps);
  g_free (q);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Query, query_free)

static Query *
query_parse (const char *text)
{
  Query *q = g_new0 (Query, 1);
  GString *word = g_string_new (NULL);
  Sep sep = { 0, 0 };

  q->words = g_ptr_array_new_with_free_func (g_free);
  q->stems = g_ptr_array_new_with_free_func (g_free);
  q->punct = g_array_new (FALSE, FALSE, sizeof (gunichar));
  q->seps = g_array_new (FALSE, FALSE, sizeof (Sep));
  g_array_append_val (q->seps, sep);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? kel_text_fold_char (g_utf8_get_char (p)) : 0;

      if (c != 0 && is_word (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          g_ptr_array_add (q->words, g_strdup (word->str));
          g_ptr_array_add (q->stems, kel_kk_stem (word->str));
          g_string_truncate (word, 0);
          sep.offset = q->punct->len;
          sep.len = 0;
          g_array_append_val (q->seps, sep);
        }
      if (c == 0)
        break;
      if (is_punct (c))
        {
          g_array_append_val (q->punct, c);
          g_array_index (q->seps, Sep, q->seps->len - 1).len++;
        }
    }
  g_string_free (word, TRUE);
  return q;
}

static const gunichar *
sep_chars (Query *q,
           guint  k,
           guint *len)
{
  Sep *sep = &g_array_index (q->seps, Sep, k);

  *len = sep->len;
  if (sep->len == 0)
    return NULL;   /* no punctuation at all leaves q->punct->data NULL */
  return (const gunichar *) q->punct->data + sep->offset;
}

/* Does the punctuation of text[from, to), whitespace aside, equal @sep? */
static gboolean
punct_equal (const SearchIndex *index,
             guint              from,
             guint              to,
             const gunichar    *sep,
             guint              len)
{
  guint k = 0;

  for (guint i = from; i < to; i++)
    {
      gunichar c = index->chars[i];

      if (is_space (c))
        continue;
      if (k >= len || c != sep[k])
        return FALSE;
      k++;
    }
  return k == len;
}

/* Does @sep stand right before (@before) or after @pos, whitespace aside?
 * Sets @edge to where it begins (before) or ends (after). */
static gboolean
punct_beside (const SearchIndex *index,
              guint              pos,
              const gunichar    *sep,
              guint              len,
              gboolean           before,
              guint             *edge)
{
  guint p = pos;

  *edge = pos;
  for (guint k = 0; k < len;)
    {
      gunichar c;

      if (before ? p == 0 : p >= index->n_chars)
        return FALSE;
      c = before ? index->chars[--p] : index->chars[p++];
      if (is_space (c))
        continue;
      if (c != sep[before ? len - 1 - k : k])
        return FALSE;
      k++;
      *edge = p;
    }
  return TRUE;
}

/* Does the text word @form match the query word @word (stem @stem)? */
static gboolean
form_matches (const Form     *form,
              const char     *word,
              const char     *stem,
              KelSearchFlags  flags)
{
  if (flags & KEL_SEARCH_EXACT_FORM || has_digit (word))
    return g_str_equal (form->text, word);
  if (flags & KEL_SEARCH_WHOLE_WORD)
    return kel_kk_is_form_of (form->text, form->stem, word, stem);
  return kel_kk_match_stem (stem, form->text) > 0;
}

static void
add_match (GArray *matches,
           guint   start,
           guint   end)
{
  KelMatch m = { start, end };

  if (matches->len > 0 && g_array_index (matches, KelMatch, matches->len - 1).end > start)
    return;
  g_array_append_val (matches, m);
}

/* A query without words: its punctuation, literally, whitespace aside. */
static void
search_punct (const SearchIndex *index,
              Query             *q,
              GArray            *matches)
{
  guint len;
  const gunichar *sep = sep_chars (q, 0, &len);

  if (len == 0)
    return;
  for (guint i = 0; i < index->n_chars; i++)
    {
      guint end;

      if (index->chars[i] == sep[0] && punct_beside (index, i, sep, len, FALSE, &end))
        {
          add_match (matches, i, end);
          i = end - 1;
        }
    }
}

static void
search_words (const SearchIndex *index,
              Query             *q,
              KelSearchFlags     flags,
              GArray            *matches)
{
  guint n = q->words->len;
  const Word *words = (const Word *) index->words->data;
  const Form *forms = (const Form *) index->forms->data;
  g_autofree guint8 *first = g_new0 (guint8, MAX (index->forms->len, 1));

  /* which forms the first query word matches; the following words are
   * only checked where it does */
  for (guint f = 0; f < index->forms->len; f++)
    first[f] = form_matches (&forms[f], g_ptr_array_index (q->words, 0),
                             g_ptr_array_index (q->stems, 0), flags);

  for (guint i = 0; i + n <= index->words->len; i++)
    {
      gboolean ok = TRUE;
      guint start, end, len;
      const gunichar *sep;

      if (!first[words[i].form])
        continue;
      for (guint k = 1; k < n && ok; k++)
        {
          sep = sep_chars (q, k, &len);
          ok = punct_equal (index, words[i + k - 1].end, words[i + k].start, sep, len)
               && form_matches (&forms[words[i + k].form], g_ptr_array_index (q->words, k),
                                g_ptr_array_index (q->stems, k), flags);
        }
      if (!ok)
        continue;
      sep = sep_chars (q, 0, &len);
      if (!punct_beside (index, words[i].start, sep, len, TRUE, &start))
        continue;
      sep = sep_chars (q, n, &len);
      if (!punct_beside (index, words[i + n - 1].end, sep, len, FALSE, &end))
        continue;
      add_match (matches, start, end);
      i += n - 1;
    }
}

/* -- terms named in Russian or Chinese ------------------------------------ */

/* Folded, without whitespace: how Chinese compares. */
static char *
compact (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = kel_text_fold_char (g_utf8_get_char (p));

      if (!is_space (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
ru_label_is (const char *label,
             GStrv       query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (label == NULL)
    return FALSE;
  folded = kel_text_fold (label);
  words = kel_text_split_words (folded, KEL_TEXT_HYPHENS_SPLIT);
  if (g_strv_length (words) != g_strv_length (query))
    return FALSE;
  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *a = kel_ru_stem (words[i]);
      g_autofree char *b = kel_ru_stem (query[i]);

      if (!g_str_equal (a, b))
        return FALSE;
    }
  return TRUE;
}

/**
 * kel_document_find_foreign_term:
 * @doc: a document
 * @query: what a reader typed
 *
 * Returns: (transfer none) (nullable): the term whose Russian label (in any
 *   inflection, word for word) or Chinese label (spaces aside) @query is
 */
KelTerm *
kel_document_find_foreign_term (KelDocument *doc,
                                const char  *query)
{
  GListModel *terms = kel_document_get_terms (doc);
  g_autofree char *folded = kel_text_fold (query);
  g_auto(GStrv) words = kel_text_split_words (folded, KEL_TEXT_HYPHENS_SPLIT);
  g_autofree char *packed = compact (query);

  if (*packed == '\0')
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const char *zh = kel_term_get_label (term, KEL_LANG_ZH);

      if (words[0] != NULL && ru_label_is (kel_term_get_label (term, KEL_LANG_RU), words))
        return term;
      if (zh != NULL)
        {
          g_autofree char *zh_packed = compact (zh);

          if (g_str_equal (zh_packed, packed))
            return term;
        }
    }
  return NULL;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const KelMatch *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* -- public --------------------------------------------------------------- */

/**
 * kel_document_search:
 * @doc: a document
 * @query: what the reader typed (UTF-8); %NULL or blank finds nothing
 * @flags: the matching mode
 * @via_term: (out) (optional) (nullable) (transfer none): set to the term
 *   when @query is a term's Russian or Chinese label, else to %NULL
 *
 * Finds @query in the reading text by the rules at the top of this file.
 * When @query is the Russian label of a defined term in any inflection
 * ("информационной войны") or its Chinese label ("信息战"), the matches are
 * that term's occurrences in the Kazakh text (its headword in Annex 1
 * included: kel_term_get_n_occurrences() of them) and @via_term is set.
 *
 * The first search on a document builds an index of its words (a few
 * hundred kilobytes for the agreement), kept with the document.  Not
 * thread-safe: search one document from one thread.
 *
 * Returns: (transfer full) (element-type KelMatch): the matches in text
 *   order, not overlapping; empty when nothing matches, never %NULL
 */
GArray *
kel_document_search (KelDocument     *doc,
                     const char      *query,
                     KelSearchFlags   flags,
                     KelTerm        **via_term)
{
  GArray *matches;
  g_autoptr(Query) q = NULL;
  KelTerm *term;
  SearchIndex *index;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (KelMatch));
  if (via_term != NULL)
    *via_term = NULL;
  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return matches;

  term = kel_document_find_foreign_term (doc, query);
  if (term != NULL)
    {
      for (guint i = 0; i < kel_term_get_n_occurrences (term); i++)
        {
          const KelSpan *span = kel_term_get_occurrence (term, i);
          KelMatch m = { span->start, span->end };

          g_array_append_val (matches, m);
        }
      g_array_sort (matches, compare_matches);
      if (via_term != NULL)
        *via_term = term;
      return matches;
    }

  index = get_index (doc);
  q = query_parse (query);
  if (q->words->len == 0)
    search_punct (index, q, matches);
  else
    search_words (index, q, flags, matches);
  return matches;
}

/**
 * kel_search_text:
 * @text: UTF-8 text, such as a definition
 * @query: what the reader typed
 * @flags: the matching mode
 *
 * Finds @query in @text by the same rules as kel_document_search(), without
 * the term labels and without keeping an index: for short texts.
 *
 * Returns: (transfer full) (element-type KelMatch): the matches in
 *   character offsets of @text, in text order; never %NULL
 */
GArray *
kel_search_text (const char     *text,
                 const char     *query,
                 KelSearchFlags  flags)
{
  GArray *matches;
  g_autoptr(Query) q = NULL;
  SearchIndex *index;

  g_return_val_if_fail (text != NULL, NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (KelMatch));
  if (query == NULL || !g_utf8_validate (query, -1, NULL) || !g_utf8_validate (text, -1, NULL))
    return matches;
  index = search_index_build (text, strlen (text));
  q = query_parse (query);
  if (q->words->len == 0)
    search_punct (index, q, matches);
  else
    search_words (index, q, flags, matches);
  search_index_free (index);
  return matches;
}

static gboolean
kk_word_matches (const char *query_word,
                 const char *query_stem,
                 const char *word)
{
  if (has_digit (query_word))
    return g_str_equal (query_word, word);
  return kel_kk_match_stem (query_stem, word) > 0;
}

static gboolean
ru_word_matches (const char *query_word,
                 const char *query_stem,
                 const char *word)
{
  if (has_digit (query_word))
    return g_str_equal (query_word, word);
  return g_str_has_prefix (word, query_stem);
}

/**
 * kel_search_label_matches:
 * @label: (nullable): a label in @lang
 * @lang: the language of @label
 * @query: what the reader typed in a filter entry
 *
 * The glossary filter's rule for one label.  Every word of @query must
 * match a word of @label, in the same order, other words between allowed.
 * A query word matches a Kazakh word as in %KEL_SEARCH_DEFAULT (its stem
 * begins the word: "ресурстарға" matches "ресурстарды"); a Russian word
 * when the word begins with the query word's Russian stem (kel_ru_stem():
 * "войны" matches "война"); a Chinese label when it contains the query,
 * spaces aside.  Case and look-alikes are ignored throughout.
 *
 * Returns: %TRUE when @label matches; a blank @query matches every label,
 *   a %NULL @label none
 */
gboolean
kel_search_label_matches (const char *label,
                          KelLang     lang,
                          const char *query)
{
  g_autofree char *folded_query = NULL;
  g_autofree char *folded_label = NULL;
  g_auto(GStrv) query_words = NULL;
  g_auto(GStrv) label_words = NULL;
  guint j = 0;

  g_return_val_if_fail (lang < KEL_N_LANGS, FALSE);
  if (label == NULL)
    return FALSE;
  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return TRUE;
  folded_query = kel_text_fold (query);
  query_words = kel_text_split_words (folded_query, KEL_TEXT_HYPHENS_SPLIT);
  if (query_words[0] == NULL)
    return TRUE;

  if (lang == KEL_LANG_ZH)
    {
      g_autofree char *a = compact (label);
      g_autofree char *b = compact (query);

      return strstr (a, b) != NULL;
    }

  folded_label = kel_text_fold (label);
  label_words = kel_text_split_words (folded_label, KEL_TEXT_HYPHENS_SPLIT);
  for (guint k = 0; query_words[k]; k++)
    {
      g_autofree char *stem = lang == KEL_LANG_RU ? kel_ru_stem (query_words[k])
                                                  : kel_kk_stem (query_words[k]);
      gboolean found = FALSE;

      for (; label_words[j] && !found; j++)
        found = lang == KEL_LANG_RU ? ru_word_matches (query_words[k], stem, label_words[j])
                                    : kk_word_matches (query_words[k], stem, label_words[j]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/**
 * kel_search_term_matches:
 * @term: a term
 * @query: what the reader typed in the glossary's filter entry
 *
 * Whether the glossary filter keeps @term: kel_search_label_matches() for
 * any of its three labels or its Kazakh variants.  "ресурстарға" keeps
 * "ақпараттық ресурстар", "ақпараттық ресурстарды заңсыз пайдалану" and
 * "ақпараттық ресурстарға рұқсатсыз араласу"; "соғыс" keeps "ақпараттық
 * соғыс"; "война" and "信息战" keep it too.
 *
 * Returns: %TRUE when the filter keeps @term; a blank @query keeps all
 */
gboolean
kel_search_term_matches (KelTerm    *term,
                         const char *query)
{
  const char * const *variants;

  g_return_val_if_fail (KEL_IS_TERM (term), FALSE);
  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    if (kel_search_label_matches (kel_term_get_label (term, lang), lang, query))
      return TRUE;
  variants = kel_term_get_variants (term);
  for (guint i = 0; variants != NULL && variants[i]; i++)
    if (kel_search_label_matches (variants[i], KEL_LANG_KK, query))
      return TRUE;
  return FALSE;
}
