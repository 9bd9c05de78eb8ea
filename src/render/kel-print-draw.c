/* kel-print-draw.c — a page of the typeset agreement drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lines of each piece of a page, the dotted underline of the defined
 * terms, the running head (short title, the section cited in the term
 * language) and the folio; for a PDF, the cross-references as links to
 * named destinations.
 */
#include "config.h"

#include "kel-pango.h"
#include "kel-print-job-private.h"
#include "kel-text.h"

/**
 * _kel_print_format_point: (skip)
 * @x: a coordinate, in points
 * @y: another
 *
 * Returns: (transfer full): "x y" with two decimals and a dot whatever the
 *   locale, as the PDF attributes of cairo's tags and outline want them
 */
char *
_kel_print_format_point (double x,
                         double y)
{
  char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];

  /* PDF attributes want a dot whatever the locale */
  g_ascii_formatd (bx, sizeof bx, "%.2f", x);
  g_ascii_formatd (by, sizeof by, "%.2f", y);
  return g_strdup_printf ("%s %s", bx, by);
}

static void
draw_dots (cairo_t *cr,
           double   x0,
           double   x1,
           double   y)
{
  static const double dash[] = { 0.0, 1.8 };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.38, 0.38, 0.38);
  cairo_set_line_width (cr, 0.75);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x0 + 0.4, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Where @r falls on @line: pairs of x extents from the layout's left
 * edge, in points.  Returns the number of pairs. */
static int
range_on_line (PangoLayoutLine *line,
               const Range     *r,
               double         **extents)
{
  int line_end = line->start_index + line->length;
  int *xr = NULL;
  int n = 0;

  *extents = NULL;
  if (r->end <= line->start_index || r->start >= line_end)
    return 0;
  pango_layout_line_get_x_ranges (line, MAX (r->start, line->start_index), MIN (r->end, line_end), &xr, &n);
  *extents = g_new (double, 2 * MAX (n, 1));
  for (int k = 0; k < 2 * n; k++)
    (*extents)[k] = xr[k] / (double) PANGO_SCALE;
  g_free (xr);
  return n;
}

/* A link over [x0, x1] on the line at @baseline to where @r's target
 * begins.  Named destinations, because cairo 1.16 drops explicit links to
 * pages that it has not written yet. */
static void
link_ref (cairo_t     *cr,
          const Range *r,
          double       x0,
          double       x1,
          double       baseline)
{
  g_autofree char *rect = _kel_print_format_point (x0, baseline - BODY_PT * 0.85);
  g_autofree char *size = _kel_print_format_point (x1 - x0, BODY_PT * 1.15);
  g_autofree char *attrs = g_strdup_printf ("rect=[%s %s] dest='%s'", rect, size, r->target->eid);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
add_destination (cairo_t       *cr,
                 const KelNode *node,
                 double         x,
                 double         y)
{
  char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *attrs = NULL;

  g_ascii_formatd (bx, sizeof bx, "%.2f", x);
  g_ascii_formatd (by, sizeof by, "%.2f", y);
  attrs = g_strdup_printf ("name='%s' x=%s y=%s", node->eid, bx, by);
  cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
  cairo_tag_end (cr, CAIRO_TAG_DEST);
}

static void
draw_piece (KelPrintJob *self,
            cairo_t     *cr,
            const Piece *piece)
{
  const Item *item = &self->items[piece->item];
  double left = self->margin_x + item->x;
  double top = self->margin_y + piece->y - item->top[piece->first_line];

  if (self->pdf_links && item->anchor != NULL && piece->first_line == 0)
    add_destination (cr, item->anchor, self->margin_x, self->margin_y + piece->y);

  for (guint i = piece->first_line; i < piece->first_line + piece->n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (item->layout, (int) i);
      double baseline = top + item->baseline[i];

      cairo_move_to (cr, left + item->line_x[i], baseline);
      pango_cairo_show_layout_line (cr, line);

      for (guint t = 0; t < item->terms->len; t++)
        {
          g_autofree double *x = NULL;
          int n = range_on_line (line, &g_array_index (item->terms, Range, t), &x);

          for (int k = 0; k < n; k++)
            draw_dots (cr, left + x[2 * k], left + x[2 * k + 1], baseline + 2.2);
        }
      for (guint t = 0; self->pdf_links && t < item->refs->len; t++)
        {
          const Range *r = &g_array_index (item->refs, Range, t);
          g_autofree double *x = NULL;
          int n = range_on_line (line, r, &x);

          for (int k = 0; k < n; k++)
            link_ref (cr, r, left + x[2 * k], left + x[2 * k + 1], baseline);
        }
    }
}

/* The section at the top of @page, as a reader cites it, opening with a
 * capital even where a citation does not ("статья 3" heads a page as
 * "Статья 3"). */
static char *
page_location (KelPrintJob *self,
               const Page  *page)
{
  const Piece *first;
  const KelNode *section;
  g_autofree char *where = NULL;

  if (page->pieces->len == 0)
    return NULL;
  first = &g_array_index (page->pieces, Piece, 0);
  section = kel_document_get_section (self->document, self->items[first->item].block->node);
  if (section == NULL)
    return NULL;
  where = kel_document_get_location (self->document, section, self->lang);
  /* a part that has no citation form comes back as its eId */
  if (g_strcmp0 (where, section->eid) == 0 || where[0] == '\0')
    return NULL;
  return kel_text_capitalise (where);
}

static PangoLayout *
running_layout (KelPrintJob *self,
                const char  *text,
                KelLang      lang,
                gboolean     italic)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string ("serif");
  PangoAttrList *attrs = kel_pango_language_attrs (lang);

  pango_font_description_set_size (font, (int) (RUNNING_PT * PANGO_SCALE));
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
draw_running (KelPrintJob *self,
              cairo_t     *cr,
              guint        index)
{
  const Page *page = g_ptr_array_index (self->pages, index);
  double width = self->page_width - 2 * self->margin_x;
  double head = self->margin_y * 0.62;
  double foot = self->page_height - self->margin_y * 0.55;
  g_autofree char *number = g_strdup_printf ("%u / %u", index + 1, self->pages->len);
  g_autoptr(PangoLayout) folio = running_layout (self, number, KEL_LANG_KK, FALSE);
  int w, h;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);

  if (index > 0)
    {
      g_autoptr(PangoLayout) title = running_layout (self, kel_document_get_short_title (self->document),
                                                     KEL_LANG_KK, TRUE);
      g_autofree char *where = page_location (self, page);

      pango_layout_get_size (title, &w, &h);
      cairo_move_to (cr, self->margin_x, head - pango_layout_get_baseline (title) / (double) PANGO_SCALE);
      pango_cairo_show_layout (cr, title);
      if (where != NULL)
        {
          g_autoptr(PangoLayout) location = running_layout (self, where, self->lang, FALSE);

          pango_layout_get_size (location, &w, &h);
          cairo_move_to (cr, self->margin_x + width - w / (double) PANGO_SCALE,
                         head - pango_layout_get_baseline (location) / (double) PANGO_SCALE);
          pango_cairo_show_layout (cr, location);
        }
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, self->margin_x, head + 4.0);
      cairo_line_to (cr, self->margin_x + width, head + 4.0);
      cairo_stroke (cr);
    }

  pango_layout_get_size (folio, &w, &h);
  cairo_move_to (cr, self->margin_x + (width - w / (double) PANGO_SCALE) / 2,
                 foot - pango_layout_get_baseline (folio) / (double) PANGO_SCALE);
  pango_cairo_show_layout (cr, folio);
  cairo_restore (cr);
}

/**
 * kel_print_job_draw_page:
 * @cr: a cairo context whose user space is the page, in points
 * @page: a 0-based page number, less than what paginate returned
 *
 * Draws one page: its running header and footer and its text.
 */
void
kel_print_job_draw_page (KelPrintJob *self,
                         cairo_t     *cr,
                         guint        page)
{
  const Page *p;

  g_return_if_fail (KEL_IS_PRINT_JOB (self));
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < p->pieces->len; i++)
    draw_piece (self, cr, &g_array_index (p->pieces, Piece, i));
  draw_running (self, cr, page);
  cairo_restore (cr);
}
