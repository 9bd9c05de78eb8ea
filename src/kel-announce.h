/* kel-announce.h — telling a screen reader what an action did
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kel_announce (GtkWidget  *widget,
                   const char *message);

G_END_DECLS
