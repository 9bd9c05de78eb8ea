/* kel-notes.h — a reader's bookmarks, highlights and notes on one edition
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An annotation is anchored the way the W3C Web Annotation model's
 * TextQuoteSelector anchors a quote: the eId of the element that holds it,
 * the exact text, and up to 32 characters of the text before and after.
 * Against an edition (the one it was made on, or a corrected one) it is
 * placed again each time the notes are opened:
 *
 *  1. the exact text inside the element of its eId (the occurrence whose
 *     context agrees best);
 *  2. else the closest approximate match of the text inside that element
 *     (a word corrected in it);
 *  3. else the exact, then the approximate text anywhere in the document
 *     (the element renumbered or moved);
 *  4. else it cannot be placed: it is kept, listed last and marked.
 *
 * The approximate search is bounded, for one quote and for all the notes
 * placed at once (opening, importing): past the bound only exact matches
 * are looked for, so a file of many quotes found nowhere still opens at
 * once, its notes kept and marked.
 *
 * The notes of an edition are one JSON-LD file (a W3C Web Annotation
 * AnnotationCollection), named after the edition's FRBR expression URI,
 * under $XDG_DATA_HOME/kelisim/notes/.  Every change is written at once,
 * to a new file renamed over the old, so a crash leaves the old or the new
 * state, never half of one.  A file that cannot be read is kept aside
 * under another name and the problem is told (kel_notes_get_problem()).
 *
 * KelNotes is a GListModel of KelAnnotation in reading order: the placed
 * ones by their place in the text, then those that cannot be placed.
 * Another process (a second window of the app) writing the same file is
 * seen through a GFileMonitor: the notes are read again and the list
 * changes.
 */
#pragma once

#include <gio/gio.h>

#include "kel-document.h"

G_BEGIN_DECLS

typedef enum
{
  KEL_ANNOTATION_BOOKMARK,
  KEL_ANNOTATION_HIGHLIGHT,
  KEL_ANNOTATION_NOTE,
} KelAnnotationKind;

/**
 * KelPlacement:
 * @KEL_PLACEMENT_EXACT: the quote, unchanged, in its element
 * @KEL_PLACEMENT_CHANGED: in its element, but its words have changed
 * @KEL_PLACEMENT_MOVED: found outside its element (renumbered or moved)
 * @KEL_PLACEMENT_NONE: cannot be placed in this edition
 */
typedef enum
{
  KEL_PLACEMENT_EXACT,
  KEL_PLACEMENT_CHANGED,
  KEL_PLACEMENT_MOVED,
  KEL_PLACEMENT_NONE,
} KelPlacement;

/* The context kept on each side of the quote, in characters */
#define KEL_ANCHOR_CONTEXT 32

#define KEL_TYPE_ANNOTATION (kel_annotation_get_type ())
G_DECLARE_FINAL_TYPE (KelAnnotation, kel_annotation, KEL, ANNOTATION, GObject)

#define KEL_TYPE_NOTES (kel_notes_get_type ())
G_DECLARE_FINAL_TYPE (KelNotes, kel_notes, KEL, NOTES, GObject)

const char         *kel_annotation_kind_to_label  (KelAnnotationKind kind);
const char         *kel_annotation_get_id         (KelAnnotation *self);
KelAnnotationKind   kel_annotation_get_kind       (KelAnnotation *self);
const char         *kel_annotation_get_colour     (KelAnnotation *self);
const char         *kel_annotation_get_text       (KelAnnotation *self);
gint64              kel_annotation_get_created    (KelAnnotation *self);
gint64              kel_annotation_get_modified   (KelAnnotation *self);
const char         *kel_annotation_get_eid        (KelAnnotation *self);
const char         *kel_annotation_get_exact      (KelAnnotation *self);
const char         *kel_annotation_get_prefix     (KelAnnotation *self);
const char         *kel_annotation_get_suffix     (KelAnnotation *self);
KelPlacement        kel_annotation_get_placement  (KelAnnotation *self);
gboolean            kel_annotation_get_range      (KelAnnotation *self,
                                                   guint         *start,
                                                   guint         *end);

const char * const *kel_annotation_colours        (void);
gboolean            kel_annotation_colour_is_valid (const char   *colour);

KelNotes           *kel_notes_new                 (KelDocument   *document,
                                                   const char    *directory);
KelDocument        *kel_notes_get_document        (KelNotes      *self);
GFile              *kel_notes_get_file            (KelNotes      *self);
const char         *kel_notes_get_problem         (KelNotes      *self);
KelAnnotation      *kel_notes_add                 (KelNotes      *self,
                                                   KelAnnotationKind kind,
                                                   const char    *colour,
                                                   guint          start,
                                                   guint          end,
                                                   const char    *text,
                                                   GError       **error);
gboolean            kel_notes_update              (KelNotes      *self,
                                                   KelAnnotation *annotation,
                                                   const char    *colour,
                                                   const char    *text,
                                                   GError       **error);
gboolean            kel_notes_remove              (KelNotes      *self,
                                                   KelAnnotation *annotation,
                                                   GError       **error);
gboolean            kel_notes_restore             (KelNotes      *self,
                                                   KelAnnotation *annotation,
                                                   GError       **error);
KelAnnotation      *kel_notes_lookup              (KelNotes      *self,
                                                   const char    *id);
gboolean            kel_notes_reload              (KelNotes      *self);
void                kel_notes_watch               (KelNotes      *self);

char               *kel_notes_to_markdown         (KelNotes      *self,
                                                   KelLang        style);
char               *kel_notes_to_jsonld           (KelNotes      *self);
int                 kel_notes_import_jsonld       (KelNotes      *self,
                                                   const char    *json,
                                                   gssize         length,
                                                   GError       **error);

char               *kel_notes_file_name           (const char    *expression);

G_END_DECLS
