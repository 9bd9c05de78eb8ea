/* kel-document-view-draw.c — what the view draws over the text, and where
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dotted underline of term occurrences, the outline of the focused
 * link and a bookmark's ribbon in the margin, drawn in the layer above the
 * text; each paragraph on screen laid out before the text is drawn, so
 * that each has its own look; and where a span's first line
 * piece is on screen, for the term popover and for Tab's "in view" test.
 */
#include "config.h"

#include "kel-document-view-private.h"

/* ------------------------------------------------------------------------ */
/* The layer above the text                                                 */
/* ------------------------------------------------------------------------ */

/* Calls @func for each display-line piece of [start, end), in buffer
 * coordinates. */
typedef void (*RectFunc) (KelDocumentView *self, GtkSnapshot *snapshot, const GdkRectangle *rect);

static void
for_each_line_rect (KelDocumentView *self,
                    GtkSnapshot     *snapshot,
                    guint            start,
                    guint            end,
                    RectFunc         func)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter a, b, line_end;
  GdkRectangle ra, rb;

  _kel_document_view_iter_at_model (self, &a, start);
  _kel_document_view_iter_at_model_end (self, &b, end);
  while (gtk_text_iter_compare (&a, &b) < 0)
    {
      GdkRectangle piece;

      line_end = a;
      if (!gtk_text_view_forward_display_line_end (view, &line_end)
          || gtk_text_iter_compare (&line_end, &b) > 0)
        line_end = b;
      gtk_text_view_get_iter_location (view, &a, &ra);
      gtk_text_view_get_iter_location (view, &line_end, &rb);
      if (gtk_text_iter_equal (&line_end, &b) || rb.y == ra.y)
        {
          piece.x = ra.x;
          piece.width = rb.x - ra.x;
        }
      else
        {
          /* the piece runs to the end of the display line */
          GtkTextIter last = line_end;
          gtk_text_iter_backward_char (&last);
          gtk_text_view_get_iter_location (view, &last, &rb);
          piece.x = ra.x;
          piece.width = rb.x + rb.width - ra.x;
        }
      piece.y = ra.y;
      piece.height = ra.height;
      if (piece.width > 0)
        func (self, snapshot, &piece);
      if (gtk_text_iter_equal (&line_end, &b))
        break;
      a = line_end;
      /* step onto the next display line */
      if (!gtk_text_view_forward_display_line (view, &a))
        break;
      gtk_text_view_backward_display_line_start (view, &a);
    }
}

static void
draw_dotted (KelDocumentView    *self,
             GtkSnapshot        *snapshot,
             const GdkRectangle *rect)
{
  double scale = MAX (1.0, self->zoom);
  double dot = 1.5 * scale, gap = 1.5 * scale;
  double y = rect->y + rect->height - 3.0 * scale;

  for (double x = rect->x; x + dot <= rect->x + rect->width; x += dot + gap)
    gtk_snapshot_append_color (snapshot, &self->underline,
                               &GRAPHENE_RECT_INIT (x, y, dot, 1.5 * scale));
}

static void
draw_focus (KelDocumentView    *self,
            GtkSnapshot        *snapshot,
            const GdkRectangle *rect)
{
  GskRoundedRect outline;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (rect->x - 2, rect->y, rect->width + 4, rect->height),
                                   3);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/* A bookmark: a ribbon in the accent colour (light or dark) in the margin,
 * beside the first line of the passage marked */
static void
draw_bookmark (KelDocumentView *self,
               GtkSnapshot     *snapshot,
               guint            offset)
{
  GtkTextIter iter;
  GdkRectangle line;
  double scale = MAX (1.0, self->zoom);
  float w = 8 * scale, h, x, y;
  cairo_t *cr;

  _kel_document_view_iter_at_model (self, &iter, offset);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &line);
  if (line.height <= 0)
    return;
  h = MIN (line.height * 0.85f, 18 * scale);
  x = MAX (2, self->margin - 6 * scale - w);
  y = line.y + (line.height - h) / 2;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, w, h));
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + w, y);
  cairo_line_to (cr, x + w, y + h);
  cairo_line_to (cr, x + w / 2, y + h - w / 2);
  cairo_line_to (cr, x, y + h);
  cairo_close_path (cr);
  gdk_cairo_set_source_rgba (cr, &self->accent);
  cairo_fill (cr);
  cairo_destroy (cr);
  self->bookmarks_drawn++;
}

/**
 * kel_document_view_set_bookmarks:
 * @starts: (array length=n): where each bookmark's passage starts, as
 *   model offsets
 * @n: how many
 *
 * Draws a ribbon in the margin beside each.
 */
void
kel_document_view_set_bookmarks (KelDocumentView *self,
                                 const guint     *starts,
                                 guint            n)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));

  if (self->bookmarks == NULL)
    self->bookmarks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_set_size (self->bookmarks, 0);
  if (n > 0)
    g_array_append_vals (self->bookmarks, starts, n);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kel_document_view_get_n_bookmarks_drawn:
 *
 * Returns: how many bookmark ribbons the last drawing showed
 */
guint
kel_document_view_get_n_bookmarks_drawn (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  return self->bookmarks_drawn;
}

/* Over the text: terms' dotted underlines, the focused link's outline,
 * bookmarks' ribbons. */
void
_kel_document_view_snapshot_layer (GtkTextView      *view,
                                   GtkTextViewLayer  layer,
                                   GtkSnapshot      *snapshot)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (view);
  KelDocument *doc = self->document;
  guint top, bottom, n;

  GtkTextViewClass *parent = g_type_class_peek (GTK_TYPE_TEXT_VIEW);

  if (parent->snapshot_layer != NULL)
    parent->snapshot_layer (view, layer, snapshot);
  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || doc == NULL)
    return;

  top = _kel_document_view_first_visible_offset (self, FALSE);
  bottom = _kel_document_view_first_visible_offset (self, TRUE);
  n = kel_document_get_n_spans (doc);
  /* a term that starts above the top may reach into view */
  for (guint i = kel_document_find_first_span (doc, top > 200 ? top - 200 : 0); i < n; i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      if (span->start > bottom + 1)
        break;
      if (span->kind == KEL_SPAN_TERM && span->end >= top)
        for_each_line_rect (self, snapshot, span->start, span->end, draw_dotted);
    }
  if (self->focus_link != NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
    for_each_line_rect (self, snapshot, self->focus_link->start, self->focus_link->end, draw_focus);
  self->bookmarks_drawn = 0;
  for (guint i = 0; self->bookmarks != NULL && i < self->bookmarks->len; i++)
    {
      guint at = g_array_index (self->bookmarks, guint, i);

      if (at + 1 >= top && at <= bottom + 1)
        draw_bookmark (self, snapshot, at);
    }
}

/* ------------------------------------------------------------------------ */
/* Geometry                                                                 */
/* ------------------------------------------------------------------------ */

/**
 * kel_document_view_get_span_rect:
 * @span: a span
 * @rect: (out): where its first line piece is, in widget coordinates
 *
 * Returns: %FALSE when the view has no layout for it yet
 */
gboolean
kel_document_view_get_span_rect (KelDocumentView *self,
                                 const KelSpan   *span,
                                 GdkRectangle    *rect)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter a, b, line_end;
  GdkRectangle ra, rb;

  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), FALSE);
  _kel_document_view_iter_at_model (self, &a, span->start);
  _kel_document_view_iter_at_model_end (self, &b, span->end);
  line_end = a;
  if (!gtk_text_view_forward_display_line_end (view, &line_end) || gtk_text_iter_compare (&line_end, &b) > 0)
    line_end = b;
  gtk_text_view_get_iter_location (view, &a, &ra);
  gtk_text_view_get_iter_location (view, &line_end, &rb);
  if (rb.y != ra.y)
    {
      gtk_text_iter_backward_char (&line_end);
      gtk_text_view_get_iter_location (view, &line_end, &rb);
      rb.x += rb.width;
    }
  rect->x = ra.x;
  rect->y = ra.y;
  rect->width = MAX (1, rb.x - ra.x);
  rect->height = ra.height;
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect->x, rect->y, &rect->x, &rect->y);
  return ra.height > 0;
}

/**
 * kel_document_view_is_span_visible:
 * @span: a span
 *
 * Returns: %TRUE when the first line piece of @span is wholly inside the
 *   view
 */
gboolean
kel_document_view_is_span_visible (KelDocumentView *self,
                                   const KelSpan   *span)
{
  GdkRectangle rect;
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!kel_document_view_get_span_rect (self, span, &rect))
    return FALSE;
  return rect.y >= 0 && rect.y + rect.height <= height;
}

