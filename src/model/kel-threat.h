/* kel-threat.h — a threat type of Annex 2: heading, source, signs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_THREAT (kel_threat_get_type ())
G_DECLARE_FINAL_TYPE (KelThreat, kel_threat, KEL, THREAT, GObject)

const char     *kel_threat_get_id            (KelThreat   *self);
guint           kel_threat_get_number        (KelThreat   *self);
const char     *kel_threat_get_label         (KelThreat   *self,
                                              KelLang      lang);
KelStatus       kel_threat_get_status        (KelThreat   *self,
                                              KelLang      lang);
const char     *kel_threat_get_article_wording (KelThreat *self);
const KelNode  *kel_threat_get_node          (KelThreat   *self);
const KelNode  *kel_threat_get_heading_node  (KelThreat   *self);
const KelNode  *kel_threat_get_source_node   (KelThreat   *self);
const KelNode  *kel_threat_get_signs_node    (KelThreat   *self);
const KelNode  *kel_threat_get_article_point (KelThreat   *self);

G_END_DECLS
