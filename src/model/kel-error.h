/* kel-error.h — the error domain of the Kelisim model
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KEL_ERROR (kel_error_quark ())

/**
 * KelError:
 * @KEL_ERROR_IO: the file could not be read
 * @KEL_ERROR_TOO_LARGE: the file is larger than Kelisim accepts
 * @KEL_ERROR_ENCODING: the file is not UTF-8
 * @KEL_ERROR_NOT_XML: the file is not well-formed XML
 * @KEL_ERROR_FORBIDDEN: the file uses a DTD, entities or other XML features
 *   that Kelisim refuses for safety
 * @KEL_ERROR_NOT_AKN: the file is XML but not an Akoma Ntoso act
 * @KEL_ERROR_NOT_TBX: the file is XML but not a TBX termbase
 * @KEL_ERROR_INVALID: the document breaks the profile (duplicate eIds,
 *   unresolved references, a termbase that does not match the text)
 * @KEL_ERROR_NOT_FOUND: an eId, term or query names nothing
 */
typedef enum
{
  KEL_ERROR_IO,
  KEL_ERROR_TOO_LARGE,
  KEL_ERROR_ENCODING,
  KEL_ERROR_NOT_XML,
  KEL_ERROR_FORBIDDEN,
  KEL_ERROR_NOT_AKN,
  KEL_ERROR_NOT_TBX,
  KEL_ERROR_INVALID,
  KEL_ERROR_NOT_FOUND,
} KelError;

GQuark kel_error_quark (void);

G_END_DECLS
