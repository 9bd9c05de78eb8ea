/* kel-print-job.c — the agreement, paginated for paper and PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KelPrintJob typesets every block of a KelDocument with PangoCairo
 * (kel-print-typeset.c), breaks it into pages (kel-paginate.c) and draws
 * any page onto a cairo context (kel-print-draw.c) or the whole agreement
 * into a PDF file (kel-pdf.c).  It needs no display and no GTK:
 * `kelisim --export-pdf` uses it before GTK is initialised, and the print
 * dialog uses it through kel_print_operation_new() (src/kel-print.c).
 *
 * Units are points (1/72 inch) throughout.  Defined terms carry a dotted
 * grey underline, as on screen; with glosses, each term occurrence is
 * followed by its label in the term language, in small grey type in
 * brackets.  In a PDF the cross-references are links and the articles and
 * annexes form the outline.
 */
#include "config.h"

#include "kel-pango.h"
#include "kel-print-job-private.h"

G_DEFINE_FINAL_TYPE (KelPrintJob, kel_print_job, G_TYPE_OBJECT)

static void
kel_print_job_finalize (GObject *object)
{
  KelPrintJob *self = KEL_PRINT_JOB (object);

  _kel_print_job_clear_items (self);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->document);
  g_clear_object (&self->notes);
  G_OBJECT_CLASS (kel_print_job_parent_class)->finalize (object);
}

static void
kel_print_job_class_init (KelPrintJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kel_print_job_finalize;
}

static void
kel_print_job_init (KelPrintJob *self)
{
  self->pages = g_ptr_array_new_with_free_func (_kel_print_page_free);
}

/**
 * kel_print_job_new:
 * @doc: the document to print
 * @lang: the term language: the running header's location and the
 *   glosses are in it
 * @glosses: whether to follow each term occurrence with its label in @lang
 *   (ignored for Kazakh, the language of the text)
 *
 * Returns: (transfer full): a job to paginate and draw
 */
KelPrintJob *
kel_print_job_new (KelDocument *doc,
                   KelLang      lang,
                   gboolean     glosses)
{
  KelPrintJob *self;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (lang < KEL_N_LANGS, NULL);

  self = g_object_new (KEL_TYPE_PRINT_JOB, NULL);
  self->document = g_object_ref (doc);
  self->lang = lang;
  self->glosses = glosses;
  return self;
}

/**
 * kel_print_job_set_notes:
 * @notes: (nullable): the reader's highlights and notes on the document
 *
 * Prints highlights with a light background of their colour, and each
 * note's text in brackets after its passage.  Call before paginating.
 */
void
kel_print_job_set_notes (KelPrintJob *self,
                         KelNotes    *notes)
{
  g_return_if_fail (KEL_IS_PRINT_JOB (self));
  g_return_if_fail (notes == NULL || kel_notes_get_document (notes) == self->document);
  g_set_object (&self->notes, notes);
}

/**
 * kel_print_job_set_options:
 * @lang: the language of the glosses and running heads
 * @glosses: whether each defined term is followed by its label in @lang
 *
 * Changes what the next pagination typesets.
 */
void
kel_print_job_set_options (KelPrintJob *self,
                           KelLang      lang,
                           gboolean     glosses)
{
  g_return_if_fail (KEL_IS_PRINT_JOB (self));
  g_return_if_fail (lang < KEL_N_LANGS);
  if (self->lang == lang && self->glosses == glosses)
    return;
  self->lang = lang;
  self->glosses = glosses;
  /* typeset again at the next pagination */
  g_ptr_array_set_size (self->pages, 0);
  self->page_width = 0;
  self->page_height = 0;
}

/**
 * kel_print_job_get_lang:
 *
 * Returns: the language of the glosses and running heads
 */
KelLang
kel_print_job_get_lang (KelPrintJob *self)
{
  g_return_val_if_fail (KEL_IS_PRINT_JOB (self), KEL_LANG_KK);
  return self->lang;
}

/**
 * kel_print_job_get_glosses:
 *
 * Returns: whether each defined term is followed by its label in the term
 *   language
 */
gboolean
kel_print_job_get_glosses (KelPrintJob *self)
{
  g_return_val_if_fail (KEL_IS_PRINT_JOB (self), FALSE);
  return self->glosses;
}

/**
 * kel_print_job_set_pdf_links:
 * @links: whether the pages drawn are for a PDF that holds every page
 *
 * With @links, kel_print_job_draw_page() marks the cross-references as
 * links and the places they lead to as named destinations (cairo tags,
 * which only a PDF surface keeps).  Off by default: a printer, or a PDF of
 * some pages only, would get links to pages it does not have.
 */
void
kel_print_job_set_pdf_links (KelPrintJob *self,
                             gboolean     links)
{
  g_return_if_fail (KEL_IS_PRINT_JOB (self));
  self->pdf_links = links != FALSE;
}

/**
 * kel_print_job_paginate:
 * @cr_for_measuring: a cairo context of the target (for font metrics)
 * @page_width_pt: the page width, in points
 * @page_height_pt: the page height, in points
 *
 * Typesets the document for pages of this size and breaks it into pages.
 *
 * Returns: the number of pages
 */
guint
kel_print_job_paginate (KelPrintJob *self,
                        cairo_t     *cr_for_measuring,
                        double       page_width_pt,
                        double       page_height_pt)
{
  cairo_font_options_t *options;
  double width, height;

  g_return_val_if_fail (KEL_IS_PRINT_JOB (self), 0);
  g_return_val_if_fail (cr_for_measuring != NULL, 0);
  g_return_val_if_fail (page_width_pt > 0 && page_height_pt > 0, 0);

  _kel_print_job_clear_items (self);
  g_ptr_array_set_size (self->pages, 0);
  g_clear_object (&self->context);

  self->page_width = page_width_pt;
  self->page_height = page_height_pt;
  /* small paper keeps a usable column */
  self->margin_x = MIN (MARGIN_PT, page_width_pt * 0.12);
  self->margin_y = MIN (MARGIN_PT, page_height_pt * 0.08);
  width = page_width_pt - 2 * self->margin_x;
  height = page_height_pt - 2 * self->margin_y;

  /* points, unhinted: the same line breaks on any printer and in the PDF */
  self->context = pango_cairo_create_context (cr_for_measuring);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, kel_pango_language (KEL_LANG_KK));

  _kel_print_job_typeset (self, width);
  _kel_print_job_break_pages (self, height);
  return self->pages->len;
}

/**
 * kel_print_job_get_n_pages:
 *
 * Returns: the number of pages of the last pagination, 0 before the first
 *   or after the options changed
 */
guint
kel_print_job_get_n_pages (KelPrintJob *self)
{
  g_return_val_if_fail (KEL_IS_PRINT_JOB (self), 0);
  return self->pages->len;
}
