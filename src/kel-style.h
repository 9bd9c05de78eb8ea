/* kel-style.h — light and dark, and the application's CSS
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KEL_TYPE_STYLE (kel_style_get_type ())
G_DECLARE_FINAL_TYPE (KelStyle, kel_style, KEL, STYLE, GObject)

KelStyle *kel_style_new          (GSettings *settings);
gboolean  kel_style_is_dark      (KelStyle  *self);

gboolean  kel_style_lookup_color (GtkWidget  *widget,
                                  const char *name,
                                  GdkRGBA    *color);

void      kel_style_get_color    (GtkWidget  *widget,
                                  GdkRGBA    *color);

void      kel_style_get_background (GtkWidget *widget,
                                    GdkRGBA   *color);
void      kel_style_get_link_color (GtkWidget *widget,
                                    GdkRGBA   *color);
double    kel_style_contrast     (const GdkRGBA *a,
                                  const GdkRGBA *b);

G_END_DECLS
