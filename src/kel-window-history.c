/* kel-window-history.c — jumps, Back and Forward, the reading position
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every jump (a contents row, a cross-reference, "Go to definition", the
 * next occurrence, --goto) goes through _kel_window_jump_to(), which
 * records the place left in the history that Back and Forward walk.
 */
#include "config.h"

#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-document-view.h"

#define HISTORY_MAX 100

static void
update_history_actions (KelWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->back->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", self->forward->len > 0);
}

/* Where the reader is: the offset of the text at the top of the view. */
guint
_kel_window_get_top_offset (KelWindow *self)
{
  return kel_document_view_get_top_offset (KEL_DOCUMENT_VIEW (self->view));
}

static void
push (GArray *stack,
      guint   offset)
{
  if (stack->len > 0 && g_array_index (stack, guint, stack->len - 1) == offset)
    return;
  if (stack->len >= HISTORY_MAX)
    g_array_remove_index (stack, 0);
  g_array_append_val (stack, offset);
}

/* Records the place being left, which Back returns to. */
void
_kel_window_record_jump (KelWindow *self)
{
  push (self->back, _kel_window_get_top_offset (self));
  g_array_set_size (self->forward, 0);
  update_history_actions (self);
}

/* Forgets where the reader has been: another document is shown. */
void
_kel_window_clear_history (KelWindow *self)
{
  g_array_set_size (self->back, 0);
  g_array_set_size (self->forward, 0);
  update_history_actions (self);
}

/* Scrolls to @offset, recording the place left; flashes [flash_start,
 * flash_end) when flash_end > flash_start. */
void
_kel_window_jump_to (KelWindow *self,
                     guint      offset,
                     guint      flash_start,
                     guint      flash_end)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);

  if (self->document == NULL)
    return;
  _kel_window_record_jump (self);
  /* in a narrow window, reading goes on in the text */
  if (self->narrow && self->narrow_sidebar)
    {
      self->narrow_sidebar = FALSE;
      _kel_window_update_layout (self);
    }
  kel_document_view_scroll_to (view, offset);
  if (flash_end > flash_start)
    kel_document_view_flash (view, flash_start, flash_end);
}

void
_kel_window_jump_to_node (KelWindow     *self,
                          const KelNode *node,
                          gboolean       flash)
{
  _kel_window_jump_to (self, node->start, flash ? node->start : 0, flash ? node->end : 0);
}

static void
go_back_or_forward (KelWindow *self,
                    gboolean   back)
{
  GArray *from = back ? self->back : self->forward;
  GArray *to = back ? self->forward : self->back;
  guint offset;

  if (from->len == 0)
    return;
  offset = g_array_index (from, guint, from->len - 1);
  g_array_set_size (from, from->len - 1);
  push (to, _kel_window_get_top_offset (self));
  update_history_actions (self);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  kel_document_view_scroll_to (KEL_DOCUMENT_VIEW (self->view), offset);
}

static void
back_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  go_back_or_forward (KEL_WINDOW (widget), TRUE);
}

static void
forward_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  go_back_or_forward (KEL_WINDOW (widget), FALSE);
}

static void
on_mouse_button (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 KelWindow       *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    go_back_or_forward (self, TRUE);
  else if (button == 9)
    go_back_or_forward (self, FALSE);
}

/**
 * kel_window_goto:
 * @eid: an eId, possibly with a "kelisim:" prefix
 * @flash: whether to highlight the element briefly
 *
 * Jumps to the element; an unknown eId shows a message and the start.
 *
 * Returns: %TRUE when @eid names an element
 */
gboolean
kel_window_goto (KelWindow  *self,
                 const char *eid,
                 gboolean    flash)
{
  const KelNode *node;

  g_return_val_if_fail (KEL_IS_WINDOW (self), FALSE);
  if (self->document == NULL)
    return FALSE;
  if (g_str_has_prefix (eid, "kelisim:"))
    eid += strlen ("kelisim:");
  node = kel_document_lookup_node (self->document, eid);
  if (node == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("This edition has no element with the eId “%s”. Showing the start of the text."), eid);
      kel_window_show_message (self, message);
      kel_document_view_scroll_to (KEL_DOCUMENT_VIEW (self->view), 0);
      return FALSE;
    }
  _kel_window_jump_to_node (self, node, flash);
  return TRUE;
}

static void
goto_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  kel_window_goto (KEL_WINDOW (widget), g_variant_get_string (param, NULL), TRUE);
}

/**
 * kel_window_restore_position:
 *
 * Scrolls to the reading position saved when the window last closed.
 */
void
kel_window_restore_position (KelWindow *self)
{
  g_autofree char *eid = NULL;
  const KelNode *node;

  g_return_if_fail (KEL_IS_WINDOW (self));
  if (self->document == NULL || !self->bundled)
    return;
  eid = g_settings_get_string (self->settings, "position");
  if (eid[0] == '\0')
    return;
  node = kel_document_lookup_node (self->document, eid);
  if (node == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Your last reading position (“%s”) is not in this edition. Showing the start of the text."), eid);
      kel_window_show_message (self, message);
      g_settings_set_string (self->settings, "position", "");
      return;
    }
  kel_document_view_scroll_to (KEL_DOCUMENT_VIEW (self->view), node->start);
}

/* Remembers where the reader is in the bundled agreement. */
void
_kel_window_save_position (KelWindow *self)
{
  const KelNode *node;

  if (self->document == NULL || !self->bundled)
    return;
  node = kel_document_get_node_at (self->document, _kel_window_get_top_offset (self));
  g_settings_set_string (self->settings, "position", node ? node->eid : "");
}

void
_kel_window_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "win.goto", "s", goto_activated);
}

/* The history starts empty; the mouse's back and forward buttons walk it. */
void
_kel_window_init_history (KelWindow *self)
{
  GtkGesture *buttons;

  self->back = g_array_new (FALSE, FALSE, sizeof (guint));
  self->forward = g_array_new (FALSE, FALSE, sizeof (guint));

  buttons = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (buttons), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (buttons), GTK_PHASE_CAPTURE);
  g_signal_connect (buttons, "pressed", G_CALLBACK (on_mouse_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (buttons));
  update_history_actions (self);
}
