/* kel-termbase.h — a TBX-Basic termbase
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kel-lang.h"

G_BEGIN_DECLS

/**
 * KelTermbaseEntry:
 * @id: the conceptEntry id
 * @is_threat: %TRUE for a threat type (customerSubset "threatType")
 * @labels: the preferred term in each #KelLang, or %NULL
 * @status: the provenance of each label
 * @definition: (nullable): the Kazakh definition
 * @variants: (nullable): further Kazakh wordings (admitted terms)
 * @line: the line of the conceptEntry, for messages
 */
typedef struct
{
  char      *id;
  gboolean   is_threat;
  char      *labels[KEL_N_LANGS];
  KelStatus  status[KEL_N_LANGS];
  char      *definition;
  GStrv      variants;
  int        line;
  char      *languages;    /* the xml:lang of each langSec, ", "-separated */
  char      *other_term;   /* the first term in a language not kk/ru/zh */
} KelTermbaseEntry;

typedef struct _KelTermbase KelTermbase;

KelTermbase            *kel_termbase_new_from_bytes (GBytes       *bytes,
                                                     const char   *name,
                                                     GError      **error);
const char             *kel_termbase_get_name       (KelTermbase  *self);
guint                   kel_termbase_get_n_entries  (KelTermbase  *self);
const KelTermbaseEntry *kel_termbase_get_entry      (KelTermbase  *self,
                                                     guint         index);
const KelTermbaseEntry *kel_termbase_lookup         (KelTermbase  *self,
                                                     const char   *id);
void                    kel_termbase_free           (KelTermbase  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KelTermbase, kel_termbase_free)

G_END_DECLS
