/* kel-print-job-private.h — what the files of KelPrintJob share: the job's
 * structure, the typeset blocks and the pages, and the steps of the layout
 * (kel-print-typeset.c, kel-paginate.c, kel-print-draw.c, kel-pdf.c).
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "kel-print-job.h"
#include "kel-typesetting.h"

G_BEGIN_DECLS

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
  gboolean      pdf_links;   /* while drawing for a PDF: links and destinations */
};

void  _kel_print_job_typeset      (KelPrintJob *self,
                                   double       width);
void  _kel_print_job_clear_items  (KelPrintJob *self);
void  _kel_print_job_break_pages  (KelPrintJob *self,
                                   double       height);
void  _kel_print_page_free        (gpointer     page);
char *_kel_print_format_point     (double       x,
                                   double       y);

G_END_DECLS
