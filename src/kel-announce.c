/* kel-announce.c — telling a screen reader what an action did
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.14 has gtk_accessible_announce().  GTK 4.8 has no announcements and
 * no live regions that Orca reads, but Orca speaks a new description of the
 * object that has the focus: so on GTK 4.8 the message becomes the focused
 * widget's description (cleared first, so that the same message twice is
 * spoken twice).  It stays there until the next message or, in the text,
 * the next focused link, which is also what Where Am I then reads.
 */
#include "config.h"

#include "kel-announce.h"

/**
 * kel_announce:
 * @widget: any widget of the window
 * @message: what to say, in a few words
 *
 * Has a screen reader say @message, without moving the focus.
 */
void
kel_announce (GtkWidget  *widget,
              const char *message)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  root = gtk_widget_get_root (widget);
  if (root == NULL)
    return;
#if GTK_CHECK_VERSION (4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (root), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
  (void) focus;
#else
  focus = gtk_root_get_focus (root);
  /* the text inside an entry is no accessible object of its own: the
   * entry is what a screen reader has the focus on */
  while (focus != NULL
         && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (focus)) == GTK_ACCESSIBLE_ROLE_NONE)
    focus = gtk_widget_get_parent (focus);
  if (focus == NULL)
    focus = GTK_WIDGET (root);
  gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
#endif
}
