/* kel-lang-property.c — the "term-language" property every widget shares
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document view, the term popover and the sidebar's pages each have a
 * "term-language" property.  It holds the language's code, "kk", "ru" or
 * "zh", as the GSettings key "term-language" does, so that the window binds
 * every widget the same way (g_settings_bind, g_object_bind_property); the
 * widgets keep a #KelLang and C setters that take one.
 */
#include "config.h"

#include "kel-lang-property.h"

/**
 * kel_lang_property_new:
 *
 * Returns: (transfer floating): a new "term-language" string property,
 *   read-write, notified only on a change, "kk" by default; for
 *   g_object_class_install_properties() or
 *   g_object_interface_install_property()
 */
GParamSpec *
kel_lang_property_new (void)
{
  return g_param_spec_string ("term-language", NULL, NULL, "kk",
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

/**
 * kel_lang_property_get_value:
 * @value: a value of the "term-language" property: a language code
 *
 * Returns: the language @value names; Kazakh for an unknown code or
 *   %NULL (a hand-edited setting)
 */
KelLang
kel_lang_property_get_value (const GValue *value)
{
  KelLang lang = KEL_LANG_KK;

  if (!kel_lang_from_code (g_value_get_string (value), &lang))
    lang = KEL_LANG_KK;
  return lang;
}

/**
 * kel_lang_property_set_value:
 * @value: a string value, for a "term-language" property
 * @lang: a term language
 *
 * Sets @value to the code of @lang.
 */
void
kel_lang_property_set_value (GValue  *value,
                             KelLang  lang)
{
  g_value_set_string (value, kel_lang_to_code (lang));
}
