/* kel-style.c — light and dark, and the application's CSS
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The colour scheme follows the "color-scheme" setting: "light", "dark", or
 * "default", which follows the desktop's preference as the Settings portal
 * (org.freedesktop.appearance color-scheme) reports it, where a portal runs.
 * Without a portal, "default" leaves GTK's own choice (for example
 * GTK_THEME=Adwaita:dark) alone.
 */
#include "config.h"

#include "kel-style.h"

#include <math.h>

#define PORTAL_BUS "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS "org.freedesktop.portal.Settings"

struct _KelStyle
{
  GObject         parent_instance;

  GSettings      *settings;
  GDBusProxy     *portal;
  GCancellable   *cancellable;
  GtkCssProvider *css;
  guint32         portal_scheme;   /* 0 none, 1 prefer dark, 2 prefer light */
  gboolean        gtk_default_dark;
};

G_DEFINE_FINAL_TYPE (KelStyle, kel_style, G_TYPE_OBJECT)

/* GTK 4.20 replaced "gtk-application-prefer-dark-theme" by
 * "gtk-interface-color-scheme" and warns when the old one is set: the one
 * place that knows which a GTK has. */
static gboolean
has_color_scheme (GtkSettings *gtk_settings)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (gtk_settings),
                                       "gtk-interface-color-scheme") != NULL;
}

/* GtkInterfaceColorScheme (GTK 4.20): its values, for older headers */
enum { SCHEME_DEFAULT = 1, SCHEME_DARK = 2, SCHEME_LIGHT = 3 };

static gboolean
settings_get_dark (GtkSettings *gtk_settings)
{
  if (has_color_scheme (gtk_settings))
    {
      int scheme = 0;

      g_object_get (gtk_settings, "gtk-interface-color-scheme", &scheme, NULL);
      return scheme == SCHEME_DARK;
    }
  else
    {
      gboolean dark = FALSE;

      g_object_get (gtk_settings, "gtk-application-prefer-dark-theme", &dark, NULL);
      return dark;
    }
}

static void
settings_set_dark (GtkSettings *gtk_settings,
                   gboolean     dark)
{
  /* setting it, even to the same value, reloads the whole theme */
  if (settings_get_dark (gtk_settings) == dark)
    return;
  if (has_color_scheme (gtk_settings))
    g_object_set (gtk_settings, "gtk-interface-color-scheme", dark ? SCHEME_DARK : SCHEME_LIGHT, NULL);
  else
    g_object_set (gtk_settings, "gtk-application-prefer-dark-theme", dark, NULL);
}

static void
apply (KelStyle *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  gboolean dark;

  if (gtk_settings == NULL)
    return;
  if (g_str_equal (scheme, "dark"))
    dark = TRUE;
  else if (g_str_equal (scheme, "light"))
    dark = FALSE;
  else if (self->portal_scheme != 0)
    dark = self->portal_scheme == 1;
  else
    dark = self->gtk_default_dark;

  settings_set_dark (gtk_settings, dark);
}

/* GTK_THEME=Adwaita:dark forces the dark variant whatever the setting says;
 * the light choice then cannot win, and "default" reports it as dark. */
static gboolean
theme_forces_dark (void)
{
  const char *theme = g_getenv ("GTK_THEME");

  return theme != NULL && g_str_has_suffix (theme, ":dark");
}

/**
 * kel_style_is_dark:
 *
 * Returns: whether the dark variant is in use
 */
gboolean
kel_style_is_dark (KelStyle *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  gboolean dark = FALSE;

  g_return_val_if_fail (KEL_IS_STYLE (self), FALSE);
  if (theme_forces_dark ())
    return TRUE;
  if (gtk_settings)
    dark = settings_get_dark (gtk_settings);
  return dark;
}

/* The portal's color-scheme (0 no preference, 1 dark, 2 light), when
 * @value is one. */
static void
take_portal_scheme (KelStyle *self,
                    GVariant *value)
{
  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    return;
  self->portal_scheme = g_variant_get_uint32 (value);
  apply (self);
}

static void
on_portal_signal (GDBusProxy *proxy,
                  const char *sender,
                  const char *signal,
                  GVariant   *params,
                  gpointer    user_data)
{
  KelStyle *self = user_data;
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  if (!g_str_equal (signal, "SettingChanged"))
    return;
  g_variant_get (params, "(&s&sv)", &ns, &key, &value);
  if (g_str_equal (ns, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    take_portal_scheme (self, value);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  KelStyle *self = user_data;
  g_autoptr(GVariant) ret = NULL;
  g_autoptr(GVariant) inner = NULL;
  g_autoptr(GError) error = NULL;

  ret = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, &error);
  if (ret == NULL)
    return;   /* no portal, or no such setting: keep GTK's default */
  /* Read returns (v) holding a v; unwrap until the uint32 */
  g_variant_get (ret, "(v)", &inner);
  while (inner != NULL && g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);
      g_variant_unref (inner);
      inner = next;
    }
  take_portal_scheme (self, inner);
}

static void
on_proxy (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusProxy *proxy = g_dbus_proxy_new_for_bus_finish (result, &error);
  KelStyle *self = user_data;
  g_autofree char *owner = NULL;

  if (proxy == NULL)
    return;
  owner = g_dbus_proxy_get_name_owner (proxy);
  if (owner == NULL)
    {
      g_object_unref (proxy);
      return;
    }
  self->portal = proxy;
  g_signal_connect_object (proxy, "g-signal", G_CALLBACK (on_portal_signal), self, 0);
  g_dbus_proxy_call (proxy, "Read",
                     g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, self->cancellable, on_read, self);
}

static void
kel_style_dispose (GObject *object)
{
  KelStyle *self = KEL_STYLE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->portal);
  g_clear_object (&self->settings);
  g_clear_object (&self->css);

  G_OBJECT_CLASS (kel_style_parent_class)->dispose (object);
}

static void
kel_style_class_init (KelStyleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kel_style_dispose;
}

static void
kel_style_init (KelStyle *self)
{
  self->cancellable = g_cancellable_new ();
}

static gboolean
session_bus_exists (void)
{
  const char *runtime = g_getenv ("XDG_RUNTIME_DIR");
  g_autofree char *socket = NULL;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return TRUE;
  if (runtime == NULL)
    return FALSE;
  socket = g_build_filename (runtime, "bus", NULL);
  return g_file_test (socket, G_FILE_TEST_EXISTS);
}

/**
 * kel_style_new:
 * @settings: the application's settings, whose "color-scheme" it follows
 *
 * Loads the application's CSS for the default display and keeps light or
 * dark as the setting (and, for "default", the desktop) asks.
 *
 * Returns: (transfer full): the style; it works as long as it lives
 */
KelStyle *
kel_style_new (GSettings *settings)
{
  KelStyle *self = g_object_new (KEL_TYPE_STYLE, NULL);
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  self->settings = g_object_ref (settings);
  if (gtk_settings)
    self->gtk_default_dark = settings_get_dark (gtk_settings);
  g_signal_connect_object (settings, "changed::color-scheme", G_CALLBACK (apply), self, G_CONNECT_SWAPPED);

  self->css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (self->css, RESOURCE_PREFIX "/style.css");
  if (gdk_display_get_default ())
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (self->css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* tests and CI run without a session bus: no portal, no wait, and no
   * autolaunched bus either */
  if (session_bus_exists ())
    g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION,
                              G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START_AT_CONSTRUCTION,
                              NULL, PORTAL_BUS, PORTAL_PATH, PORTAL_SETTINGS,
                              self->cancellable, on_proxy, self);
  apply (self);
  return self;
}

/**
 * kel_style_lookup_color:
 * @widget: a widget whose style to ask
 * @name: a named colour of the theme, such as "accent_color"
 * @color: (out): the colour
 *
 * The one place that asks the theme for a named colour, so that the swap to
 * a newer API (GTK 4.10 deprecates the style context) happens here.
 *
 * Returns: %TRUE when the theme defines @name
 */
gboolean
kel_style_lookup_color (GtkWidget  *widget,
                        const char *name,
                        GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  return gtk_style_context_lookup_color (context, name, color);
}

/**
 * kel_style_get_color:
 * @widget: a widget
 * @color: (out): its foreground colour
 *
 * gtk_widget_get_color() arrives in GTK 4.10; this is its 4.8 form.
 */
void
kel_style_get_color (GtkWidget *widget,
                     GdkRGBA   *color)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

/**
 * kel_style_get_background:
 * @widget: a widget showing text on the view background
 * @color: (out): that background
 *
 * The theme's view background: "view_bg_color" (newer Adwaita), else
 * "theme_base_color" (GTK 4.8's Adwaita), else white or black against the
 * widget's text colour.
 */
void
kel_style_get_background (GtkWidget *widget,
                          GdkRGBA   *color)
{
  GdkRGBA fg;

  if (kel_style_lookup_color (widget, "view_bg_color", color)
      || kel_style_lookup_color (widget, "theme_base_color", color))
    return;
  kel_style_get_color (widget, &fg);
  gdk_rgba_parse (color, (fg.red + fg.green + fg.blue) / 3 > 0.5 ? "black" : "white");
}

static double
luminance (const GdkRGBA *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/**
 * kel_style_contrast:
 *
 * Returns: the WCAG contrast ratio of two opaque colours, 1 to 21
 */
double
kel_style_contrast (const GdkRGBA *a,
                    const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * kel_style_get_link_color:
 * @widget: a widget showing links on the view background
 * @color: (out): the colour for its links
 *
 * The theme's link colour, as the theme gives it to a link button (text
 * tags cannot read CSS), moved towards the text colour just enough to read
 * at 4.5:1 on the view background: GTK 4.8's dark Adwaita gives links a
 * blue that is too dark for body text on its dark grey.
 */
void
kel_style_get_link_color (GtkWidget *widget,
                          GdkRGBA   *color)
{
  GtkWidget *probe = g_object_ref_sink (gtk_link_button_new ("kelisim:"));
  GdkRGBA link, fg, bg;

  /* a widget made now takes the theme as it is now */
  kel_style_get_color (probe, &link);
  g_object_unref (probe);
  kel_style_get_color (widget, &fg);
  kel_style_get_background (widget, &bg);
  link.alpha = 1.0;
  *color = link;
  for (guint step = 1; step <= 10 && kel_style_contrast (color, &bg) < 4.5; step++)
    {
      double t = step / 10.0;

      color->red = link.red + (fg.red - link.red) * t;
      color->green = link.green + (fg.green - link.green) * t;
      color->blue = link.blue + (fg.blue - link.blue) * t;
    }
}
