/* kel-search.h — Kazakh-aware search in the agreement and in term labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules a query follows, in every mode:
 *
 *  - Letter case is ignored for the whole Kazakh Cyrillic alphabet (Ә Ғ Қ Ң
 *    Ө Ұ Ү Һ І included), and Latin letters that look like Cyrillic ones
 *    read as the Cyrillic letter (Latin "h" as "һ", "a" as "а", "i" as "і",
 *    ...), so a query typed on the wrong keyboard layout still finds the
 *    text (kel_text_fold_char()).  Quotes fold to '"' («, », “, ” and "
 *    alike, so a typed "..." finds «...»), dashes to '-'.
 *
 *  - A query is a sequence of words.  A word is a run of letters, digits
 *    and marks; a hyphen separates two words ("ақпараттық-коммуникациялық"
 *    is the words "ақпараттық" and "коммуникациялық" with "-" between).
 *    Matches are always whole words of the text: a match starts at the
 *    start of a text word and ends at the end of one.
 *
 *  - Whitespace never matters: a phrase matches across the line breaks and
 *    the runs of spaces of the text, and the spaces of a query match any
 *    whitespace (or none).  Punctuation matters: the punctuation between
 *    two query words must be exactly the punctuation between the two text
 *    words, whitespace aside.  So "ақпараттық соғыс" does not match
 *    "ақпараттық, соғыс", and "мүше мемлекеттердің" does not match
 *    "мүше-мемлекеттердің".  Punctuation before the first word or after
 *    the last word of a query must stand there in the text and is part of
 *    the match: "«ақпараттық соғыс»" matches only the quoted headword.
 *    A query with no word at all matches its punctuation literally, as a
 *    whole-word search cannot ("«" finds every quote mark).
 *
 *  - A word with a digit matches only the same number ("1" does not find
 *    "10" or "2009").
 *
 * How a query word matches a text word depends on the mode:
 *
 *  - %KEL_SEARCH_DEFAULT: inflection-aware and word-prefix friendly, for
 *    search as you type.  The query word is stemmed (kel_kk_stem(): plural,
 *    possessive and case endings removed) and the text word must begin with
 *    that stem, its last consonant voiced or not: "қауіпсіздік" finds
 *    "қауіпсіздікті", "қауіпсіздігін" and "қауіпсіздікке"; "бап" finds
 *    "бабында"; "ресурс" and "ресурстарға" both find "ресурстарды".  A text
 *    word that merely begins with the stem also matches: "ақпарат" finds
 *    "ақпараттық".
 *
 *  - %KEL_SEARCH_WHOLE_WORD: the text word must be the query word in one of
 *    its inflected forms (kel_kk_is_form_of()): the same stem, followed by
 *    nothing but plural, possessive and case endings.  "ақпарат" finds
 *    "ақпаратты" and "ақпараттың" but not "ақпараттық", a different word;
 *    "ресурс" finds "ресурстарға".
 *
 *  - %KEL_SEARCH_EXACT_FORM: no inflection: the text word must be the query
 *    word itself, case and look-alikes aside ("ресурс" does not find
 *    "ресурстарға").  Exact form implies whole words; with it
 *    %KEL_SEARCH_WHOLE_WORD changes nothing.
 *
 * A query that is the Russian label of a defined term, in any inflection
 * (kel_ru_stem()), or its Chinese label (spaces aside), finds that term's
 * occurrences in the Kazakh text, whatever the mode.  Only whole labels
 * count: "войны" alone is not a label and finds nothing in the Kazakh text.
 * A Kazakh label is searched as text, like any other phrase (it finds the
 * same places as the term's occurrences, the other terms that contain it
 * included).
 */
#pragma once

#include "kel-document.h"
#include "kel-lang.h"

G_BEGIN_DECLS

/**
 * KelSearchFlags:
 * @KEL_SEARCH_DEFAULT: inflected forms and words that begin with the
 *   query's stem match
 * @KEL_SEARCH_WHOLE_WORD: only the query's words in their inflected forms
 * @KEL_SEARCH_EXACT_FORM: only the query's words in the form typed
 *
 * How a query word matches a word of the text; see the top of kel-search.h.
 */
typedef enum
{
  KEL_SEARCH_DEFAULT    = 0,
  KEL_SEARCH_WHOLE_WORD = 1 << 0,
  KEL_SEARCH_EXACT_FORM = 1 << 1,
} KelSearchFlags;

/**
 * KelMatch:
 * @start: first character of the match in kel_document_get_text()
 * @end: end of the match (exclusive)
 *
 * A search hit, in character offsets of the reading text (as a
 * GtkTextBuffer counts them).
 */
typedef struct
{
  guint start;
  guint end;
} KelMatch;

void      kel_document_prepare_search (KelDocument *doc);

GArray   *kel_document_search      (KelDocument    *doc,
                                    const char     *query,
                                    KelSearchFlags  flags,
                                    KelTerm       **via_term);

GArray   *kel_search_text          (const char     *text,
                                    const char     *query,
                                    KelSearchFlags  flags);

char     *kel_document_get_snippet (KelDocument    *doc,
                                    guint           start,
                                    guint           end,
                                    guint           context_chars,
                                    guint          *hl_start,
                                    guint          *hl_end);

gboolean  kel_search_label_matches (const char     *label,
                                    KelLang         lang,
                                    const char     *query);

KelTerm  *kel_document_find_foreign_term (KelDocument *doc,
                                          const char  *query);
gboolean  kel_search_term_matches  (KelTerm        *term,
                                    const char     *query);

G_END_DECLS
