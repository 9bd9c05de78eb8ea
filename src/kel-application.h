/* kel-application.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"

G_BEGIN_DECLS

#define KEL_TYPE_APPLICATION (kel_application_get_type ())
G_DECLARE_FINAL_TYPE (KelApplication, kel_application, KEL, APPLICATION, GtkApplication)

KelApplication *kel_application_new          (void);
GSettings      *kel_application_get_settings (KelApplication *self);

G_END_DECLS
