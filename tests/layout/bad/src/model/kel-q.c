/* kel-q.c — needs kel-p.h, through the library's private header
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-q.h"
#include "kel-lib-private.h"
