/* kel-window-view.c — how the text looks: zoom, the term language, glosses
 * and the glossary's order, each a setting the window follows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-window-private.h"

#include "kel-markup.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kel-announce.h"
#include "kel-contents-page.h"
#include "kel-document-view.h"
#include "kel-glossary-page.h"
#include "kel-term-popover.h"
#include "kel-threats-page.h"

/* Zoom steps, as in other GNOME readers */
static const double zoom_steps[] = {
  0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4, 3.0
};

/* The zoom setting, as a number the view can use: GSettings' range check
 * lets "nan" through. */
static double
get_zoom (KelWindow *self)
{
  double zoom = g_settings_get_double (self->settings, "zoom");

  return isfinite (zoom) ? CLAMP (zoom, KEL_ZOOM_MIN, KEL_ZOOM_MAX) : 1.0;
}

static void
zoom_step (KelWindow *self,
           int        direction)
{
  double zoom = get_zoom (self);
  double next = zoom;

  if (direction == 0)
    next = 1.0;
  else if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > zoom + 0.001)
          {
            next = zoom_steps[i];
            break;
          }
    }
  else
    {
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < zoom - 0.001)
          {
            next = zoom_steps[i - 1];
            break;
          }
    }
  g_settings_set_double (self->settings, "zoom", next);
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);

  if (g_str_equal (action, "win.zoom-in"))
    zoom_step (self, 1);
  else if (g_str_equal (action, "win.zoom-out"))
    zoom_step (self, -1);
  else
    zoom_step (self, 0);
}

static void
on_zoom_changed (KelWindow *self)
{
  double zoom = get_zoom (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self))
      && !G_APPROX_VALUE (zoom, kel_document_view_get_zoom (KEL_DOCUMENT_VIEW (self->view)), 0.001))
    {
      /* Translators: said by screen readers after a zoom; %d is a percentage */
      g_autofree char *said = g_strdup_printf (_("Zoom %d%%"), (int) (zoom * 100 + 0.5));
      kel_announce (GTK_WIDGET (self), said);
    }
  kel_document_view_set_zoom (KEL_DOCUMENT_VIEW (self->view), zoom);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", zoom < KEL_ZOOM_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", zoom > KEL_ZOOM_MIN + 0.001);
}

static void
on_term_language_changed (KelWindow *self)
{
  static const char *short_names[KEL_N_LANGS] = { "Қаз", "Рус", "中文" };
  static const char *names[KEL_N_LANGS] = { "Қазақша", "Русский", "中文" };
  g_autofree char *code = g_settings_get_string (self->settings, "term-language");
  KelLang lang = KEL_LANG_KK;

  if (!kel_lang_from_code (code, &lang))
    lang = KEL_LANG_KK;
  if (lang != self->lang && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_autofree char *said = g_strdup_printf (_("Term language: %s"), names[lang]);
      kel_announce (GTK_WIDGET (self), said);
    }
  self->lang = lang;

  kel_label_set_language (GTK_LABEL (self->lang_label), lang);
  gtk_label_set_text (GTK_LABEL (self->lang_label), short_names[lang]);
  {
    /* Translators: %s is the name of a language, in that language */
    g_autofree char *label = g_strdup_printf (_("Term language: %s"), names[lang]);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->lang_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }

  _kel_window_update_position (self);
}

/**
 * _kel_window_update_glossary_order:
 *
 * Gives the glossary page, once made, the order the settings ask for.
 */
void
_kel_window_update_glossary_order (KelWindow *self)
{
  g_autofree char *order = NULL;

  if (self->glossary_page == NULL)
    return;
  order = g_settings_get_string (self->settings, "glossary-order");
  kel_glossary_page_set_order (KEL_GLOSSARY_PAGE (self->glossary_page), g_str_equal (order, "alphabetical"));
}

void
_kel_window_class_init_view (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_activated);
}

/**
 * _kel_window_bind_term_language:
 * @widget: a widget with a "term-language" property
 *
 * Makes @widget follow the "term-language" setting from now on.
 */
void
_kel_window_bind_term_language (KelWindow *self,
                                gpointer   widget)
{
  g_settings_bind (self->settings, "term-language", widget, "term-language", G_SETTINGS_BIND_GET);
}

static const char * const setting_actions[] = { "term-language", "show-glosses", "glossary-order" };

/* Before the window goes: its settings actions out of its action group.
 * A GSettingsAction can outlive the group (another holder keeps it), and
 * the group does not let go of its "notify::state" handler when freed: a
 * setting changed from another window then reached a freed group. */
void
_kel_window_forget_view_settings (KelWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (setting_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), setting_actions[i]);
}

/* The settings that change how the text looks, as actions (the term
 * language and glosses menus) and followed from now on. */
void
_kel_window_setup_view_settings (KelWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (setting_actions); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, setting_actions[i]);

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }
  g_signal_connect_object (self->settings, "changed::glossary-order", G_CALLBACK (_kel_window_update_glossary_order), self, G_CONNECT_SWAPPED);
  /* The widgets that show terms follow the settings themselves; bound
   * before the window's own handler, so that they have the new language
   * when it updates the subtitle. */
  _kel_window_bind_term_language (self, self->view);
  _kel_window_bind_term_language (self, self->contents_page);
  /* (the glossary, threats and notes pages when they are made) */
  if (self->popover != NULL)
    _kel_window_bind_term_language (self, self->popover);
  g_settings_bind (self->settings, "show-glosses", self->view, "show-glosses", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->settings, "changed::term-language", G_CALLBACK (on_term_language_changed), self, G_CONNECT_SWAPPED);
  on_term_language_changed (self);
  g_signal_connect_object (self->settings, "changed::zoom", G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);
  on_zoom_changed (self);
}
