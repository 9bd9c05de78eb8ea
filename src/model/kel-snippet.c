/* kel-snippet.c — a one-line excerpt around a match, for result lists and "Used in"
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-search.h"

/* A snippet shows the whole block rather than leave out this few characters
 * at either end. */
#define SNIPPET_SLACK 8

/**
 * kel_document_get_snippet:
 * @doc: a document
 * @start: first character of a match
 * @end: end of the match (exclusive)
 * @context_chars: how many characters of context to show on each side
 * @hl_start: (out) (optional): where the match starts in the snippet, in
 *   characters
 * @hl_end: (out) (optional): where the match ends in the snippet, in
 *   characters (exclusive)
 *
 * A one-line excerpt around a match, for result lists and the glossary's
 * "Used in": the match with up to @context_chars characters on each side,
 * taken from the block (paragraph) it is in, cut at spaces rather than
 * inside a word, "…" where the block goes on, whitespace and line breaks
 * collapsed to single spaces.
 *
 * Returns: (transfer full): the snippet
 */
char *
kel_document_get_snippet (KelDocument *doc,
                          guint        start,
                          guint        end,
                          guint        context_chars,
                          guint       *hl_start,
                          guint       *hl_end)
{
  const KelBlock *first, *last;
  guint lo, hi, from, to, n_out = 0, mark_start = 0, mark_end = 0;
  g_autofree char *range = NULL;
  g_autofree gunichar *chars = NULL;
  GString *out;
  gboolean pending_space = FALSE, emitted = FALSE;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  end = MIN (end, kel_document_get_n_chars (doc));
  start = MIN (start, end);
  first = kel_document_get_block_at (doc, start);
  last = kel_document_get_block_at (doc, end > start ? end - 1 : end);
  lo = first ? MIN (first->start, start) : start;
  hi = last ? MAX (last->end, end) : end;

  range = kel_document_get_range (doc, lo, hi);
  chars = g_utf8_to_ucs4_fast (range, -1, NULL);

  /* the context, cut at a space rather than inside a word; not cut at all
   * when only a few characters would be left out ("1. " before a point) */
  from = start - MIN (context_chars, start - lo);
  if (from - lo <= SNIPPET_SLACK)
    from = lo;
  if (from > lo && !g_unichar_isspace (chars[from - lo - 1]))
    {
      guint p = from;

      while (p < start && !g_unichar_isspace (chars[p - lo]))
        p++;
      if (p < start)
        from = p;
    }
  to = end + MIN (context_chars, hi - end);
  if (hi - to <= SNIPPET_SLACK)
    to = hi;
  if (to < hi && !g_unichar_isspace (chars[to - lo]))
    {
      guint p = to;

      while (p > end && !g_unichar_isspace (chars[p - lo - 1]))
        p--;
      if (p > end)
        to = p;
    }

  out = g_string_new (NULL);
  if (from > lo)
    {
      g_string_append (out, "…");
      n_out++;
    }
  for (guint i = from; i < to; i++)
    {
      gunichar c = chars[i - lo];

      if (i == start)
        mark_start = n_out + (pending_space && !g_unichar_isspace (c) ? 1 : 0);
      if (i == end)
        mark_end = n_out;
      if (g_unichar_isspace (c))
        {
          pending_space = emitted;
          continue;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          n_out++;
          pending_space = FALSE;
        }
      g_string_append_unichar (out, c);
      n_out++;
      emitted = TRUE;
    }
  if (end >= to)
    mark_end = n_out;
  if (start >= to)
    mark_start = n_out;
  if (to < hi)
    g_string_append (out, "…");

  if (hl_start)
    *hl_start = mark_start;
  if (hl_end)
    *hl_end = MAX (mark_start, mark_end);
  return g_string_free (out, FALSE);
}
