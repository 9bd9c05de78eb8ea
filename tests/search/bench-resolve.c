/* bench-resolve.c — how long "Go to" takes to resolve what is typed, per
 * keystroke
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, for the bundled agreement:
 *
 *  - the first call, which builds the table of locations;
 *  - the median and the slowest time of kel_document_resolve() per
 *    keystroke while typing each of a dozen citations and terms in the
 *    three languages, one character more each time (every prefix).
 *
 * Target (issue 16): under 1 ms per keystroke.  It prints; it never fails
 * on a figure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kel-resolve.h"
#include "kel-test-util.h"

#define ROUNDS 20

static const char *typed[] = {
  "5-бап, 2-тармақ",
  "статья 5, пункт 2",
  "第五条第二款",
  "art. 5 para 2",
  "3-бап 5)",
  "приложение 2, пункт 5 (признаки)",
  "附件二第三项",
  "Кіріспе, 3-абзац",
  "ақпараттық ресурстарға рұқсатсыз араласу",
  "информационной войны",
  "kelisim:att_2__threat_5__signs",
  "«жарты жылда бір рет» (Келісім, 5-бап, 2-тармақ)",
  "мұндай бап жоқ",
};

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 t0;
  double first, worst = 0, total = 0;

  if (doc == NULL)
    {
      printf ("1..0 # SKIP %s\n", error->message);
      return 0;
    }

  t0 = g_get_monotonic_time ();
  kel_document_resolve (doc, "5-бап", NULL, NULL);
  first = (g_get_monotonic_time () - t0) / 1000.0;

  for (guint round = 0; round < ROUNDS; round++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      for (const char *p = typed[i]; *p; )
        {
          g_autofree char *prefix = NULL;
          double ms;

          p = g_utf8_next_char (p);
          prefix = g_strndup (typed[i], (gsize) (p - typed[i]));
          t0 = g_get_monotonic_time ();
          kel_document_resolve (doc, prefix, NULL, NULL);
          ms = (g_get_monotonic_time () - t0) / 1000.0;
          g_array_append_val (times, ms);
          total += ms;
          worst = MAX (worst, ms);
        }

  kel_test_sort_doubles ((double *) times->data, times->len);
  printf ("# resolve: first call (builds the table of locations): %.3f ms\n", first);
  printf ("# resolve: %u keystrokes over %u texts x %d rounds\n",
          times->len / ROUNDS, (guint) G_N_ELEMENTS (typed), ROUNDS);
  printf ("# resolve per keystroke: median %.4f ms, mean %.4f ms, 99th percentile %.4f ms, slowest %.4f ms (target < 1 ms)\n",
          g_array_index (times, double, times->len / 2), total / times->len,
          g_array_index (times, double, times->len * 99 / 100), worst);
  printf ("1..0 # benchmark: figures above\n");
  return 0;
}
