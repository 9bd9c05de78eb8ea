/* test-print-operation.c — the Print command's GtkPrintOperation
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under a display: prints the agreement through the operation that
 * the Print command runs, with its own tab of options, exporting to a file
 * as "Print to File" does, and reads the file back with poppler-utils.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-notes.h"
#include "kel-print.h"
#include "print-pdf.h"

/* A print operation needs a display; reading its file back, poppler-utils.
 * Says SKIP (and FALSE) without either. */
static gboolean
can_print (void)
{
  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return FALSE;
    }
  return have_poppler ();
}

/* The Print command's operation, exporting to a file as "Print to File"
 * does. */
static void
test_operation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *job_name = NULL;
  GtkPrintOperationResult result;

  if (!can_print ())
    return;

  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  operation = kel_print_operation_new (doc, KEL_LANG_ZH, TRUE);
  g_object_get (operation, "job-name", &job_name, NULL);
  g_assert_cmpstr (job_name, ==, "Kelisim — Келісім");

  /* the dialog's own tab: Russian glosses instead of the Chinese asked for */
  {
    GObject *tab = NULL;
    GtkWidget *lang = NULL, *glosses = NULL;

    g_signal_emit_by_name (operation, "create-custom-widget", &tab);
    g_assert_true (GTK_IS_WIDGET (tab));
    g_object_ref_sink (tab);
    for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (tab)); c; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_DROP_DOWN (c))
        lang = c;
      else if (GTK_IS_CHECK_BUTTON (c) && glosses == NULL)
        glosses = c;
    g_assert_nonnull (lang);
    g_assert_nonnull (glosses);
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (lang)), ==, KEL_LANG_ZH);
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (glosses)));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (lang), KEL_LANG_RU);
    g_signal_emit_by_name (operation, "custom-widget-apply", tab);
    g_object_unref (tab);
  }

  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  path = g_build_filename (dir, "printed.pdf", NULL);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  text = pdf_text (path);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, ART_12_HEADING));
  g_assert_nonnull (strstr (flat, LAST_THREAT));
  g_assert_null (strstr (flat, ZH_GLOSS));
  g_assert_nonnull (strstr (flat, "[информационная безопасность]"));
  g_assert_nonnull (strstr (flat, "2 / "));

  /* as --export-pdf writes it: the title in the metadata, and an outline */
  {
    g_autofree char *title = pdf_info (path, "Title");
    g_autofree char *outline = pdf_outline (path);

    g_assert_nonnull (title);
    g_assert_true (g_str_has_suffix (title, "КЕЛІСІМ"));
    g_assert_nonnull (outline);
    g_assert_nonnull (strstr (outline, ">Кіріспе</item>"));
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* The notes row of the dialog's tab: what the reader last chose, and
 * prints the notes after their passages when ticked. */
static void
test_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(KelNotes) notes = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPrintOperation) without = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *plain_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *plain_raw = NULL;
  const KelNode *para;
  g_autofree char *para_text = NULL;
  const char *quote = "бірлесіп бағалау барысын қарау";
  guint start;

  if (!can_print ())
    return;

  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  notes = kel_notes_new (doc, dir);
  para = kel_document_lookup_node (doc, "art_5__para_2");
  para_text = kel_document_get_range (doc, para->start, para->end);
  start = para->start + (guint) g_utf8_pointer_to_offset (para_text, strstr (para_text, quote));
  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_NOTE, "green", start, start + g_utf8_strlen (quote, -1),
                                   "Тексеру керек", &error));
  g_assert_no_error (error);

  operation = kel_print_operation_new (doc, KEL_LANG_KK, FALSE);
  /* last time the reader did not print notes: the box is not ticked */
  kel_print_operation_set_notes (operation, notes, FALSE);
  {
    GObject *tab = NULL;
    GtkWidget *box = NULL;

    g_signal_emit_by_name (operation, "create-custom-widget", &tab);
    g_object_ref_sink (tab);
    for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (tab)); c; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_CHECK_BUTTON (c) && strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (c)), "notes"))
        box = c;
    g_assert_nonnull (box);
    g_assert_true (gtk_widget_get_sensitive (box));
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (box)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (box), TRUE);
    g_signal_emit_by_name (operation, "custom-widget-apply", tab);
    g_object_unref (tab);
  }
  /* the choice, for the window to remember */
  g_assert_true (kel_print_operation_get_print_notes (operation));
  path = g_build_filename (dir, "with-notes.pdf", NULL);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  raw = pdf_text (path);
  text = squeeze (raw);
  g_assert_nonnull (strstr (text, "бірлесіп бағалау барысын қарау [Note: Тексеру керек]"));

  /* not asked for: none */
  without = kel_print_operation_new (doc, KEL_LANG_KK, FALSE);
  kel_print_operation_set_notes (without, notes, FALSE);
  g_assert_false (kel_print_operation_get_print_notes (without));
  plain_path = g_build_filename (dir, "without.pdf", NULL);
  gtk_print_operation_set_export_filename (without, plain_path);
  g_assert_cmpint (gtk_print_operation_run (without, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  plain_raw = pdf_text (plain_path);
  plain = squeeze (plain_raw);
  g_assert_null (strstr (plain, "Note:"));
  g_assert_nonnull (strstr (plain, "бірлесіп бағалау барысын қарау,"));

  g_unlink (path);
  g_unlink (plain_path);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/print/operation/export", test_operation);
  g_test_add_func ("/print/operation/notes", test_notes);
  return g_test_run ();
}
