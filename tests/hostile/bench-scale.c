/* bench-scale.c — load, memory, search and first frame at 1×, 10× and 100×
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates editions 1, 10 and 100 times the agreement's size with
 * tools/make-scaled-edition.py into a temporary folder, and prints for each:
 *
 *  - load: the median of 5 loads of the edition and the bundled termbase
 *    (kel_document_new_from_files(), what File > Open does in its thread);
 *  - memory, in a fresh process: the heap in use and the growth of the
 *    resident set for one loaded document and for its search index, and the
 *    process's peak while loading;
 *  - search per keystroke: a few queries typed one character at a time,
 *    kel_document_search() for each prefix, median and slowest;
 *  - first frame (under a display): a child process runs the application
 *    as `kelisim EDITION TERMBASE` does (the edition loads in a thread while
 *    GTK starts, then the window shows it) and reports when the window has
 *    painted its first frame, timed from the child's start, and how long
 *    the load took in its thread; then it scrolls through the text, a step
 *    per frame, and reports the frame times.  Each such child alternates
 *    with one that shows a bare GtkApplicationWindow of the same size (as
 *    bench-startup's), the baseline: the first frame is also printed as a
 *    ratio to it, clock and processor time (all threads) to the first frame,
 *    and the time from the end of the load to the first frame (what the
 *    widgets do with the edition; the parse before it is the model's).
 *
 * Then the ratios 10×/1× and 100×/10×: linear growth is a ratio near 10.
 * Figures only; nothing is asserted.  Targets (issue 8): linear growth, the
 * 100× edition open in under 1 s and scrolling without dropped frames.
 *
 *   bench-scale PYTHON tools/make-scaled-edition.py
 *
 * To profile the window's start on one edition:
 *
 *   KELISIM_SCALE_FIRST_FRAME_ONLY=1 valgrind --tool=callgrind \
 *     bench-scale --child x100.akn.xml
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <malloc.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-search.h"
#include "kel-window.h"
#include "kel-test-util.h"
#include "kel-trace.h"

#define LOADS 5
#define FRAME_RUNS 5
#define SCROLL_FRAMES 120

static const guint scales[] = { 1, 10, 100 };

/* What a reader types, one character at a time. */
static const char *queries[] = {
  "ақпараттық қауіпсіздікті",
  "ресурстарға",
  "мемлекеттердің",
  "информационной безопасности",
  "信息安全",
};

typedef struct
{
  double load_ms;
  double rss_mb;
  double index_mb;
  double index_rss_mb;
  double heap_mb;
  double peak_mb;
  double model_mb;
  double index_ms;
  double key_ms;
  double key_max_ms;
  double frame_ms;
  double frame_load_ms;
  double frame_cpu_ms;
  double after_load_ms;
  double bare_ms;
  double bare_cpu_ms;
  double scroll_ms;
  double scroll_max_ms;
  guint  scroll_slow;
  guint  n_chars;
  gsize  bytes;
} Figures;

static double
resident_mb (void)
{
  return kel_test_resident_bytes () / (1024.0 * 1024.0);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static char *
termbase_path (void)
{
  return g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "data", "edition", "termbase.tbx", NULL);
}

static KelDocument *
load (const char *path)
{
  g_autofree char *tb = termbase_path ();
  g_autoptr(GFile) edition = g_file_new_for_path (path);
  g_autoptr(GFile) termbase = g_file_new_for_path (tb);
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_from_files (edition, termbase, &error);

  if (doc == NULL)
    g_error ("%s", error->message);
  return doc;
}

/* -- the model ------------------------------------------------------------ */

static void
measure_model (const char *path,
               Figures    *f)
{
  double loads[LOADS];
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GArray) first = NULL;
  gint64 start;

  for (guint i = 0; i < LOADS; i++)
    {
      g_autoptr(KelDocument) d = NULL;

      start = g_get_monotonic_time ();
      d = load (path);
      loads[i] = ms_since (start);
    }
  f->load_ms = kel_test_median (loads, LOADS);

  doc = load (path);
  f->model_mb = kel_document_get_memory_size (doc) / (1024.0 * 1024.0);
  f->n_chars = kel_document_get_n_chars (doc);

  /* the first search builds the index */
  start = g_get_monotonic_time ();
  first = kel_document_search (doc, "а", KEL_SEARCH_DEFAULT, NULL);
  f->index_ms = ms_since (start);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (const char *end = g_utf8_next_char (queries[q]);; end = g_utf8_next_char (end))
      {
        g_autofree char *prefix = g_strndup (queries[q], end - queries[q]);
        g_autoptr(GArray) matches = NULL;
        double ms;

        start = g_get_monotonic_time ();
        matches = kel_document_search (doc, prefix, KEL_SEARCH_DEFAULT, NULL);
        ms = ms_since (start);
        g_array_append_val (keys, ms);
        if (*end == '\0')
          break;
      }
  kel_test_sort_doubles ((double *) keys->data, keys->len);
  f->key_max_ms = g_array_index (keys, double, keys->len - 1);
  f->key_ms = kel_test_median ((double *) keys->data, keys->len);
}

/* -- memory, in a fresh child process -------------------------------------- */

/* The peak resident set so far (VmHWM), in MB. */
static double
peak_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "\nVmHWM:");
  return line ? g_ascii_strtod (line + strlen ("\nVmHWM:"), NULL) / 1024.0 : 0;
}

/* Bytes of the heap in use, in MB (glibc's malloc statistics). */
static double
heap_mb (void)
{
  return mallinfo2 ().uordblks / (1024.0 * 1024.0);
}

static int
run_memory_child (const char *path)
{
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GArray) matches = NULL;
  double rss0, rss1, rss2, heap0, heap1, heap2;

  rss0 = resident_mb ();
  heap0 = heap_mb ();
  doc = load (path);
  rss1 = resident_mb ();
  heap1 = heap_mb ();
  matches = kel_document_search (doc, "а", KEL_SEARCH_DEFAULT, NULL);
  rss2 = resident_mb ();
  heap2 = heap_mb ();
  printf ("memory rss=%.2f index-rss=%.2f heap=%.2f index-heap=%.2f peak=%.2f\n",
          rss1 - rss0, rss2 - rss1, heap1 - heap0, heap2 - heap1, peak_mb ());
  return 0;
}

static void
measure_memory (const char *self_path,
                const char *path,
                Figures    *f)
{
  const char *argv[] = { self_path, "--memory", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error))
    g_error ("%s", error->message);
  if (sscanf (out, "memory rss=%lf index-rss=%lf heap=%lf index-heap=%lf peak=%lf",
              &f->rss_mb, &f->index_rss_mb, &f->heap_mb, &f->index_mb, &f->peak_mb) != 5)
    g_error ("the memory child printed: %s", out);
}

/* -- the window, in a child process ----------------------------------------- */

typedef struct
{
  gint64           start;
  KelWindow       *window;
  double           after_load_ms;
  GtkAdjustment   *adjustment;
  double           load_ms;
  gint64           last_paint;
  guint            frames;
  GArray          *frame_ms;
  GCallback        first_paint;  /* the child's after-paint handler, once mapped */
} Child;

static void
on_scroll_paint (GdkFrameClock *clock,
                 Child         *c)
{
  gint64 now = g_get_monotonic_time ();
  double value, upper, page;

  if (c->last_paint != 0)
    {
      double ms = (now - c->last_paint) / 1000.0;
      g_array_append_val (c->frame_ms, ms);
    }
  c->last_paint = now;

  if (++c->frames > SCROLL_FRAMES)
    {
      double max = 0;
      guint slow = 0;

      for (guint i = 0; i < c->frame_ms->len; i++)
        {
          double ms = g_array_index (c->frame_ms, double, i);
          max = MAX (max, ms);
          slow += ms > 1000.0 / 60 * 1.5;
        }
      printf ("scroll median=%.2f max=%.2f slow=%u\n",
              kel_test_median ((double *) c->frame_ms->data, c->frame_ms->len), max, slow);
      fflush (stdout);
      _exit (0);
    }

  /* a step per frame, as a touchpad's kinetic scrolling does; every tenth
   * frame a jump of a tenth of the text, as dragging the scroll bar does */
  value = gtk_adjustment_get_value (c->adjustment);
  upper = gtk_adjustment_get_upper (c->adjustment);
  page = gtk_adjustment_get_page_size (c->adjustment);
  if (c->frames % 10 == 0)
    value += (upper - page) / 10;
  else
    value += page / 8;
  if (value > upper - page)
    value = 0;
  gtk_adjustment_set_value (c->adjustment, value);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
on_first_paint (GdkFrameClock *clock,
                Child         *c)
{
  GtkWidget *view = kel_window_get_view (c->window);
  gint64 load_start, load_end;

  /* the edition's load, in the application's loader thread */
  if (kel_trace_get_mark ("load-start", &load_start) && kel_trace_get_mark ("load-end", &load_end))
    {
      c->load_ms = (load_end - load_start) / 1000.0;
      /* what the window does once it has the edition: the part of the
       * first frame that waits for no parser */
      c->after_load_ms = (g_get_monotonic_time () - MAX (load_end, c->start)) / 1000.0;
    }
  printf ("first-frame ms=%.1f load=%.1f cpu=%.1f after-load=%.1f\n", ms_since (c->start), c->load_ms,
          kel_test_cpu_ms (), c->after_load_ms);
  fflush (stdout);
  if (g_getenv ("KELISIM_SCALE_FIRST_FRAME_ONLY") != NULL)
    _exit (0);   /* for profiling the start: valgrind --tool=callgrind */
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, c);

  c->adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  c->frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_scroll_paint), c);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
on_map (GtkWidget *window,
        Child     *c)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", c->first_paint, c);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 Child          *c)
{
  c->window = KEL_WINDOW (window);
  gtk_window_set_default_size (window, 1100, 780);
  g_signal_connect (window, "map", G_CALLBACK (on_map), c);
}

/* The baseline: a bare window of the same size, timed the same way. */
static void
on_bare_paint (GdkFrameClock *clock,
               Child         *c)
{
  printf ("first-frame ms=%.1f load=0 cpu=%.1f\n", ms_since (c->start), kel_test_cpu_ms ());
  fflush (stdout);
  _exit (0);
}

static void
on_bare_activate (GtkApplication *app,
                  Child          *c)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);
  g_signal_connect (window, "map", G_CALLBACK (on_map), c);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_bare_child (void)
{
  static Child c;
  g_autoptr(GtkApplication) app = NULL;
  char *argv[] = { (char *) "bare", NULL };

  c.start = g_get_monotonic_time ();
  c.first_paint = G_CALLBACK (on_bare_paint);
  app = gtk_application_new ("io.github.kelisim.BareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_bare_activate), &c);
  return g_application_run (G_APPLICATION (app), 1, argv);
}

/* The application as `kelisim EDITION TERMBASE` runs it: the edition loads
 * in a thread while GTK starts, then the window shows it. */
static int
run_child (const char *path)
{
  static Child c;
  g_autoptr(GApplication) app = NULL;
  g_autofree char *tb = termbase_path ();
  char *argv[] = { (char *) "kelisim", (char *) path, tb, NULL };

  c.start = g_get_monotonic_time ();
  c.first_paint = G_CALLBACK (on_first_paint);
  app = G_APPLICATION (kel_application_new ());
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &c);
  return g_application_run (app, 3, argv);
}

static gboolean
measure_window (const char *self_path,
                const char *path,
                Figures    *f)
{
  double frames[FRAME_RUNS], loads[FRAME_RUNS], cpus[FRAME_RUNS], afters[FRAME_RUNS];
  double bares[FRAME_RUNS], bare_cpus[FRAME_RUNS];

  for (guint i = 0; i < FRAME_RUNS; i++)
    {
      const char *argv[] = { self_path, "--child", path, NULL };
      const char *bare_argv[] = { self_path, "--bare", NULL };
      g_autofree char *out = NULL;
      g_autofree char *bare_out = NULL;
      g_autoptr(GError) error = NULL;
      const char *line;
      double zero;
      int status = 0;

      /* the baseline just before, so that both see the same machine */
      if (!g_spawn_sync (NULL, (char **) bare_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         &bare_out, NULL, &status, &error))
        g_error ("%s", error->message);
      if (sscanf (bare_out, "first-frame ms=%lf load=%lf cpu=%lf", &bares[i], &zero, &bare_cpus[i]) != 3)
        {
          printf ("scale: the bare window painted no first frame: %s\n", bare_out);
          return FALSE;
        }
      /* the scrolling only once */
      g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "KELISIM_SCALE_FIRST_FRAME_ONLY", "1", TRUE);

      if (!g_spawn_sync (NULL, (char **) argv, i == 0 ? NULL : envp, G_SPAWN_DEFAULT, NULL, NULL,
                         &out, NULL, &status, &error))
        g_error ("%s", error->message);
      if (sscanf (out, "first-frame ms=%lf load=%lf cpu=%lf after-load=%lf",
                  &frames[i], &loads[i], &cpus[i], &afters[i]) != 4)
        {
          printf ("scale: the window on %s painted no first frame: %s\n", path, out);
          return FALSE;
        }
      line = strstr (out, "scroll ");
      if (line != NULL && i == 0)
        sscanf (line, "scroll median=%lf max=%lf slow=%u",
                &f->scroll_ms, &f->scroll_max_ms, &f->scroll_slow);
    }
  f->frame_ms = kel_test_median (frames, FRAME_RUNS);
  f->frame_load_ms = kel_test_median (loads, FRAME_RUNS);
  f->frame_cpu_ms = kel_test_median (cpus, FRAME_RUNS);
  f->after_load_ms = kel_test_median (afters, FRAME_RUNS);
  f->bare_ms = kel_test_median (bares, FRAME_RUNS);
  f->bare_cpu_ms = kel_test_median (bare_cpus, FRAME_RUNS);
  return TRUE;
}

/* -- the driver ----------------------------------------------------------- */

static void
ratio_line (const char *what,
            double      a,
            double      b,
            double      c)
{
  printf ("scale:   %-28s 10x/1x %6.1f   100x/10x %6.1f\n", what,
          a > 0 ? b / a : 0, b > 0 ? c / b : 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  Figures figures[G_N_ELEMENTS (scales)] = { 0 };
  gboolean have_display;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);
  if (argc == 2 && g_str_equal (argv[1], "--bare"))
    return run_bare_child ();
  if (argc == 3 && g_str_equal (argv[1], "--memory"))
    return run_memory_child (argv[2]);
  if (argc < 3)
    {
      g_printerr ("usage: %s PYTHON MAKE-SCALED-EDITION\n", argv[0]);
      return 2;
    }

  have_display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  dir = g_dir_make_tmp ("kelisim-scale-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autofree char *path = g_strdup_printf ("%s/x%u.akn.xml", dir, scales[s]);
      g_autofree char *factor = g_strdup_printf ("%u", scales[s]);
      const char *gen[] = { argv[1], argv[2], factor, "-o", path, NULL };
      Figures *f = &figures[s];
      GStatBuf st;
      int status = 0;

      if (!g_spawn_sync (NULL, (char **) gen, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, &error) || !g_spawn_check_wait_status (status, &error))
        g_error ("make-scaled-edition.py: %s", error->message);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      f->bytes = st.st_size;

      measure_memory (argv[0], path, f);
      measure_model (path, f);
      if (have_display)
        measure_window (argv[0], path, f);

      printf ("scale: %4ux: %5.1f MB, %8u characters | load %7.1f ms | model: heap %.1f MB, RSS +%.1f MB "
              "(its own estimate %.1f MB), process peak %.1f MB | search index: heap %.1f MB, RSS +%.1f MB, "
              "built in %.1f ms | search per keystroke %.2f ms (slowest %.2f ms)",
              scales[s], f->bytes / (1024.0 * 1024.0), f->n_chars, f->load_ms, f->heap_mb, f->rss_mb,
              f->model_mb, f->peak_mb, f->index_mb, f->index_rss_mb, f->index_ms, f->key_ms, f->key_max_ms);
      if (have_display)
        printf (" | first frame %.0f ms (load %.0f ms, then %.0f ms to the frame), %.2fx the bare window's %.0f ms; processor time %.0f ms, "
                "%.2fx the bare window's %.0f ms | scrolling: frame %.1f ms median, %.1f ms slowest, "
                "%u of %u frames over 25 ms",
                f->frame_ms, f->frame_load_ms, f->after_load_ms, f->frame_ms / f->bare_ms, f->bare_ms,
                f->frame_cpu_ms, f->frame_cpu_ms / f->bare_cpu_ms, f->bare_cpu_ms,
                f->scroll_ms, f->scroll_max_ms, f->scroll_slow, SCROLL_FRAMES);
      printf ("\n");
      fflush (stdout);
      g_unlink (path);
    }
  g_rmdir (dir);

  printf ("scale: growth (linear is 10):\n");
  ratio_line ("size", figures[0].bytes, figures[1].bytes, figures[2].bytes);
  ratio_line ("load", figures[0].load_ms, figures[1].load_ms, figures[2].load_ms);
  ratio_line ("model memory (heap)", figures[0].heap_mb, figures[1].heap_mb, figures[2].heap_mb);
  ratio_line ("model memory (RSS)", figures[0].rss_mb, figures[1].rss_mb, figures[2].rss_mb);
  ratio_line ("search index memory (heap)", figures[0].index_mb, figures[1].index_mb, figures[2].index_mb);
  ratio_line ("search index build", figures[0].index_ms, figures[1].index_ms, figures[2].index_ms);
  ratio_line ("search per keystroke", figures[0].key_ms, figures[1].key_ms, figures[2].key_ms);
  if (have_display)
    {
      ratio_line ("first frame", figures[0].frame_ms, figures[1].frame_ms, figures[2].frame_ms);
      printf ("scale: first frame against the bare window, each scale's median of %u alternating runs: "
              "1x %.2f, 10x %.2f, 100x %.2f (processor time: %.2f, %.2f, %.2f); 100x/1x %.2f\n", FRAME_RUNS,
              figures[0].frame_ms / figures[0].bare_ms, figures[1].frame_ms / figures[1].bare_ms,
              figures[2].frame_ms / figures[2].bare_ms,
              figures[0].frame_cpu_ms / figures[0].bare_cpu_ms, figures[1].frame_cpu_ms / figures[1].bare_cpu_ms,
              figures[2].frame_cpu_ms / figures[2].bare_cpu_ms, figures[2].frame_ms / figures[0].frame_ms);
      printf ("scale: from the end of the load to the first frame: 1x %.0f ms, 10x %.0f ms, 100x %.0f ms\n",
              figures[0].after_load_ms, figures[1].after_load_ms, figures[2].after_load_ms);
    }
  else
    printf ("scale: first frame and scrolling: SKIP, no display (run through tests/gui-wrapper.sh)\n");
  printf ("scale: targets: linear growth; the 100x edition's first frame under 1000 ms; "
          "no scrolling frame over 25 ms\n");
  return 0;
}
