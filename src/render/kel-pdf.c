/* kel-pdf.c — the paginated agreement as a PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What `kelisim --export-pdf` writes, and what the print dialog's "Print
 * to File" gets too: the pages, the title in the metadata, the articles
 * and annexes as the outline, the cross-references as links.  A failed
 * write says why and leaves no partial file behind.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "kel-error.h"
#include "kel-print-job-private.h"

typedef struct
{
  FILE *file;
  int   errsv;
} Sink;

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  if (fwrite (data, 1, length, sink->file) != length)
    {
      sink->errsv = errno ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

/**
 * kel_print_job_describe_pdf:
 * @pdf: a PDF surface the job draws on
 *
 * Gives the PDF the agreement's title and Kelisim as its creator, in its
 * metadata.  On a surface of another type (an error surface too), does
 * nothing.
 */
void
kel_print_job_describe_pdf (KelPrintJob     *self,
                            cairo_surface_t *pdf)
{
  g_return_if_fail (KEL_IS_PRINT_JOB (self));
  if (cairo_surface_get_type (pdf) != CAIRO_SURFACE_TYPE_PDF)
    return;

  cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_TITLE, kel_document_get_title (self->document));
  cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_CREATOR, "Kelisim");
}

/**
 * kel_print_job_add_pdf_outline:
 * @pdf: a PDF surface on which every page of the job has been drawn
 *
 * Gives the PDF its outline: the title, the preamble, each article with
 * its heading, the signatures and each annex with its title.  On a
 * surface of another type, does nothing.
 */
void
kel_print_job_add_pdf_outline (KelPrintJob     *self,
                               cairo_surface_t *pdf)
{
  const KelNode *last = NULL;

  g_return_if_fail (KEL_IS_PRINT_JOB (self));
  if (cairo_surface_get_type (pdf) != CAIRO_SURFACE_TYPE_PDF)
    return;

  for (guint i = 0; i < self->n_items; i++)
    {
      const Item *item = &self->items[i];
      const KelNode *section = kel_document_get_section (self->document, item->block->node);
      g_autofree char *where = NULL;
      g_autofree char *name = NULL;
      g_autofree char *pos = NULL;
      g_autofree char *link = NULL;
      const char *heading;

      if (section == NULL || section == last)
        continue;
      last = section;
      where = kel_document_get_location (self->document, section, KEL_LANG_KK);
      if (g_strcmp0 (where, section->eid) == 0)
        continue;
      heading = section->heading;
      if (heading == NULL && section->kind == KEL_NODE_ANNEX)
        for (guint k = i; k < self->n_items && k < i + 3 && heading == NULL; k++)
          if (self->items[k].block->kind == KEL_BLOCK_ANNEX_TITLE)
            heading = pango_layout_get_text (self->items[k].layout);
      name = heading ? g_strdup_printf ("%s. %s", where, heading) : g_strdup (where);
      g_strdelimit (name, "\n\t", ' ');
      pos = _kel_print_format_point (self->margin_x, self->margin_y + item->y);
      link = g_strdup_printf ("page=%u pos=[%s]", item->page + 1, pos);
      cairo_pdf_surface_add_outline (pdf, CAIRO_PDF_OUTLINE_ROOT, name, link, 0);
    }
}

/**
 * kel_print_job_export_pdf:
 * @path: where to write the PDF
 *
 * Writes every page to a PDF file of the size last paginated (A4 when the
 * job has not been paginated yet), with the title in its metadata, the
 * articles and annexes as its outline and the cross-references as links.
 *
 * Returns: %TRUE on success; on failure a file that this call created is
 *   removed again
 */
gboolean
kel_print_job_export_pdf (KelPrintJob  *self,
                          const char   *path,
                          GError      **error)
{
  g_autofree char *display = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { NULL, 0 };
  GStatBuf before;
  gboolean created;
  double width, height;

  g_return_val_if_fail (KEL_IS_PRINT_JOB (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  /* opening first names the cause: a missing folder, a read-only file */
  created = g_lstat (path, &before) != 0;
  sink.file = g_fopen (path, "wb");
  if (sink.file == NULL)
    {
      int errsv = errno;

      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, _("Cannot write “%s”: %s"), display, g_strerror (errsv));
      return FALSE;
    }

  width = self->page_width > 0 ? self->page_width : KEL_PRINT_A4_WIDTH;
  height = self->page_height > 0 ? self->page_height : KEL_PRINT_A4_HEIGHT;
  surface = cairo_pdf_surface_create_for_stream (write_to_file, &sink, width, height);
  kel_print_job_describe_pdf (self, surface);
  cr = cairo_create (surface);

  /* measure with the surface that will be drawn on */
  if (self->pages->len == 0 || self->page_width != width || self->page_height != height)
    kel_print_job_paginate (self, cr, width, height);

  kel_print_job_set_pdf_links (self, TRUE);
  for (guint i = 0; i < self->pages->len; i++)
    {
      kel_print_job_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  kel_print_job_set_pdf_links (self, FALSE);
  kel_print_job_add_pdf_outline (self, surface);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (fclose (sink.file) != 0 && sink.errsv == 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink.errsv = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, _("Cannot write “%s”: %s"), display,
                   sink.errsv ? g_strerror (sink.errsv) : cairo_status_to_string (status));
      /* remove a partial file, but only one this call created: never a
       * device or a file that was there before */
      if (created && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_unlink (path);
      return FALSE;
    }
  return TRUE;
}
