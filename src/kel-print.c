/* kel-print.c — the agreement, paginated for paper and PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KelPrintJob typesets every block of a KelDocument with PangoCairo, in
 * the hierarchy of the screen view (centred bold article headings, hanging
 * numbers, first-line indents, small italic annex labels), breaks it into
 * pages and draws any page onto a cairo context.  It needs no display:
 * `kelisim --export-pdf` uses it before GTK is initialised, and the print
 * dialog uses it through kel_print_operation_new().
 *
 * Units are points (1/72 inch) throughout.  Page breaking keeps an article
 * number, its heading and the first two lines of what follows together,
 * never leaves fewer than two lines of a paragraph at the foot or the head
 * of a page, and starts each annex on a new page.
 *
 * Defined terms carry a dotted grey underline, as on screen; with glosses,
 * each term occurrence is followed by its label in the term language, in
 * small grey type in brackets.  In an exported PDF the cross-references
 * are links and the articles and annexes form the outline.
 */
#include "config.h"

#include "kel-print.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "kel-error.h"
#include "kel-notes.h"
#include "kel-term.h"
#include "kel-typesetting.h"

/* The styles of the screen view (kel-document-view.c), for paper. */

/* In units of the body size: scale, space above, space below, left
 * margin, first-line indent (negative: a hanging number). */
static const struct
{
  double          scale;
  double          above;
  double          below;
  double          left;
  double          indent;
  PangoWeight     weight;
  PangoStyle      style;
  PangoAlignment  align;
} styles[KEL_N_BLOCK_STYLES] = {
  [KEL_BLOCK_STYLE_TITLE]       = { 1.30, 0.0, 1.2, 0.0,  0.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, PANGO_ALIGN_CENTER },
  [KEL_BLOCK_STYLE_LABEL]       = { 0.88, 0.0, 1.4, 0.0,  0.0, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_ITALIC, PANGO_ALIGN_RIGHT },
  [KEL_BLOCK_STYLE_ANNEX_TITLE] = { 1.12, 0.8, 1.0, 0.0,  0.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, PANGO_ALIGN_CENTER },
  [KEL_BLOCK_STYLE_NUM]         = { 1.06, 1.8, 0.1, 0.0,  0.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, PANGO_ALIGN_CENTER },
  [KEL_BLOCK_STYLE_HEADING]     = { 1.10, 0.1, 0.7, 0.0,  0.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, PANGO_ALIGN_CENTER },
  [KEL_BLOCK_STYLE_SUBHEADING]  = { 1.00, 1.0, 0.4, 0.0, -1.8, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_PARA]        = { 1.00, 0.0, 0.0, 0.0,  1.8, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_PARA_HANG]   = { 1.00, 0.0, 0.4, 0.0, -1.8, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_POINT]       = { 1.00, 0.0, 0.25, 1.8, -1.8, PANGO_WEIGHT_NORMAL,  PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_POINT_PLAIN] = { 1.00, 0.0, 0.25, 1.8,  0.0, PANGO_WEIGHT_NORMAL,  PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_POINT_2]     = { 1.00, 0.0, 0.25, 3.6, -1.8, PANGO_WEIGHT_NORMAL,  PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_SIGNATURE]   = { 1.00, 1.4, 0.0, 0.0,  0.0, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT },
  [KEL_BLOCK_STYLE_NOTE]        = { 0.85, 2.0, 0.4, 0.0,  0.0, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_ITALIC, PANGO_ALIGN_LEFT },
};

#define BODY_PT        11.0
#define MARGIN_PT      (20.0 * 72.0 / 25.4)
#define RUNNING_PT     8.5
#define GLOSS_SCALE    0.78
#define LABEL_MEASURE  0.55   /* an annex label's share of the column */
#define MIN_LINES      2      /* orphans and widows */
#define GUTTER_EM      2.0    /* between the columns of signatures */

/* A byte range of a block's layout text: a term or a reference. */
typedef struct
{
  int            start;
  int            end;
  const KelNode *target;     /* for a reference */
} Range;

/* One block, typeset. */
typedef struct
{
  const KelBlock *block;
  KelBlockStyle           style;
  PangoLayout    *layout;
  double          x;         /* from the left of the text column */
  double          above;
  double          below;
  guint           n_lines;
  double         *top;       /* n_lines + 1 line tops, from the layout's top */
  double         *baseline;  /* n_lines baselines */
  double         *line_x;    /* n_lines offsets from the layout's left edge */
  GArray         *terms;     /* of Range */
  GArray         *refs;      /* of Range */
  gboolean        keep_with_next;
  gboolean        unsplittable;
  gboolean        break_before;
  guint           column;    /* signatures go two to a row: 0 left, 1 right */
  const KelNode  *anchor;    /* a reference points here: the node it names */
  guint           page;      /* where its first line went */
  double          y;
} Item;

/* Lines first_line .. first_line + n_lines - 1 of an item, on a page. */
typedef struct
{
  guint  item;
  guint  first_line;
  guint  n_lines;
  double y;                  /* top, from the top of the text column */
} Piece;

typedef struct
{
  GArray *pieces;            /* of Piece */
} Page;

struct _KelPrintJob
{
  GObject       parent_instance;

  KelDocument  *document;
  KelLang       lang;
  gboolean      glosses;
  KelNotes     *notes;       /* highlights and notes to print, if asked */

  PangoContext *context;
  Item         *items;
  guint         n_items;
  GPtrArray    *pages;       /* of Page */
  double        page_width;
  double        page_height;
  double        margin_x;
  double        margin_y;
  gboolean      pdf_links;   /* while exporting to our own PDF surface */
};

G_DEFINE_FINAL_TYPE (KelPrintJob, kel_print_job, G_TYPE_OBJECT)

/* ------------------------------------------------------------------------ */
/* Typesetting the blocks                                                   */
/* ------------------------------------------------------------------------ */

/* Text inserted after a term occurrence. */
typedef struct
{
  guint  offset;             /* in characters from the block's start */
  char  *text;
  guint  order;              /* glosses before notes at one offset */
} Insertion;

static int
compare_insertions (gconstpointer pa,
                    gconstpointer pb)
{
  const Insertion *a = pa, *b = pb;

  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  return a->order < b->order ? -1 : a->order > b->order;
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
  double em = BODY_PT;
  double size = styles[item->style].scale * em;
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
  pango_font_description_set_weight (font, styles[item->style].weight);
  pango_font_description_set_style (font, styles[item->style].style);
  pango_layout_set_font_description (item->layout, font);
  pango_font_description_free (font);

  item->x = styles[item->style].left * em;
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
  pango_layout_set_alignment (item->layout, styles[item->style].align);
  pango_layout_set_indent (item->layout, (int) (styles[item->style].indent * em * PANGO_SCALE));
  if (styles[item->style].indent < 0)
    {
      PangoTabArray *tabs = pango_tab_array_new (1, FALSE);

      pango_tab_array_set_tab (tabs, 0, PANGO_TAB_LEFT, (int) (-styles[item->style].indent * em * PANGO_SCALE));
      pango_layout_set_tabs (item->layout, tabs);
      pango_tab_array_free (tabs);
    }

  attrs = pango_attr_list_new ();
  add_attr (attrs, pango_attr_language_new (pango_language_from_string (kel_lang_to_pango (KEL_LANG_KK))),
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

      add_attr (attrs, pango_attr_language_new (pango_language_from_string (kel_lang_to_pango (self->lang))),
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
  if (styles[item->style].align == PANGO_ALIGN_CENTER)
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

  item->above = styles[item->style].above * em;
  item->below = styles[item->style].below * em;
}

static void
clear_items (KelPrintJob *self)
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

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->pieces);
  g_free (page);
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

/* ------------------------------------------------------------------------ */
/* Pagination                                                               */
/* ------------------------------------------------------------------------ */

static double
lines_height (const Item *item,
              guint       first,
              guint       n)
{
  return item->top[first + n] - item->top[first];
}

/* How much of the flow from item @i on must share its page: the item, and
 * while it keeps with the next, the next one, down to the first lines of
 * the first item that may be broken. */
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

static void
paginate (KelPrintJob *self,
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

  clear_items (self);
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
  pango_context_set_language (self->context, pango_language_from_string (kel_lang_to_pango (KEL_LANG_KK)));

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
  paginate (self, height);
  return self->pages->len;
}

guint
kel_print_job_get_n_pages (KelPrintJob *self)
{
  g_return_val_if_fail (KEL_IS_PRINT_JOB (self), 0);
  return self->pages->len;
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                  */
/* ------------------------------------------------------------------------ */

static char *
format_point (double x,
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
  g_autofree char *rect = format_point (x0, baseline - BODY_PT * 0.85);
  g_autofree char *size = format_point (x1 - x0, BODY_PT * 1.15);
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

/* @text with a capital first letter: a running head opens with one even
 * where a citation does not ("статья 3" heads a page as "Статья 3"). */
static char *
capitalise (char *text)
{
  gunichar first = g_utf8_get_char (text);
  const char *rest = g_utf8_next_char (text);
  char upper[8] = { 0 };
  char *result;

  if (!g_unichar_islower (first))
    return text;
  g_unichar_to_utf8 (g_unichar_totitle (first), upper);
  result = g_strconcat (upper, rest, NULL);
  g_free (text);
  return result;
}

/* The section at the top of @page, as a reader cites it. */
static char *
page_location (KelPrintJob *self,
               const Page  *page)
{
  const Piece *first;
  const KelNode *section;
  char *where;

  if (page->pieces->len == 0)
    return NULL;
  first = &g_array_index (page->pieces, Piece, 0);
  section = kel_document_get_section (self->document, self->items[first->item].block->node);
  if (section == NULL)
    return NULL;
  where = kel_document_get_location (self->document, section, self->lang);
  /* a part that has no citation form comes back as its eId */
  if (g_strcmp0 (where, section->eid) == 0 || where[0] == '\0')
    {
      g_free (where);
      return NULL;
    }
  return capitalise (where);
}

static PangoLayout *
running_layout (KelPrintJob *self,
                const char  *text,
                KelLang      lang,
                gboolean     italic)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string ("serif");
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_size (font, (int) (RUNNING_PT * PANGO_SCALE));
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (kel_lang_to_pango (lang))));
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

/* ------------------------------------------------------------------------ */
/* PDF                                                                      */
/* ------------------------------------------------------------------------ */

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

/* The outline of the PDF: the title, the preamble, each article with its
 * heading, the signatures and each annex with its title. */
static void
add_outline (KelPrintJob        *self,
             cairo_surface_t    *surface)
{
  const KelNode *last = NULL;

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
      pos = format_point (self->margin_x, self->margin_y + item->y);
      link = g_strdup_printf ("page=%u pos=[%s]", item->page + 1, pos);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, name, link, 0);
    }
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
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, kel_document_get_title (self->document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kelisim");
  cr = cairo_create (surface);

  /* measure with the surface that will be drawn on */
  if (self->pages->len == 0 || self->page_width != width || self->page_height != height)
    kel_print_job_paginate (self, cr, width, height);

  self->pdf_links = TRUE;
  for (guint i = 0; i < self->pages->len; i++)
    {
      kel_print_job_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  self->pdf_links = FALSE;
  add_outline (self, surface);

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

/* ------------------------------------------------------------------------ */
/* The print dialog                                                         */
/* ------------------------------------------------------------------------ */

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
    {
      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_TITLE, kel_document_get_title (job->document));
      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_CREATOR, "Kelisim");
    }
  /* the links point at pages: only when every page is printed, in order */
  job->pdf_links = pdf != NULL && gtk_print_operation_get_n_pages_to_print (operation) == (int) kel_print_job_get_n_pages (job);
  if (page >= 0 && (guint) page < kel_print_job_get_n_pages (job))
    kel_print_job_draw_page (job, gtk_print_context_get_cairo_context (context), (guint) page);
  job->pdf_links = FALSE;
}

static void
end_print (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           gpointer           user_data)
{
  KelPrintJob *job = user_data;
  cairo_surface_t *pdf = pdf_target (context);

  if (pdf != NULL && gtk_print_operation_get_n_pages_to_print (operation) == (int) kel_print_job_get_n_pages (job))
    add_outline (job, pdf);
}

/* The print dialog's own tab: the term language of the glosses and the
 * running heads, and whether to print the glosses, as --term-language and
 * --glosses choose them for --export-pdf.  A tab of two rows, built here:
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

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), lang);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (lang), job->lang);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (glosses), job->glosses);
  gtk_widget_set_tooltip_text (glosses, _("Follow each defined term with its label in the term language"));
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), lang, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), glosses, 0, 1, 2, 1);
  g_object_set_data (G_OBJECT (grid), "kel-lang", lang);
  g_object_set_data (G_OBJECT (grid), "kel-glosses", glosses);
  return G_OBJECT (grid);
}

static void
apply_options (GtkPrintOperation *operation,
               GtkWidget         *grid,
               gpointer           user_data)
{
  KelPrintJob *job = user_data;
  guint lang = gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (grid), "kel-lang"));

  kel_print_job_set_options (job, lang < KEL_N_LANGS ? (KelLang) lang : job->lang,
                             gtk_check_button_get_active (g_object_get_data (G_OBJECT (grid), "kel-glosses")));
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

/* ------------------------------------------------------------------------ */
/* The object                                                               */
/* ------------------------------------------------------------------------ */

static void
kel_print_job_finalize (GObject *object)
{
  KelPrintJob *self = KEL_PRINT_JOB (object);

  clear_items (self);
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
  self->pages = g_ptr_array_new_with_free_func (page_free);
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
