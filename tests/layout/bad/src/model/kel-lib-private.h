/* kel-lib-private.h — of no class: whoever includes it depends on kel-p.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-p.h"
