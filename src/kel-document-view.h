/* kel-document-view.h — the agreement, typeset, with its links
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_DOCUMENT_VIEW (kel_document_view_get_type ())
G_DECLARE_FINAL_TYPE (KelDocumentView, kel_document_view, KEL, DOCUMENT_VIEW, GtkTextView)

#define KEL_ZOOM_MIN 0.5
#define KEL_ZOOM_MAX 3.0

/* the object: kel-document-view.c */

GtkWidget      *kel_document_view_new               (void);
void            kel_document_view_set_document      (KelDocumentView *self,
                                                     KelDocument     *document);
KelDocument    *kel_document_view_get_document      (KelDocumentView *self);
void            kel_document_view_set_zoom          (KelDocumentView *self,
                                                     double           zoom);
double          kel_document_view_get_zoom          (KelDocumentView *self);
void            kel_document_view_set_glosses       (KelDocumentView *self,
                                                     gboolean         show,
                                                     KelLang          lang);
void            kel_document_view_set_term_language (KelDocumentView *self,
                                                     KelLang          lang);
KelLang         kel_document_view_get_term_language (KelDocumentView *self);
void            kel_document_view_set_show_glosses  (KelDocumentView *self,
                                                     gboolean         show);
gboolean        kel_document_view_get_show_glosses  (KelDocumentView *self);
void            kel_document_view_set_popover       (KelDocumentView *self,
                                                     GtkWidget       *popover);
void            kel_document_view_activate_link     (KelDocumentView *self,
                                                     const KelSpan   *span);

/* the buffer: kel-document-view-buffer.c */

guint           kel_document_view_model_to_buffer   (KelDocumentView *self,
                                                     guint            offset);
guint           kel_document_view_buffer_to_model   (KelDocumentView *self,
                                                     guint            offset);
char           *kel_document_view_get_visible_text  (KelDocumentView *self);
void            kel_document_view_flash             (KelDocumentView *self,
                                                     guint            start,
                                                     guint            end);
void            kel_document_view_set_highlights    (KelDocumentView *self,
                                                     GArray          *matches);
void            kel_document_view_set_current_highlight (KelDocumentView *self,
                                                     guint            start,
                                                     guint            end);

/* bookmarks: kel-document-view-draw.c */

void            kel_document_view_set_bookmarks     (KelDocumentView *self,
                                                     const guint     *starts,
                                                     guint            n);
guint           kel_document_view_get_n_bookmarks_drawn (KelDocumentView *self);

/* links: kel-document-view-input.c, kel-document-view-links.c */

const KelSpan  *kel_document_view_get_focus_link    (KelDocumentView *self);
void            kel_document_view_set_focus_link    (KelDocumentView *self,
                                                     const KelSpan   *span);
void            kel_document_view_set_focus_shaded  (KelDocumentView *self,
                                                     gboolean         shaded);
guint           kel_document_view_get_n_links       (KelDocumentView *self);

/* geometry: kel-document-view-draw.c */

gboolean        kel_document_view_get_span_rect     (KelDocumentView *self,
                                                     const KelSpan   *span,
                                                     GdkRectangle    *rect);
gboolean        kel_document_view_is_span_visible   (KelDocumentView *self,
                                                     const KelSpan   *span);

/* position: kel-document-view-scroll.c */

void            kel_document_view_scroll_to         (KelDocumentView *self,
                                                     guint            offset);
void            kel_document_view_place_caret       (KelDocumentView *self,
                                                     guint            offset);
guint           kel_document_view_get_top_offset    (KelDocumentView *self);
const KelNode  *kel_document_view_get_top_node      (KelDocumentView *self);
gboolean        kel_document_view_get_selection     (KelDocumentView *self,
                                                     guint           *start,
                                                     guint           *end);
guint           kel_document_view_get_context_offset (KelDocumentView *self);

G_END_DECLS
