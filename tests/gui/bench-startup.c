/* bench-startup.c — time to first frame and memory, Kelisim against a bare
 * GtkApplicationWindow, in the same run
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The driver starts itself 2 × N times as a child, alternating
 * "--child kelisim" (the real KelApplication and window on the bundled
 * agreement) and "--child bare" (a GtkApplication with an empty
 * GtkApplicationWindow), each under the same display and GSK renderer.
 * A child prints one line when its window has painted its first frame:
 * the resident memory at that moment.  The driver times each child from
 * spawn to that line and prints the medians and the ratios.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kel-application.h"

#define RUNS 20

static long
rss_kib (void)
{
  long pages = 0, resident = 0;
  FILE *f = fopen ("/proc/self/statm", "r");

  if (f == NULL)
    return 0;
  if (fscanf (f, "%ld %ld", &pages, &resident) != 2)
    resident = 0;
  fclose (f);
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  printf ("first-frame rss=%ld\n", rss_kib ());
  fflush (stdout);
  _exit (0);
}

static void
on_map (GtkWidget *window,
        gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

static void
bare_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_child (const char *which)
{
  g_autoptr(GtkApplication) app = NULL;
  char *argv[] = { (char *) "kelisim", NULL };

  if (g_str_equal (which, "kelisim"))
    app = GTK_APPLICATION (kel_application_new ());
  else
    {
      app = gtk_application_new ("io.github.kelisim.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
      g_signal_connect (app, "activate", G_CALLBACK (bare_activate), NULL);
    }
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}

typedef struct
{
  double ms;
  long   rss;
} Sample;

static gboolean
sample (const char *self_path,
        const char *which,
        Sample     *out)
{
  const char *argv[] = { self_path, "--child", which, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out_fd;
  gint64 start = g_get_monotonic_time ();
  char buf[256] = { 0 };
  gsize n = 0;
  FILE *f;
  int status;

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return FALSE;
    }
  f = fdopen (out_fd, "r");
  if (f != NULL && fgets (buf, sizeof buf, f) != NULL)
    n = strlen (buf);
  out->ms = (g_get_monotonic_time () - start) / 1000.0;
  if (f != NULL)
    fclose (f);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  if (n == 0 || sscanf (buf, "first-frame rss=%ld", &out->rss) != 1)
    {
      g_printerr ("bench-startup: the %s child printed no first frame\n", which);
      return FALSE;
    }
  return TRUE;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  double kel_ms[RUNS], bare_ms[RUNS], kel_rss[RUNS], bare_rss[RUNS];
  double km, bm, kr, br;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("startup: SKIP, no display (run through tests/gui-wrapper.sh)\n");
      return 0;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      Sample k, b;

      /* alternate, so that both see the same machine noise */
      if (!sample (argv[0], "bare", &b) || !sample (argv[0], "kelisim", &k))
        return 1;
      kel_ms[i] = k.ms;
      bare_ms[i] = b.ms;
      kel_rss[i] = k.rss;
      bare_rss[i] = b.rss;
    }
  km = median (kel_ms, RUNS);
  bm = median (bare_ms, RUNS);
  kr = median (kel_rss, RUNS) / 1024.0;
  br = median (bare_rss, RUNS) / 1024.0;
  printf ("startup: first frame median %.1f ms (bare GtkApplicationWindow %.1f ms), ratio %.2f (target <= 1.3)\n",
          km, bm, km / bm);
  printf ("startup: resident memory at first frame %.1f MB (bare %.1f MB), difference %.1f MB (target <= 20 MB)\n",
          kr, br, kr - br);
  printf ("startup: %d runs each, alternating, GSK_RENDERER=%s\n", RUNS,
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "(default)");
  return 0;
}
