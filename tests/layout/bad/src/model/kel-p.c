/* kel-p.c — needs kel-q.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-p.h"
#include "kel-q.h"
