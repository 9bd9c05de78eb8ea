/* kel-foo-name.h — KelFoo's name: part of unit kel-foo, because
 * kel-foo-name.c includes kel-foo-private.h (so kel-foo.c may include it)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-foo.h"

void kel_foo_set_name (KelFoo     *self,
                       const char *name);
