/* kel-pango.c — the Pango pieces the screen and paper share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-pango.h"

#define BOLD     PANGO_WEIGHT_BOLD
#define SEMIBOLD PANGO_WEIGHT_SEMIBOLD
#define REGULAR  PANGO_WEIGHT_NORMAL
#define ROMAN    PANGO_STYLE_NORMAL
#define ITALIC   PANGO_STYLE_ITALIC
#define CENTER   PANGO_ALIGN_CENTER
#define LEFT     PANGO_ALIGN_LEFT
#define RIGHT    PANGO_ALIGN_RIGHT

/* Each style, on screen and on paper, in units of the body size: scale,
 * space above, space below, left margin, first-line indent (negative: a
 * hanging number); weight, style, alignment. */
static const KelBlockLook looks[KEL_N_BLOCK_STYLES][KEL_N_MEDIA] = {
  [KEL_BLOCK_STYLE_TITLE] =       { { 1.30, 0.8, 0.6,  0.0,  0.0, BOLD,     ROMAN,  CENTER },
                                    { 1.30, 0.0, 1.2,  0.0,  0.0, BOLD,     ROMAN,  CENTER } },
  [KEL_BLOCK_STYLE_LABEL] =       { { 0.88, 3.0, 0.6,  0.0,  0.0, REGULAR,  ITALIC, RIGHT },
                                    { 0.88, 0.0, 1.4,  0.0,  0.0, REGULAR,  ITALIC, RIGHT } },
  [KEL_BLOCK_STYLE_ANNEX_TITLE] = { { 1.12, 0.8, 0.9,  0.0,  0.0, BOLD,     ROMAN,  CENTER },
                                    { 1.12, 0.8, 1.0,  0.0,  0.0, BOLD,     ROMAN,  CENTER } },
  [KEL_BLOCK_STYLE_NUM] =         { { 1.10, 2.5, 0.1,  0.0,  0.0, BOLD,     ROMAN,  CENTER },
                                    { 1.06, 1.8, 0.1,  0.0,  0.0, BOLD,     ROMAN,  CENTER } },
  [KEL_BLOCK_STYLE_HEADING] =     { { 1.15, 0.1, 0.8,  0.0,  0.0, BOLD,     ROMAN,  CENTER },
                                    { 1.10, 0.1, 0.7,  0.0,  0.0, BOLD,     ROMAN,  CENTER } },
  [KEL_BLOCK_STYLE_SUBHEADING] =  { { 1.00, 1.2, 0.4,  0.0, -1.8, BOLD,     ROMAN,  LEFT },
                                    { 1.00, 1.0, 0.4,  0.0, -1.8, BOLD,     ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_PARA] =        { { 1.00, 0.0, 0.0,  0.0,  1.8, REGULAR,  ROMAN,  LEFT },
                                    { 1.00, 0.0, 0.0,  0.0,  1.8, REGULAR,  ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_PARA_HANG] =   { { 1.00, 0.0, 0.5,  0.0, -1.8, REGULAR,  ROMAN,  LEFT },
                                    { 1.00, 0.0, 0.4,  0.0, -1.8, REGULAR,  ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_POINT] =       { { 1.00, 0.0, 0.35, 1.8, -1.8, REGULAR,  ROMAN,  LEFT },
                                    { 1.00, 0.0, 0.25, 1.8, -1.8, REGULAR,  ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_POINT_PLAIN] = { { 1.00, 0.0, 0.35, 1.8,  0.0, REGULAR,  ROMAN,  LEFT },
                                    { 1.00, 0.0, 0.25, 1.8,  0.0, REGULAR,  ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_POINT_2] =     { { 1.00, 0.0, 0.35, 3.6, -1.8, REGULAR,  ROMAN,  LEFT },
                                    { 1.00, 0.0, 0.25, 3.6, -1.8, REGULAR,  ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_SIGNATURE] =   { { 1.00, 0.9, 0.0,  0.0,  0.0, SEMIBOLD, ROMAN,  LEFT },
                                    { 1.00, 1.4, 0.0,  0.0,  0.0, SEMIBOLD, ROMAN,  LEFT } },
  [KEL_BLOCK_STYLE_NOTE] =        { { 0.85, 2.5, 0.5,  0.0,  0.0, REGULAR,  ITALIC, LEFT },
                                    { 0.85, 2.0, 0.4,  0.0,  0.0, REGULAR,  ITALIC, LEFT } },
};

/**
 * kel_block_look:
 * @style: a block style
 * @medium: screen or paper
 *
 * Returns: (transfer none): how @style is set on @medium
 */
const KelBlockLook *
kel_block_look (KelBlockStyle style,
                KelMedium     medium)
{
  g_return_val_if_fail (style < KEL_N_BLOCK_STYLES, &looks[KEL_BLOCK_STYLE_PARA][0]);
  g_return_val_if_fail (medium < KEL_N_MEDIA, &looks[style][0]);
  return &looks[style][medium];
}

/**
 * kel_pango_language:
 * @lang: a term language
 *
 * Returns: (transfer none): the Pango language of @lang, which makes
 *   fontconfig pick its glyphs (simplified Chinese ones for Chinese)
 */
PangoLanguage *
kel_pango_language (KelLang lang)
{
  return pango_language_from_string (kel_lang_to_pango (lang));
}

/**
 * kel_pango_language_attr:
 * @lang: a term language
 *
 * Returns: (transfer full): an attribute that marks text as being in @lang,
 *   over the whole text until its indices are set
 */
PangoAttribute *
kel_pango_language_attr (KelLang lang)
{
  return pango_attr_language_new (kel_pango_language (lang));
}

/**
 * kel_pango_language_attrs:
 * @lang: a term language
 *
 * Returns: (transfer full): a new list that marks all of a text as being in
 *   @lang, for a GtkLabel or a PangoLayout; more attributes may be added
 */
PangoAttrList *
kel_pango_language_attrs (KelLang lang)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, kel_pango_language_attr (lang));
  return attrs;
}
