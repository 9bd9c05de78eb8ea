/* kel-notes-private.h — what kel-notes.c, kel-notes-file.c, kel-annotation.c,
 * kel-notes-jsonld.c and kel-notes-markdown.c share, and nothing else sees
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* messages are interface text, in the application's domain */
#include "config.h"
#include <glib/gi18n-lib.h>

#include "kel-notes.h"

G_BEGIN_DECLS

struct _KelAnnotation
{
  GObject            parent_instance;

  char              *id;
  KelAnnotationKind  kind;
  char              *colour;
  char              *text;
  gint64             created;    /* µs since the epoch, UTC */
  gint64             modified;
  char              *eid;
  char              *exact;
  char              *prefix;
  char              *suffix;

  /* where it is in the current edition; not stored */
  KelPlacement       placement;
  guint              start;
  guint              end;
};

struct _KelNotes
{
  GObject       parent_instance;

  KelDocument  *document;
  GFile        *file;
  GPtrArray    *items;       /* KelAnnotation, in reading order */
  char         *problem;
  gunichar     *chars;       /* the reading text, for placing */
  glong         n_chars;
  GBytes       *on_disk;     /* what was last read or written */
  GFileMonitor *monitor;
  guint         check_id;
};

/* Approximate matching costs text length × quote length steps (about
 * half a nanosecond each, optimised, on the project's machine): a search
 * that would take more than KEL_NOTES_FUZZY_PER_QUOTE, or more than what
 * is left of KEL_NOTES_FUZZY_PER_BATCH for one placing of many notes
 * (opening, importing), is not made.  Without the second bound a file of
 * long quotes found nowhere held the window up to 80 M steps per note
 * (the element, then the whole text): 40 such notes, 0.8 s; 1000, some
 * 20 s.  With it, a placing spends at most some 0.2 s on them. */
#define KEL_NOTES_FUZZY_PER_QUOTE (40 * 1000 * 1000)
#define KEL_NOTES_FUZZY_PER_BATCH (200 * 1000 * 1000)

/* The reading text as characters, to place anchors in, and what is left
 * of one batch's approximate-matching steps */
typedef struct
{
  const gunichar *chars;
  glong           n;
  double          fuzzy_left;
} KelNotesText;

char       *kel_annotation_new_id  (void);
void        kel_annotation_place   (KelAnnotation      *annotation,
                                    KelDocument        *document,
                                    KelNotesText       *text);
void        kel_notes_set_str      (char              **field,
                                    const char         *value);

char       *kel_notes_iso_time     (gint64              us);
char       *kel_notes_jsonld_build (GPtrArray          *items,
                                    const char         *expression,
                                    const char         *label);
GPtrArray  *kel_notes_jsonld_parse (const char         *json,
                                    gssize              length,
                                    const char         *name,
                                    guint              *skipped,
                                    GError            **error);

/* kel-notes-json.c: a JSON text as a tree, read once */
typedef struct _KelJson KelJson;
typedef struct _KelJsonNode KelJsonNode;

typedef enum
{
  KEL_JSON_OTHER,     /* a number, true, false or null */
  KEL_JSON_STRING,
  KEL_JSON_ARRAY,
  KEL_JSON_OBJECT,
} KelJsonType;

struct _KelJsonNode
{
  KelJsonType  type;
  guint        n_children;
  const char  *key;        /* its name, when a member of an object */
  const char  *string;     /* a string's value: valid UTF-8 if the text was */
  KelJsonNode *first;      /* an array's elements, an object's members */
  KelJsonNode *next;
};

KelJson           *kel_json_parse    (const char         *text,
                                      gsize               length,
                                      int                 max_depth,
                                      char              **error);
void               kel_json_free     (KelJson            *json);
const KelJsonNode *kel_json_get_root (KelJson            *json);
const KelJsonNode *kel_json_member   (const KelJsonNode  *object,
                                      const char         *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KelJson, kel_json_free)

/* kel-notes.c */
void        kel_notes_place_all    (KelNotes           *self,
                                    GPtrArray          *items);
void        kel_notes_changed      (KelNotes           *self,
                                    guint               old_n);

/* kel-notes-file.c */
void        kel_notes_load         (KelNotes           *self);
gboolean    kel_notes_save         (KelNotes           *self,
                                    GError            **error);
void        kel_notes_catch_up     (KelNotes           *self);

G_END_DECLS
