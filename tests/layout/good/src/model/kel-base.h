/* kel-base.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

int kel_base_one (void);
