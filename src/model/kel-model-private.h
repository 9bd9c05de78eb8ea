/* kel-model-private.h — constructors used while a document is loaded
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Error messages are interface text: translated in the application's
 * domain (GETTEXT_PACKAGE, from config.h), never in the term language. */
#include "config.h"
#include <glib/gi18n-lib.h>

#include "kel-document.h"
#include "kel-term.h"
#include "kel-threat.h"

#include <libxml/tree.h>

G_BEGIN_DECLS

void       kel_error_clean              (GError         *error);

KelTerm   *kel_term_new                 (const char     *id,
                                         guint           order);
void       kel_term_set_label           (KelTerm        *self,
                                         KelLang         lang,
                                         const char     *label,
                                         KelStatus       status);
void       kel_term_set_definition      (KelTerm        *self,
                                         const char     *text,
                                         guint           start,
                                         guint           end,
                                         const KelNode  *node);
void       kel_term_set_variants        (KelTerm        *self,
                                         const char * const *variants);
void       kel_term_set_order           (KelTerm        *self,
                                         guint           order);
void       kel_term_add_occurrence      (KelTerm        *self,
                                         guint           span_index);
void       kel_term_bind_spans          (KelTerm        *self,
                                         const KelSpan  *spans);

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

void       kel_particulars_read         (KelDocument    *doc,
                                         xmlNode        *act);

G_END_DECLS
