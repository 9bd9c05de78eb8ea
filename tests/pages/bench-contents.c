/* bench-contents.c — how long the contents page takes to show a document
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, asserts nothing.  For the bundled agreement and for each
 * Akoma Ntoso file named on the command line (or in KELISIM_BENCH_EDITIONS,
 * separated by colons): the median time to give the page the document (the
 * call), until a window showing the page has painted its first frame, and
 * the CPU time spent until then (the frame time also waits for the frame
 * clock and for the machine).
 * The contents of a long act must not slow down the first frame.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kel-contents-page.h"
#include "kel-test-gtk.h"
#include "kel-test-util.h"

static void
bench (KelDocument *doc,
       const char  *name)
{
  g_autoptr(GArray) call = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, NULL);
  guint rows = 0;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  kel_test_wait_paint (window);

  for (guint r = 0; r < 20; r++)
    {
      gint64 t0 = g_get_monotonic_time (), t1;
      double c0 = kel_test_cpu_ms ();
      double ms;

      kel_contents_page_set_document (KEL_CONTENTS_PAGE (page), doc);
      t1 = g_get_monotonic_time ();
      kel_test_wait_paint (window);
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (call, ms);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (frame, ms);
      ms = kel_test_cpu_ms () - c0;
      g_array_append_val (cpu, ms);
      rows = kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page));
      kel_contents_page_set_document (KEL_CONTENTS_PAGE (page), NULL);
      kel_test_wait_paint (window);
    }
  g_print ("contents of %s (%u rows listed): %.2f ms call, %.2f ms to painted frame, "
           "%.2f ms CPU until then (median of %u)\n",
           name, rows, kel_test_median ((double *) call->data, call->len), kel_test_median ((double *) frame->data, frame->len), kel_test_median ((double *) cpu->data, cpu->len), call->len);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) bundled = NULL;
  g_auto(GStrv) files = NULL;

  gtk_init ();
  bundled = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  bench (bundled, "the bundled agreement");

  if (argc > 1)
    files = g_strdupv (argv + 1);
  else if (g_getenv ("KELISIM_BENCH_EDITIONS") != NULL)
    files = g_strsplit (g_getenv ("KELISIM_BENCH_EDITIONS"), ":", -1);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (files[i]);
      g_autoptr(KelDocument) doc = kel_document_new_from_files (file, NULL, &error);
      g_autofree char *name = g_path_get_basename (files[i]);

      if (doc == NULL)
        {
          g_print ("%s: %s\n", name, error->message);
          g_clear_error (&error);
          continue;
        }
      bench (doc, name);
    }
  return 0;
}
