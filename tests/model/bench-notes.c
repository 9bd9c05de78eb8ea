/* bench-notes.c — how long 1,000 notes take to load, place and list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a notes file of 1,000 annotations spread over the bundled
 * agreement (quotes of 20 to 80 characters, with their context), then
 * prints the median and slowest of ROUNDS runs of:
 *
 *  - load: kel_notes_new() — read, parse, place each quote, sort;
 *  - list: what the Notes page shows for each row: location and snippet;
 *  - add: one more note saved at once (the whole file written).
 *
 * Target (issue 16): load and list under 100 ms.  It prints; it never
 * fails on a figure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "kel-citation.h"
#include "kel-notes.h"
#include "kel-particulars.h"
#include "kel-search.h"
#include "kel-test-util.h"

#define N_NOTES 1000
#define ROUNDS 15

static void
report (const char *what,
        double     *ms)
{
  kel_test_sort_doubles (ms, ROUNDS);
  printf ("%-6s median %7.2f ms   slowest %7.2f ms\n", what, ms[ROUNDS / 2], ms[ROUNDS - 1]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autofree char *dir = g_dir_make_tmp ("kelisim-bench-notes-XXXXXX", &error);
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  double load_ms[ROUNDS], list_ms[ROUNDS], add_ms[ROUNDS];
  guint unplaced = 0;

  g_assert_no_error (error);

  /* make the notes through the model once, written in one go */
  kel_test_make_notes (doc, dir, N_NOTES);
  name = kel_notes_file_name (kel_document_get_particulars (doc)->expression);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  printf ("%u notes, file %zu KB\n", N_NOTES, strlen (json) / 1024);

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(KelNotes) notes = kel_notes_new (doc, dir);
      gint64 t1 = g_get_monotonic_time ();
      guint count = g_list_model_get_n_items (G_LIST_MODEL (notes));
      gsize total = 0;

      unplaced = 0;
      for (guint i = 0; i < count; i++)
        {
          g_autoptr(KelAnnotation) a = g_list_model_get_item (G_LIST_MODEL (notes), i);
          guint s, e;

          if (kel_annotation_get_range (a, &s, &e))
            {
              const KelNode *node = kel_document_get_range_node (doc, s, e);
              g_autofree char *location = node ? kel_document_get_location (doc, node, KEL_LANG_KK) : NULL;
              g_autofree char *snippet = kel_document_get_snippet (doc, s, e, 40, NULL, NULL);

              total += (location ? strlen (location) : 0) + strlen (snippet);
            }
          else
            unplaced++;
        }
      load_ms[r] = (t1 - t0) / 1000.0;
      list_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      g_assert_cmpuint (count, ==, N_NOTES);
      g_assert_cmpuint (total, >, 0);

      t0 = g_get_monotonic_time ();
      g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, NULL, 100, 120, NULL, &error));
      g_assert_no_error (error);
      add_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      /* back to 1,000 */
      g_assert_true (g_file_set_contents (path, json, -1, NULL));
    }
  printf ("%u of %u could not be placed\n", unplaced, N_NOTES);
  report ("load", load_ms);
  printf ("(load + list: location and snippet of each row; target < 100 ms)\n");
  report ("list", list_ms);
  report ("add", add_ms);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
