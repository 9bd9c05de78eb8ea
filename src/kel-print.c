/* kel-print.c — the Print command: the paginated agreement through
 * GtkPrintOperation
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the glue to the print dialog lives here: the layout, the pages and
 * the PDF are the renderer's (src/render/, no GTK), which --export-pdf
 * uses as well.  The dialog gets a tab of its own for the term language,
 * the glosses and the reader's notes; "Print to File" gets what
 * --export-pdf gives its file.
 */
#include "config.h"

#include "kel-print.h"

#include <glib/gi18n.h>

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  KelPrintJob *job = user_data;
  guint n;

  n = kel_print_job_paginate (job, gtk_print_context_get_cairo_context (context),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) MAX (n, 1));
}

/* "Print to File" (or an export) draws on a PDF surface: give it what
 * --export-pdf gives its file, the title, links and outline. */
static cairo_surface_t *
pdf_target (GtkPrintContext *context)
{
  cairo_surface_t *target = cairo_get_target (gtk_print_context_get_cairo_context (context));

  return cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF ? target : NULL;
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           gpointer           user_data)
{
  KelPrintJob *job = user_data;
  cairo_surface_t *pdf = pdf_target (context);

  if (pdf != NULL && page == 0)
    kel_print_job_describe_pdf (job, pdf);
  /* the links point at pages: only when every page is printed, in order */
  kel_print_job_set_pdf_links (job, pdf != NULL && gtk_print_operation_get_n_pages_to_print (operation) == (int) kel_print_job_get_n_pages (job));
  if (page >= 0 && (guint) page < kel_print_job_get_n_pages (job))
    kel_print_job_draw_page (job, gtk_print_context_get_cairo_context (context), (guint) page);
  kel_print_job_set_pdf_links (job, FALSE);
}

static void
end_print (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           gpointer           user_data)
{
  KelPrintJob *job = user_data;
  cairo_surface_t *pdf = pdf_target (context);

  if (pdf != NULL && gtk_print_operation_get_n_pages_to_print (operation) == (int) kel_print_job_get_n_pages (job))
    kel_print_job_add_pdf_outline (job, pdf);
}

/* The print dialog's own tab: the term language of the glosses and the
 * running heads, whether to print the glosses, and whether to print the
 * reader's highlights and notes, as --term-language, --glosses and --notes
 * choose them for --export-pdf.  A tab of three rows, built here:
 * GtkPrintOperation asks for it as a widget, not a template. */
static GObject *
create_options (GtkPrintOperation *operation,
                gpointer           user_data)
{
  KelPrintJob *job = user_data;
  static const char *languages[] = { "Қазақша", "Русский", "中文", NULL };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Term _language"));
  GtkWidget *lang = gtk_drop_down_new_from_strings (languages);
  GtkWidget *glosses = gtk_check_button_new_with_mnemonic (_("Show _translations in text"));
  GtkWidget *notes = gtk_check_button_new_with_mnemonic (_("Print my _highlights and notes"));
  KelNotes *reader_notes = g_object_get_data (G_OBJECT (operation), "kel-notes");

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), lang);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (lang), kel_print_job_get_lang (job));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (glosses), kel_print_job_get_glosses (job));
  gtk_widget_set_tooltip_text (glosses, _("Follow each defined term with its label in the term language"));
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), lang, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), glosses, 0, 1, 2, 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (notes), kel_print_operation_get_print_notes (operation));
  gtk_widget_set_tooltip_text (notes, _("Highlights with their colour, each note in brackets after its passage"));
  /* without notes on this edition there is nothing to print */
  gtk_widget_set_sensitive (notes, reader_notes != NULL && g_list_model_get_n_items (G_LIST_MODEL (reader_notes)) > 0);
  gtk_grid_attach (GTK_GRID (grid), notes, 0, 2, 2, 1);
  g_object_set_data (G_OBJECT (grid), "kel-lang", lang);
  g_object_set_data (G_OBJECT (grid), "kel-glosses", glosses);
  g_object_set_data (G_OBJECT (grid), "kel-notes", notes);
  return G_OBJECT (grid);
}

static void
apply_options (GtkPrintOperation *operation,
               GtkWidget         *grid,
               gpointer           user_data)
{
  KelPrintJob *job = user_data;
  guint lang = gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (grid), "kel-lang"));

  kel_print_job_set_options (job, lang < KEL_N_LANGS ? (KelLang) lang : kel_print_job_get_lang (job),
                             gtk_check_button_get_active (g_object_get_data (G_OBJECT (grid), "kel-glosses")));
  kel_print_operation_set_notes (operation, g_object_get_data (G_OBJECT (operation), "kel-notes"),
                                 gtk_check_button_get_active (g_object_get_data (G_OBJECT (grid), "kel-notes")));
}

/**
 * kel_print_operation_set_notes:
 * @operation: an operation from kel_print_operation_new()
 * @notes: (nullable): the reader's notes on the document
 * @print_notes: whether to print them (the print dialog's tab can change it)
 *
 * Offers the reader's highlights and notes to print, as --export-pdf
 * --notes prints them.
 */
void
kel_print_operation_set_notes (GtkPrintOperation *operation,
                               KelNotes          *notes,
                               gboolean           print_notes)
{
  KelPrintJob *job;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  job = g_object_get_data (G_OBJECT (operation), "kel-print-job");
  g_return_if_fail (job != NULL);

  if (notes != g_object_get_data (G_OBJECT (operation), "kel-notes"))
    g_object_set_data_full (G_OBJECT (operation), "kel-notes", notes ? g_object_ref (notes) : NULL, g_object_unref);
  print_notes = print_notes && notes != NULL;
  g_object_set_data (G_OBJECT (operation), "kel-print-notes", GINT_TO_POINTER (print_notes));
  kel_print_job_set_notes (job, print_notes ? notes : NULL);
}

/**
 * kel_print_operation_get_print_notes:
 * @operation: an operation from kel_print_operation_new()
 *
 * Returns: whether the reader's notes are printed (as last chosen in the
 *   print dialog)
 */
gboolean
kel_print_operation_get_print_notes (GtkPrintOperation *operation)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), "kel-print-notes"));
}

/**
 * kel_print_operation_new:
 * @doc: the document to print
 * @lang: the term language, for the running header and the glosses
 * @glosses: whether to follow each term occurrence with its label
 *
 * Returns: (transfer full): a print operation that prints the whole
 *   document; run it with gtk_print_operation_run()
 */
GtkPrintOperation *
kel_print_operation_new (KelDocument *doc,
                         KelLang      lang,
                         gboolean     glosses)
{
  GtkPrintOperation *operation;
  g_autoptr(KelPrintJob) job = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  job = kel_print_job_new (doc, lang, glosses);
  operation = gtk_print_operation_new ();
  /* "Kelisim — Келісім": the name the print queue shows */
  name = g_strdup_printf ("Kelisim — %s", kel_document_get_short_title (doc));
  gtk_print_operation_set_job_name (operation, name);
  /* the job lays out its own margins from the edge of the sheet */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  /* "Print to File" suggests a name after the document */
  settings = gtk_print_settings_new ();
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, kel_document_get_short_title (doc));
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print), job);
  gtk_print_operation_set_custom_tab_label (operation, _("Agreement"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_options), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (apply_options), job);
  g_object_set_data_full (G_OBJECT (operation), "kel-print-job", g_steal_pointer (&job), g_object_unref);
  return operation;
}
