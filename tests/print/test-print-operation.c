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
#include "kel-print.h"
#include "print-pdf.h"

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

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return;
    }
  if (!have_poppler ())
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
      else if (GTK_IS_CHECK_BUTTON (c))
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/print/operation/export", test_operation);
  return g_test_run ();
}
