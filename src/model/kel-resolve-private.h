/* kel-resolve-private.h — what kel-resolve.c and kel-resolve-parse.c share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-resolve.h"

G_BEGIN_DECLS

/* The parts a citation names; 0 or FALSE for a part it does not name. */
typedef struct
{
  guint    article, paragraph, point, annex, signature;
  gboolean preamble, title, signatures, source, signs;
  gboolean paragraph_guessed;  /* the second of "3.5": a paragraph or an item */
  const char *words_start;     /* unknown words: perhaps a term in an annex */
  const char *words_end;
} KelCitationParts;

gboolean kel_citation_parts_parse     (const char       *text,
                                       KelCitationParts *cite);
gboolean kel_citation_parts_has_digit (const char       *text);

G_END_DECLS
