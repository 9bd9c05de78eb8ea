/* kel-lib-private.h — shared by the whole library, of no class: looked through
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-base.h"
