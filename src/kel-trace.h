/* kel-trace.h — marks of the start-up phases, for the start-up benchmark
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     kel_trace_mark      (const char *phase);
gboolean kel_trace_get_mark  (const char *phase,
                              gint64     *when);

G_END_DECLS
