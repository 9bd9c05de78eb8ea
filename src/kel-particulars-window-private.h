/* kel-particulars-window-private.h — what the tests read of the About This
 * Agreement window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-particulars-window.h"

G_BEGIN_DECLS

char *kel_particulars_window_get_text (KelParticularsWindow *self);

G_END_DECLS
