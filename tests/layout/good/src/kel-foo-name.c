/* kel-foo-name.c — KelFoo's name, a job of its own
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-foo-private.h"
#include "kel-foo-name.h"

/**
 * kel_foo_set_name: (skip)
 * @self: a foo
 * @name: its new name
 *
 * Names @self: a file of the class that kel-foo-private.h makes part of it.
 */
void
kel_foo_set_name (KelFoo     *self,
                  const char *name)
{
  _kel_foo_touch (self);
  (void) name;
}
