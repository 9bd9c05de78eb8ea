/* test-window.c — the reader window, driven as a reader would
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  Each test opens the real window
 * on the bundled agreement, acts through its actions and widgets, and
 * checks what a reader sees.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "kel-application.h"
#include "kel-contents-page.h"
#include "kel-glossary-page.h"
#include "kel-notes-page.h"
#include "kel-window-notes.h"
#include "kel-threats-page.h"
#include "kel-threat.h"
#include "kel-results-page.h"
#include "kel-search-bar.h"
#include "kel-document-view.h"
#include "kel-term-popover.h"
#include "kel-term.h"
#include "kel-window.h"
#include "kel-window-private.h"
#include "kel-test-gtk.h"
#include "kel-test-util.h"

static KelApplication *app;

static KelDocumentView *
view_of (KelWindow *window)
{
  return KEL_DOCUMENT_VIEW (kel_window_get_view (window));
}

static const KelNode *
top_node (KelWindow *window)
{
  KelDocument *doc = kel_window_get_document (window);

  return kel_document_get_node_at (doc, kel_document_view_get_top_offset (view_of (window)));
}

static gboolean
popover_visible (gpointer data)
{
  return gtk_widget_get_visible (kel_window_get_term_popover (data))
         && gtk_widget_get_mapped (kel_window_get_term_popover (data));
}

static gboolean
contents_at_article_1 (gpointer data)
{
  KelWindow *window = data;
  KelContentsPage *contents = KEL_CONTENTS_PAGE (kel_window_get_part (window, "contents_page"));

  return kel_contents_page_get_current (contents)
         == kel_document_lookup_node (kel_window_get_document (window), "art_1");
}

/* The window shows the text, and Article 1 with its number and heading. */
static void
test_shows_article_1 (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelContentsPage *contents = KEL_CONTENTS_PAGE (kel_window_get_part (window, "contents_page"));
  g_autofree char *text = kel_document_view_get_visible_text (view_of (window));
  g_autofree char *row = NULL;

  g_assert_true (g_str_has_prefix (text, "Шанхай ынтымақтастық ұйымына"));
  g_assert_nonnull (strstr (text, "\n1-бап\nНегізгі ұғымдар\n"));

  /* Contents: preamble, 12 articles, signatures, 2 annexes, certification, publisher */
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (contents)), >=, 16);
  row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (contents), 1);
  g_assert_cmpstr (row, ==, "1-бап\nНегізгі ұғымдар");

  /* activating the row scrolls the text to Article 1 */
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (contents), 1);
  g_assert_true (kel_test_wait_for_top (window, "art_1"));
  /* ...and the contents highlight the part being read */
  g_assert_true (kel_test_wait_until (contents_at_article_1, window, 2000));
  kel_test_close_window (window);
}

/* A term in Article 2 opens its popover, with the Annex 1 definition. */
static void
test_term_popover (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelTermPopover *popover = KEL_TERM_POPOVER (kel_window_get_term_popover (window));
  const KelSpan *span = kel_test_first_span_in (doc, "art_2", KEL_SPAN_TERM, NULL);
  const KelNode *entry;
  g_autofree char *entry_text = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *label;
  const char *dash;

  g_assert_nonnull (span);
  g_assert_cmpstr (span->target, ==, "internationalInformationSecurity");

  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_2"));
  kel_document_view_activate_link (view_of (window), span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));

  /* the definition shown is the text of the Annex 1 entry after "» - " */
  entry = kel_term_get_definition_node (span->term);
  g_assert_nonnull (entry);
  g_assert_true (g_str_has_prefix (entry->eid, "att_1__definition_"));
  entry_text = kel_document_get_node_text (doc, entry);
  dash = strstr (entry_text, "» - ");
  g_assert_nonnull (dash);
  expected = g_strndup (dash + strlen ("» - "), strlen (dash + strlen ("» - ")) - 1);   /* without ';' */

  label = NULL;
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (popover)); w != NULL;)
    {
      /* find the definition label: the one with the css class "definition" */
      if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "definition"))
        {
          label = w;
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w) == GTK_WIDGET (popover) ? NULL : gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  /* the title and the preamble use the term six times before Article 2 */
  g_assert_cmpuint (span->occurrence, ==, 6);
  g_assert_cmpstr (kel_term_popover_get_counter (popover), ==, "7 of 21");

  /* Next occurrence moves to the following one, in Article 2's first paragraph */
  gtk_widget_activate_action (GTK_WIDGET (popover), "term.next", NULL);
  kel_test_settle (300);
  g_assert_cmpuint (kel_term_popover_get_occurrence (popover)->occurrence, ==, 7);
  g_assert_cmpstr (kel_term_popover_get_counter (popover), ==, "8 of 21");
  g_assert_true (kel_document_view_get_focus_link (view_of (window)) == kel_term_get_occurrence (span->term, 7));
  g_assert_cmpstr (kel_document_get_node_at (doc, kel_term_get_occurrence (span->term, 7)->start)->eid,
                   ==, "art_2__para_1__list_1");
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));

  /* Copy definition gives the Annex 1 wording */
  {
    g_autofree char *copy = kel_term_popover_get_definition_text (popover);
    g_assert_true (g_str_has_prefix (copy, "«халықаралық ақпараттық қауіпсіздік» - "));
    g_assert_true (g_str_has_suffix (copy, expected));
  }

  /* Escape closes it; focus returns to the link in the text */
  gtk_popover_popdown (GTK_POPOVER (popover));
  kel_test_settle (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_has_focus (kel_window_get_view (window)));
  kel_test_close_window (window);
}

/* The reference "2-бабында" in Article 3 lands on Article 2; Back returns. */
static void
test_reference_and_back (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  const KelSpan *ref = kel_test_first_span_in (doc, "art_3", KEL_SPAN_REF, "art_2");
  g_autofree char *text = NULL;

  g_assert_nonnull (ref);
  text = kel_document_get_range (doc, ref->start, ref->end);
  g_assert_cmpstr (text, ==, "2-бабында");

  g_assert_true (kel_window_goto (window, "art_3", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_3"));
  kel_document_view_activate_link (view_of (window), ref);
  g_assert_true (kel_test_wait_for_top (window, "art_2"));
  g_assert_false (kel_test_top_is_within (window, "art_3"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_true (kel_test_wait_for_top (window, "art_3"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL));
  g_assert_true (kel_test_wait_for_top (window, "art_2"));
  kel_test_close_window (window);
}

/* An unknown eId shows a clear message and the start of the text. */
static void
test_goto_unknown (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);

  g_assert_null (kel_window_get_message (window));
  g_assert_false (kel_window_goto (window, "art_99", TRUE));
  g_assert_nonnull (kel_window_get_message (window));
  g_assert_nonnull (strstr (kel_window_get_message (window), "“art_99”"));
  kel_test_settle (300);
  g_assert_true (top_node (window) == NULL
                 || top_node (window)->kind == KEL_NODE_TITLE
                 || kel_test_top_is_within (window, "longTitle"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-message", NULL));
  g_assert_null (kel_window_get_message (window));

  /* kelisim:EID, the citation link form, works too */
  g_assert_true (kel_window_goto (window, "kelisim:art_5__para_2", TRUE));
  g_assert_true (kel_test_wait_for_top (window, "art_5__para_2"));
  kel_test_close_window (window);
}

/* Tab from the window reaches the first term link in view. */
static void
test_tab_reaches_link (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocumentView *view = view_of (window);
  const KelSpan *link = NULL;

  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_2"));

  /* the window opens with the keyboard focus in the text; Tab reaches the
   * first link in view: Article 2's heading term */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_null (kel_document_view_get_focus_link (view));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  link = kel_document_view_get_focus_link (view);
  g_assert_nonnull (link);
  g_assert_cmpint (link->kind, ==, KEL_SPAN_TERM);
  g_assert_true (link == kel_test_first_span_in (kel_window_get_document (window), "art_2", KEL_SPAN_TERM, NULL));

  /* from the sidebar (F6), Tab through its widgets comes back to it */
  kel_document_view_set_focus_link (view, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL));
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (view)));
  for (guint i = 0; i < 80 && !gtk_widget_has_focus (GTK_WIDGET (view)); i++)
    {
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      kel_test_settle (5);
    }
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  /* entering from outside lands on the first link in view: visible, and
   * not after the heading term, which is in view too */
  g_assert_nonnull (kel_document_view_get_focus_link (view));
  g_assert_true (kel_document_view_is_span_visible (view, kel_document_view_get_focus_link (view)));
  g_assert_cmpuint (kel_document_view_get_focus_link (view)->start, <=, link->start);
  kel_document_view_set_focus_link (view, link);

  /* the next Tab moves to the next link in reading order */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (kel_document_view_get_focus_link (view) != link);
  g_assert_cmpuint (kel_document_view_get_focus_link (view)->start, >, link->start);
  kel_test_close_window (window);
}

/* Zoom changes the text size and is remembered. */
static void
test_zoom (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocumentView *view = view_of (window);
  GSettings *settings = kel_application_get_settings (app);

  g_settings_set_double (settings, "zoom", 1.0);
  g_assert_cmpfloat_with_epsilon (kel_document_view_get_zoom (view), 1.0, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (kel_document_view_get_zoom (view), 1.2, 0.001);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.2, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (kel_document_view_get_zoom (view), 1.0, 0.001);
  kel_test_close_window (window);
}

/* Settings are the application's, shared by its windows: closing one window
 * must not leave them holding later changes in memory (a crash would lose
 * them); another reader of the settings sees each change at once. */
static void
test_settings_written_at_once (void)
{
  GSettings *settings = kel_application_get_settings (app);
  g_autoptr(GSettings) other = g_settings_new (APP_ID);
  KelWindow *first = kel_test_open_window (app, NULL, 1200);
  KelWindow *second = kel_test_open_window (app, NULL, 1200);

  g_settings_set_double (settings, "zoom", 1.0);
  gtk_window_close (GTK_WINDOW (first));
  kel_test_settle (50);
  g_assert_false (g_settings_get_has_unapplied (settings));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.zoom-in", NULL));
  g_assert_false (g_settings_get_has_unapplied (settings));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (other, "zoom"), 1.1, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.term-language", "s", "ru"));
  {
    g_autofree char *lang = g_settings_get_string (other, "term-language");
    g_assert_cmpstr (lang, ==, "ru");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.zoom-reset", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.term-language", "s", "kk"));
  kel_test_close_window (second);
}

/* A restart, as a second process with the same keyfile settings backend,
 * finds the zoom and the reading position of the first. */
static void
test_restart_remembers (void)
{
  if (g_test_subprocess ())
    {
      const char *phase = g_getenv ("KELISIM_TEST_PHASE");
      KelWindow *window = kel_test_open_window (app, NULL, 1200);
      GSettings *settings = kel_application_get_settings (app);

      if (g_strcmp0 (phase, "first") == 0)
        {
          gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.term-language", "s", "zh");
          kel_window_goto (window, "art_7", FALSE);
          g_assert_true (kel_test_wait_for_top (window, "art_7"));
          gtk_window_close (GTK_WINDOW (window));
          g_settings_sync ();
          kel_test_settle (50);
          return;
        }
      g_autofree char *position = g_settings_get_string (settings, "position");

      g_print ("zoom=%.2f position=%s\n", g_settings_get_double (settings, "zoom"), position);
      kel_window_restore_position (window);
      g_print ("restored=%s\n", kel_test_wait_for_top (window, "art_7") ? "yes" : "no");
      g_print ("view-zoom=%.2f\n", kel_document_view_get_zoom (view_of (window)));
      kel_window_show_sidebar_page (window, "glossary");
      {
        g_autofree char *row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (kel_window_get_part (window, "glossary_page")), 0);
        /* ASCII on stdout: the parent may not print UTF-8 */
        g_print ("glossary-first-is-chinese=%s\n", g_str_has_prefix (row, "信息安全") ? "yes" : "no");
      }
      kel_test_close_window (window);
      return;
    }

  {
    g_autofree char *dir = g_dir_make_tmp ("kelisim-test-XXXXXX", NULL);
    g_autofree char *conf = g_build_filename (dir, "config", NULL);
    g_autofree char *file = g_build_filename (conf, "glib-2.0", "settings", "keyfile", NULL);

    g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
    g_setenv ("XDG_CONFIG_HOME", conf, TRUE);

    g_setenv ("KELISIM_TEST_PHASE", "first", TRUE);
    g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));

    g_setenv ("KELISIM_TEST_PHASE", "second", TRUE);
    g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_test_trap_assert_stdout ("*zoom=1.20*");
    g_test_trap_assert_stdout ("*position=art_7*");
    g_test_trap_assert_stdout ("*restored=yes*");
    g_test_trap_assert_stdout ("*view-zoom=1.20*");
    g_test_trap_assert_stdout ("*glossary-first-is-chinese=yes*");

    g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
    g_unlink (file);
  }
}

/* A remembered position that names nothing of this edition: a message and
 * the start, and the setting is cleared. */
static void
test_restore_bad_position (void)
{
  GSettings *settings = kel_application_get_settings (app);
  KelWindow *window;
  g_autofree char *after = NULL;

  g_settings_set_string (settings, "position", "art_404__para_9");
  window = kel_test_open_window (app, NULL, 1200);
  kel_window_restore_position (window);
  g_assert_nonnull (kel_window_get_message (window));
  g_assert_nonnull (strstr (kel_window_get_message (window), "art_404__para_9"));
  after = g_settings_get_string (settings, "position");
  g_assert_cmpstr (after, ==, "");
  kel_test_close_window (window);
}

static gboolean
document_changed (gpointer data)
{
  gpointer *pair = data;
  return kel_window_get_document (pair[0]) != pair[1];
}

static gboolean
message_shown (gpointer data)
{
  return kel_window_get_message (data) != NULL;
}

static GFile *
test_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", name, NULL);
  return g_file_new_for_path (path);
}

/* Another act in the profile opens with its own contents, terms and
 * popover; a broken file leaves it open and says why. */
static void
test_open_other_edition (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *bundled = kel_window_get_document (window);
  KelContentsPage *contents = KEL_CONTENTS_PAGE (kel_window_get_part (window, "contents_page"));
  KelTermPopover *popover = KEL_TERM_POPOVER (kel_window_get_term_popover (window));
  g_autoptr(GFile) bilateral = test_file ("bilateral.akn.xml");
  g_autoptr(GFile) broken = test_file ("hostile/truncated.akn.xml");
  gpointer pair[2] = { window, bundled };
  KelDocument *doc;
  const KelSpan *span;
  g_autofree char *row = NULL;

  kel_window_open_files (window, bilateral, NULL);
  g_assert_true (kel_test_wait_until (document_changed, pair, 5000));
  doc = kel_window_get_document (window);
  g_assert_cmpstr (kel_document_get_short_title (doc), ==, "Келісімі");
  g_assert_null (kel_window_get_message (window));

  /* contents: preamble, three articles, signatures, the annex */
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (contents)), ==, 6);
  row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (contents), 2);
  g_assert_cmpstr (row, ==, "2-бап\nЫнтымақтастық нысандары");

  /* a term occurrence opens the popover with the act's own definition */
  span = kel_test_first_span_in (doc, "art_2", KEL_SPAN_TERM, "competentAuthority");
  g_assert_nonnull (span);
  kel_document_view_activate_link (view_of (window), span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
  g_assert_true (kel_term_popover_get_term (popover) == span->term);
  g_assert_cmpstr (kel_term_get_definition (span->term), ==,
                   "Тарап киберинциденттерге ден қоюға уәкілеттік берген мемлекеттік орган");
  g_assert_cmpstr (kel_term_popover_get_counter (popover), ==, "1 of 3");
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* a broken file: a message, and the act stays */
  kel_window_open_files (window, broken, NULL);
  g_assert_true (kel_test_wait_until (message_shown, window, 5000));
  g_assert_nonnull (strstr (kel_window_get_message (window), "“truncated.akn.xml” could not be opened. Line 17: "));
  g_assert_nonnull (strstr (kel_window_get_message (window), "“bilateral.akn.xml” stays open."));
  g_assert_true (kel_window_get_document (window) == doc);

  /* and back to the bundled agreement */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_cmpstr (kel_document_get_name (kel_window_get_document (window)), ==, "agreement.kk.akn.xml");
  kel_test_close_window (window);
}

/* Typing in the search bar highlights and counts the matches; Enter moves
 * to the next; the sidebar lists them; Escape clears. */
static void
test_search (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelSearchBar *bar = KEL_SEARCH_BAR (kel_window_get_part (window, "search_bar"));
  KelResultsPage *results = KEL_RESULTS_PAGE (kel_window_get_part (window, "results_page"));
  GArray *matches;
  g_autofree char *row = NULL;
  int first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (kel_search_bar_is_open (bar));

  /* a Kazakh word finds its inflected forms, letter case aside */
  kel_search_bar_set_query (bar, "СОҒЫС");
  kel_test_settle (50);
  matches = kel_search_state_get_matches (kel_window_get_search (window));
  g_assert_cmpuint (matches->len, ==, 5);
  first = kel_search_state_get_current (kel_window_get_search (window));
  g_assert_cmpint (first, >=, 0);
  {
    g_autofree char *expected = g_strdup_printf ("%d of 5", first + 1);
    g_assert_cmpstr (kel_search_state_get_status (kel_window_get_search (window)), ==, expected);
  }
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (results)), ==, 5);
  row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (results), 0);
  g_assert_true (g_str_has_prefix (row, "2-бап, 1-тармақша\n"));

  /* Enter (next) moves on and wraps around */
  kel_search_state_step (kel_window_get_search (window), TRUE);
  g_assert_cmpint (kel_search_state_get_current (kel_window_get_search (window)), ==, (first + 1) % 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  g_assert_cmpint (kel_search_state_get_current (kel_window_get_search (window)), ==, first);

  /* a Russian label finds the term's occurrences, and says so */
  kel_search_bar_set_query (bar, "информационной войны");
  g_assert_cmpuint (kel_search_state_get_matches (kel_window_get_search (window))->len, ==, 5);
  g_assert_nonnull (kel_search_state_get_via_term (kel_window_get_search (window)));
  g_assert_cmpstr (kel_term_get_id (kel_search_state_get_via_term (kel_window_get_search (window))), ==, "informationWar");

  /* activating a result jumps there, and Back returns */
  {
    GArray *found = kel_search_state_get_matches (kel_window_get_search (window));
    KelDocument *doc = kel_window_get_document (window);
    const KelNode *target = kel_document_get_node_at (doc, g_array_index (found, KelMatch, 4).start);

    g_assert_cmpstr (target->eid, ==, "att_2__threat_1__signs");
    kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (results), 4);
    g_assert_true (kel_test_wait_for_top (window, target->eid));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
    kel_test_settle (300);
    g_assert_false (kel_test_top_is_within (window, target->eid));
  }

  /* nothing found */
  kel_search_bar_set_query (bar, "zzzz");
  g_assert_cmpuint (kel_search_state_get_matches (kel_window_get_search (window))->len, ==, 0);
  g_assert_cmpstr (kel_search_state_get_status (kel_window_get_search (window)), ==, "No matches");

  kel_search_bar_close (bar);
  g_assert_false (kel_search_bar_is_open (bar));
  g_assert_cmpuint (kel_search_state_get_matches (kel_window_get_search (window))->len, ==, 0);
  kel_test_close_window (window);
}

/* Copy citation: the paragraph being read, in the term language's style. */
static void
test_citation (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  GSettings *settings = kel_application_get_settings (app);
  g_autofree char *kk = NULL;
  g_autofree char *ru = NULL;
  g_autofree char *zh = NULL;

  g_assert_true (kel_window_goto (window, "art_5__para_2", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_5__para_2"));

  kk = kel_window_get_citation (window);
  g_assert_true (g_str_has_prefix (kk, "«Осы Келісімді орындау, ақпарат алмасу"));
  g_assert_nonnull (strstr (kk, "» (Келісім, 5-бап, 2-тармақ)\nkelisim:art_5__para_2"));

  g_settings_set_string (settings, "term-language", "ru");
  ru = kel_window_get_citation (window);
  g_assert_nonnull (strstr (ru, "» (Соглашение, статья 5, пункт 2)\nkelisim:art_5__para_2"));

  g_settings_set_string (settings, "term-language", "zh");
  zh = kel_window_get_citation (window);
  g_assert_nonnull (strstr (zh, "”（协定第五条第二款）\nkelisim:art_5__para_2"));

  g_settings_set_string (settings, "term-language", "kk");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-citation", NULL));
  kel_test_close_window (window);
}

/* The term language relabels the glossary; the glosses add labels to the
 * text without adding characters that a copy or a search would see. */
static void
test_term_language_and_glosses (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  GSettings *settings = kel_application_get_settings (app);
  KelGlossaryPage *glossary = KEL_GLOSSARY_PAGE (kel_window_get_part (window, "glossary_page"));
  KelDocumentView *view = view_of (window);
  g_autofree char *plain = NULL;
  g_autofree char *glossed = NULL;
  g_autofree char *row = NULL;

  g_settings_set_boolean (settings, "show-glosses", FALSE);
  g_settings_set_string (settings, "term-language", "kk");
  kel_window_show_sidebar_page (window, "glossary");
  plain = kel_document_view_get_visible_text (view);
  row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (glossary), 0);
  g_assert_true (g_str_has_prefix (row, "ақпараттық қауіпсіздік"));
  g_clear_pointer (&row, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.term-language", "s", "zh"));
  row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (glossary), 0);
  g_assert_true (g_str_has_prefix (row, "信息安全"));

  g_settings_set_boolean (settings, "show-glosses", TRUE);
  kel_test_settle (200);
  glossed = kel_document_view_get_visible_text (view);
  g_assert_cmpstr (glossed, ==, plain);
  g_assert_null (strstr (glossed, "信息安全"));
  /* but the reader sees one gloss per term occurrence */
  {
    guint n = 0, terms = 0;
    KelDocument *doc = kel_window_get_document (window);
    g_autoptr(GPtrArray) shown = kel_test_view_glosses (GTK_TEXT_VIEW (view), NULL);

    n = shown->len;
    for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
      if (kel_document_get_span (doc, i)->kind == KEL_SPAN_TERM)
        terms++;
    g_assert_cmpuint (n, ==, terms);
  }
  /* and a jump still lands on its target with the glosses in */
  g_assert_true (kel_window_goto (window, "art_9", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_9"));

  g_settings_set_boolean (settings, "show-glosses", FALSE);
  g_settings_set_string (settings, "term-language", "kk");
  kel_test_close_window (window);
}

/* Article 2's items open their threats; the popover opens the glossary. */
static void
test_threats_and_glossary_links (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelThreatsPage *threats = KEL_THREATS_PAGE (kel_window_get_part (window, "threats_page"));
  KelGlossaryPage *glossary = KEL_GLOSSARY_PAGE (kel_window_get_part (window, "glossary_page"));
  KelTermPopover *popover = KEL_TERM_POPOVER (kel_window_get_term_popover (window));
  const KelSpan *num = kel_test_first_span_in (doc, "art_2__para_1__list_1__point_5", KEL_SPAN_NUM, NULL);
  const KelSpan *term = kel_test_first_span_in (doc, "art_3", KEL_SPAN_TERM, NULL);

  g_assert_nonnull (num);
  kel_document_view_activate_link (view_of (window), num);
  kel_test_settle (100);
  g_assert_nonnull (kel_threats_page_get_threat (threats));
  g_assert_cmpuint (kel_threat_get_number (kel_threats_page_get_threat (threats)), ==, 5);
  g_assert_cmpuint (kel_threats_page_get_n_sign_items (threats), ==, 3);

  g_assert_true (kel_window_goto (window, "art_3", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_3"));
  kel_document_view_activate_link (view_of (window), term);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
  gtk_widget_activate_action (GTK_WIDGET (popover), "term.glossary", NULL);
  kel_test_settle (100);
  g_assert_true (kel_glossary_page_get_term (glossary) == term->term);
  kel_test_close_window (window);
}

/* The first widget of @type under @root, or NULL */
static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_of_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* What Alt+2 or Alt+3 does: the page opens, the focus in it. */
static GtkWidget *
open_page_by_keyboard (KelWindow  *window,
                       const char *accel,
                       const char *name,
                       GType       type)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
  g_autofree char *expected = g_strconcat ("win.sidebar-page::", name, NULL);
  GtkWidget *page, *focus;

  g_assert_nonnull (actions);
  g_assert_cmpstr (actions[0], ==, expected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-page", "s", name));
  page = find_of_type (GTK_WIDGET (window), type);
  g_assert_nonnull (page);
  g_assert_true (page == kel_window_get_part (window, type == KEL_TYPE_GLOSSARY_PAGE ? "glossary_page" : "threats_page"));
  g_assert_true (kel_test_wait_until (widget_mapped, page, 3000));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, page));
  return page;
}

/* The glossary, threats and notes pages are made when first needed, not
 * with the window; made by the keyboard, each works at once: the focus in its list,
 * its rows there, the term language and the glossary order as the
 * settings say, a row that opens. */
static void
test_pages_made_when_needed (void)
{
  GSettings *settings = kel_application_get_settings (app);
  KelWindow *window;
  GtkWidget *glossary, *threats, *notes;
  g_autofree char *row = NULL;

  /* the window opens at the contents, as a reader left it */
  g_settings_set_string (settings, "sidebar-page", "contents");
  window = kel_test_open_window (app, NULL, 1200);
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  /* set before the pages are made: they take them when they are */
  g_settings_set_string (settings, "glossary-order", "alphabetical");
  g_settings_set_string (settings, "term-language", "ru");
  kel_test_settle (100);
  g_assert_null (find_of_type (GTK_WIDGET (window), KEL_TYPE_GLOSSARY_PAGE));
  g_assert_null (find_of_type (GTK_WIDGET (window), KEL_TYPE_THREATS_PAGE));
  g_assert_null (find_of_type (GTK_WIDGET (window), KEL_TYPE_NOTES_PAGE));

  glossary = open_page_by_keyboard (window, "<Alt>2", "glossary", KEL_TYPE_GLOSSARY_PAGE);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (glossary)), >, 10);
  g_assert_true (kel_glossary_page_get_order (KEL_GLOSSARY_PAGE (glossary)));
  g_assert_cmpint (kel_glossary_page_get_lang (KEL_GLOSSARY_PAGE (glossary)), ==, KEL_LANG_RU);
  row = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (glossary), 0);
  g_assert_nonnull (row);
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (glossary), 0);
  kel_test_settle (100);
  g_assert_nonnull (kel_glossary_page_get_term (KEL_GLOSSARY_PAGE (glossary)));
  /* the settings still reach it */
  g_settings_set_string (settings, "term-language", "zh");
  g_assert_cmpint (kel_glossary_page_get_lang (KEL_GLOSSARY_PAGE (glossary)), ==, KEL_LANG_ZH);
  g_settings_set_string (settings, "glossary-order", "annex");
  g_assert_false (kel_glossary_page_get_order (KEL_GLOSSARY_PAGE (glossary)));

  threats = open_page_by_keyboard (window, "<Alt>3", "threats", KEL_TYPE_THREATS_PAGE);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (threats)), >, 0);
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (threats), 0);
  kel_test_settle (100);
  g_assert_nonnull (kel_threats_page_get_threat (KEL_THREATS_PAGE (threats)));

  /* the notes page, as its switcher button shows it: there, listing the
   * edition's notes (none here) */
  kel_window_show_sidebar_page (window, "notes");
  notes = find_of_type (GTK_WIDGET (window), KEL_TYPE_NOTES_PAGE);
  g_assert_nonnull (notes);
  g_assert_true (notes == kel_window_get_part (window, "notes_page"));
  g_assert_true (kel_test_wait_until (widget_mapped, notes, 3000));
  g_assert_cmpuint (kel_notes_page_get_n_rows (KEL_NOTES_PAGE (notes)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (kel_window_get_notes (window))));
  g_assert_cmpint (kel_notes_page_get_language (KEL_NOTES_PAGE (notes)), ==, KEL_LANG_ZH);

  /* back to the glossary: the same page, not another */
  g_assert_true (open_page_by_keyboard (window, "<Alt>2", "glossary", KEL_TYPE_GLOSSARY_PAGE) == glossary);

  g_settings_set_string (settings, "term-language", "kk");
  g_settings_set_string (settings, "sidebar-page", "contents");
  kel_test_close_window (window);
}

static gboolean
text_shown_alone (gpointer data)
{
  KelWindow *window = data;
  GtkWidget *scroller = gtk_widget_get_parent (kel_window_get_view (window));

  return gtk_widget_get_mapped (scroller) && !gtk_widget_get_mapped (kel_window_get_part (window, "contents_page"));
}

static gboolean
sidebar_shown_alone (gpointer data)
{
  KelWindow *window = data;
  GtkWidget *scroller = gtk_widget_get_parent (kel_window_get_view (window));

  return !gtk_widget_get_mapped (scroller) && gtk_widget_get_mapped (kel_window_get_part (window, "contents_page"));
}

/* A narrow window shows the text, or the sidebar in its place. */
static void
test_narrow_window (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelContentsPage *contents = KEL_CONTENTS_PAGE (kel_window_get_part (window, "contents_page"));
  GSettings *settings = kel_application_get_settings (app);

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set_string (settings, "sidebar-page", "contents");
  kel_window_show_sidebar_page (window, "contents");
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 700);
  g_assert_true (kel_test_wait_until (text_shown_alone, window, 3000));

  /* F9: the sidebar instead of the text; the wide window's setting stays */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-visible", NULL));
  g_assert_true (kel_test_wait_until (sidebar_shown_alone, window, 3000));
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));

  /* a contents row: the text again, at that article */
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (contents), 6);
  g_assert_true (kel_test_wait_until (text_shown_alone, window, 3000));
  g_assert_true (kel_test_wait_for_top (window, "art_6"));

  /* wide again: both */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  kel_test_settle (300);
  g_assert_true (gtk_widget_get_mapped (kel_window_get_part (window, "contents_page")));
  g_assert_true (gtk_widget_get_mapped (kel_window_get_view (window)));
  kel_test_close_window (window);
}

/* Opening the window runs no search: nothing was typed, so there is
 * nothing to find, highlight or scroll to. */
static void
count_results (KelSearchState *search,
               GParamSpec     *pspec,
               guint          *count)
{
  (*count)++;
}

static void
test_no_search_on_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  KelWindow *window;
  guint count = 0;

  g_assert_no_error (error);
  window = kel_window_new (GTK_APPLICATION (app), kel_application_get_settings (app));
  g_signal_connect (kel_window_get_search (window), "notify::matches", G_CALLBACK (count_results), &count);
  kel_window_set_document (window, doc);
  gtk_window_present (GTK_WINDOW (window));
  kel_test_settle (600);
  g_assert_cmpuint (count, ==, 0);
  g_assert_false (kel_search_bar_is_open (KEL_SEARCH_BAR (kel_window_get_part (window, "search_bar"))));

  /* a search typed afterwards still runs */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  kel_search_bar_set_query (KEL_SEARCH_BAR (kel_window_get_part (window, "search_bar")), "ақпарат");
  kel_test_settle (300);
  g_assert_cmpuint (count, >, 0);
  kel_test_close_window (window);
}

/* The shortcuts window (Ctrl+?) is built when first asked for, shown
 * over the reader's window, and the same one comes back the next time. */
static GtkWindow *
find_shortcuts_window (KelWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        found = w;
    }
  return found;
}

static void
test_shortcuts_window (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  GtkWindow *shortcuts;
  /* GTK 4.8's GtkShortcutsWindow warns about one of its own labels
   * ("reported min width -4") when shown: not fatal here; criticals are */
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  g_assert_null (find_shortcuts_window (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  kel_test_settle (200);
  shortcuts = find_shortcuts_window (window);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (shortcuts);
  kel_test_settle (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  kel_test_settle (100);
  g_assert_true (find_shortcuts_window (window) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  kel_test_close_window (window);
  g_log_set_always_fatal (fatal);
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* F10 opens the main menu, by Kelisim's own shortcut */
static void
test_f10_main_menu (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.main-menu");
  GtkMenuButton *button = find_primary_menu_button (gtk_window_get_titlebar (GTK_WINDOW (window)));

  g_assert_nonnull (accels);
  g_assert_true (g_strv_contains ((const char * const *) accels, "F10"));
  g_assert_nonnull (button);
  /* the menu is made when first opened */
  g_assert_true (gtk_menu_button_get_popover (button) == NULL
                 || !gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.main-menu", NULL));
  kel_test_settle (200);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_true (kel_test_menu_has_action (gtk_menu_button_get_menu_model (button), "win.go-to"));
  gtk_menu_button_popdown (button);
  kel_test_settle (100);
  kel_test_close_window (window);
}

/* A closed window no longer follows the settings: changing the term
 * language or the glossary order afterwards (from another window) is
 * quiet, not a critical about the closed window's actions. */
static void
test_settings_after_close (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *language = g_settings_get_string (settings, "term-language");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-page", "s", "glossary");
  kel_test_settle (100);
  kel_test_close_window (window);
  kel_test_settle (100);
  g_settings_set_string (settings, "term-language", g_str_equal (language, "ru") ? "zh" : "ru");
  g_settings_set_string (settings, "glossary-order", "alphabetical");
  kel_test_settle (100);
  g_settings_reset (settings, "term-language");
  g_settings_reset (settings, "glossary-order");
  kel_test_settle (50);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);
  app = kel_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);

  g_test_add_func ("/window/shows-article-1", test_shows_article_1);
  g_test_add_func ("/window/term-popover", test_term_popover);
  g_test_add_func ("/window/reference-and-back", test_reference_and_back);
  g_test_add_func ("/window/goto-unknown", test_goto_unknown);
  g_test_add_func ("/window/tab-reaches-link", test_tab_reaches_link);
  g_test_add_func ("/window/zoom", test_zoom);
  g_test_add_func ("/window/settings-written-at-once", test_settings_written_at_once);
  g_test_add_func ("/window/restart-remembers", test_restart_remembers);
  g_test_add_func ("/window/restore-bad-position", test_restore_bad_position);
  g_test_add_func ("/window/open-other-edition", test_open_other_edition);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/citation", test_citation);
  g_test_add_func ("/window/term-language-and-glosses", test_term_language_and_glosses);
  g_test_add_func ("/window/threats-and-glossary-links", test_threats_and_glossary_links);
  g_test_add_func ("/window/pages-made-when-needed", test_pages_made_when_needed);
  g_test_add_func ("/window/narrow-window", test_narrow_window);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/f10-main-menu", test_f10_main_menu);
  g_test_add_func ("/window/settings-after-close", test_settings_after_close);
  g_test_add_func ("/window/no-search-on-start", test_no_search_on_start);

  return kel_test_app_run (&app);
}
