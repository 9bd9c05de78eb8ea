/* test-page-properties.c — the sidebar pages' document and term-language properties
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  The window is to bind its
 * document and term language to these properties instead of pushing them
 * into each page by hand; here each page is set only through GObject
 * properties (and a binding between two pages), and the tests read what
 * the rows then say.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kel-contents-page.h"
#include "kel-glossary-page.h"
#include "kel-notes-page.h"
#include "kel-term.h"
#include "kel-threat.h"
#include "kel-threats-page.h"
#include "kel-test-gtk.h"

static KelDocument *doc;

static GtkWidget *
present (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 320, 760);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  kel_test_settle (100);
  return window;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_glossary (void)
{
  KelGlossaryPage *page = g_object_new (KEL_TYPE_GLOSSARY_PAGE, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  g_autoptr(KelTerm) first = g_list_model_get_item (kel_document_get_terms (doc), 0);
  g_autofree char *kk = NULL;
  g_autofree char *ru = NULL;
  g_autofree char *expected = NULL;
  guint n_doc = 0, n_lang = 0;
  KelDocument *got = NULL;
  g_autofree char *code = NULL;

  g_assert_true (KEL_IS_SIDEBAR_PAGE (page));
  g_signal_connect (page, "notify::document", G_CALLBACK (count_notify), &n_doc);
  g_signal_connect (page, "notify::term-language", G_CALLBACK (count_notify), &n_lang);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 0);

  g_object_set (page, "document", doc, NULL);
  g_assert_cmpuint (n_doc, ==, 1);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 13);
  kk = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), 0);
  g_assert_cmpstr (kk, ==, kel_term_get_label (first, KEL_LANG_KK));

  /* Russian: the name, and the Kazakh headword under it */
  g_object_set (page, "term-language", "ru", NULL);
  g_assert_cmpuint (n_lang, ==, 1);
  ru = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), 0);
  expected = g_strdup_printf ("%s\n%s", kel_term_get_label (first, KEL_LANG_RU),
                              kel_term_get_label (first, KEL_LANG_KK));
  g_assert_cmpstr (ru, ==, expected);
  g_assert_cmpint (kel_glossary_page_get_lang (page), ==, KEL_LANG_RU);

  /* the same value again: nothing changed, nothing notified */
  g_object_set (page, "document", doc, "term-language", "ru", NULL);
  g_assert_cmpuint (n_doc, ==, 1);
  g_assert_cmpuint (n_lang, ==, 1);

  g_object_get (page, "document", &got, "term-language", &code, NULL);
  g_assert_true (got == doc);
  g_assert_cmpstr (code, ==, "ru");
  g_object_unref (got);

  /* no document: no rows, and said so once */
  g_object_set (page, "document", NULL, NULL);
  g_assert_cmpuint (n_doc, ==, 2);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 0);
  g_assert_null (kel_glossary_page_get_document (page));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A code that names no language (a hand-edited setting) reads as Kazakh,
 * as it does for the document view and the term popover. */
static void
test_bad_language (void)
{
  KelThreatsPage *page = g_object_new (KEL_TYPE_THREATS_PAGE, "document", doc, "term-language", "zh", NULL);
  KelNotesPage *notes = g_object_new (KEL_TYPE_NOTES_PAGE, "term-language", "zh", NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  g_autoptr(KelThreat) threat = g_list_model_get_item (kel_document_get_threats (doc), 0);
  g_autofree char *expected = g_strdup_printf ("1 %s", kel_threat_get_label (threat, KEL_LANG_KK));
  g_autofree char *text = NULL;
  g_autofree char *code = NULL;
  guint n_lang = 0;

  g_object_ref_sink (notes);
  g_assert_cmpint (kel_threats_page_get_lang (page), ==, KEL_LANG_ZH);
  g_signal_connect (page, "notify::term-language", G_CALLBACK (count_notify), &n_lang);
  g_object_set (page, "term-language", "xx", NULL);
  g_assert_cmpint (kel_threats_page_get_lang (page), ==, KEL_LANG_KK);
  g_assert_cmpuint (n_lang, ==, 1);
  text = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), 0);
  g_assert_cmpstr (text, ==, expected);
  g_object_get (page, "term-language", &code, NULL);
  g_assert_cmpstr (code, ==, "kk");

  g_object_set (page, "term-language", "zh", NULL);
  g_object_set (page, "term-language", NULL, NULL);
  g_assert_cmpint (kel_threats_page_get_lang (page), ==, KEL_LANG_KK);
  g_assert_cmpuint (n_lang, ==, 3);

  g_assert_cmpint (kel_notes_page_get_language (notes), ==, KEL_LANG_ZH);
  g_object_set (notes, "term-language", "", NULL);
  g_assert_cmpint (kel_notes_page_get_language (notes), ==, KEL_LANG_KK);
  g_object_unref (notes);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every page binds to the "term-language" setting as the document view and
 * the term popover do: g_settings_bind, no mapping. */
static void
test_settings_binding (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.kelisim.Kelisim");
  KelContentsPage *contents = g_object_new (KEL_TYPE_CONTENTS_PAGE, "document", doc, NULL);
  KelGlossaryPage *glossary = g_object_new (KEL_TYPE_GLOSSARY_PAGE, "document", doc, NULL);
  KelThreatsPage *threats = g_object_new (KEL_TYPE_THREATS_PAGE, "document", doc, NULL);
  KelNotesPage *notes = g_object_new (KEL_TYPE_NOTES_PAGE, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *window;

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (contents));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (glossary));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (threats));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (notes));
  window = present (box);
  g_settings_set_string (settings, "term-language", "ru");
  g_settings_bind (settings, "term-language", contents, "term-language", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "term-language", glossary, "term-language", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "term-language", threats, "term-language", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "term-language", notes, "term-language", G_SETTINGS_BIND_GET);
  g_assert_cmpint (kel_contents_page_get_lang (contents), ==, KEL_LANG_RU);
  g_assert_cmpint (kel_glossary_page_get_lang (glossary), ==, KEL_LANG_RU);
  g_assert_cmpint (kel_threats_page_get_lang (threats), ==, KEL_LANG_RU);
  g_assert_cmpint (kel_notes_page_get_language (notes), ==, KEL_LANG_RU);

  g_settings_set_string (settings, "term-language", "zh");
  g_assert_cmpint (kel_contents_page_get_lang (contents), ==, KEL_LANG_ZH);
  g_assert_cmpint (kel_glossary_page_get_lang (glossary), ==, KEL_LANG_ZH);
  g_assert_cmpint (kel_threats_page_get_lang (threats), ==, KEL_LANG_ZH);
  g_assert_cmpint (kel_notes_page_get_language (notes), ==, KEL_LANG_ZH);
  g_settings_set_string (settings, "term-language", "kk");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* One page's language bound to another's, as the window will bind the
 * pages to its own: the threats list follows the glossary. */
static void
test_binding (void)
{
  KelGlossaryPage *glossary = g_object_new (KEL_TYPE_GLOSSARY_PAGE, "document", doc, NULL);
  KelThreatsPage *threats = g_object_new (KEL_TYPE_THREATS_PAGE, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *window;
  g_autoptr(KelThreat) threat = g_list_model_get_item (kel_document_get_threats (doc), 0);
  g_autofree char *kk = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *expected_kk = NULL;
  g_autofree char *expected_zh = NULL;

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (glossary));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (threats));
  window = present (box);
  g_object_bind_property (glossary, "document", threats, "document", G_BINDING_SYNC_CREATE);
  g_object_bind_property (glossary, "term-language", threats, "term-language", G_BINDING_SYNC_CREATE);

  g_assert_true (kel_threats_page_get_document (threats) == doc);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (threats)), ==, 6);
  kk = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (threats), 0);
  expected_kk = g_strdup_printf ("1 %s", kel_threat_get_label (threat, KEL_LANG_KK));
  g_assert_cmpstr (kk, ==, expected_kk);

  kel_glossary_page_set_lang (glossary, KEL_LANG_ZH);
  zh = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (threats), 0);
  expected_zh = g_strdup_printf ("1 %s", kel_threat_get_label (threat, KEL_LANG_ZH));
  g_assert_cmpstr (zh, ==, expected_zh);
  g_assert_cmpint (kel_threats_page_get_lang (threats), ==, KEL_LANG_ZH);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_contents (void)
{
  KelContentsPage *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  guint n_doc = 0, n_lang = 0;
  g_autofree char *kk = NULL;
  g_autofree char *ru = NULL;
  guint article = G_MAXUINT;

  g_signal_connect (page, "notify::document", G_CALLBACK (count_notify), &n_doc);
  g_signal_connect (page, "notify::term-language", G_CALLBACK (count_notify), &n_lang);
  g_object_set (page, "document", doc, NULL);
  g_assert_cmpuint (n_doc, ==, 1);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), >, 10);
  /* the first article's row: "1-бап" and its heading */
  for (guint i = 0; i < kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)) && article == G_MAXUINT; i++)
    {
      g_autofree char *text = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), i);

      if (g_str_has_prefix (text, "1-бап\n"))
        article = i;
    }
  g_assert_cmpuint (article, !=, G_MAXUINT);
  kk = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), article);

  g_object_set (page, "term-language", "ru", NULL);
  g_assert_cmpuint (n_lang, ==, 1);
  g_assert_cmpint (kel_contents_page_get_lang (page), ==, KEL_LANG_RU);
  ru = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), article);
  g_test_message ("kk: %s / ru: %s", kk, ru);
  g_assert_true (g_str_has_prefix (ru, "Статья 1\n"));
  g_assert_cmpstr (ru, !=, kk);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The notes page: its rows' locations follow the term-language property. */
static void
test_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kelisim-page-properties-XXXXXX", &error);
  g_autoptr(KelNotes) notes = NULL;
  KelNotesPage *page = g_object_new (KEL_TYPE_NOTES_PAGE, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  g_autoptr(KelTerm) first = g_list_model_get_item (kel_document_get_terms (doc), 0);
  const KelSpan *span = NULL;
  g_autofree char *kk = NULL;
  g_autofree char *ru = NULL;
  guint n_lang = 0;

  g_assert_no_error (error);
  notes = kel_notes_new (doc, dir);
  /* a bookmark where the text first uses the first term, outside Annex 1 */
  for (guint i = 0; span == NULL && i < kel_term_get_n_occurrences (first); i++)
    if (!kel_term_get_occurrence (first, i)->is_definition)
      span = kel_term_get_occurrence (first, i);
  g_assert_nonnull (span);
  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_BOOKMARK, NULL, span->start, span->end, NULL, &error));
  g_assert_no_error (error);

  g_signal_connect (page, "notify::term-language", G_CALLBACK (count_notify), &n_lang);
  kel_notes_page_set_notes (page, notes, KEL_LANG_KK);
  kel_test_settle (50);
  g_assert_cmpuint (n_lang, ==, 0);
  kk = kel_notes_page_get_row_text (page, 0);

  g_object_set (page, "term-language", "ru", NULL);
  kel_test_settle (50);
  g_assert_cmpuint (n_lang, ==, 1);
  g_assert_cmpint (kel_notes_page_get_language (page), ==, KEL_LANG_RU);
  ru = kel_notes_page_get_row_text (page, 0);
  g_test_message ("kk: %s / ru: %s", kk, ru);
  g_assert_cmpstr (ru, !=, kk);
  g_object_set (page, "term-language", "ru", NULL);
  g_assert_cmpuint (n_lang, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&notes);
  /* the notes file kel_notes_add() saved, and its folder */
  {
    g_autoptr(GDir) d = NULL;
    const char *name;

    d = g_dir_open (dir, 0, NULL);
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_remove (path);
      }
    g_rmdir (dir);
  }
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  kel_test_gtk_init (&argc, &argv);
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/page-properties/glossary", test_glossary);
  g_test_add_func ("/page-properties/bad-language", test_bad_language);
  g_test_add_func ("/page-properties/binding", test_binding);
  g_test_add_func ("/page-properties/settings-binding", test_settings_binding);
  g_test_add_func ("/page-properties/contents", test_contents);
  g_test_add_func ("/page-properties/notes", test_notes);
  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
