/* kel-labels.h — a name in the three languages, each with its provenance
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model-internal: what a term, a threat and a row of the label table keep.
 */
#pragma once

#include "kel-lang.h"

G_BEGIN_DECLS

typedef struct
{
  char      *text[KEL_N_LANGS];
  KelStatus  status[KEL_N_LANGS];
} KelLabels;

void        kel_labels_init  (KelLabels       *self);
void        kel_labels_clear (KelLabels       *self);
KelLabels  *kel_labels_new   (void);
void        kel_labels_free  (KelLabels       *self);
void        kel_labels_set   (KelLabels       *self,
                              KelLang          lang,
                              const char      *text,
                              KelStatus        status);
const char *kel_labels_get   (const KelLabels *self,
                              KelLang          lang,
                              KelStatus       *status);

G_END_DECLS
