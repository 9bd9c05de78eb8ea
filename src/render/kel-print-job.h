/* kel-print-job.h — the agreement, typeset and paginated for paper and PDF,
 * with Pango and cairo only: the command line, the print dialog, the tests
 * and the fuzzer share it, and none of it needs GTK or a display.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "kel-document.h"
#include "kel-notes.h"

G_BEGIN_DECLS

/* A4, in points */
#define KEL_PRINT_A4_WIDTH  595.2756
#define KEL_PRINT_A4_HEIGHT 841.8898

#define KEL_TYPE_PRINT_JOB (kel_print_job_get_type ())
G_DECLARE_FINAL_TYPE (KelPrintJob, kel_print_job, KEL, PRINT_JOB, GObject)

KelPrintJob *kel_print_job_new             (KelDocument      *doc,
                                            KelLang           lang,
                                            gboolean          glosses);
void         kel_print_job_set_options     (KelPrintJob      *job,
                                            KelLang           lang,
                                            gboolean          glosses);
KelLang      kel_print_job_get_lang        (KelPrintJob      *job);
gboolean     kel_print_job_get_glosses     (KelPrintJob      *job);
void         kel_print_job_set_notes       (KelPrintJob      *job,
                                            KelNotes         *notes);
guint        kel_print_job_paginate        (KelPrintJob      *job,
                                            cairo_t          *cr_for_measuring,
                                            double            page_width_pt,
                                            double            page_height_pt);
guint        kel_print_job_get_n_pages     (KelPrintJob      *job);
void         kel_print_job_set_pdf_links   (KelPrintJob      *job,
                                            gboolean          links);
void         kel_print_job_draw_page       (KelPrintJob      *job,
                                            cairo_t          *cr,
                                            guint             page);
void         kel_print_job_describe_pdf    (KelPrintJob      *job,
                                            cairo_surface_t  *pdf);
void         kel_print_job_add_pdf_outline (KelPrintJob      *job,
                                            cairo_surface_t  *pdf);
gboolean     kel_print_job_export_pdf      (KelPrintJob      *job,
                                            const char       *path,
                                            GError          **error);

G_END_DECLS
