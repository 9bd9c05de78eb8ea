/* kel-base.c — includes the library's private header, which includes kel-base.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-base.h"
#include "kel-lib-private.h"

/**
 * kel_base_one:
 *
 * Returns: one
 */
int
kel_base_one (void)
{
  return 1;
}
