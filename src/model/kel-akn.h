/* kel-akn.h — what Kelisim knows about Akoma Ntoso vocabularies (private
 * to the model)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

#define KEL_AKN_NS   "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define KEL_AKN20_NS "http://www.akomantoso.org/2.0"

typedef enum
{
  KEL_AKN_30,            /* the OASIS standard */
  KEL_AKN_30_DRAFT,      /* a pre-standard OASIS draft: …/akn/3.0/WD17, …/CSD02 */
  KEL_AKN_20,            /* Akoma Ntoso 2.0: `id` where 3.0 has `eId` */
} KelAknVersion;

gboolean     kel_akn_normalise_namespaces (xmlDoc        *doc,
                                           KelAknVersion *version,
                                           char         **found);
gboolean     kel_akn_is_document_type     (const char    *element);
gboolean     kel_akn_is_citable           (const char    *element);
gboolean     kel_akn_is_known             (const char    *element);
const char  *kel_akn_eid_prefix           (const char    *element);

G_END_DECLS
