/* kel-test-gtk.c — what every test that opens a window needs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-test-gtk.h"

#include "kel-document-view.h"

#include <string.h>

/* GDK's X11 backend in GTK 4.22 and later warns "gdk_frame_timings_submitted()
 * called on submitted frame" when a popover and its window are drawn in the
 * same frame, as when the term popover moves to the next occurrence.  It is
 * GDK's bookkeeping, not the application's: under Xvfb that one warning is
 * printed, not fatal.  Every other warning and critical stays fatal. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
        message = fields[i].value;
    }
  if ((log_level & G_LOG_LEVEL_WARNING) != 0
      && g_strcmp0 (domain, "Gdk") == 0
      && message != NULL
      && strstr (message, "gdk_frame_timings_submitted() called on submitted frame") != NULL)
    return g_log_writer_standard_streams (log_level & ~G_LOG_FLAG_FATAL, fields, n_fields, user_data);
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/**
 * kel_test_gtk_init:
 * @argc: main's argument count
 * @argv: main's arguments
 *
 * g_test_init() and gtk_init(), in the locale meson runs the tests in
 * (C.UTF-8), with settings in memory unless GSETTINGS_BACKEND names
 * another backend.  Not gtk_test_init(): it insists on en_US.UTF-8, which a
 * machine need not have.
 */
void
kel_test_gtk_init (int    *argc,
                   char ***argv)
{
  if (gtk_get_major_version () == 4 && gtk_get_minor_version () >= 22)
    g_log_set_writer_func (write_log, NULL, NULL);
  /* settings in memory unless the test chose a backend (meson does) */
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_test_init (argc, argv, NULL);
  gtk_init ();
}

/**
 * kel_test_wait_until:
 * @done: (nullable): what to wait for
 * @data: its argument
 * @ms: at most this long
 *
 * Runs the main loop until @done says TRUE or @ms milliseconds pass.
 *
 * Returns: whether @done said TRUE
 */
gboolean
kel_test_wait_until (gboolean (*done) (gpointer),
                     gpointer   data,
                     guint      ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (done != NULL && done (data))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return done != NULL && done (data);
}

/**
 * kel_test_settle:
 * @ms: how long
 *
 * Runs the main loop for @ms milliseconds: what was queued happens.
 */
void
kel_test_settle (guint ms)
{
  kel_test_wait_until (NULL, NULL, ms);
}

/**
 * kel_test_app_new:
 * @flags: the application's flags
 *
 * The application, registered and held, so that windows can be opened and
 * closed without it quitting in between.  Give it back with
 * kel_test_app_run().
 *
 * Returns: (transfer full): the application
 */
KelApplication *
kel_test_app_new (GApplicationFlags flags)
{
  KelApplication *app = kel_application_new ();

  g_application_set_flags (G_APPLICATION (app), flags);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));
  return app;
}

/**
 * kel_test_app_run:
 * @app: (inout) (transfer full): what kel_test_app_new() gave
 *
 * Runs the tests, then releases and frees the application.
 *
 * Returns: g_test_run()'s status
 */
int
kel_test_app_run (KelApplication **app)
{
  int status = g_test_run ();

  g_application_release (G_APPLICATION (*app));
  g_clear_object (app);
  return status;
}

/**
 * kel_test_open_window:
 * @app: the application
 * @doc: (nullable): the document, or %NULL for the bundled agreement
 * @width: the window's width (its height is 800)
 *
 * A reader window on @doc, shown, after 300 ms of the main loop.
 *
 * Returns: (transfer none): the window; kel_test_close_window() closes it
 */
KelWindow *
kel_test_open_window (KelApplication *app,
                      KelDocument    *doc,
                      int             width)
{
  g_autoptr(KelDocument) bundled = NULL;
  KelWindow *window;

  if (doc == NULL)
    {
      g_autoptr(GError) error = NULL;

      bundled = kel_document_new_bundled (&error);
      g_assert_no_error (error);
      doc = bundled;
    }
  window = kel_window_new (GTK_APPLICATION (app), kel_application_get_settings (app));
  kel_window_set_document (window, doc);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  kel_test_settle (300);
  return window;
}

/**
 * kel_test_close_window:
 * @window: a #GtkWindow
 *
 * Destroys @window and lets the main loop run 50 ms.
 */
void
kel_test_close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

/**
 * kel_test_top_is_within:
 * @window: a reader window
 * @eid: a part of the document
 *
 * Returns: whether the node at the top of the view is @eid or inside it
 */
gboolean
kel_test_top_is_within (KelWindow  *window,
                        const char *eid)
{
  KelDocument *doc = kel_window_get_document (window);
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));

  for (const KelNode *n = kel_document_get_node_at (doc, kel_document_view_get_top_offset (view)); n; n = n->parent)
    if (g_str_equal (n->eid, eid))
      return TRUE;
  return FALSE;
}

typedef struct
{
  KelWindow  *window;
  const char *eid;
} TopWait;

static gboolean
top_reached (gpointer data)
{
  TopWait *w = data;

  return kel_test_top_is_within (w->window, w->eid);
}

/**
 * kel_test_wait_for_top:
 * @window: a reader window
 * @eid: a part of the document
 *
 * Runs the main loop until @eid is at the top of the view (4 s at most)
 * and the view has stopped moving: while the text view lays out lines in
 * the background, a jump re-aims at its target (see kel-document-view.c),
 * so the first frame at the target need not be the last.
 *
 * Returns: whether @eid is at the top
 */
gboolean
kel_test_wait_for_top (KelWindow  *window,
                       const char *eid)
{
  TopWait w = { window, eid };
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (kel_window_get_view (window)));
  gint64 end = g_get_monotonic_time () + 4 * G_USEC_PER_SEC;

  if (!kel_test_wait_until (top_reached, &w, 4000))
    return FALSE;
  while (g_get_monotonic_time () < end)
    {
      double value = gtk_adjustment_get_value (adj);

      kel_test_settle (150);
      if (gtk_adjustment_get_value (adj) == value)
        break;
    }
  return top_reached (&w);
}

/**
 * kel_test_open_dialog:
 * @window: a reader window
 * @action: the window's action that opens the dialog ("win.go-to")
 * @key: the name under which the window keeps the dialog (object data)
 *
 * Activates @action, lets the main loop run 100 ms, and checks that the
 * dialog is there and visible.
 *
 * Returns: (transfer none): the dialog
 */
gpointer
kel_test_open_dialog (KelWindow  *window,
                      const char *action,
                      const char *key)
{
  gpointer dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  kel_test_settle (100);
  dialog = g_object_get_data (G_OBJECT (window), key);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  return dialog;
}

/**
 * kel_test_menu_has_action:
 * @menu: (nullable): a menu
 * @name: an action's detailed name ("win.go-to")
 *
 * Returns: whether an item of @menu, of its sections or of its submenus
 *   activates @name
 */
gboolean
kel_test_menu_has_action (GMenuModel *menu,
                          const char *name)
{
  for (int i = 0; menu && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);
      g_autofree char *action = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, name))
        return TRUE;
      if ((section != NULL && kel_test_menu_has_action (section, name))
          || (submenu != NULL && kel_test_menu_has_action (submenu, name)))
        return TRUE;
    }
  return FALSE;
}

/**
 * kel_test_open_menu:
 * @button: a menu button of a shown window
 *
 * Opens @button's menu as a click does (and F10 for the primary menu:
 * GtkWindow pops up the primary menu button), checks that it shows, and
 * closes it.  The window gives a menu button its menu when it first opens.
 *
 * Returns: (transfer none) (nullable): the menu it showed
 */
GMenuModel *
kel_test_open_menu (GtkMenuButton *button)
{
  GtkPopover *popover;

  gtk_menu_button_popup (button);
  kel_test_settle (50);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_menu_button_popdown (button);
  kel_test_settle (20);
  return gtk_menu_button_get_menu_model (button);
}

/**
 * kel_test_find_label_with_class:
 * @root: a widget
 * @css_class: a CSS class
 *
 * Returns: (transfer none) (nullable): the first label below @root, depth
 *   first, that has @css_class
 */
GtkWidget *
kel_test_find_label_with_class (GtkWidget  *root,
                                const char *css_class)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (c) && gtk_widget_has_css_class (c, css_class))
        return c;
      if ((found = kel_test_find_label_with_class (c, css_class)) != NULL)
        return found;
    }
  return NULL;
}

/**
 * kel_test_find_type:
 * @root: a widget
 * @type: a widget type
 *
 * Returns: (transfer none) (nullable): the first widget below @root, depth
 *   first, of @type
 */
GtkWidget *
kel_test_find_type (GtkWidget *root,
                    GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
      if ((found = kel_test_find_type (c, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
on_painted (GdkFrameClock *clock,
            gpointer       data)
{
  *(gboolean *) data = TRUE;
}

/**
 * kel_test_wait_paint:
 * @window: a mapped window
 *
 * For benchmarks: asks @window for a new frame and returns once it is
 * painted (GdkFrameClock::after-paint).
 */
void
kel_test_wait_paint (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted), &painted);

  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

/**
 * kel_test_view_glosses:
 * @view: the document view
 * @starts: (nullable): an array of int to fill with each gloss's first
 *   character in the buffer
 *
 * The glosses shown after terms, in reading order, as a reader sees them:
 * "[label]", with the no-break spaces that hold them together read as
 * spaces.  Found as the runs of the buffer's tag named "gloss".
 *
 * Returns: (transfer full): the glosses' texts
 */
GPtrArray *
kel_test_view_glosses (GtkTextView *view,
                       GArray      *starts)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "gloss");
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter a, b;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &a);
  while (gtk_text_iter_starts_tag (&a, tag) || gtk_text_iter_forward_to_tag_toggle (&a, tag))
    {
      g_autofree char *raw = NULL;
      GString *text;
      int start = gtk_text_iter_get_offset (&a);

      b = a;
      g_assert_true (gtk_text_iter_forward_to_tag_toggle (&b, tag));
      raw = gtk_text_iter_get_text (&a, &b);
      /* a narrow no-break space sets it off from its term */
      g_assert_true (g_str_has_prefix (raw, "\u202F["));
      text = g_string_new (raw + strlen ("\u202F"));
      g_string_replace (text, "\u00A0", " ", 0);
      g_ptr_array_add (texts, g_string_free (text, FALSE));
      if (starts != NULL)
        g_array_append_val (starts, start);
      a = b;
    }
  return texts;
}
