/* kel-contents.h — the parts a reader finds in the contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

/**
 * KelContentsEntry:
 * @node: the part
 * @level: its depth in the contents tree, one below the entry it is
 *   listed under: how many listed parts hold it (0 for a top-level part),
 *   and for a court's heading paragraph ("(1) The legal background", a
 *   sibling of the headings above it in the file), its rank below them;
 *   never more than one below the entry before
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
const KelNode *kel_document_get_contents_entry_at (KelDocument   *self,
                                                   const KelNode *node);

G_END_DECLS
