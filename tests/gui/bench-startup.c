/* bench-startup.c — time to first frame and memory, Kelisim against a bare
 * GtkApplicationWindow, in the same run
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The driver starts itself 3 × N times as a child, in turn "--child bare"
 * (a GtkApplication with an empty GtkApplicationWindow), "--child
 * kelisim" (the real KelApplication and window on the bundled agreement)
 * and "--child stock" (below), each under the same display and GSK
 * renderer.
 * A child prints one line when its window has painted its first frame:
 * the resident memory at that moment and the monotonic times of the
 * phases of its start-up.  The driver times each child from spawn to that
 * line and prints the medians, the ratios and the breakdown by phase, each
 * phase the median time from spawn to its end minus the previous one's:
 *
 *   main        process start (exec, dynamic linking) to main ()
 *   gtk-init    main () to the end of GApplication::startup (gtk_init,
 *               the display, the application's own start-up)
 *   edition     the edition loaded (Kelisim only; the wait for it when it
 *               loads in parallel)
 *   window      the window built, its document set (window-added for the
 *               bare window)
 *   present     gtk_window_present called
 *   realize     the window realized (styles, measure, the surface, icon)
 *   map         the window mapped
 *   frame       the first frame painted (GdkFrameClock::after-paint)
 *
 * The phases come in the order they happen in that program.
 *
 * A third child, "--child stock", shows the same content with stock GTK
 * widgets and nothing else: the bundled agreement's text in a
 * GtkTextView (serif, 12.5 pt, the title in bold), its contents as two
 * labels a row in a GtkListBox beside it, a header bar with a title,
 * a subtitle and four icon buttons; no links, terms, glosses, styles
 * per block, menus, search or notes.  It is the floor that any reader
 * showing this text and these contents pays on this machine and this
 * GTK, printed beside Kelisim for comparison (the edition loads in a
 * thread while GTK starts, as Kelisim's does).
 *
 * Beside the clock, the processor time each child spent up to its first
 * frame (all its threads, from wait4()): a busy machine makes a child wait
 * for a processor, which lengthens the clock time but not this.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kel-application.h"
#include "kel-contents.h"
#include "kel-trace.h"
#include "kel-test-util.h"

#define RUNS 20

/* the marks, in the order a child reports them */
static const char *phases[] = {
  "main", "gtk-init", "edition", "window", "present", "realize", "map", "frame",
};
#define N_PHASES G_N_ELEMENTS (phases)

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
  GString *line = g_string_new (NULL);

  kel_trace_mark ("frame");
  g_string_printf (line, "first-frame rss=%ld", rss_kib ());
  for (guint i = 0; i < N_PHASES; i++)
    {
      gint64 when;

      if (kel_trace_get_mark (phases[i], &when))
        g_string_append_printf (line, " %s=%" G_GINT64_FORMAT, phases[i], when);
    }
  printf ("%s\n", line->str);
  fflush (stdout);
  _exit (0);
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  kel_trace_mark ("realize");
}

static void
on_map (GtkWidget *window,
        gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  kel_trace_mark ("map");
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static void
on_startup (GApplication *app,
            gpointer      user_data)
{
  kel_trace_mark ("gtk-init");
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  /* Kelisim marks its own "window" once the document is set */
  if (user_data != NULL)
    kel_trace_mark ("window");
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

static void
bare_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);
  kel_trace_mark ("present");
  gtk_window_present (GTK_WINDOW (window));
}

/* -- the stock-widget floor -------------------------------------------------- */

static gpointer
load_bundled (gpointer data)
{
  return kel_document_new_bundled (NULL);
}

static GtkWidget *
stock_contents (KelDocument *doc)
{
  g_autoptr(GArray) entries = kel_document_get_contents (doc);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  for (guint i = 0; i < entries->len; i++)
    {
      const KelNode *node = g_array_index (entries, KelContentsEntry, i).node;
      g_autofree char *location = kel_document_get_location (doc, node, KEL_LANG_KK);
      g_autofree char *title = kel_document_get_contents_title (doc, node);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new (location);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_box_append (GTK_BOX (box), label);
      if (title != NULL)
        {
          label = gtk_label_new (title);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_lines (GTK_LABEL (label), 3);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_box_append (GTK_BOX (box), label);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), box);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

static GtkWidget *
stock_text (KelDocument *doc)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const KelBlock *first = kel_document_get_block (doc, 0);
  GtkTextTag *title;
  GtkTextIter start, end;
  gsize len;
  const char *text = kel_document_get_text (doc, &len);

  gtk_widget_add_css_class (view, "stock-text");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 120);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 120);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 8);
  gtk_text_buffer_set_text (buffer, text, (int) len);
  title = gtk_text_buffer_create_tag (buffer, NULL, "weight", PANGO_WEIGHT_BOLD, "scale", 1.3,
                                      "justification", GTK_JUSTIFY_CENTER, NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, first->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, first->end);
  gtk_text_buffer_apply_tag (buffer, title, &start, &end);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  return scrolled;
}

static void
stock_activate (GtkApplication *app,
                GThread        *loading)
{
  static const char *icons[] = {
    "open-menu-symbolic", "system-search-symbolic", "user-bookmarks-symbolic", "sidebar-show-symbolic",
  };
  g_autoptr(KelDocument) doc = NULL;
  GtkWidget *window, *header, *titles, *paned, *label;
  g_autoptr(GtkCssProvider) css = NULL;

  doc = g_thread_join (loading);
  kel_trace_mark ("edition");
  /* "window" ends here, when the empty window is added; its content is
   * part of "present" */
  window = gtk_application_window_new (app);
  header = gtk_header_bar_new ();
  titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (css,
                                   "textview.stock-text { font-family: serif; font-size: 12.5pt; }"
                                   " .caption-heading { font-size: 0.85em; font-weight: bold; opacity: 0.75; }",
                                   -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  label = gtk_label_new ("Келісім");
  gtk_widget_add_css_class (label, "title");
  gtk_box_append (GTK_BOX (titles), label);
  label = gtk_label_new ("Кіріспе");
  gtk_widget_add_css_class (label, "subtitle");
  gtk_box_append (GTK_BOX (titles), label);
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), titles);
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    gtk_header_bar_pack_end (GTK_HEADER_BAR (header), gtk_button_new_from_icon_name (icons[i]));
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_paned_set_position (GTK_PANED (paned), 300);
  gtk_paned_set_start_child (GTK_PANED (paned), stock_contents (doc));
  gtk_paned_set_end_child (GTK_PANED (paned), stock_text (doc));
  gtk_window_set_child (GTK_WINDOW (window), paned);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);
  kel_trace_mark ("present");
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_child (const char *which)
{
  g_autoptr(GtkApplication) app = NULL;
  char *argv[] = { (char *) "kelisim", NULL };
  gboolean bare = !g_str_equal (which, "kelisim");

  kel_trace_mark ("main");
  if (!bare)
    app = GTK_APPLICATION (kel_application_new ());
  else if (g_str_equal (which, "stock"))
    {
      app = gtk_application_new ("io.github.kelisim.StockWidgets", G_APPLICATION_DEFAULT_FLAGS);
      g_signal_connect (app, "activate", G_CALLBACK (stock_activate),
                        g_thread_new ("load", load_bundled, NULL));
    }
  else
    {
      app = gtk_application_new ("io.github.kelisim.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
      g_signal_connect (app, "activate", G_CALLBACK (bare_activate), NULL);
    }
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "startup", G_CALLBACK (on_startup), NULL);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), bare ? app : NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}

typedef struct
{
  double ms;
  double cpu_ms;        /* the child's processor time, all its threads */
  long   rss;
  double at[N_PHASES];  /* ms from spawn to the end of each phase, or -1 */
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
  char buf[1024] = { 0 };
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
  {
    struct rusage usage;

    /* the child exits as soon as it has said so: its processor time is
     * the time it worked for the first frame, which other programs on the
     * machine delay but do not lengthen */
    wait4 (pid, &status, 0, &usage);
    out->cpu_ms = usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
                  + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
  }
  g_spawn_close_pid (pid);
  if (n == 0 || sscanf (buf, "first-frame rss=%ld", &out->rss) != 1)
    {
      g_printerr ("bench-startup: the %s child printed no first frame\n", which);
      return FALSE;
    }
  for (guint i = 0; i < N_PHASES; i++)
    {
      g_autofree char *key = g_strdup_printf (" %s=", phases[i]);
      const char *p = strstr (buf, key);

      out->at[i] = p ? (g_ascii_strtoll (p + strlen (key), NULL, 10) - start) / 1000.0 : -1;
    }
  return TRUE;
}

/* One line per program: each phase's median duration, in the order the
 * phases end in that program. */
static void
print_phases (const char *name,
              Sample     *samples,
              double     *ends)
{
  guint order[N_PHASES], n = 0;
  double prev = 0;
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < N_PHASES; i++)
    {
      double values[RUNS];
      guint m = 0;

      for (guint r = 0; r < RUNS; r++)
        if (samples[r].at[i] >= 0)
          values[m++] = samples[r].at[i];
      ends[i] = m == RUNS ? kel_test_median (values, m) : -1;
      if (ends[i] >= 0)
        order[n++] = i;
    }
  /* insertion sort by end time */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && ends[order[j]] < ends[order[j - 1]]; j--)
      {
        guint t = order[j];
        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (line, "%s%s %.1f", i ? ", " : "", phases[order[i]], ends[order[i]] - prev);
      prev = ends[order[i]];
    }
  printf ("startup: %-8s phases (ms, median): %s\n", name, line->str);
  g_string_free (line, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  Sample kel[RUNS], bare[RUNS], stock[RUNS];
  double kel_ms[RUNS], bare_ms[RUNS], kel_rss[RUNS], bare_rss[RUNS], kel_cpu[RUNS], bare_cpu[RUNS];
  double stock_ms[RUNS], stock_rss[RUNS], stock_cpu[RUNS];
  double kel_ends[N_PHASES], bare_ends[N_PHASES], stock_ends[N_PHASES];
  double km, bm, kr, br;
  guint runs = RUNS;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("startup: SKIP, no display (run through tests/gui-wrapper.sh)\n");
      return 0;
    }

  for (guint i = 0; i < runs; i++)
    {
      /* alternate, so that both see the same machine noise */
      if (!sample (argv[0], "bare", &bare[i]) || !sample (argv[0], "kelisim", &kel[i])
          || !sample (argv[0], "stock", &stock[i]))
        return 1;
      stock_ms[i] = stock[i].ms;
      stock_rss[i] = stock[i].rss;
      stock_cpu[i] = stock[i].cpu_ms;
      kel_ms[i] = kel[i].ms;
      bare_ms[i] = bare[i].ms;
      kel_rss[i] = kel[i].rss;
      bare_rss[i] = bare[i].rss;
      kel_cpu[i] = kel[i].cpu_ms;
      bare_cpu[i] = bare[i].cpu_ms;
    }
  km = kel_test_median (kel_ms, runs);
  bm = kel_test_median (bare_ms, runs);
  kr = kel_test_median (kel_rss, runs) / 1024.0;
  br = kel_test_median (bare_rss, runs) / 1024.0;
  printf ("startup: first frame median %.1f ms (bare GtkApplicationWindow %.1f ms), ratio %.2f (target <= 1.2)\n",
          km, bm, km / bm);
  printf ("startup: processor time to the first frame (all threads) median %.1f ms (bare %.1f ms), ratio %.2f\n",
          kel_test_median (kel_cpu, runs), kel_test_median (bare_cpu, runs),
          kel_test_median (kel_cpu, runs) / kel_test_median (bare_cpu, runs));
  printf ("startup: resident memory at first frame %.1f MB (bare %.1f MB), difference %.1f MB (target <= 15 MB)\n",
          kr, br, kr - br);
  {
    double sm = kel_test_median (stock_ms, runs);
    double sc = kel_test_median (stock_cpu, runs);

    printf ("startup: the same content in stock widgets (see the top of bench-startup.c): first frame "
            "median %.1f ms, ratio %.2f to bare; processor time %.1f ms, ratio %.2f to bare; "
            "resident memory %.1f MB; Kelisim / stock widgets: first frame %.2f, processor time %.2f\n",
            sm, sm / bm, sc, sc / kel_test_median (bare_cpu, runs),
            kel_test_median (stock_rss, runs) / 1024.0, km / sm, kel_test_median (kel_cpu, runs) / sc);
  }
  print_phases ("kelisim", kel, kel_ends);
  print_phases ("stock", stock, stock_ends);
  print_phases ("bare", bare, bare_ends);
  {
    /* the same phases side by side: where the difference is */
    GString *line = g_string_new (NULL);

    for (guint i = 0; i < N_PHASES; i++)
      {
        double kd, bd, kp, bp;

        if (kel_ends[i] < 0)
          continue;
        /* a phase's length: from the latest earlier-ending phase */
        kd = kel_ends[i];
        bd = bare_ends[i];
        kp = 0;
        bp = 0;
        for (guint j = 0; j < N_PHASES; j++)
          {
            if (kel_ends[j] >= 0 && kel_ends[j] < kel_ends[i] && kel_ends[j] > kp)
              kp = kel_ends[j];
            if (bd >= 0 && bare_ends[j] >= 0 && bare_ends[j] < bare_ends[i] && bare_ends[j] > bp)
              bp = bare_ends[j];
          }
        g_string_append_printf (line, "%s%s %+.1f", line->len ? ", " : "", phases[i],
                                (kd - kp) - (bd >= 0 ? bd - bp : 0));
      }
    printf ("startup: kelisim minus bare, by phase (ms): %s\n", line->str);
    g_string_free (line, TRUE);
  }
  printf ("startup: %u runs each, bare, Kelisim and stock in turn, GSK_RENDERER=%s\n", runs,
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "(default)");
  return 0;
}
