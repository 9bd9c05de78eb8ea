/* kel-document-private.h — what the files of KelDocument share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The instance struct, which the accessors (kel-document.c) read and the
 * loader (kel-akn-*.c) fills, and the few functions both call.  The loader
 * makes the lists of terms and threats (kel-document.c does not include
 * kel-term.h or kel-threat.h, which include kel-document.h).
 */
#pragma once

#include "kel-document.h"
#include "kel-labels.h"

G_BEGIN_DECLS

struct _KelDocument
{
  GObject       parent_instance;

  char         *name;
  char         *title;
  char         *short_title;
  GString      *text;
  guint         n_chars;
  GArray       *blocks;        /* KelBlock */
  GArray       *spans;         /* KelSpan */
  GPtrArray    *nodes;         /* KelNode*, document order */
  GHashTable   *nodes_by_eid;
  GStringChunk *strings;
  GListStore   *terms;
  GListStore   *threats;
  GHashTable   *terms_by_id;
  GHashTable   *threats_by_id;
  GHashTable   *labels;        /* eId -> KelLabels */
  gsize        *block_bytes;   /* byte offset of each block */
  GPtrArray    *notices;       /* char*, NULL-terminated */
  char         *language;      /* FRBRExpression/FRBRlanguage, or NULL */
  char         *named_title;   /* docTitle, shortTitle or FRBRalias, or NULL */
  char         *frbr_name;     /* FRBRWork/FRBRname, or NULL */
};

const char *kel_document_intern             (KelDocument *self,
                                             const char  *s);
void        kel_document_add_notice         (KelDocument *self,
                                             char        *notice);

G_END_DECLS
