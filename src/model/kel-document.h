/* kel-document.h — an Akoma Ntoso edition and its termbase, loaded
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KelDocument is immutable once loaded.  It holds:
 *
 *  - the reading text: every block of the act (title, heading, recital,
 *    paragraph, point, signature, definition entry, annex paragraph) in
 *    reading order, one block per line, joined by "\n";
 *  - the blocks, each with its kind and the node it belongs to;
 *  - the nodes: every element of the act that has an eId, as a tree;
 *  - the spans: term occurrences, cross-references, numbers, line breaks,
 *    in text order;
 *  - the terms and the threats, as #GListModels of #KelTerm and #KelThreat.
 *
 * All offsets are in characters (Unicode code points) of the reading text,
 * as GtkTextBuffer counts them; end offsets are exclusive.
 */
#pragma once

#include <gio/gio.h>

#include "kel-lang.h"

G_BEGIN_DECLS

typedef struct _KelTerm   KelTerm;
typedef struct _KelThreat KelThreat;

typedef enum
{
  KEL_NODE_OTHER,
  KEL_NODE_TITLE,        /* the act's long title */
  KEL_NODE_PREAMBLE,
  KEL_NODE_RECITAL,      /* a recital or the recitals' intro */
  KEL_NODE_FORMULA,
  KEL_NODE_ARTICLE,
  KEL_NODE_PARAGRAPH,
  KEL_NODE_LIST,
  KEL_NODE_POINT,
  KEL_NODE_CONCLUSIONS,
  KEL_NODE_SIGNATURE,
  KEL_NODE_ANNEX,        /* an attachment */
  KEL_NODE_DEFINITION,   /* an Annex 1 entry: hcontainer name="definition" */
  KEL_NODE_THREAT,       /* hcontainer name="threat" */
  KEL_NODE_THREAT_SOURCE,
  KEL_NODE_THREAT_SIGNS,
  KEL_NODE_COMPONENT,    /* material after the annexes */
  KEL_NODE_HEADING,      /* a heading element with its own eId */
} KelNodeKind;

typedef struct _KelNode KelNode;

/**
 * KelNode:
 * @kind: what the element is
 * @element: the AKN element name
 * @eid: the eId
 * @num: the text of its `num`, or %NULL
 * @heading: the text of its `heading`, or %NULL
 * @refers_to: the first id of its `refersTo`, without '#', or %NULL
 * @parent: (nullable): the nearest ancestor with an eId
 * @index: its position in document order
 * @ordinal: 1-based position among the parent's children of the same kind
 * @start: first character of its text
 * @end: end of its text (exclusive)
 * @first_block: index of its first block
 * @n_blocks: number of blocks it covers
 * @depth: number of ancestors with an eId
 */
struct _KelNode
{
  KelNodeKind    kind;
  const char    *element;
  const char    *eid;
  const char    *num;
  const char    *heading;
  const char    *refers_to;
  const KelNode *parent;
  guint          index;
  guint          ordinal;
  guint          start;
  guint          end;
  guint          first_block;
  guint          n_blocks;
  guint          depth;
};

typedef enum
{
  KEL_BLOCK_TITLE,        /* the act's long title */
  KEL_BLOCK_LABEL,        /* an annex label: "... келісімге 1-ҚОСЫМША" */
  KEL_BLOCK_ANNEX_TITLE,  /* an annex's long title */
  KEL_BLOCK_NUM,          /* an article number: "1-бап" */
  KEL_BLOCK_HEADING,      /* an article or threat heading */
  KEL_BLOCK_PARAGRAPH,    /* recital, paragraph, definition entry, annex paragraph */
  KEL_BLOCK_POINT,        /* a list item, starting with its num if any */
  KEL_BLOCK_SIGNATURE,    /* a signature block */
} KelBlockKind;

/**
 * KelBlock:
 * @kind: the kind of block
 * @klass: (nullable): the AKN class of the block or its container
 * @node: the innermost node with an eId that holds the block
 * @start: first character
 * @end: end (exclusive; the "\n" after it is not part of it)
 * @level: list nesting, 0 outside lists
 * @first_span: index of the first span at or after @start
 */
typedef struct
{
  KelBlockKind   kind;
  const char    *klass;
  const KelNode *node;
  guint          start;
  guint          end;
  guint          level;
  guint          first_span;
} KelBlock;

typedef enum
{
  KEL_SPAN_TERM,        /* a term occurrence or a definition's headword */
  KEL_SPAN_REF,         /* a cross-reference; @target is an eId */
  KEL_SPAN_NUM,         /* the number in front of a paragraph or point */
  KEL_SPAN_LINE_BREAK,  /* an <eol/>: one space in the text */
  KEL_SPAN_SIC,         /* a spelling of the original kept as published */
} KelSpanKind;

/**
 * KelSpan:
 * @kind: the kind of span
 * @start: first character
 * @end: end (exclusive)
 * @block: index of its block
 * @target: (nullable): for a term the term id, for a reference the eId
 * @term: (nullable): for a term occurrence, the term
 * @is_definition: for a term, %TRUE when this is the headword in Annex 1
 * @occurrence: for a term, its 0-based position in the term's occurrences
 */
typedef struct
{
  KelSpanKind  kind;
  guint        start;
  guint        end;
  guint        block;
  const char  *target;
  KelTerm     *term;
  gboolean     is_definition;
  guint        occurrence;
} KelSpan;

#define KEL_TYPE_DOCUMENT (kel_document_get_type ())
G_DECLARE_FINAL_TYPE (KelDocument, kel_document, KEL, DOCUMENT, GObject)

/* Inputs larger than this are refused before they are read. */
#define KEL_DOCUMENT_MAX_BYTES (64 * 1024 * 1024)

KelDocument     *kel_document_new_bundled        (GError      **error);
KelDocument     *kel_document_new_from_files     (GFile        *edition,
                                                  GFile        *termbase,
                                                  GError      **error);
KelDocument     *kel_document_new_from_bytes     (GBytes       *edition,
                                                  const char   *edition_name,
                                                  GBytes       *termbase,
                                                  const char   *termbase_name,
                                                  GError      **error);

const char      *kel_document_get_name           (KelDocument  *self);
const char      *kel_document_get_title          (KelDocument  *self);
const char      *kel_document_get_short_title    (KelDocument  *self);
const char      *kel_document_get_language       (KelDocument  *self);
gboolean         kel_document_is_kazakh          (KelDocument  *self);
const char      *kel_document_get_text           (KelDocument  *self,
                                                  gsize        *n_bytes);
guint            kel_document_get_n_chars        (KelDocument  *self);
char            *kel_document_get_range          (KelDocument  *self,
                                                  guint         start,
                                                  guint         end);
const char      *kel_document_get_text_at        (KelDocument  *self,
                                                  guint         offset);

guint            kel_document_get_n_blocks       (KelDocument  *self);
const KelBlock  *kel_document_get_block          (KelDocument  *self,
                                                  guint         index);
const KelBlock  *kel_document_get_block_at       (KelDocument  *self,
                                                  guint         offset);
char            *kel_document_get_block_text     (KelDocument  *self,
                                                  const KelBlock *block);

guint            kel_document_get_n_spans        (KelDocument  *self);
const KelSpan   *kel_document_get_span           (KelDocument  *self,
                                                  guint         index);
const KelSpan   *kel_document_get_span_at        (KelDocument  *self,
                                                  guint         offset,
                                                  KelSpanKind   kind);
guint            kel_document_find_first_span    (KelDocument  *self,
                                                  guint         offset);

guint            kel_document_get_n_nodes        (KelDocument  *self);
const KelNode   *kel_document_get_node           (KelDocument  *self,
                                                  guint         index);
const KelNode   *kel_document_lookup_node        (KelDocument  *self,
                                                  const char   *eid);
const KelNode   *kel_document_get_node_at        (KelDocument  *self,
                                                  guint         offset);
const KelNode   *kel_document_get_section        (KelDocument  *self,
                                                  const KelNode *node);
char            *kel_document_get_node_text      (KelDocument  *self,
                                                  const KelNode *node);
guint            kel_node_get_number             (const KelNode *node);
char            *kel_document_get_location       (KelDocument  *self,
                                                  const KelNode *node,
                                                  KelLang       lang);
const char      *kel_document_get_node_label     (KelDocument  *self,
                                                  const KelNode *node,
                                                  KelLang       lang,
                                                  KelStatus    *status);
const char      *kel_document_get_label          (KelDocument  *self,
                                                  const char   *eid,
                                                  KelLang       lang,
                                                  KelStatus    *status);

GListModel      *kel_document_get_terms          (KelDocument  *self);
KelTerm         *kel_document_lookup_term        (KelDocument  *self,
                                                  const char   *id);
KelTerm         *kel_document_find_term          (KelDocument  *self,
                                                  const char   *text);
GListModel      *kel_document_get_threats        (KelDocument  *self);
KelThreat       *kel_document_lookup_threat      (KelDocument  *self,
                                                  const char   *id);
KelThreat       *kel_document_get_threat_for_node (KelDocument *self,
                                                  const KelNode *node);
gsize            kel_document_get_memory_size    (KelDocument  *self);
const char * const *kel_document_get_notices     (KelDocument  *self);

G_END_DECLS
