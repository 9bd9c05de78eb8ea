/* kel-model-private.h — what the model's files share: messages, error cleaning, particulars
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Error messages are interface text: translated in the application's
 * domain (GETTEXT_PACKAGE, from config.h), never in the term language. */
#include "config.h"
#include <glib/gi18n-lib.h>

#include "kel-document.h"

#include <libxml/tree.h>

G_BEGIN_DECLS

void       kel_error_clean              (GError         *error);

/* g_unichar_isspace (g_utf8_get_char (@p)) for valid UTF-8 at @p, without
 * decoding a character that cannot be a space: the ASCII spaces GLib
 * counts (space, tab, newline, return, form feed) are tested as bytes, and
 * every other space (the separators Zs, Zl and Zp: U+00A0, U+1680,
 * U+2000-U+205F, U+3000) starts with byte C2, E1, E2 or E3, so a letter
 * such as Cyrillic (D0, D1) or CJK (E4-E9) is answered by its first byte.
 * The loader asks this of every character of a document's text. */
static inline gboolean
kel_utf8_isspace (const char *p)
{
  guchar b = (guchar) *p;

  if (b < 0x80)
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3)
    return FALSE;
  return g_unichar_isspace (g_utf8_get_char (p));
}

void       kel_particulars_read         (KelDocument    *doc,
                                         xmlNode        *act);

G_END_DECLS
