/* kel-contents.h — the parts a reader finds in the contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

/**
 * KelContentsEntry:
 * @node: the part
 * @level: how many listed parts hold it (0 for a top-level part)
 */
typedef struct
{
  const KelNode *node;
  guint          level;
} KelContentsEntry;

GArray     *kel_document_get_contents  (KelDocument   *self);
gboolean    kel_document_is_contents_entry (KelDocument *self,
                                        const KelNode *node);
char       *kel_document_get_contents_title (KelDocument *self,
                                        const KelNode *node);

G_END_DECLS
