/* test-messages.c — what the window says when something fails
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb.  A file that cannot be opened is named, with the line
 * and the mistake in plain words, under an error icon, and the message
 * says what is shown instead; a notice (an unknown eId) keeps the
 * information icon.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "kel-application.h"
#include "kel-window.h"
#include "kel-window-private.h"
#include "kel-test-gtk.h"

static KelApplication *app;

static gboolean
message_shown (gpointer data)
{
  return kel_window_get_message (data) != NULL;
}

/* A file in a fresh temporary folder. */
static GFile *
write_file (const char *name,
            const char *content)
{
  g_autofree char *dir = g_dir_make_tmp ("kelisim-messages-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, content, -1, NULL));
  return g_file_new_for_path (path);
}

static void
remove_file (GFile *file)
{
  g_autoptr(GFile) dir = g_file_get_parent (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
}

static const char *
open_broken (KelWindow  *window,
             GFile      *file)
{
  kel_window_open_files (window, file, NULL);
  g_assert_true (kel_test_wait_until (message_shown, window, 5000));
  return kel_window_get_message (window);
}

/* As on a first launch with a broken file: the bundled agreement stays,
 * and the message says so rather than "the text shown is unchanged". */
static void
test_broken_file (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *bundled = kel_window_get_document (window);
  g_autoptr(GFile) file = write_file ("bad.xml",
                                      "<?xml version=\"1.0\"?>\n"
                                      "<akomaNtoso>\n"
                                      "  <act>\n"
                                      "    <p>text\n"
                                      "  </act>\n"
                                      "</akomaNtoso>\n");
  const char *message = open_broken (window, file);

  g_test_message ("%s", message);
  g_assert_cmpstr (message, ==,
                   "“bad.xml” could not be opened. Line 5: not well-formed XML: "
                   "</act> closes <p>, which opens on line 4; a closing tag is missing or misspelt. "
                   "The bundled agreement is shown instead.");
  g_assert_cmpstr (kel_window_get_message_icon (window), ==, "dialog-error-symbolic");
  g_assert_true (kel_window_get_document (window) == bundled);
  /* neither the path nor libxml2's words */
  g_assert_null (strstr (message, "kelisim-messages-"));
  g_assert_null (strstr (message, "mismatch"));
  g_assert_null (strstr (message, "unchanged"));
  remove_file (file);

  /* a file that is not there: its name, and what the system says */
  {
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/kelisim/missing.akn.xml");

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-message", NULL));
    message = open_broken (window, missing);
    g_test_message ("%s", message);
    g_assert_true (g_str_has_prefix (message, "“missing.akn.xml” could not be opened: "));
    g_assert_true (g_str_has_suffix (message, " The bundled agreement is shown instead."));
    g_assert_cmpstr (kel_window_get_message_icon (window), ==, "dialog-error-symbolic");
  }

  /* a notice keeps the information icon */
  g_assert_false (kel_window_goto (window, "art_99", FALSE));
  g_assert_cmpstr (kel_window_get_message_icon (window), ==, "dialog-information-symbolic");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-message", NULL));
  g_assert_null (kel_window_get_message_icon (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A broken termbase is named as the file at fault, not the edition. */
static void
test_broken_termbase (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  g_autofree char *edition_path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data",
                                                    "hostile", "minimal.akn.xml", NULL);
  g_autoptr(GFile) edition = g_file_new_for_path (edition_path);
  g_autoptr(GFile) termbase = write_file ("terms.tbx", "<tbx>\n<text>\n</tbx>\n");
  const char *message;

  kel_window_open_files (window, edition, termbase);
  g_assert_true (kel_test_wait_until (message_shown, window, 5000));
  message = kel_window_get_message (window);
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "“terms.tbx” could not be opened. Line 3: "));
  g_assert_nonnull (strstr (message, "</tbx> closes <text>, which opens on line 2"));
  remove_file (termbase);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);
  app = kel_test_app_new (G_APPLICATION_NON_UNIQUE);

  g_test_add_func ("/messages/broken-file", test_broken_file);
  g_test_add_func ("/messages/broken-termbase", test_broken_termbase);

  return kel_test_app_run (&app);
}
