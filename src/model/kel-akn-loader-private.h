/* kel-akn-loader-private.h — what the files of the Akoma Ntoso loader share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader's state while it walks one act, and the steps that one file
 * of the loader calls in another: kel-akn-nodes.c (eIds and nodes),
 * kel-akn-text.c (lines and spans), kel-akn-walk.c (the structure),
 * kel-akn-meta.c (<meta>), kel-akn-terms.c (after the walk) and
 * kel-akn-loader.c (the entry points).
 */
#pragma once

#include <libxml/tree.h>

#include "kel-akn.h"
#include "kel-document-private.h"
#include "kel-error.h"
#include "kel-model-private.h"
#include "kel-term-private.h"
#include "kel-threat-private.h"
#include "kel-termbase.h"
#include "kel-xml.h"

G_BEGIN_DECLS

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define KEL_NS "https://kelisim.github.io/ns/labels/1.0"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

typedef struct
{
  char *target;   /* without '#' */
  int   line;
  char *attr;     /* "refersTo", "href", "as" */
} PendingRef;

typedef struct
{
  KelDocument *doc;
  const char  *name;
  GHashTable  *references;   /* TLC eId -> element name */
  GArray      *pending;      /* PendingRef */
  GHashTable  *term_lines;   /* term id -> first line it is used on */
  GPtrArray   *defs;         /* def spans' indices, Annex order */

  /* the block being built */
  gboolean     in_block;
  gboolean     space_pending;
  gboolean     last_was_space;
  guint        block_start;
  gsize        block_start_byte;
  GArray      *block_bytes;  /* gsize: each block's first byte in the text */
  KelBlockKind block_kind;
  const char  *pending_num;

  /* eIds: every one the file gives, and how many of each kind were made
   * for parts without one */
  GHashTable  *explicit_eids;
  GHashTable  *generated;      /* "parent eId\037prefix" -> count */
  gboolean     id_is_eid;      /* Akoma Ntoso 2.0 and the drafts: `id` */
  guint        first_preface_block;   /* + 1; 0 for none */
  GHashTable  *ref_names;      /* reference eId -> its showAs */
  GHashTable  *unknown;        /* element name -> count */
  guint        n_dangling;
  char        *first_dangling;
  guint        n_renamed;
  char        *first_renamed;
  guint        n_notes;
  GPtrArray   *notes;          /* xmlNode*: authorial notes of the block being built */

  /* the line being built, and whether it is inside a quoted structure,
   * whose parts are lines of their own (kel-akn-text.c) */
  const KelNode *block_node;
  xmlNode     *block_el;
  guint        quoted_depth;
  gboolean     quoted_line_has_block;

  /* context */
  guint        list_level;
  guint        annex_depth;
  guint        title_depth;
  guint        preface_depth;
  guint        signature_depth;
  const char  *klass;
} Loader;

/* kel-akn-nodes.c */
char          *kel_loader_element_eid      (Loader         *l,
                                            xmlNode        *el);
void           kel_loader_collect_eids     (Loader         *l,
                                            xmlNode        *el);
guint          kel_loader_count_part       (Loader         *l,
                                            const char     *prefix,
                                            const KelNode  *parent);
char          *kel_loader_generate_eid     (Loader         *l,
                                            const char     *prefix,
                                            const KelNode  *parent);
gboolean       kel_loader_check_refs       (Loader         *l,
                                            xmlNode        *el,
                                            GError        **error);
gboolean       kel_loader_check_eid        (Loader         *l,
                                            xmlNode        *el,
                                            const char     *eid,
                                            GError        **error);
KelNode       *kel_loader_new_node         (Loader         *l,
                                            xmlNode        *el,
                                            const char     *eid,
                                            const KelNode  *parent,
                                            GError        **error);
void           kel_loader_finish_node      (KelDocument    *self,
                                            KelNode        *node);

/* kel-akn-text.c */
void           kel_loader_append_text      (Loader         *l,
                                            const char     *text);
void           kel_loader_begin_block      (Loader         *l,
                                            KelBlockKind    kind);
void           kel_loader_end_block        (Loader         *l,
                                            const KelNode  *node);
void           kel_loader_count_unknown    (Loader         *l,
                                            const char     *name);
gboolean       kel_loader_walk_inline      (Loader         *l,
                                            xmlNode        *el,
                                            GError        **error);

/* kel-akn-walk.c */
gboolean       kel_loader_is_block_element (xmlNode        *el);
gboolean       kel_loader_walk_container   (Loader         *l,
                                            xmlNode        *el,
                                            const KelNode  *parent,
                                            GError        **error);

/* kel-akn-meta.c */
gboolean       kel_loader_read_references  (Loader         *l,
                                            xmlNode        *meta,
                                            GError        **error);
void           kel_loader_read_identity    (Loader         *l,
                                            xmlNode        *act,
                                            xmlNode        *meta);
void           kel_loader_read_labels      (Loader         *l,
                                            xmlNode        *meta);

/* kel-akn-terms.c */
void           kel_loader_sort_spans       (Loader         *l);
gboolean       kel_loader_resolve_refs     (Loader         *l,
                                            GError        **error);
gboolean       kel_loader_build_terms      (Loader         *l,
                                            KelTermbase    *termbase,
                                            GError        **error);
gboolean       kel_loader_build_threats    (Loader         *l,
                                            KelTermbase    *termbase,
                                            GError        **error);

G_END_DECLS
