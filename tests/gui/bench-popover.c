/* bench-popover.c — from activating a term link to the popover's first frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the window on the bundled agreement and, for 30 term occurrences
 * across the text, activates the link as a click would and measures the
 * time until the popover has painted.  As a baseline in the same run it
 * measures the same for a plain GtkPopover with one label on the same view.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-term.h"
#include "kel-window.h"
#include "kel-test-util.h"
#include "kel-window-private.h"

#define RUNS 30

static gint64 painted_at;
static GtkWidget *watched;   /* the popover being timed */

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (painted_at == 0 && watched != NULL && gtk_widget_get_mapped (watched))
    painted_at = g_get_monotonic_time ();
}

/* A popover has a surface, and a frame clock, of its own. */
static void
on_map (GtkWidget *popover,
        gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (popover);

  if (clock != NULL && g_object_get_data (G_OBJECT (clock), "bench-connected") == NULL)
    {
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
      g_object_set_data (G_OBJECT (clock), "bench-connected", GINT_TO_POINTER (1));
    }
  if (popover == watched && painted_at == 0)
    gtk_widget_queue_draw (popover);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static double
wait_painted (gint64 start)
{
  gint64 end = start + 2 * G_USEC_PER_SEC;

  while (painted_at == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  return painted_at ? (painted_at - start) / 1000.0 : -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KelDocument) doc = NULL;
  KelApplication *app;
  KelWindow *window;
  KelDocumentView *view;
  GtkWidget *popover, *plain;
  double times[RUNS], base[RUNS];
  guint n = 0, stride;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("popover: SKIP, no display (run through tests/gui-wrapper.sh)\n");
      return 0;
    }
  gtk_init ();
  app = kel_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  doc = kel_document_new_bundled (NULL);
  window = kel_window_new (GTK_APPLICATION (app), kel_application_get_settings (app));
  kel_window_set_document (window, doc);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin (800);

  view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));
  /* held, so that it survives being taken off the view for the baseline */
  popover = g_object_ref (kel_window_get_term_popover (window));
  g_signal_connect (popover, "map", G_CALLBACK (on_map), NULL);

  /* the baseline: a plain popover with one label, on the same view */
  plain = g_object_ref_sink (gtk_popover_new ());
  gtk_popover_set_child (GTK_POPOVER (plain), gtk_label_new ("ақпараттық қауіпсіздік"));
  kel_document_view_set_popover (view, NULL);
  gtk_widget_set_parent (plain, GTK_WIDGET (view));
  g_signal_connect (plain, "map", G_CALLBACK (on_map), NULL);

  stride = MAX (1u, kel_document_get_n_spans (doc) / RUNS);
  for (guint i = 0; i < kel_document_get_n_spans (doc) && n < RUNS; i += stride)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      GdkRectangle rect;
      gint64 start;

      while (span->kind != KEL_SPAN_TERM && ++i < kel_document_get_n_spans (doc))
        span = kel_document_get_span (doc, i);
      if (span->kind != KEL_SPAN_TERM)
        break;
      kel_document_view_scroll_to (view, span->start);
      spin (250);

      /* the baseline first */
      if (!kel_document_view_get_span_rect (view, span, &rect))
        continue;
      painted_at = 0;
      watched = plain;
      start = g_get_monotonic_time ();
      gtk_popover_set_pointing_to (GTK_POPOVER (plain), &rect);
      gtk_popover_popup (GTK_POPOVER (plain));
      base[n] = wait_painted (start);
      gtk_popover_popdown (GTK_POPOVER (plain));
      spin (60);

      /* then Kelisim's popover, through the link as a click activates it */
      gtk_widget_unparent (plain);
      kel_document_view_set_popover (view, popover);
      painted_at = 0;
      watched = popover;
      start = g_get_monotonic_time ();
      kel_document_view_activate_link (view, span);
      times[n] = wait_painted (start);
      gtk_popover_popdown (GTK_POPOVER (popover));
      spin (60);
      kel_document_view_set_popover (view, NULL);
      gtk_widget_set_parent (plain, GTK_WIDGET (view));
      if (times[n] >= 0 && base[n] >= 0)
        n++;
    }

  if (n == 0)
    {
      printf ("popover: no measurement\n");
      return 1;
    }
  kel_test_sort_doubles (times, n);
  kel_test_sort_doubles (base, n);
  printf ("popover: activation to first frame, median %.1f ms, worst %.1f ms (plain GtkPopover %.1f ms, ratio %.2f); target <= 16 ms; %u samples\n",
          times[n / 2], times[n - 1], base[n / 2], times[n / 2] / base[n / 2], n);
  return 0;
}
