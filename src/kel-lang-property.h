/* kel-lang-property.h — the "term-language" property every widget shares
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kel-lang.h"

G_BEGIN_DECLS

GParamSpec *kel_lang_property_new        (void);
KelLang     kel_lang_property_get_value  (const GValue *value);
void        kel_lang_property_set_value  (GValue       *value,
                                          KelLang       lang);

G_END_DECLS
