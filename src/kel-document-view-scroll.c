/* kel-document-view-scroll.c — where the reader is, and jumps that land
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reading position (the line a jump puts its target on, and the node
 * there, announced by ::position-changed), jumps that keep aiming at their
 * target while the text view lays lines out in the background, the centred
 * text column, and the places commands apply to: the caret, the selection,
 * the last right click.
 */
#include "config.h"

#include "kel-document-view-private.h"

/* The model offset at the top (or bottom) edge of the view. */
guint
_kel_document_view_first_visible_offset (KelDocumentView *self,
                                         gboolean         bottom)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GdkRectangle visible;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_at_location (view, &iter, visible.x,
                                      bottom ? visible.y + visible.height - 1 : visible.y);
  return _kel_document_view_model_at_iter (self, &iter);
}

/* The model offset of the line a reader is reading: where a jump puts its
 * target (KEL_READING_YALIGN). */
guint
_kel_document_view_reading_offset (KelDocumentView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GdkRectangle visible;
  GtkTextIter iter;
  int y;

  gtk_text_view_get_visible_rect (view, &visible);
  y = visible.y + (int) (visible.height * KEL_READING_YALIGN) + 2;
  gtk_text_view_get_iter_at_location (view, &iter, visible.x + visible.width / 2, y);
  /* in the space above a heading, the heading is what is being read */
  if (gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_line (&iter);
  return _kel_document_view_model_at_iter (self, &iter);
}

/* While the text view lays out lines in the background, the heights of the
 * lines above a jump's target change; until the reader scrolls, each change
 * re-aims at the target, so that a jump lands exactly. */
#define REAIM_USEC (6 * G_USEC_PER_SEC)

static gboolean
aiming (KelDocumentView *self)
{
  return self->target_time != 0 && g_get_monotonic_time () - self->target_time < REAIM_USEC;
}

static void
reaim (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  _kel_document_view_iter_at_model (self, &iter, self->target);
  gtk_text_buffer_move_mark (buffer, self->scroll_mark, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), self->scroll_mark, 0.0, TRUE, 0.0, KEL_READING_YALIGN);
}

/* The reader scrolled or pressed a key: the last jump is over. */
void
_kel_document_view_stop_aiming (KelDocumentView *self)
{
  self->target_time = 0;
}

/* ------------------------------------------------------------------------ */
/* Layout                                                                   */
/* ------------------------------------------------------------------------ */

/* The text column stays at most KEL_MEASURE_EM wide, centred by the
 * view's margins; a new width keeps the line being read in view. */
void
_kel_document_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (widget);
  int measure = (int) (KEL_MEASURE_EM * _kel_document_view_body_px (self));
  int margin = MAX (KEL_MIN_MARGIN_PX, (width - measure) / 2);
  gboolean resized = self->width != 0 && width != self->width;

  /* A new width rewraps every line above the place being read, which the
   * scroll offset in pixels does not follow: keep the place read, taken
   * from the old layout, in view while the new one settles. */
  if (resized && self->document != NULL && gtk_widget_get_mapped (widget) && !aiming (self))
    {
      self->target = _kel_document_view_reading_offset (self);
      self->target_time = g_get_monotonic_time ();
    }
  self->width = width;

  if (self->margin != margin)
    {
      self->margin = margin;
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), margin);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), margin);
      _kel_document_view_update_style_tags (self);
      /* the first layouts after a jump change every line's height: aim again */
      if (self->document != NULL && aiming (self))
        reaim (self);
    }
  KEL_DOCUMENT_VIEW_PARENT_CLASS->size_allocate (widget, width, height, baseline);
  if (resized && self->document != NULL && aiming (self))
    reaim (self);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

/* ------------------------------------------------------------------------ */
/* Position                                                                 */
/* ------------------------------------------------------------------------ */

/**
 * kel_document_view_get_top_node:
 *
 * Returns: (transfer none) (nullable): the innermost node at the line being
 *   read, as last announced by ::position-changed
 */
const KelNode *
kel_document_view_get_top_node (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), NULL);
  return self->top_node;
}

/**
 * kel_document_view_get_top_offset:
 *
 * Returns: the model offset of the first character at the top of the view
 */
guint
kel_document_view_get_top_offset (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  if (self->document == NULL)
    return 0;
  return _kel_document_view_reading_offset (self);
}

static gboolean
update_position (gpointer user_data)
{
  KelDocumentView *self = user_data;
  const KelNode *node = NULL;

  self->position_id = 0;
  /* while a jump is still landing, its target is where the reader is: the
   * lines laid out on the way must not flip the contents list's current row
   * (a screen reader follows that list's selection, away from the text) */
  if (self->document != NULL)
    node = kel_document_get_node_at (self->document,
                                     aiming (self) ? self->target : _kel_document_view_reading_offset (self));
  if (node != self->top_node)
    {
      self->top_node = node;
      _kel_document_view_emit_position_changed (self);
    }
  return G_SOURCE_REMOVE;
}

static void
on_scrolled (GtkAdjustment   *adjustment,
             KelDocumentView *self)
{
  if (self->position_id == 0)
    self->position_id = g_timeout_add (80, update_position, self);
}

static void
on_adjustment_changed (GtkAdjustment   *adjustment,
                       KelDocumentView *self)
{
  if (self->document != NULL && aiming (self))
    reaim (self);
  on_scrolled (adjustment, self);
}

static void
on_vadjustment (KelDocumentView *self,
                GParamSpec      *pspec,
                gpointer         user_data)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));

  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_scrolled, self);
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
    }
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled), self);
      g_signal_connect (adjustment, "changed", G_CALLBACK (on_adjustment_changed), self);
    }
}

/* The reader moved to @offset: a focused link elsewhere is theirs no more
 * (its outline, its spoken description and the commands that act on "this
 * link" would otherwise stay with a place they left). */
static void
leave_focus_link (KelDocumentView *self,
                  guint            offset)
{
  if (self->focus_link != NULL
      && (offset < self->focus_link->start || offset >= self->focus_link->end))
    kel_document_view_set_focus_link (self, NULL);
}

/**
 * kel_document_view_scroll_to:
 * @offset: a model offset
 *
 * Scrolls so that @offset is near the top of the view and puts the caret
 * there; a focused link that does not hold @offset loses the focus.
 */
void
kel_document_view_scroll_to (KelDocumentView *self,
                             guint            offset)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  leave_focus_link (self, offset);
  self->target = offset;
  self->target_time = g_get_monotonic_time ();
  reaim (self);
  on_scrolled (NULL, self);
  /* the caret goes with every jump, so that a screen reader reads on there */
  {
    GtkTextIter iter;

    _kel_document_view_iter_at_model (self, &iter, offset);
    _kel_document_view_place_cursor (self, &iter);
  }
}

/**
 * kel_document_view_place_caret:
 * @offset: a model offset
 *
 * Puts the caret at @offset without scrolling: where reading (and a screen
 * reader) goes on from.  A focused link that does not hold @offset loses
 * the focus.
 */
void
kel_document_view_place_caret (KelDocumentView *self,
                               guint            offset)
{
  GtkTextIter iter;

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  if (self->document == NULL)
    return;
  leave_focus_link (self, offset);
  _kel_document_view_iter_at_model (self, &iter, offset);
  _kel_document_view_place_cursor (self, &iter);
}

/* ------------------------------------------------------------------------ */
/* Selection and context                                                    */
/* ------------------------------------------------------------------------ */

/**
 * kel_document_view_get_selection:
 * @start: (out): first model offset of the selection
 * @end: (out): its end
 *
 * Returns: %TRUE when the reader has selected text
 */
gboolean
kel_document_view_get_selection (KelDocumentView *self,
                                 guint           *start,
                                 guint           *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), FALSE);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return FALSE;
  *start = _kel_document_view_model_at_iter (self, &a);
  *end = _kel_document_view_model_at_iter (self, &b);
  return *end > *start;
}

/**
 * kel_document_view_get_context_offset:
 *
 * Returns: the model offset a command without a selection applies to: where
 *   the reader last right-clicked (for the context menu), else the focused
 *   link, else the line being read
 */
guint
kel_document_view_get_context_offset (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  if (self->context_time != 0 && g_get_monotonic_time () - self->context_time < 60 * G_USEC_PER_SEC)
    return self->context_offset;
  if (self->focus_link != NULL)
    return self->focus_link->start;
  return _kel_document_view_reading_offset (self);
}

/* Follows the view's vertical adjustment, which GtkScrolledWindow sets. */
void
_kel_document_view_init_scrolling (KelDocumentView *self)
{
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (on_vadjustment), NULL);
}

void
_kel_document_view_dispose_scrolling (KelDocumentView *self)
{
  g_clear_handle_id (&self->position_id, g_source_remove);
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_scrolled, self);
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
    }
  g_clear_object (&self->vadjustment);
}
