/* fuzz-print.c — libFuzzer harness: print layout of any document
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the input as an Akoma Ntoso edition; when it loads, typesets and
 * paginates it as --export-pdf and the Print command do (term language and
 * glosses taken from the first byte), and draws every page to a PDF
 * surface that writes nowhere.  Anything that loads must print: no crash,
 * no critical, at least one page, and no page that cannot be drawn.
 *
 *   build-fuzz/fuzz/fuzz-print -max_len=50000 fuzz/corpus/edition
 */
#include "fuzz-common.h"

#include <cairo-pdf.h>

#include "kel-print-job.h"

static cairo_status_t
write_nowhere (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

FUZZ_DEFINE_INITIALIZE_BUNDLED ()

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(KelPrintJob) job = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;
  guint8 flags = size > 0 ? data[0] : 0;

  doc = fuzz_load_edition (data, size);
  if (doc == NULL)
    return 0;

  job = kel_print_job_new (doc, (KelLang) (flags % KEL_N_LANGS), (flags & 0x10) != 0);
  surface = cairo_pdf_surface_create_for_stream (write_nowhere, NULL,
                                                 KEL_PRINT_A4_WIDTH, KEL_PRINT_A4_HEIGHT);
  cr = cairo_create (surface);
  n_pages = kel_print_job_paginate (job, cr, KEL_PRINT_A4_WIDTH, KEL_PRINT_A4_HEIGHT);
  FUZZ_CHECK (n_pages > 0);
  FUZZ_CHECK (n_pages == kel_print_job_get_n_pages (job));
  /* the first and the last pages: the layout of all is done above */
  for (guint p = 0; p < n_pages; p = (p == 0 && n_pages > 2) ? n_pages - 1 : p + 1)
    {
      kel_print_job_draw_page (job, cr, p);
      cairo_show_page (cr);
    }
  FUZZ_CHECK (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return 0;
}
