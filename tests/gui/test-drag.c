/* test-drag.c — a selection dragged with the pointer, as a reader drags it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh) and moves the pointer with
 * xdotool (XTest), so that GTK sees a real press, motion and release: the
 * drag is GTK's own machinery from start to drop.
 *
 * A test of its own: on GTK 4.8 the frames painted while a drag is under
 * way leak some render nodes, with GtkTextView's own drag of a selection
 * as with the view's (tools/run-tests.sh runs this without LeakSanitizer,
 * memory errors still checked).
 */
#include "config.h"

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif
#include <math.h>
#include <string.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-search-bar.h"
#include "kel-window.h"
#include "kel-window-private.h"
#include "kel-test-gtk.h"
#include "kel-test-util.h"

static KelApplication *app;

#ifdef GDK_WINDOWING_X11
static KelDocumentView *
view_of (KelWindow *window)
{
  return KEL_DOCUMENT_VIEW (kel_window_get_view (window));
}

/* (@x, @y) of @widget in its window's X window, for xdotool. */
static void
point_in_surface (GtkWidget *widget,
                  double     x,
                  double     y,
                  int       *sx,
                  int       *sy)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t p;
  double dx, dy;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &p));
  gtk_native_get_surface_transform (native, &dx, &dy);
  *sx = (int) round (p.x + dx);
  *sy = (int) round (p.y + dy);
}

/* Runs xdotool with @args, relative to @window's X window where an
 * argument is "WINDOW", and lets GTK take the events it made. */
static void
xdotool (GtkWidget  *window,
         const char *args)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_auto(GStrv) argv = g_strsplit (args, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) command = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_strv_builder_add (builder, "xdotool");
  for (guint i = 0; argv[i] != NULL; i++)
    g_strv_builder_add (builder, g_str_equal (argv[i], "WINDOW") ? xid : argv[i]);
  command = g_strv_builder_end (builder);
  g_assert_true (g_spawn_sync (NULL, command, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  kel_test_settle (60);
}

static void
pointer_to (GtkWidget *window,
            int        x,
            int        y)
{
  g_autofree char *args = g_strdup_printf ("mousemove --window WINDOW %d %d", x, y);

  xdotool (window, args);
}

/* The view's own drag source (kel-document-view-selection.c). */
static GtkDragSource *
drag_source_of (GtkWidget *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        return GTK_DRAG_SOURCE (controller);
    }
  g_assert_not_reached ();
}

static gboolean
entry_has_text (gpointer entry)
{
  return *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0';
}

#endif

/* With the pointer, as a reader does it: a selection across glossed
 * terms, dragged to the search entry, arrives without its glosses; a drag
 * that starts outside the selection selects instead. */
static void
test_drag_selection (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool_path = g_find_program_in_path ("xdotool");
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  GSettings *settings = kel_application_get_settings (app);
  KelDocumentView *view = view_of (window);
  GtkTextView *text_view = GTK_TEXT_VIEW (view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  KelDocument *doc = kel_window_get_document (window);
  const KelBlock *block = NULL;
  KelSearchBar *bar = KEL_SEARCH_BAR (kel_window_get_part (window, "search_bar"));
  GtkWidget *entry = kel_test_find_type (GTK_WIDGET (bar), GTK_TYPE_SEARCH_ENTRY);
  g_autofree char *expected = NULL;
  g_autofree char *shown = NULL;
  GtkTextIter a, b, inside;
  GdkRectangle at;
  int bx, by, x, y, ex, ey;
  guint start, end;

  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window))) || xdotool_path == NULL)
    {
      kel_test_close_window (window);
      g_test_skip ("needs X11 and xdotool (Debian package xdotool)");
      return;
    }
  g_settings_set_string (settings, "term-language", "ru");
  g_settings_set_boolean (settings, "show-glosses", TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  kel_test_settle (500);

  /* the first paragraph after the title with a glossed term, on screen */
  for (guint i = 1; i < kel_document_get_n_blocks (doc) && block == NULL; i++)
    {
      g_free (shown);
      gtk_text_buffer_get_iter_at_offset (buffer, &a, kel_document_view_model_to_buffer (view, kel_document_get_block (doc, i)->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &b, kel_document_view_model_to_buffer (view, kel_document_get_block (doc, i)->end));
      shown = gtk_text_iter_get_text (&a, &b);
      if (strstr (shown, "\u202F[") != NULL)
        block = kel_document_get_block (doc, i);
    }
  g_assert_nonnull (block);
  expected = kel_document_get_range (doc, block->start, block->end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  kel_test_settle (100);

  /* the press in the selection's third character, the drop on the entry */
  inside = a;
  gtk_text_iter_forward_chars (&inside, 2);
  gtk_text_view_get_iter_location (text_view, &inside, &at);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET, at.x + at.width / 2,
                                         at.y + at.height / 2, &bx, &by);
  point_in_surface (GTK_WIDGET (view), bx, by, &x, &y);
  point_in_surface (entry, gtk_widget_get_width (entry) / 2.0, gtk_widget_get_height (entry) / 2.0, &ex, &ey);
  g_test_message ("dragging from (%d, %d) to the entry at (%d, %d)", x, y, ex, ey);
  pointer_to (GTK_WIDGET (window), x, y);
  xdotool (GTK_WIDGET (window), "mousedown 1");
  for (int i = 1; i <= 8; i++)
    pointer_to (GTK_WIDGET (window), x + (ex - x) * i / 8, y + (ey - y) * i / 8);
  kel_test_settle (200);
  /* beside the pointer, the selection's first words */
  {
    GtkDragSource *source = drag_source_of (GTK_WIDGET (view));
    GdkDrag *drag = gtk_drag_source_get_drag (source);
    GtkWidget *label;
    const char *words;

    g_assert_nonnull (drag);
    label = gtk_drag_icon_get_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)));
    g_assert_true (GTK_IS_LABEL (label));
    words = gtk_label_get_text (GTK_LABEL (label));
    g_test_message ("the drag shows “%s”", words);
    g_assert_cmpuint (strlen (words), >, 10);
    g_assert_true (g_str_has_prefix (expected, words));
    g_assert_cmpuint (g_utf8_strlen (words, -1), <, g_utf8_strlen (expected, -1));
  }
  xdotool (GTK_WIDGET (window), "mouseup 1");
  g_assert_true (kel_test_wait_until (entry_has_text, entry, 3000));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, expected);

  /* from before the selection: a new selection, and nothing dropped */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  kel_test_settle (100);
  gtk_text_buffer_select_range (buffer, &a, &b);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET, at.x, at.y - at.height,
                                         &bx, &by);
  point_in_surface (GTK_WIDGET (view), bx, by, &x, &y);
  pointer_to (GTK_WIDGET (window), x, y);
  xdotool (GTK_WIDGET (window), "mousedown 1");
  for (int i = 1; i <= 8; i++)
    pointer_to (GTK_WIDGET (window), x + (ex - x) * i / 8, y + (ey - y) * i / 16);
  xdotool (GTK_WIDGET (window), "mouseup 1");
  kel_test_settle (300);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (kel_document_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, <, block->start);

  g_settings_set_boolean (settings, "show-glosses", FALSE);
  g_settings_set_string (settings, "term-language", "kk");
  kel_test_close_window (window);
#else
  g_test_skip ("needs X11");
#endif
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);

  app = kel_test_app_new (G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  g_test_add_func ("/drag/selection", test_drag_selection);
  return kel_test_app_run (&app);
}
