/* kel-particulars-window.h — "About This Agreement": the particulars of the
 * instrument, each linked to the place of the text that states it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_PARTICULARS_WINDOW (kel_particulars_window_get_type ())
G_DECLARE_FINAL_TYPE (KelParticularsWindow, kel_particulars_window, KEL, PARTICULARS_WINDOW, GtkWindow)

void        kel_particulars_window_present   (KelParticularsWindow *self,
                                              KelDocument          *document,
                                              KelLang               lang);
gboolean    kel_particulars_window_follow    (KelParticularsWindow *self,
                                              const char           *uri);

G_END_DECLS
