/* kel-labels.c — a name in the three languages, each with its provenance
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-labels.h"

/**
 * kel_labels_init:
 * @self: labels to set up
 *
 * Sets up @self with no label in any language (%KEL_STATUS_MISSING).
 */
void
kel_labels_init (KelLabels *self)
{
  for (guint i = 0; i < KEL_N_LANGS; i++)
    {
      self->text[i] = NULL;
      self->status[i] = KEL_STATUS_MISSING;
    }
}

/**
 * kel_labels_clear:
 * @self: labels
 *
 * Frees the labels @self holds, not @self.
 */
void
kel_labels_clear (KelLabels *self)
{
  for (guint i = 0; i < KEL_N_LANGS; i++)
    g_clear_pointer (&self->text[i], g_free);
}

/**
 * kel_labels_new:
 *
 * Returns: (transfer full): labels with none set, for kel_labels_free()
 */
KelLabels *
kel_labels_new (void)
{
  KelLabels *self = g_new (KelLabels, 1);

  kel_labels_init (self);
  return self;
}

/**
 * kel_labels_free:
 * @self: (nullable): labels from kel_labels_new()
 */
void
kel_labels_free (KelLabels *self)
{
  if (self == NULL)
    return;
  kel_labels_clear (self);
  g_free (self);
}

/**
 * kel_labels_set:
 * @self: labels
 * @lang: a language
 * @text: (nullable): the label in @lang, copied
 * @status: its provenance; %KEL_STATUS_MISSING is kept when @text is %NULL
 */
void
kel_labels_set (KelLabels  *self,
                KelLang     lang,
                const char *text,
                KelStatus   status)
{
  g_return_if_fail (lang < KEL_N_LANGS);
  g_free (self->text[lang]);
  self->text[lang] = g_strdup (text);
  self->status[lang] = text ? status : KEL_STATUS_MISSING;
}

/**
 * kel_labels_get:
 * @self: labels
 * @lang: a language
 * @status: (out) (optional): the label's provenance, %KEL_STATUS_MISSING
 *   when there is none
 *
 * Returns: (nullable): the label in @lang
 */
const char *
kel_labels_get (const KelLabels *self,
                KelLang          lang,
                KelStatus       *status)
{
  g_return_val_if_fail (lang < KEL_N_LANGS, NULL);
  if (status)
    *status = self->text[lang] ? self->status[lang] : KEL_STATUS_MISSING;
  return self->text[lang];
}
