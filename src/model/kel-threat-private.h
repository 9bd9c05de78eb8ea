/* kel-threat-private.h — how the loader builds a KelThreat (kel-akn-*.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-threat.h"

G_BEGIN_DECLS

KelThreat *kel_threat_new               (const char     *id,
                                         guint           number,
                                         const KelNode  *node);
void       kel_threat_set_label         (KelThreat      *self,
                                         KelLang         lang,
                                         const char     *label,
                                         KelStatus       status);
void       kel_threat_set_parts         (KelThreat      *self,
                                         const KelNode  *heading,
                                         const KelNode  *source,
                                         const KelNode  *signs);
void       kel_threat_set_article_point (KelThreat      *self,
                                         const KelNode  *point,
                                         const char     *wording);

G_END_DECLS
