/* kel-pango.h — the Pango pieces the screen and paper share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free (Pango and the model's KelLang only), so that typesetting for
 * paper and the command line can use it as the document view does.
 */
#pragma once

#include <pango/pango.h>

#include "kel-lang.h"
#include "kel-typesetting.h"

G_BEGIN_DECLS

/**
 * KelBlockLook:
 * @scale: the font size, in units of the body size
 * @above: space above, in units of the body size
 * @below: space below, in units of the body size
 * @left: left margin, in units of the body size
 * @indent: first-line indent, in units of the body size (negative: a
 *   hanging number)
 * @weight: the font weight
 * @style: the font style
 * @align: the alignment of the block's lines
 *
 * The measures of a block style (KelBlockStyle, kel-typesetting.h) on
 * screen or on paper: kel_block_look() gives them.
 */
typedef struct
{
  double          scale;
  double          above;
  double          below;
  double          left;
  double          indent;
  PangoWeight     weight;
  PangoStyle      style;
  PangoAlignment  align;
} KelBlockLook;

/**
 * KelMedium:
 * @KEL_MEDIUM_SCREEN: the document view
 * @KEL_MEDIUM_PAPER: the printed agreement and its PDF
 */
typedef enum
{
  KEL_MEDIUM_SCREEN,
  KEL_MEDIUM_PAPER,
  KEL_N_MEDIA
} KelMedium;

const KelBlockLook *kel_block_look     (KelBlockStyle style,
                                        KelMedium     medium);

PangoLanguage  *kel_pango_language       (KelLang lang);
PangoAttribute *kel_pango_language_attr  (KelLang lang);
PangoAttrList  *kel_pango_language_attrs (KelLang lang);

G_END_DECLS
