/* kel-xml-arena.h — libxml2's trees in arenas that are dropped whole (private to the model)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KelXmlArena KelXmlArena;

void         kel_xml_arena_init    (void);
KelXmlArena *kel_xml_arena_open    (void);
gboolean     kel_xml_arena_spilled (KelXmlArena *arena);
void         kel_xml_arena_close   (KelXmlArena *arena);

G_END_DECLS
