/* kel-bar.h — uses KelFoo; KelFoo does not use it back
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-foo.h"

GQuark kel_bar_error_quark (void);
int    kel_bar_count       (KelFoo *foo);
