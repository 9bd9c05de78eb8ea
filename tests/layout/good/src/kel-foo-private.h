/* kel-foo-private.h — what the files of KelFoo share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-foo.h"

void _kel_foo_touch (KelFoo *self);
