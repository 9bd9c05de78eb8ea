/* kel-help-window.c — a first-time reader's guide
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the text is, how term links, the glossary, the threats and the term
 * languages work: the help a reader opens with F1.  It is part of the
 * interface, translated with it.
 */
#include "config.h"

#include "kel-help-window.h"

struct _KelHelpWindow
{
  GtkWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (KelHelpWindow, kel_help_window, GTK_TYPE_WINDOW)

static void
kel_help_window_class_init (KelHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-help-window.ui");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kel_help_window_init (KelHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kel_help_window_new:
 * @parent: (nullable): the reader window the guide is about
 *
 * Returns: (transfer none): the guide, over @parent, not shown yet
 */
GtkWidget *
kel_help_window_new (GtkWindow *parent)
{
  return g_object_new (KEL_TYPE_HELP_WINDOW, "transient-for", parent, NULL);
}
