/* kel-typesetting.h — which role each block plays, on screen and on paper
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

/**
 * KelBlockStyle:
 *
 * The typographic role of a block.  The document view and the printed
 * agreement give each role their own measures (kel_block_look(),
 * kel-pango.c), but they agree on which block plays which role.
 */
typedef enum
{
  KEL_BLOCK_STYLE_TITLE,        /* the act's title, centred */
  KEL_BLOCK_STYLE_LABEL,        /* an annex label, right, small italic */
  KEL_BLOCK_STYLE_ANNEX_TITLE,  /* an annex's title, centred */
  KEL_BLOCK_STYLE_NUM,          /* "1-бап", centred */
  KEL_BLOCK_STYLE_HEADING,      /* an article heading, centred */
  KEL_BLOCK_STYLE_SUBHEADING,   /* a numbered heading (a threat), hanging number */
  KEL_BLOCK_STYLE_PARA,         /* a paragraph, first-line indent */
  KEL_BLOCK_STYLE_PARA_HANG,    /* a numbered paragraph, hanging number */
  KEL_BLOCK_STYLE_POINT,        /* a numbered list item, hanging number */
  KEL_BLOCK_STYLE_POINT_PLAIN,  /* an unnumbered list item */
  KEL_BLOCK_STYLE_POINT_2,      /* an item of a nested list */
  KEL_BLOCK_STYLE_SIGNATURE,    /* a signature block */
  KEL_BLOCK_STYLE_NOTE,         /* the publisher's line, small italic */
  KEL_N_BLOCK_STYLES
} KelBlockStyle;

KelBlockStyle kel_block_style_for (KelDocument    *document,
                                   const KelBlock *block);
guint         kel_gloss_offset    (KelDocument    *document,
                                   const KelSpan  *term);

G_END_DECLS
