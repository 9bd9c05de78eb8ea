/* kel-xml.h — parsing untrusted XML safely (private to the model)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

#define KEL_XML_MAX_BYTES (64 * 1024 * 1024)
/* A 64 MB edition of ordinary markup has some 650,000 elements. */
#define KEL_XML_MAX_ELEMENTS 1000000
/* elements nested deeper than this are refused (Akoma Ntoso needs ~30) */
#define KEL_XML_MAX_DEPTH 200

xmlDoc   *kel_xml_parse        (GBytes       *bytes,
                                const char   *name,
                                GError      **error);
gboolean  kel_xml_is           (xmlNode      *node,
                                const char   *ns,
                                const char   *name);
char     *kel_xml_get_attr     (xmlNode      *node,
                                const char   *name);
xmlNode  *kel_xml_first_child  (xmlNode      *node);
xmlNode  *kel_xml_next         (xmlNode      *node);
int       kel_xml_line         (xmlNode      *node);
char     *kel_xml_get_text     (xmlNode      *node);
char     *kel_xml_collapse_space (const char   *raw);
void      kel_xml_free_doc     (xmlDoc       *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, kel_xml_free_doc)

G_END_DECLS
