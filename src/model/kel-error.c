/* kel-error.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-error.h"

G_DEFINE_QUARK (kel-error-quark, kel_error)
