/* kel-error.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-error.h"
#include "kel-model-private.h"

#include <string.h>

/**
 * kel_error_quark:
 *
 * Returns: the domain of #KelError
 */
G_DEFINE_QUARK (kel-error-quark, kel_error)

/* Makes @error's message one readable line: libxml2's messages quote the
 * input, cut anywhere (inside a UTF-8 sequence, after a line break), and
 * the model's quote eIds and ids, which character references can fill
 * with line breaks and control characters.  Invalid UTF-8 becomes U+FFFD,
 * line breaks and control characters become spaces, and invisible
 * formatting characters (bidi overrides among them) are dropped. */
void
kel_error_clean (GError *error)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (error == NULL || error->message == NULL)
    return;
  valid = g_utf8_make_valid (error->message, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR
          || type == G_UNICODE_PARAGRAPH_SEPARATOR)
        g_string_append_c (out, ' ');
      else if (type != G_UNICODE_FORMAT)
        g_string_append_unichar (out, c);
    }
  g_free (error->message);
  error->message = g_string_free (out, FALSE);
}
