/* bench-load.c — how long the bundled edition takes to load, and its memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the bundled edition and termbase 20 times and prints the median
 * time, next to the median time libxml2 alone takes to read the same two
 * resources (so the model's own share is visible on any machine), and the
 * memory a loaded document holds: the model's own estimate and the growth
 * of the resident set per document kept alive.
 *
 * Target (issue 3): under 10 ms and under 5 MB.  It prints; it never fails
 * on a figure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <libxml/parser.h>

#include "kel-document.h"
#include "kel-test-util.h"

#define RUNS 20
#define KEPT 50
#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"
#define TERMBASE_RESOURCE "/io/github/kelisim/Kelisim/edition/termbase.tbx"

static KelDocument *
load (void)
{
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_bundled (&error);

  if (doc == NULL)
    g_error ("the bundled edition does not load: %s", error->message);
  return doc;
}

/* What libxml2 alone does with the same two files: look them up in the
 * resource and parse them into a tree. */
static void
parse_alone (void)
{
  const char *paths[] = { EDITION_RESOURCE, TERMBASE_RESOURCE };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (paths[i], G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      xmlDoc *doc = xmlReadMemory (data, (int) len, paths[i], "UTF-8", XML_PARSE_NONET);

      if (doc == NULL)
        g_error ("libxml2 cannot parse %s", paths[i]);
      xmlFreeDoc (doc);
    }
}

int
main (int   argc,
      char *argv[])
{
  double model_ms[RUNS], parse_ms[RUNS];
  KelDocument *kept[KEPT];
  gsize model_bytes, rss_before, rss_after;
  double t_model, t_parse;

  /* warm up: register the resource, initialise libxml2 */
  g_object_unref (load ());
  parse_alone ();

  /* memory: the model's estimate, and the resident set per kept document */
  rss_before = kel_test_resident_bytes ();
  for (guint i = 0; i < KEPT; i++)
    kept[i] = load ();
  rss_after = kel_test_resident_bytes ();
  model_bytes = kel_document_get_memory_size (kept[0]);
  for (guint i = 0; i < KEPT; i++)
    g_object_unref (kept[i]);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      KelDocument *doc = load ();

      model_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_object_unref (doc);

      start = g_get_monotonic_time ();
      parse_alone ();
      parse_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  t_model = kel_test_median (model_ms, RUNS);
  t_parse = kel_test_median (parse_ms, RUNS);

  printf ("load: median %.1f ms (libxml2 parse alone %.1f ms, ratio %.1f); "
          "model memory %.2f MB (RSS +%.2f MB per loaded document)\n",
          t_model, t_parse, t_parse > 0 ? t_model / t_parse : 0.0,
          model_bytes / (1024.0 * 1024.0),
          rss_after > rss_before ? (rss_after - rss_before) / (double) KEPT / (1024.0 * 1024.0) : 0.0);
  printf ("load: %d runs, fastest %.1f ms, slowest %.1f ms; target under 10 ms and 5 MB\n",
          RUNS, model_ms[0], model_ms[RUNS - 1]);
  return 0;
}
