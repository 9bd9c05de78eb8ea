/* kel-document-view-private.h — what the files of KelDocumentView share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document-view.h"

G_BEGIN_DECLS

gboolean  _kel_document_view_is_link              (KelDocumentView *self,
                                                   const KelSpan   *span);
char     *_kel_document_view_link_description     (KelDocumentView *self,
                                                   const KelSpan   *span);

/* kel-document-view-links.c: the links as AT-SPI hyperlinks (GTK >= 4.22) */
void      _kel_document_view_add_hypertext        (GType            type);
void      _kel_document_view_links_reset          (KelDocumentView *self);
void      _kel_document_view_links_focus          (KelDocumentView *self,
                                                   const KelSpan   *span);

G_END_DECLS
