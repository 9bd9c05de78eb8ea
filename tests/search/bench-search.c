/* bench-search.c — how long a search takes, per query and per keystroke
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, for the bundled agreement:
 *
 *  - the time the first search takes to build the word index, and the
 *    memory the index adds;
 *  - the median time of kel_document_search() per keystroke while typing a
 *    phrase, and per query for a few typical queries, each next to a plain
 *    g_strstr_len() scan of the reading text for the same bytes (no
 *    folding, no inflection) as a baseline for the machine;
 *  - the median time the glossary filter takes per keystroke (13 terms);
 *  - the same per-keystroke search on editions 10 and 100 times the
 *    agreement's size (its articles repeated, with fresh eIds), with the
 *    index memory for each, to show how both grow.
 *
 * Targets (issues 5 and 6): search under 5 ms per keystroke on the
 * agreement and under 50 ms on 100 times its size; glossary filter under
 * 5 ms.  It prints; it never fails on a figure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kel-document.h"
#include "kel-search.h"
#include "kel-term.h"
#include "kel-test-util.h"

#define BATCHES 15
#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"
#define TERMBASE_RESOURCE "/io/github/kelisim/Kelisim/edition/termbase.tbx"

static const char *typed = "ақпараттық қауіпсіздік";

static const struct { const char *query; KelSearchFlags flags; } typical[] = {
  { "ақпараттық", KEL_SEARCH_DEFAULT },
  { "қауіпсіздік", KEL_SEARCH_DEFAULT },
  { "ақпараттық соғыс", KEL_SEARCH_DEFAULT },
  { "бап", KEL_SEARCH_DEFAULT },
  { "ресурстарға", KEL_SEARCH_DEFAULT },
  { "ақпарат", KEL_SEARCH_WHOLE_WORD },
  { "ресурстарды", KEL_SEARCH_EXACT_FORM },
  { "информационной войны", KEL_SEARCH_DEFAULT },
  { "жоқсөз", KEL_SEARCH_DEFAULT },
};

/* Bytes the program has allocated, as glibc counts them; the resident set
 * does not show an index this small, which fits in memory already freed by
 * the loader.  0 elsewhere. */
static gsize
allocated_bytes (void)
{
#ifdef __GLIBC__
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}

/* @text padded with spaces to @width characters. */
static char *
pad (const char *text,
     guint       width)
{
  GString *out = g_string_new (text);

  for (glong n = g_utf8_strlen (text, -1); n < (glong) width; n++)
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

static guint
search_once (KelDocument    *doc,
             const char     *query,
             KelSearchFlags  flags)
{
  g_autoptr(GArray) matches = kel_document_search (doc, query, flags, NULL);

  return matches->len;
}

static guint
scan_once (const char *text,
           gsize       len,
           const char *query)
{
  gsize qlen = strlen (query);
  guint n = 0;

  for (const char *p = text; (p = g_strstr_len (p, len - (p - text), query)) != NULL; p += qlen)
    n++;
  return n;
}

/* Median milliseconds per call of one search, over BATCHES batches of
 * @repeat calls. */
static double
time_search (KelDocument    *doc,
             const char     *query,
             KelSearchFlags  flags,
             guint           repeat)
{
  double ms[BATCHES];

  for (guint b = 0; b < BATCHES; b++)
    {
      gint64 t0 = g_get_monotonic_time ();

      for (guint r = 0; r < repeat; r++)
        search_once (doc, query, flags);
      ms[b] = (g_get_monotonic_time () - t0) / 1000.0 / repeat;
    }
  return kel_test_median (ms, BATCHES);
}

static double
time_scan (const char *text,
           gsize       len,
           const char *query,
           guint       repeat)
{
  double ms[BATCHES];

  for (guint b = 0; b < BATCHES; b++)
    {
      gint64 t0 = g_get_monotonic_time ();

      for (guint r = 0; r < repeat; r++)
        scan_once (text, len, query);
      ms[b] = (g_get_monotonic_time () - t0) / 1000.0 / repeat;
    }
  return kel_test_median (ms, BATCHES);
}

/* Median milliseconds per keystroke while typing @phrase, for the search
 * and for the baseline scan. */
static void
time_typing (KelDocument *doc,
             const char  *phrase,
             guint        repeat,
             double      *search_ms,
             double      *scan_ms)
{
  gsize len;
  const char *text = kel_document_get_text (doc, &len);
  guint n = (guint) g_utf8_strlen (phrase, -1);
  g_autofree double *a = g_new (double, n);
  g_autofree double *b = g_new (double, n);

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *prefix = g_utf8_substring (phrase, 0, i);

      a[i - 1] = time_search (doc, prefix, KEL_SEARCH_DEFAULT, repeat);
      b[i - 1] = time_scan (text, len, prefix, repeat);
    }
  *search_ms = kel_test_median (a, n);
  *scan_ms = kel_test_median (b, n);
}

/* The glossary filter over every term, per keystroke of @phrase. */
static double
time_filter (KelDocument *doc,
             const char  *phrase)
{
  GListModel *terms = kel_document_get_terms (doc);
  guint n = (guint) g_utf8_strlen (phrase, -1);
  g_autofree double *ms = g_new (double, n);

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *prefix = g_utf8_substring (phrase, 0, i);
      double batch[BATCHES];

      for (guint b = 0; b < BATCHES; b++)
        {
          gint64 t0 = g_get_monotonic_time ();
          guint kept = 0;

          for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
            {
              g_autoptr(KelTerm) term = g_list_model_get_item (terms, t);

              kept += kel_search_term_matches (term, prefix);
            }
          batch[b] = (g_get_monotonic_time () - t0) / 1000.0;
          (void) kept;
        }
      ms[i - 1] = kel_test_median (batch, BATCHES);
    }
  return kel_test_median (ms, n);
}

/* The bundled edition with its articles repeated @copies times, each copy
 * with its own eIds. */
static KelDocument *
scaled (guint    copies,
        GError **error)
{
  g_autoptr(GBytes) edition = g_resources_lookup_data (EDITION_RESOURCE, 0, error);
  g_autoptr(GBytes) termbase = g_resources_lookup_data (TERMBASE_RESOURCE, 0, error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = NULL;
  const char *body, *body_end;
  GString *out;
  g_autofree char *articles = NULL;

  if (edition == NULL || termbase == NULL)
    return NULL;
  xml = g_strndup (g_bytes_get_data (edition, NULL), g_bytes_get_size (edition));
  body = strstr (xml, "<body>");
  body_end = body ? strstr (body, "</body>") : NULL;
  if (body_end == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no <body> in the bundled edition");
      return NULL;
    }
  body += strlen ("<body>");
  articles = g_strndup (body, body_end - body);

  out = g_string_new_len (xml, body_end - xml);
  for (guint k = 1; k < copies; k++)
    {
      g_autofree char *prefix = g_strdup_printf ("copy%u_", k);
      g_autofree char *eid = g_strconcat ("eId=\"", prefix, NULL);
      g_autofree char *href = g_strconcat ("href=\"#", prefix, "art_", NULL);
      GString *copy = g_string_new (articles);

      g_string_replace (copy, "eId=\"", eid, 0);
      g_string_replace (copy, "href=\"#art_", href, 0);
      g_string_append (out, copy->str);
      g_string_free (copy, TRUE);
    }
  g_string_append (out, body_end);
  bytes = g_string_free_to_bytes (out);
  return kel_document_new_from_bytes (bytes, "scaled.akn.xml", termbase, "termbase.tbx", error);
}

/* How many copies of the articles make an edition @factor times the size
 * of @doc's text. */
static guint
copies_for (KelDocument *doc,
            guint        factor)
{
  guint articles = 0, n = kel_document_get_n_chars (doc);

  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      if (node->kind == KEL_NODE_ARTICLE)
        articles += node->end - node->start + 1;
    }
  if (articles == 0)
    return 1;
  return 1 + (guint) (((guint64) (factor - 1) * n + articles - 1) / articles);
}

static void
print_scale (KelDocument *bundled)
{
  static const guint factors[] = { 1, 10, 100 };

  printf ("scale (the articles repeated to N times the size; per keystroke typing “%s”):\n", typed);
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KelDocument) doc = scaled (copies_for (bundled, factors[i]), &error);
      gsize before, after;
      gint64 t0;
      double build_ms, search_ms, scan_ms;

      if (doc == NULL)
        {
          printf ("  %3u×: not measured: %s\n", factors[i], error->message);
          continue;
        }
      before = allocated_bytes ();
      t0 = g_get_monotonic_time ();
      search_once (doc, "ақпарат", KEL_SEARCH_DEFAULT);
      build_ms = (g_get_monotonic_time () - t0) / 1000.0;
      after = allocated_bytes ();
      time_typing (doc, typed, factors[i] >= 100 ? 1 : 3, &search_ms, &scan_ms);
      printf ("  %3u× (%7u characters): index %6.1f ms, %6.2f MB; search %7.3f ms per keystroke "
              "(plain substring scan %7.3f ms)\n",
              factors[i], kel_document_get_n_chars (doc), build_ms,
              (after > before ? after - before : 0) / 1e6, search_ms, scan_ms);
    }
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  gsize len, before, after;
  const char *text;
  double build[5], search_ms, scan_ms, filter_ms;
  g_autofree double *per_query = g_new (double, G_N_ELEMENTS (typical));
  g_autofree double *per_scan = g_new (double, G_N_ELEMENTS (typical));

  if (doc == NULL)
    {
      g_printerr ("bench-search: %s\n", error->message);
      return 1;
    }
  text = kel_document_get_text (doc, &len);

  /* the index, built by the first search on a fresh document */
  for (guint i = 0; i < G_N_ELEMENTS (build); i++)
    {
      g_autoptr(KelDocument) fresh = kel_document_new_bundled (NULL);
      gint64 t0 = g_get_monotonic_time ();

      search_once (fresh, "ақпарат", KEL_SEARCH_DEFAULT);
      build[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  before = allocated_bytes ();
  search_once (doc, "ақпарат", KEL_SEARCH_DEFAULT);
  after = allocated_bytes ();
  printf ("search: first search (builds the index) %.2f ms; index about %.0f kB\n",
          kel_test_median (build, G_N_ELEMENTS (build)), (after > before ? after - before : 0) / 1e3);

  time_typing (doc, typed, 20, &search_ms, &scan_ms);
  printf ("search: median %.3f ms per keystroke typing “%s” (plain substring scan %.3f ms)\n",
          search_ms, typed, scan_ms);

  for (guint i = 0; i < G_N_ELEMENTS (typical); i++)
    {
      g_autofree char *query = pad (typical[i].query, 22);

      per_query[i] = time_search (doc, typical[i].query, typical[i].flags, 20);
      per_scan[i] = time_scan (text, len, typical[i].query, 20);
      printf ("  %s %-10s %3u hits  %.3f ms  (scan %.3f ms)\n", query,
              typical[i].flags & KEL_SEARCH_EXACT_FORM ? "exact" :
              typical[i].flags & KEL_SEARCH_WHOLE_WORD ? "whole-word" : "default",
              search_once (doc, typical[i].query, typical[i].flags), per_query[i], per_scan[i]);
    }
  printf ("search: median %.3f ms per query (plain substring scan %.3f ms)\n",
          kel_test_median (per_query, G_N_ELEMENTS (typical)), kel_test_median (per_scan, G_N_ELEMENTS (typical)));

  filter_ms = time_filter (doc, "ресурстарға");
  printf ("glossary filter: median %.3f ms per keystroke over %u terms\n", filter_ms,
          g_list_model_get_n_items (kel_document_get_terms (doc)));

  print_scale (doc);
  return 0;
}
