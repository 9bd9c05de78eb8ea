/* kel-threat.c — a threat type of Annex 2
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-threat.h"

#include "kel-labels.h"
#include "kel-threat-private.h"

struct _KelThreat
{
  GObject        parent_instance;

  char          *id;
  guint          number;
  KelLabels      labels;
  char          *article_wording;
  const KelNode *node;
  const KelNode *heading;
  const KelNode *source;
  const KelNode *signs;
  const KelNode *article_point;
};

G_DEFINE_FINAL_TYPE (KelThreat, kel_threat, G_TYPE_OBJECT)

static void
kel_threat_finalize (GObject *object)
{
  KelThreat *self = KEL_THREAT (object);

  g_free (self->id);
  kel_labels_clear (&self->labels);
  g_free (self->article_wording);

  G_OBJECT_CLASS (kel_threat_parent_class)->finalize (object);
}

static void
kel_threat_class_init (KelThreatClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kel_threat_finalize;
}

static void
kel_threat_init (KelThreat *self)
{
  kel_labels_init (&self->labels);
}

KelThreat *
kel_threat_new (const char    *id,
                guint          number,
                const KelNode *node)
{
  KelThreat *self = g_object_new (KEL_TYPE_THREAT, NULL);

  self->id = g_strdup (id);
  self->number = number;
  self->node = node;
  return self;
}

void
kel_threat_set_label (KelThreat  *self,
                      KelLang     lang,
                      const char *label,
                      KelStatus   status)
{
  kel_labels_set (&self->labels, lang, label, status);
}

void
kel_threat_set_parts (KelThreat     *self,
                      const KelNode *heading,
                      const KelNode *source,
                      const KelNode *signs)
{
  self->heading = heading;
  self->source = source;
  self->signs = signs;
}

void
kel_threat_set_article_point (KelThreat     *self,
                              const KelNode *point,
                              const char    *wording)
{
  self->article_point = point;
  g_free (self->article_wording);
  self->article_wording = g_strdup (wording);
}

/**
 * kel_threat_get_id:
 * @self: a threat
 *
 * Returns: its id, the TLC concept eId its hcontainer refers to
 */
const char *
kel_threat_get_id (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->id;
}

/**
 * kel_threat_get_number:
 * @self: a threat
 *
 * Returns: its number in Annex 2
 */
guint
kel_threat_get_number (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), 0);
  return self->number;
}

/**
 * kel_threat_get_label:
 * Returns: (nullable): the threat's name in @lang; in Kazakh, as the
 *   heading in Annex 2 words it
 */
const char *
kel_threat_get_label (KelThreat *self,
                      KelLang    lang)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return kel_labels_get (&self->labels, lang, NULL);
}

/**
 * kel_threat_get_status:
 * @self: a threat
 * @lang: a language
 *
 * Returns: the provenance of its name in @lang
 */
KelStatus
kel_threat_get_status (KelThreat *self,
                       KelLang    lang)
{
  KelStatus status = KEL_STATUS_MISSING;

  g_return_val_if_fail (KEL_IS_THREAT (self), KEL_STATUS_MISSING);
  kel_labels_get (&self->labels, lang, &status);
  return status;
}

/**
 * kel_threat_get_article_wording:
 * Returns: (nullable): the threat as the list item of the article that
 *   names it (Article 2) words it, without its number
 */
const char *
kel_threat_get_article_wording (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->article_wording;
}

/**
 * kel_threat_get_node:
 * @self: a threat
 *
 * Returns: (transfer none): its hcontainer in Annex 2
 */
const KelNode *
kel_threat_get_node (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->node;
}

/**
 * kel_threat_get_heading_node:
 * @self: a threat
 *
 * Returns: (transfer none) (nullable): its heading
 */
const KelNode *
kel_threat_get_heading_node (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->heading;
}

/**
 * kel_threat_get_source_node:
 * @self: a threat
 *
 * Returns: (transfer none) (nullable): the part that names its source
 */
const KelNode *
kel_threat_get_source_node (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->source;
}

/**
 * kel_threat_get_signs_node:
 * @self: a threat
 *
 * Returns: (transfer none) (nullable): the part that lists its signs
 */
const KelNode *
kel_threat_get_signs_node (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->signs;
}

/**
 * kel_threat_get_article_point:
 * Returns: (nullable): the list item of Article 2 that names this threat
 */
const KelNode *
kel_threat_get_article_point (KelThreat *self)
{
  g_return_val_if_fail (KEL_IS_THREAT (self), NULL);
  return self->article_point;
}
