/* kel-print-typeset.c — each block of the agreement set as a PangoLayout
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hierarchy of the screen view on paper: centred bold article
 * headings, hanging numbers, first-line indents, small italic annex
 * labels, signatures two to a row.  A block's layout text is its model
 * text with the glosses and the reader's notes inserted; the ranges of its
 * terms and references are kept for the dotted underlines and the links.
 * Then the rules that page breaking follows: what keeps with the next
 * block, what is never split, where a page must begin.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kel-pango.h"
#include "kel-print-job-private.h"
#include "kel-term.h"

/* Text inserted after a term occurrence. */
typedef struct
{
  guint  offset;             /* in characters from the block's start */
  char  *text;
  guint  order;              /* glosses before notes at one offset */
} Insertion;

/* In the order of their offsets, and at one offset in their own order. */
static guint64
insertion_key (const Insertion *ins)
{
  return (guint64) ins->offset << 32 | ins->order;
}

static int
compare_insertions (gconstpointer pa,
                    gconstpointer pb)
{
  guint64 a = insertion_key (pa), b = insertion_key (pb);

  return a < b ? -1 : a > b;
}

/* A note's text on one line, in brackets after the passage it is on */
static char *
note_insertion (KelAnnotation *a)
{
  g_auto(GStrv) words = g_strsplit_set (kel_annotation_get_text (a), " \t\n\r", -1);
  GString *out = g_string_new ("\u00a0[");

  /* Translators: in a printed page, before the reader's own note */
  g_string_append (out, _("Note:"));
  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, " %s", words[i]);
  g_string_append (out, "]");
  return g_string_free (out, FALSE);
}

/* The layout text of a block: its model text with the space after a
 * hanging number turned into a tab, line-break spaces into newlines, and
 * the glosses inserted.  @map gives, for each character offset of the
 * block, the byte offset of that character in the result (a gloss
 * inserted at an offset comes before it); @glosses the inserted ranges. */
typedef struct
{
  GString *text;
  int     *map;              /* n_chars + 1 entries */
  GArray  *glosses;          /* of Range: the inserted glosses */
} BlockText;

static void
block_text_clear (BlockText *bt)
{
  g_string_free (bt->text, TRUE);
  g_free (bt->map);
  g_array_unref (bt->glosses);
}

static void
make_block_text (KelPrintJob    *self,
                 const KelBlock *block,
                 BlockText      *bt)
{
  KelDocument *doc = self->document;
  g_autofree char *src = kel_document_get_block_text (doc, block);
  guint n_chars = block->end - block->start;
  guint n_spans = kel_document_get_n_spans (doc);
  g_autoptr(GArray) inserts = g_array_new (FALSE, FALSE, sizeof (Insertion));
  const char *p;
  guint next = 0;

  /* replacements keep the byte length: they are all single spaces */
  for (guint i = block->first_span; i < n_spans; i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      guint at;

      if (span->start >= block->end)
        break;
      if (span->kind == KEL_SPAN_LINE_BREAK)
        at = span->start;
      else if (span->kind == KEL_SPAN_NUM && span->start == block->start)
        at = span->end;
      else
        {
          if (span->kind == KEL_SPAN_TERM && span->term != NULL
              && self->glosses && self->lang != KEL_LANG_KK
              && span->end <= block->end)
            {
              const char *label = kel_term_get_label (span->term, self->lang);

              if (label != NULL)
                {
                  /* after the quotation marks that close the term, and with
                   * a no-break space that keeps the gloss with it */
                  Insertion ins = { kel_gloss_offset (doc, span) - block->start,
                                    g_strdup_printf ("\u00a0[%s]", label), inserts->len };
                  g_array_append_val (inserts, ins);
                }
            }
          continue;
        }
      if (at >= block->start && at < block->end)
        {
          char *c = g_utf8_offset_to_pointer (src, at - block->start);

          if (*c == ' ')
            *c = span->kind == KEL_SPAN_LINE_BREAK ? '\n' : '\t';
        }
    }

  /* the reader's notes, after the passage each is on */
  for (guint i = 0; self->notes != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr(KelAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->notes), i);
      guint start, end;

      if (kel_annotation_get_kind (a) == KEL_ANNOTATION_BOOKMARK || *kel_annotation_get_text (a) == '\0' ||
          !kel_annotation_get_range (a, &start, &end) || end <= block->start || end > block->end)
        continue;
      {
        Insertion ins = { end - block->start, note_insertion (a), G_MAXUINT / 2 + i };
        g_array_append_val (inserts, ins);
      }
    }
  g_array_sort (inserts, compare_insertions);

  bt->text = g_string_sized_new (strlen (src) + 32 * inserts->len);
  bt->map = g_new (int, n_chars + 1);
  bt->glosses = g_array_new (FALSE, FALSE, sizeof (Range));
  p = src;
  for (guint c = 0; c <= n_chars; c++)
    {
      while (next < inserts->len && g_array_index (inserts, Insertion, next).offset == c)
        {
          Insertion *ins = &g_array_index (inserts, Insertion, next);
          Range r = { (int) bt->text->len, 0, NULL };

          g_string_append (bt->text, ins->text);
          r.end = (int) bt->text->len;
          g_array_append_val (bt->glosses, r);
          g_free (ins->text);
          next++;
        }
      bt->map[c] = (int) bt->text->len;
      if (c < n_chars)
        {
          const char *q = g_utf8_next_char (p);

          g_string_append_len (bt->text, p, q - p);
          p = q;
        }
    }
}

/* The byte offset in the layout text of a character offset of the
 * document, clamped to the block. */
static int
map_offset (const KelBlock  *block,
            const BlockText *bt,
            guint            offset)
{
  offset = CLAMP (offset, block->start, block->end);
  return bt->map[offset - block->start];
}

static void
add_attr (PangoAttrList  *attrs,
          PangoAttribute *attr,
          int             start,
          int             end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

/* A centred title set in lines of even length, so that its last line is
 * not one word alone: the narrowest measure that keeps the line count.
 * Returns how far to move the narrower block to keep it centred. */
static double
balance_lines (PangoLayout *layout,
               double       measure)
{
  int n = pango_layout_get_line_count (layout);
  double lo = measure * 0.5, hi = measure;

  if (n < 2)
    return 0;
  for (guint i = 0; i < 10; i++)
    {
      double mid = (lo + hi) / 2;

      pango_layout_set_width (layout, (int) (mid * PANGO_SCALE));
      if (pango_layout_get_line_count (layout) == n)
        hi = mid;
      else
        lo = mid;
    }
  pango_layout_set_width (layout, (int) (hi * PANGO_SCALE));
  return (measure - hi) / 2;
}

static void
typeset_item (KelPrintJob    *self,
              Item           *item,
              double          width)
{
  KelDocument *doc = self->document;
  const KelBlock *block = item->block;
  const KelBlockLook *look = kel_block_look (item->style, KEL_MEDIUM_PAPER);
  double em = BODY_PT;
  double size = look->scale * em;
  double measure;
  BlockText bt;
  PangoFontDescription *font;
  PangoAttrList *attrs;
  PangoLayoutIter *iter;
  guint line = 0;

  make_block_text (self, block, &bt);
  item->layout = pango_layout_new (self->context);
  pango_layout_set_text (item->layout, bt.text->str, (int) bt.text->len);

  font = pango_font_description_from_string ("serif");
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, look->weight);
  pango_font_description_set_style (font, look->style);
  pango_layout_set_font_description (item->layout, font);
  pango_font_description_free (font);

  item->x = look->left * em;
  measure = width - item->x;
  if (item->style == KEL_BLOCK_STYLE_SIGNATURE && item->column != G_MAXUINT)
    {
      measure = (width - GUTTER_EM * em) / 2;
      item->x = item->column * (measure + GUTTER_EM * em);
    }
  else if (item->style == KEL_BLOCK_STYLE_LABEL)
    {
      /* a narrower block at the right, as treaties set annex labels */
      measure = width * LABEL_MEASURE;
      item->x = width - measure;
    }
  pango_layout_set_width (item->layout, (int) (measure * PANGO_SCALE));
  pango_layout_set_wrap (item->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (item->layout, look->align);
  pango_layout_set_indent (item->layout, (int) (look->indent * em * PANGO_SCALE));
  if (look->indent < 0)
    {
      PangoTabArray *tabs = pango_tab_array_new (1, FALSE);

      pango_tab_array_set_tab (tabs, 0, PANGO_TAB_LEFT, (int) (-look->indent * em * PANGO_SCALE));
      pango_layout_set_tabs (item->layout, tabs);
      pango_tab_array_free (tabs);
    }

  attrs = pango_attr_list_new ();
  add_attr (attrs, kel_pango_language_attr (KEL_LANG_KK),
            0, (int) bt.text->len);

  item->terms = g_array_new (FALSE, FALSE, sizeof (Range));
  item->refs = g_array_new (FALSE, FALSE, sizeof (Range));
  for (guint i = block->first_span; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      Range r;

      if (span->start >= block->end)
        break;
      if (span->kind != KEL_SPAN_TERM && span->kind != KEL_SPAN_REF)
        continue;
      r.start = map_offset (block, &bt, span->start);
      /* the end of a term comes before its gloss: map the last character */
      r.end = span->end > span->start ? map_offset (block, &bt, span->end - 1) : r.start;
      if (span->end > span->start)
        r.end += g_utf8_next_char (bt.text->str + r.end) - (bt.text->str + r.end);
      r.target = NULL;
      if (span->kind == KEL_SPAN_TERM)
        {
          g_array_append_val (item->terms, r);
          if (span->is_definition)
            add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), r.start, r.end);
        }
      else
        {
          r.target = span->target ? kel_document_lookup_node (doc, span->target) : NULL;
          if (r.target != NULL && r.target->first_block < self->n_items)
            {
              g_array_append_val (item->refs, r);
              self->items[r.target->first_block].anchor = r.target;
            }
          /* a reference such as "5-бабына" is not broken across lines */
          add_attr (attrs, pango_attr_allow_breaks_new (FALSE), r.start, r.end);
        }
    }

  for (guint i = 0; i < bt.glosses->len; i++)
    {
      Range *g = &g_array_index (bt.glosses, Range, i);

      add_attr (attrs, kel_pango_language_attr (self->lang),
                g->start, g->end);
      add_attr (attrs, pango_attr_scale_new (GLOSS_SCALE), g->start, g->end);
      /* a gloss is one unit: "[信息空间]" never splits between lines */
      add_attr (attrs, pango_attr_allow_breaks_new (FALSE), g->start, g->end);
      add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_NORMAL), g->start, g->end);
      add_attr (attrs, pango_attr_style_new (PANGO_STYLE_NORMAL), g->start, g->end);
      add_attr (attrs, pango_attr_foreground_new (0x4a4a, 0x4a4a, 0x4a4a), g->start, g->end);
    }
  /* the reader's highlights: a light background, as on screen */
  for (guint i = 0; self->notes != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr(KelAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->notes), i);
      static const struct { const char *name; guint16 r, g, b; } paper[] = {
        { "yellow", 0xfbff, 0xedff, 0xa6ff }, { "green", 0xb3ff, 0xecff, 0xcaff }, { "blue", 0xc5ff, 0xdbff, 0xf7ff },
        { "pink", 0xfbff, 0xc3ff, 0xd8ff }, { "purple", 0xe3ff, 0xc5ff, 0xeaff },
      };
      guint start, end;
      int a_start, a_end;

      if (kel_annotation_get_kind (a) == KEL_ANNOTATION_BOOKMARK || !kel_annotation_get_range (a, &start, &end) ||
          end <= block->start || start >= block->end)
        continue;
      a_start = map_offset (block, &bt, start);
      /* up to the last character, not over a gloss or note after it */
      a_end = map_offset (block, &bt, MIN (end, block->end) - 1);
      a_end += g_utf8_next_char (bt.text->str + a_end) - (bt.text->str + a_end);
      for (guint k = 0; k < G_N_ELEMENTS (paper); k++)
        if (g_str_equal (paper[k].name, kel_annotation_get_colour (a)))
          add_attr (attrs, pango_attr_background_new (paper[k].r, paper[k].g, paper[k].b), a_start, a_end);
    }
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  block_text_clear (&bt);
  if (look->align == PANGO_ALIGN_CENTER)
    item->x += balance_lines (item->layout, measure);

  item->n_lines = (guint) pango_layout_get_line_count (item->layout);
  item->top = g_new0 (double, item->n_lines + 1);
  item->baseline = g_new0 (double, MAX (item->n_lines, 1));
  item->line_x = g_new0 (double, MAX (item->n_lines, 1));
  iter = pango_layout_get_iter (item->layout);
  do
    {
      int y0, y1;

      PangoRectangle extents;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      item->line_x[line] = extents.x / (double) PANGO_SCALE;
      item->top[line] = y0 / (double) PANGO_SCALE;
      item->top[line + 1] = y1 / (double) PANGO_SCALE;
      item->baseline[line] = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      line++;
    }
  while (line < item->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  item->above = look->above * em;
  item->below = look->below * em;
}

/**
 * _kel_print_job_clear_items: (skip)
 *
 * Frees what typesetting made, before typesetting again.
 */
void
_kel_print_job_clear_items (KelPrintJob *self)
{
  for (guint i = 0; i < self->n_items; i++)
    {
      Item *item = &self->items[i];

      g_clear_object (&item->layout);
      g_clear_pointer (&item->top, g_free);
      g_clear_pointer (&item->baseline, g_free);
      g_clear_pointer (&item->line_x, g_free);
      g_clear_pointer (&item->terms, g_array_unref);
      g_clear_pointer (&item->refs, g_array_unref);
    }
  g_clear_pointer (&self->items, g_free);
  self->n_items = 0;
}

/* The signatures of the Parties go two to a row, as in the signed
 * original; a lone signature keeps the full measure (G_MAXUINT). */
static void
assign_columns (KelPrintJob *self)
{
  for (guint i = 0; i < self->n_items;)
    {
      guint run = 0;

      while (i + run < self->n_items && self->items[i + run].style == KEL_BLOCK_STYLE_SIGNATURE)
        run++;
      for (guint k = 0; k < run; k++)
        self->items[i + k].column = run > 1 ? k % 2 : G_MAXUINT;
      i += MAX (run, 1);
    }
}

static void
set_rules (KelPrintJob *self)
{
  const KelNode *last_section = NULL;

  for (guint i = 0; i < self->n_items; i++)
    {
      Item *item = &self->items[i];
      const KelBlock *block = item->block;
      Item *next = i + 1 < self->n_items ? &self->items[i + 1] : NULL;

      switch (item->style)
        {
        case KEL_BLOCK_STYLE_TITLE:
        case KEL_BLOCK_STYLE_LABEL:
        case KEL_BLOCK_STYLE_ANNEX_TITLE:
        case KEL_BLOCK_STYLE_NUM:
        case KEL_BLOCK_STYLE_HEADING:
        case KEL_BLOCK_STYLE_SUBHEADING:
          item->keep_with_next = TRUE;
          item->unsplittable = TRUE;
          break;
        case KEL_BLOCK_STYLE_SIGNATURE:
          /* the signatures stay together */
          item->unsplittable = TRUE;
          item->keep_with_next = next != NULL && next->style == KEL_BLOCK_STYLE_SIGNATURE;
          break;
        case KEL_BLOCK_STYLE_PARA:
        case KEL_BLOCK_STYLE_PARA_HANG:
        case KEL_BLOCK_STYLE_POINT:
        case KEL_BLOCK_STYLE_POINT_PLAIN:
        case KEL_BLOCK_STYLE_POINT_2:
        case KEL_BLOCK_STYLE_NOTE:
        default:
          /* a list's lead-in stays with its first item, the place and
           * date of signature with the first signature */
          if ((block->node != NULL && block->node->kind == KEL_NODE_LIST)
              || (next != NULL && next->style == KEL_BLOCK_STYLE_SIGNATURE))
            item->keep_with_next = TRUE;
          break;
        }
      if (item->n_lines < 2 * MIN_LINES)
        item->unsplittable = TRUE;
      /* each annex begins a page */
      item->break_before = item->style == KEL_BLOCK_STYLE_LABEL && i > 0;

      /* material after the annexes (the certified copy, the publisher's
       * note) is set apart from the annex before it */
      {
        const KelNode *section = kel_document_get_section (self->document, block->node);

        if (section != last_section && section != NULL && section->kind == KEL_NODE_COMPONENT && i > 0)
          item->above = MAX (item->above, 2.5 * BODY_PT);
        last_section = section;
      }
    }
}

/**
 * _kel_print_job_typeset: (skip)
 * @width: the width of the text column, in points
 *
 * Typesets every block of the document for a column of @width, with the
 * pagination rules of each; the pages are not made yet.
 */
void
_kel_print_job_typeset (KelPrintJob *self,
                        double       width)
{
  self->n_items = kel_document_get_n_blocks (self->document);
  self->items = g_new0 (Item, self->n_items);
  for (guint i = 0; i < self->n_items; i++)
    {
      Item *item = &self->items[i];

      item->block = kel_document_get_block (self->document, i);
      item->style = kel_block_style_for (self->document, item->block);
    }
  assign_columns (self);
  for (guint i = 0; i < self->n_items; i++)
    typeset_item (self, &self->items[i], width);
  set_rules (self);
}
