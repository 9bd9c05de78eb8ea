/* test-settings-state.c — saved settings that a hand, a bug or a stranger broke
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case writes one line into GSettings' keyfile backend (the file a
 * person edits, ~/.config/glib-2.0/settings/keyfile), then starts the
 * application and opens its window in a child process under Xvfb, as after
 * a restart.  What GSettings hands over and what the window makes of it
 * are both checked: a term language that is not kk, ru or zh reads as
 * Kazakh, a zoom out of range as 1.0, and the controls that change them
 * still work.
 *
 * GSettings checks enum values and ranges itself and falls back to the
 * schema's default, with one hole in GLib 2.74: NaN passes the range
 * check (every comparison with NaN is false).  The window has to refuse it
 * itself.
 *
 * The child reports what it saw as "key=value" lines in a file that the
 * parent reads back.
 */
#include "config.h"

#include <math.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-window.h"
#include "kel-test-gtk.h"

typedef struct
{
  const char *name;
  const char *line;          /* written into [io/github/kelisim/Kelisim] */
  const char *setting;       /* what GSettings must hand over, as "key=value" */
  const char *known_bug;     /* a bug of the window's, reported, not yet fixed */
} Case;

static const Case cases[] = {
  { "zoom-too-large", "zoom=9.5", "zoom=1.00" },
  { "zoom-too-small", "zoom=0.01", "zoom=1.00" },
  { "zoom-negative", "zoom=-2.0", "zoom=1.00" },
  { "zoom-infinite", "zoom=inf", "zoom=1.00" },
  { "zoom-wrong-type", "zoom='large'", "zoom=1.00" },
  { "zoom-not-a-number", "zoom=nan", "zoom=nan" },
  { "term-language-unknown", "term-language='xx'", "term-language=kk" },
  { "term-language-upper-case", "term-language='RU'", "term-language=kk" },
  { "term-language-wrong-type", "term-language=42", "term-language=kk" },
  { "sidebar-page-unknown", "sidebar-page='nowhere'", "sidebar-page=contents" },
  { "window-size-negative", "window-width=-2\nwindow-height=-7", "window-width=-2" },
  { "window-size-huge", "window-width=1000000\nwindow-height=1000000", "window-width=1000000" },
};

/* -- the child: start as after a restart, and look ------------------------ */

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
report (GString    *out,
        const char *key,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
report (GString    *out,
        const char *key,
        const char *format,
        ...)
{
  va_list args;

  g_string_append_printf (out, "%s=", key);
  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
  g_string_append_c (out, '\n');
}

static void
format_zoom (GString    *out,
             const char *key,
             double      zoom)
{
  if (isnan (zoom))
    report (out, key, "nan");
  else
    report (out, key, "%.2f", zoom);
}

static void
run_child (void)
{
  g_autoptr(KelApplication) app = kel_application_new ();
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *language = NULL;
  g_autofree char *page = NULL;
  GSettings *settings;
  KelDocumentView *view;
  KelWindow *window;
  int width = 0, height = 0;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));
  settings = kel_application_get_settings (app);

  /* what GSettings hands over */
  format_zoom (out, "zoom", g_settings_get_double (settings, "zoom"));
  language = g_settings_get_string (settings, "term-language");
  report (out, "term-language", "%s", language);
  page = g_settings_get_string (settings, "sidebar-page");
  report (out, "sidebar-page", "%s", page);
  report (out, "window-width", "%d", g_settings_get_int (settings, "window-width"));

  /* what the window makes of it */
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  window = kel_window_new (GTK_APPLICATION (app), kel_application_get_settings (app));
  kel_window_set_document (window, doc);
  gtk_window_present (GTK_WINDOW (window));
  settle (300);
  view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));

  format_zoom (out, "view-zoom", kel_document_view_get_zoom (view));
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "term-language");
  report (out, "window-term-language", "%s", g_variant_get_string (state, NULL));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  report (out, "window-mapped", "%s", gtk_widget_get_mapped (GTK_WIDGET (window)) ? "yes" : "no");

  /* the controls still work: Ctrl+plus, and the term language menu */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  settle (50);
  format_zoom (out, "zoom-after-zoom-in", g_settings_get_double (settings, "zoom"));
  format_zoom (out, "view-zoom-after-zoom-in", kel_document_view_get_zoom (view));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "term-language",
                                      g_variant_new_string ("ru"));
  settle (50);
  g_free (language);
  language = g_settings_get_string (settings, "term-language");
  report (out, "term-language-after-choosing-ru", "%s", language);

  gtk_window_destroy (GTK_WINDOW (window));
  settle (50);
  g_application_release (G_APPLICATION (app));

  g_assert_true (g_file_set_contents (g_getenv ("KELISIM_STATE_REPORT"), out->str, -1, NULL));
}

/* -- the parent: write the keyfile, start the child, read its report ------ */

static GHashTable *
read_report (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *eq = strchr (lines[i], '=');

      if (eq != NULL)
        g_hash_table_insert (values, g_strndup (lines[i], eq - lines[i]), g_strdup (eq + 1));
    }
  return values;
}

static void
assert_value (GHashTable *values,
              const char *key,
              const char *expected)
{
  const char *value = g_hash_table_lookup (values, key);

  g_test_message ("%s=%s", key, value ? value : "(none)");
  g_assert_cmpstr (value, ==, expected);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = NULL;
  g_autofree char *config = NULL;
  g_autofree char *settings_dir = NULL;
  g_autofree char *keyfile = NULL;
  g_autofree char *report_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_auto(GStrv) expected = g_strsplit (c->setting, "=", 2);
  g_autoptr(GError) error = NULL;
  const char *view_zoom;

  if (g_test_subprocess ())
    {
      run_child ();
      return;
    }

  dir = g_dir_make_tmp ("kelisim-state-XXXXXX", &error);
  g_assert_no_error (error);
  config = g_build_filename (dir, "config", NULL);
  settings_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  report_path = g_build_filename (dir, "report", NULL);
  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  contents = g_strdup_printf ("[io/github/kelisim/Kelisim]\n%s\n", c->line);
  g_assert_true (g_file_set_contents (keyfile, contents, -1, NULL));

  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("KELISIM_STATE_REPORT", report_path, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (c->known_bug != NULL && !g_test_trap_has_passed ())
    {
      /* says "not ok # TODO" with the reason, and passes once it is fixed */
      g_test_incomplete (c->known_bug);
      goto out;
    }
  g_test_trap_assert_passed ();

  values = read_report (report_path);
  /* what GSettings hands over */
  assert_value (values, expected[0], expected[1]);
  /* the window: Kazakh, a zoom in range, working controls */
  assert_value (values, "window-term-language", "kk");
  assert_value (values, "window-mapped", "yes");
  assert_value (values, "term-language-after-choosing-ru", "ru");

  view_zoom = g_hash_table_lookup (values, "view-zoom");
  g_test_message ("view-zoom=%s", view_zoom ? view_zoom : "(none)");
  if (c->known_bug != NULL && g_strcmp0 (view_zoom, "1.00") != 0)
    g_test_incomplete (c->known_bug);
  else
    {
      assert_value (values, "view-zoom", "1.00");
      assert_value (values, "zoom-after-zoom-in", "1.10");
      assert_value (values, "view-zoom-after-zoom-in", "1.10");
    }

out:
  g_unlink (keyfile);
  g_unlink (report_path);
  g_rmdir (settings_dir);
  {
    g_autofree char *glib_dir = g_path_get_dirname (settings_dir);
    g_rmdir (glib_dir);
  }
  g_rmdir (config);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  kel_test_gtk_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/settings-state/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  return g_test_run ();
}
