/* kel-document-view-private.h — what the files of KelDocumentView share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kel-document-view.c         the object: properties, signals, set-up
 * kel-document-view-buffer.c  offsets, tags and colours, filling the buffer,
 *                             highlights
 * kel-document-view-selection.c  copy, the primary selection, dragging the
 *                             selection: the text without the glosses
 * kel-document-view-input.c   links: pointer, keyboard, Tab, tooltips
 * kel-document-view-draw.c    the layer above the text, span geometry
 * kel-document-view-scroll.c  reading position, jumps, the text column
 * kel-document-view-links.c   the links as AT-SPI hyperlinks
 */
#pragma once

#include "kel-document-view.h"
#include "kel-typesetting.h"

G_BEGIN_DECLS

/* The text column: at most this many ems wide, centred. */
#define KEL_MEASURE_EM 38.0
#define KEL_MIN_MARGIN_PX 18
/* The line a reader is reading: where a jump puts its target. */
#define KEL_READING_YALIGN 0.06

/* GtkTextView's vfuncs, for the files that chain up */
#define KEL_DOCUMENT_VIEW_PARENT_CLASS GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_TEXT_VIEW))

/* A gloss in the buffer: text of its own after a term, in the gloss tag. */
typedef struct
{
  guint at;      /* the model offset it follows */
  guint start;   /* its first character in the buffer */
  guint len;     /* its characters */
} KelGlossPlace;

struct _KelDocumentView
{
  GtkTextView    parent_instance;

  KelDocument   *document;
  double         zoom;
  double         em_px;              /* body font size at zoom 1 */
  GtkTextTag    *style_tags[KEL_N_BLOCK_STYLES];
  GtkTextTag    *def_tag;
  GtkTextTag    *ref_tag;
  GtkTextTag    *threat_tag;
  GtkTextTag    *hover_tag;
  GtkTextTag    *focus_tag;
  GtkTextTag    *flash_tag;
  GtkTextTag    *gloss_tag;
  GtkTextTag    *match_tag;
  GtkTextTag    *current_tag;
  GtkTextMark   *scroll_mark;
  GdkRGBA        accent;
  GdkRGBA        underline;

  const KelSpan *hover_link;
  const KelSpan *focus_link;
  guint          flash_id;
  guint          position_id;
  const KelNode *top_node;
  GtkAdjustment *vadjustment;

  gboolean       glosses;
  KelLang        gloss_lang;
  GArray        *gloss_places;       /* KelGlossPlace, in reading order */
  GArray        *bookmarks;          /* model offsets of bookmarks (draw.c) */
  guint          bookmarks_drawn;    /* in the last snapshot */

  double         press_x;
  double         press_y;
  GtkWidget     *popover;
  guint          context_offset;     /* where the reader last right-clicked */
  gint64         context_time;
  int            margin;             /* the view's side margins */
  int            width;              /* the width laid out for */
  guint          target;             /* the last place scrolled to... */
  gint64         target_time;        /* ...and when, to re-aim after relayouts */
  GdkContentProvider *selection_content;  /* the selection, for the primary
                                           * clipboard and drags */
  gboolean       press_in_selection; /* the pointer went down in it */
};

/* kel-document-view.c */
void      _kel_document_view_emit_position_changed (KelDocumentView *self);

/* kel-document-view-buffer.c */
void      _kel_document_view_init_buffer          (KelDocumentView *self);
void      _kel_document_view_iter_at_model        (KelDocumentView   *self,
                                                   GtkTextIter       *iter,
                                                   guint              offset);
void      _kel_document_view_iter_at_model_end    (KelDocumentView   *self,
                                                   GtkTextIter       *iter,
                                                   guint              offset);
guint     _kel_document_view_model_at_iter        (KelDocumentView   *self,
                                                   const GtkTextIter *iter);
double    _kel_document_view_body_px              (KelDocumentView *self);
void      _kel_document_view_update_style_tags    (KelDocumentView *self);
void      _kel_document_view_fill_buffer          (KelDocumentView *self);
void      _kel_document_view_place_cursor         (KelDocumentView   *self,
                                                   const GtkTextIter *iter);
void      _kel_document_view_update_style         (KelDocumentView *self);
gboolean  _kel_document_view_is_gloss            (KelDocumentView   *self,
                                                  const GtkTextIter *iter);

/* kel-document-view-selection.c */
void      _kel_document_view_init_selection       (KelDocumentView *self);
void      _kel_document_view_dispose_selection    (KelDocumentView *self);
void      _kel_document_view_realize_selection    (KelDocumentView *self);
void      _kel_document_view_unrealize_selection  (KelDocumentView *self);
void      _kel_document_view_copy_clipboard       (GtkTextView *view);

/* kel-document-view-input.c */
void      _kel_document_view_init_input           (KelDocumentView *self);
gboolean  _kel_document_view_focus                (GtkWidget        *widget,
                                                   GtkDirectionType  direction);
gboolean  _kel_document_view_is_link              (KelDocumentView *self,
                                                   const KelSpan   *span);
char     *_kel_document_view_link_description     (KelDocumentView *self,
                                                   const KelSpan   *span);

/* kel-document-view-draw.c */
void      _kel_document_view_snapshot_layer       (GtkTextView      *view,
                                                   GtkTextViewLayer  layer,
                                                   GtkSnapshot      *snapshot);

/* kel-document-view-scroll.c */
void      _kel_document_view_init_scrolling       (KelDocumentView *self);
void      _kel_document_view_dispose_scrolling    (KelDocumentView *self);
guint     _kel_document_view_first_visible_offset (KelDocumentView *self,
                                                   gboolean         bottom);
guint     _kel_document_view_reading_offset       (KelDocumentView *self);
void      _kel_document_view_stop_aiming          (KelDocumentView *self);
void      _kel_document_view_size_allocate        (GtkWidget *widget,
                                                   int        width,
                                                   int        height,
                                                   int        baseline);

/* kel-document-view-links.c: the links as AT-SPI hyperlinks (GTK >= 4.22) */
void      _kel_document_view_add_hypertext        (GType            type);
void      _kel_document_view_links_reset          (KelDocumentView *self);
void      _kel_document_view_links_focus          (KelDocumentView *self,
                                                   const KelSpan   *span);

G_END_DECLS
