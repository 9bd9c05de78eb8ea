/* kel-bar.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-bar.h"

/**
 * kel_bar_error_quark:
 *
 * Returns: the error domain of bars
 */
G_DEFINE_QUARK (kel-bar-error-quark, kel_bar_error)

/**
 * kel_bar_count:
 * @foo: a foo
 *
 * Returns: how many
 */
int kel_bar_count (KelFoo *foo)
{
  return foo != NULL;
}
