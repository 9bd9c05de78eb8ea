/* kel-paginate.c — the typeset agreement broken into pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Page breaking keeps an article number, its heading and the first two
 * lines of what follows together, never leaves fewer than two lines of a
 * paragraph at the foot or the head of a page, sets the signatures of the
 * Parties two to a row, and starts each annex on a new page.
 */
#include "config.h"

#include "kel-print-job-private.h"

/**
 * _kel_print_page_free: (skip)
 * @page: a page of the job
 *
 * Frees a page: the free function of the job's array of pages.
 */
void
_kel_print_page_free (gpointer page)
{
  Page *p = page;

  g_array_unref (p->pieces);
  g_free (p);
}

static double
lines_height (const Item *item,
              guint       first,
              guint       n)
{
  return item->top[first + n] - item->top[first];
}

/* Whether item @i has a signature set beside it, on its right. */
static gboolean
has_partner (KelPrintJob *self,
             guint        i)
{
  return i + 1 < self->n_items && self->items[i + 1].column == 1;
}

/* The height of item @i, or of its row when it has a right-hand partner. */
static double
row_height (KelPrintJob *self,
            guint        i)
{
  const Item *item = &self->items[i];
  double h = lines_height (item, 0, item->n_lines);

  if (has_partner (self, i))
    h = MAX (h, lines_height (&self->items[i + 1], 0, self->items[i + 1].n_lines));
  return h;
}

/* How much of the flow from item @i on must share its page: the item, and
 * while it keeps with the next, the next one, down to the first lines of
 * the first item that may be broken. */
static double
keep_height (KelPrintJob *self,
             guint        i)
{
  const Item *item = &self->items[i];
  guint next = i + 1;
  double below = item->below;

  if (has_partner (self, i))
    {
      below = MAX (below, self->items[next].below);
      next++;
    }
  if (item->keep_with_next && next < self->n_items && !self->items[next].break_before)
    return row_height (self, i) + below + self->items[next].above + keep_height (self, next);
  if (item->unsplittable)
    return row_height (self, i);
  return lines_height (item, 0, MIN (item->n_lines, MIN_LINES));
}

static Page *
add_page (KelPrintJob *self)
{
  Page *page = g_new0 (Page, 1);

  page->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (self->pages, page);
  return page;
}

/**
 * _kel_print_job_break_pages: (skip)
 * @height: the height of the text column, in points
 *
 * Breaks the typeset blocks into pages of @height, following their rules.
 */
void
_kel_print_job_break_pages (KelPrintJob *self,
                            double       height)
{
  Page *page = add_page (self);
  double y = 0;            /* bottom of what is on the page */
  double below = 0;        /* space owed below the last item */

  for (guint i = 0; i < self->n_items; i++)
    {
      Item *item = &self->items[i];
      double gap;
      guint line = 0;

      /* a right-hand signature sits beside its partner */
      if (item->column == 1 && self->items[i - 1].page == self->pages->len - 1)
        {
          const Item *left = &self->items[i - 1];
          Piece piece = { i, 0, item->n_lines, left->y };

          g_array_append_val (page->pieces, piece);
          item->page = left->page;
          item->y = left->y;
          y = MAX (y, piece.y + lines_height (item, 0, item->n_lines));
          below = MAX (below, item->below);
          continue;
        }

      if (item->break_before && page->pieces->len > 0)
        {
          page = add_page (self);
          y = below = 0;
        }
      gap = page->pieces->len > 0 ? below + item->above : 0;
      if (page->pieces->len > 0 && y + gap + keep_height (self, i) > height)
        {
          page = add_page (self);
          y = below = gap = 0;
        }

      while (line < item->n_lines)
        {
          guint remaining = item->n_lines - line;
          guint fit = 0;
          guint take;
          Piece piece;

          while (fit < remaining && y + gap + lines_height (item, line, fit + 1) <= height)
            fit++;
          take = fit;
          if (fit < remaining)
            {
              /* a break inside the item: leave at least MIN_LINES on each side */
              if (item->unsplittable)
                take = 0;
              else
                {
                  if (take + MIN_LINES > remaining)
                    take = remaining >= MIN_LINES ? remaining - MIN_LINES : 0;
                  if (line == 0 && take < MIN_LINES)
                    take = 0;
                }
              if (take == 0 && page->pieces->len == 0)
                take = MAX (fit, 1);   /* taller than a page: break it anyway */
            }
          if (take == 0)
            {
              page = add_page (self);
              y = below = gap = 0;
              continue;
            }

          piece.item = i;
          piece.first_line = line;
          piece.n_lines = take;
          piece.y = y + gap;
          g_array_append_val (page->pieces, piece);
          if (line == 0)
            {
              item->page = self->pages->len - 1;
              item->y = piece.y;
            }
          y = piece.y + lines_height (item, line, take);
          line += take;
          gap = 0;
          if (line < item->n_lines)
            {
              page = add_page (self);
              y = 0;
            }
        }
      below = item->below;
    }
}
