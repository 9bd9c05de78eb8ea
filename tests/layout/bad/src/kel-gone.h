/* kel-gone.h — declares what no .c defines
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

void kel_gone_away (void);
