/* bench-real.c — the largest real document of the corpus next to the
 * bundled agreement: first frame, search per keystroke, PDF export
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The largest *.xml of tests/data/real/ (or of $KELISIM_REAL_CORPUS; see
 * tests/data/real/README.md)
 * and the bundled agreement, each:
 *   - first frame: the program started as a child with the document, timed
 *     from spawn to its first painted frame (median of RUNS);
 *   - search per keystroke: a word of the text typed letter by letter,
 *     kel_document_search() after each letter (median and slowest
 *     keystroke), after kel_document_prepare_search(), which the window
 *     runs when the search opens (timed apart: it builds the index);
 *   - PDF export: kel_print_job_export_pdf() of the whole document.
 * Figures are printed, never asserted.  Without a display or a corpus it
 * says SKIP for what it cannot measure.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kel-application.h"
#include "kel-print.h"
#include "kel-search.h"
#include "kel-test-util.h"

#define RUNS 7

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  printf ("first-frame\n");
  fflush (stdout);
  _exit (0);
}

static void
on_map (GtkWidget *window,
        gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

static int
run_child (const char *edition)
{
  g_autoptr(GApplication) app = G_APPLICATION (kel_application_new ());
  char *argv[] = { (char *) "kelisim", (char *) edition, NULL };

  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (app, edition[0] ? 2 : 1, argv);
}

/* Median ms from spawn to first frame, or -1; @cpu: the median processor
 * time the child spent to get there (all its threads), which a busy
 * machine delays less than it delays the clock. */
static double
first_frame (const char *self_path,
             const char *edition,
             double     *cpu)
{
  double ms[RUNS], cpu_ms[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      const char *argv[] = { self_path, "--child", edition, NULL };
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      char buf[64] = { 0 };
      GPid pid;
      int out_fd, status;
      FILE *f;

      if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                     NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
        return -1;
      f = fdopen (out_fd, "r");
      if (f == NULL || fgets (buf, sizeof buf, f) == NULL)
        buf[0] = '\0';
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (f != NULL)
        fclose (f);
      {
        struct rusage usage;

        wait4 (pid, &status, 0, &usage);
        cpu_ms[i] = usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
                    + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
      }
      g_spawn_close_pid (pid);
      if (!g_str_has_prefix (buf, "first-frame"))
        return -1;
    }
  *cpu = kel_test_median (cpu_ms, RUNS);
  return kel_test_median (ms, RUNS);
}

/* A word of the text, at least 7 letters, from its middle. */
static char *
probe_word (KelDocument *doc)
{
  const char *text = kel_document_get_text (doc, NULL);
  const char *p = g_utf8_offset_to_pointer (text, kel_document_get_n_chars (doc) / 2);

  while (*p)
    {
      const char *start = p;
      guint n = 0;

      while (*p && g_unichar_isalpha (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          n++;
        }
      if (n >= 7)
        return g_strndup (start, p - start);
      if (*p)
        p = g_utf8_next_char (p);
    }
  return g_strdup ("the");
}

static void
measure (const char *self_path,
         const char *label,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(KelPrintJob) job = NULL;
  g_autofree char *word = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *size = NULL;
  double keys[64], open_search, slowest_key = 0, frame, export_ms, load_ms, cpu = 0;
  guint n_keys = 0;
  gint64 t;
  GStatBuf st;

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      t = g_get_monotonic_time ();
      doc = kel_document_new_from_files (file, NULL, &error);
    }
  else
    {
      t = g_get_monotonic_time ();
      doc = kel_document_new_bundled (&error);
    }
  if (doc == NULL)
    {
      printf ("real: %s: does not load: %s\n", label, error->message);
      return;
    }
  load_ms = (g_get_monotonic_time () - t) / 1000.0;
  size = path && g_stat (path, &st) == 0 ? g_strdup_printf ("%.0f KB", st.st_size / 1024.0) : g_strdup ("bundled");
  printf ("real: %s: %s, %u characters, %u lines; loads in %.1f ms\n", label, size,
          kel_document_get_n_chars (doc), kel_document_get_n_blocks (doc), load_ms);

  frame = g_getenv ("DISPLAY") || g_getenv ("WAYLAND_DISPLAY") ? first_frame (self_path, path ? path : "", &cpu) : -1;
  if (frame >= 0)
    printf ("real: %s: first frame (spawn to painted window) median %.1f ms of %d runs "
            "(processor time %.1f ms, all threads)\n", label, frame, RUNS, cpu);
  else
    printf ("real: %s: first frame SKIP (no display)\n", label);

  word = probe_word (doc);
  /* as the window does: the index is built when the search opens */
  t = g_get_monotonic_time ();
  kel_document_prepare_search (doc);
  open_search = (g_get_monotonic_time () - t) / 1000.0;
  for (const char *p = g_utf8_next_char (word); ; p = g_utf8_next_char (p))
    {
      g_autofree char *typed = g_strndup (word, p - word);
      g_autoptr(GArray) matches = NULL;

      t = g_get_monotonic_time ();
      matches = kel_document_search (doc, typed, 0, NULL);
      if (n_keys < G_N_ELEMENTS (keys))
        {
          keys[n_keys] = (g_get_monotonic_time () - t) / 1000.0;
          slowest_key = MAX (slowest_key, keys[n_keys]);
          n_keys++;
        }
      if (*p == '\0')
        break;
    }
  printf ("real: %s: search “%s” typed letter by letter: opening the search (builds the index) %.2f ms, "
          "then median %.3f ms per keystroke, slowest %.3f ms, over %u keystrokes\n",
          label, word, open_search, kel_test_median (keys, n_keys), slowest_key, n_keys);

  pdf = g_build_filename (g_get_tmp_dir (), "kelisim-bench-real.pdf", NULL);
  job = kel_print_job_new (doc, KEL_LANG_KK, FALSE);
  t = g_get_monotonic_time ();
  if (!kel_print_job_export_pdf (job, pdf, &error))
    printf ("real: %s: PDF export failed: %s\n", label, error->message);
  else
    {
      export_ms = (g_get_monotonic_time () - t) / 1000.0;
      printf ("real: %s: PDF export %u pages in %.0f ms\n", label, kel_print_job_get_n_pages (job), export_ms);
    }
  g_unlink (pdf);
}

int
main (int   argc,
      char *argv[])
{
  const char *root = g_getenv ("KELISIM_REAL_CORPUS");
  g_autofree char *fallback = NULL;
  g_autofree char *largest = NULL;
  g_autoptr(GDir) dir = NULL;
  goffset largest_size = -1;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  if (root == NULL)
    root = fallback = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR") ? g_getenv ("KELISIM_SOURCE_DIR") : ".",
                                        "tests", "data", "real", NULL);
  dir = g_dir_open (root, 0, NULL);
  for (const char *name; dir && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *path = g_build_filename (root, name, NULL);
      GStatBuf st;

      if (g_str_has_suffix (name, ".xml") && g_stat (path, &st) == 0 && st.st_size > largest_size)
        {
          largest_size = st.st_size;
          g_free (largest);
          largest = g_steal_pointer (&path);
        }
    }

  measure (argv[0], "bundled agreement", NULL);
  if (largest == NULL)
    printf ("real: SKIP, no real corpus at %s (set KELISIM_REAL_CORPUS)\n", root);
  else
    {
      g_autofree char *base = g_path_get_basename (largest);
      measure (argv[0], base, largest);
    }
  return 0;
}
