/* kel-document-view-selection.c — what leaves the view: the agreement's
 * own words, never the glosses
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A gloss is text in the buffer (kel-document-view-buffer.c), so whatever
 * GtkTextView hands out of its buffer would carry it: Copy, the primary
 * selection (middle-click paste) and a selection dragged to another
 * program.  Each takes the selection from the model instead:
 *
 *  - Copy (Ctrl+C, the menu) is the text view's "copy-clipboard";
 *  - the primary selection: GtkTextView has its buffer set the primary
 *    clipboard while the view is realized (and GtkTextBuffer's content
 *    clears the selection when it is replaced there); the view takes the
 *    primary clipboard back from the buffer and sets a KelSelectionContent
 *    there itself, which reads the selection when a program asks for it,
 *    as GTK's does, and clears it when another program takes the primary
 *    selection, as GTK's does;
 *  - a drag from inside the selection starts from the view's own
 *    GtkDragSource, in the capture phase, ahead of GtkTextView's: grouped
 *    with GtkTextView's drag gesture, it shares the claim GtkTextView makes
 *    on a press, and starting the drag resets GtkTextView's gestures, so
 *    GtkTextView does not start its own; a press outside the selection
 *    goes on to GtkTextView, which selects.
 */
#include "config.h"

#include "kel-document-view-private.h"

/* The longest drag icon, in characters. */
#define DRAG_ICON_CHARS 60

/* The view's selection as the model has it, or %NULL when nothing is
 * selected. */
static char *
selection_text (KelDocumentView *self)
{
  guint start, end;

  if (self->document == NULL || !kel_document_view_get_selection (self, &start, &end))
    return NULL;
  return kel_document_get_range (self->document, start, end);
}

/* -- KelSelectionContent: the selection, read when asked for ------------- */

#define KEL_TYPE_SELECTION_CONTENT (kel_selection_content_get_type ())
G_DECLARE_FINAL_TYPE (KelSelectionContent, kel_selection_content, KEL, SELECTION_CONTENT, GdkContentProvider)

struct _KelSelectionContent
{
  GdkContentProvider  parent_instance;
  GWeakRef            view;
};

G_DEFINE_FINAL_TYPE (KelSelectionContent, kel_selection_content, GDK_TYPE_CONTENT_PROVIDER)

static GdkContentFormats *
kel_selection_content_ref_formats (GdkContentProvider *provider)
{
  g_autoptr(GdkContentFormats) strings = gdk_content_formats_new_for_gtype (G_TYPE_STRING);

  /* text/plain;charset=utf-8 and the others GDK writes a string as */
  return gdk_content_formats_union_serialize_mime_types (g_steal_pointer (&strings));
}

/* Another selection took the primary clipboard: this one ends, as
 * GtkTextBuffer's does. */
static void
kel_selection_content_detach_clipboard (GdkContentProvider *provider,
                                        GdkClipboard       *clipboard)
{
  KelSelectionContent *self = KEL_SELECTION_CONTENT (provider);
  g_autoptr(KelDocumentView) view = g_weak_ref_get (&self->view);
  GtkTextBuffer *buffer;
  GtkTextIter insert;

  if (view == NULL)
    return;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  if (!gtk_text_buffer_get_has_selection (buffer))
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &insert, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_move_mark (buffer, gtk_text_buffer_get_selection_bound (buffer), &insert);
}

static gboolean
kel_selection_content_get_value (GdkContentProvider  *provider,
                                 GValue              *value,
                                 GError             **error)
{
  KelSelectionContent *self = KEL_SELECTION_CONTENT (provider);
  g_autoptr(KelDocumentView) view = g_weak_ref_get (&self->view);
  char *text;

  if (!G_VALUE_HOLDS (value, G_TYPE_STRING))
    return GDK_CONTENT_PROVIDER_CLASS (kel_selection_content_parent_class)->get_value (provider, value, error);
  text = view != NULL ? selection_text (view) : NULL;
  if (text == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "Nothing is selected in the agreement");
      return FALSE;
    }
  g_value_take_string (value, text);
  return TRUE;
}

static void
content_serialized (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;

  if (gdk_content_serialize_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
kel_selection_content_write_mime_type_async (GdkContentProvider  *provider,
                                             const char          *mime_type,
                                             GOutputStream       *stream,
                                             int                  io_priority,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             data)
{
  g_autoptr(GTask) task = g_task_new (provider, cancellable, callback, data);
  g_auto(GValue) value = G_VALUE_INIT;
  GError *error = NULL;

  g_task_set_source_tag (task, kel_selection_content_write_mime_type_async);
  g_task_set_priority (task, io_priority);
  g_value_init (&value, G_TYPE_STRING);
  if (!kel_selection_content_get_value (provider, &value, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  gdk_content_serialize_async (stream, mime_type, &value, io_priority, cancellable,
                               content_serialized, g_steal_pointer (&task));
}

static gboolean
kel_selection_content_write_mime_type_finish (GdkContentProvider  *provider,
                                              GAsyncResult        *result,
                                              GError             **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
kel_selection_content_finalize (GObject *object)
{
  g_weak_ref_clear (&KEL_SELECTION_CONTENT (object)->view);
  G_OBJECT_CLASS (kel_selection_content_parent_class)->finalize (object);
}

static void
kel_selection_content_class_init (KelSelectionContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GdkContentProviderClass *provider_class = GDK_CONTENT_PROVIDER_CLASS (klass);

  object_class->finalize = kel_selection_content_finalize;
  provider_class->ref_formats = kel_selection_content_ref_formats;
  provider_class->get_value = kel_selection_content_get_value;
  provider_class->detach_clipboard = kel_selection_content_detach_clipboard;
  provider_class->write_mime_type_async = kel_selection_content_write_mime_type_async;
  provider_class->write_mime_type_finish = kel_selection_content_write_mime_type_finish;
}

static void
kel_selection_content_init (KelSelectionContent *self)
{
}

static GdkContentProvider *
selection_content_new (KelDocumentView *view)
{
  KelSelectionContent *self = g_object_new (KEL_TYPE_SELECTION_CONTENT, NULL);

  g_weak_ref_init (&self->view, view);
  return GDK_CONTENT_PROVIDER (self);
}

/* -- Copy ------------------------------------------------------------------ */

/* Copy gives the agreement's own text, never the glosses */
void
_kel_document_view_copy_clipboard (GtkTextView *view)
{
  g_autofree char *text = selection_text (KEL_DOCUMENT_VIEW (view));

  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (view)), text);
}

/* -- the primary selection ------------------------------------------------ */

/* The primary clipboard holds the selection while there is one. */
static void
update_primary (KelDocumentView *self)
{
  GdkClipboard *primary = gtk_widget_get_primary_clipboard (GTK_WIDGET (self));

  if (gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self))))
    {
      if (gdk_clipboard_get_content (primary) == self->selection_content)
        gdk_content_provider_content_changed (self->selection_content);
      else
        gdk_clipboard_set_content (primary, self->selection_content);
    }
  else if (gdk_clipboard_get_content (primary) == self->selection_content)
    gdk_clipboard_set_content (primary, NULL);
}

static void
on_mark_set (GtkTextBuffer     *buffer,
             const GtkTextIter *where,
             GtkTextMark       *mark,
             KelDocumentView   *self)
{
  /* as GTK's: only while the view is on screen */
  if ((mark == gtk_text_buffer_get_insert (buffer) || mark == gtk_text_buffer_get_selection_bound (buffer))
      && gtk_widget_get_realized (GTK_WIDGET (self)))
    update_primary (self);
}

/* After GtkTextView's realize, which gave its buffer the primary
 * clipboard. */
void
_kel_document_view_realize_selection (KelDocumentView *self)
{
  gtk_text_buffer_remove_selection_clipboard (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)),
                                              gtk_widget_get_primary_clipboard (GTK_WIDGET (self)));
  update_primary (self);
}

/* Before GtkTextView's unrealize, which takes the primary clipboard from
 * its buffer: the buffer has it again for that, and the view's content
 * leaves it, as GTK's would. */
void
_kel_document_view_unrealize_selection (KelDocumentView *self)
{
  GdkClipboard *primary = gtk_widget_get_primary_clipboard (GTK_WIDGET (self));

  if (gdk_clipboard_get_content (primary) == self->selection_content)
    gdk_clipboard_set_content (primary, NULL);
  gtk_text_buffer_add_selection_clipboard (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), primary);
}

/* -- dragging the selection ----------------------------------------------- */

/* Whether (@x, @y) of the view is in the selection, as GtkTextView asks
 * on a press. */
static gboolean
in_selection (KelDocumentView *self,
              double           x,
              double           y)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter at, start, end;
  int bx, by;

  if (!gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &start, &end))
    return FALSE;
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  return gtk_text_view_get_iter_at_location (view, &at, bx, by) && gtk_text_iter_in_range (&at, &start, &end);
}

/* The press: in the selection, a drag past the threshold carries it;
 * elsewhere GtkTextView selects, and the selection it makes under the
 * pointer is not dragged. */
static void
on_drag_gesture_begin (GtkGesture       *gesture,
                       GdkEventSequence *sequence,
                       KelDocumentView  *self)
{
  GdkDevice *device = gtk_gesture_get_device (gesture);
  GdkEvent *event = gtk_gesture_get_last_event (gesture, sequence);
  double x, y;

  self->press_in_selection = FALSE;
  /* on a touchscreen a drag selects, as GtkTextView has it; with Shift a
   * press extends the selection */
  if ((device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN)
      || (event != NULL && (gdk_event_get_modifier_state (event) & GDK_SHIFT_MASK))
      || !gtk_gesture_get_point (gesture, sequence, &x, &y))
    return;
  self->press_in_selection = in_selection (self, x, y);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource   *source,
                 double           x,
                 double           y,
                 KelDocumentView *self)
{
  if (!self->press_in_selection || !in_selection (self, x, y))
    return NULL;
  return g_object_ref (self->selection_content);
}

/* The drag's icon: the selection's first words, not all of it (a label
 * of a whole long act would be shaped whole). */
static void
on_drag_begin (GtkDragSource   *source,
               GdkDrag         *drag,
               KelDocumentView *self)
{
  g_autofree char *text = NULL;
  GtkWidget *label;
  guint start, end;

  if (self->document == NULL || !kel_document_view_get_selection (self, &start, &end))
    return;
  text = kel_document_get_range (self->document, start, MIN (end, start + 2 * DRAG_ICON_CHARS));
  g_strdelimit (text, "\n\t", ' ');
  label = gtk_label_new (text);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), DRAG_ICON_CHARS);
  gtk_widget_add_css_class (label, "drag-text");
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), label);
}

/**
 * _kel_document_view_init_selection:
 *
 * Sets up the primary selection and the drag of the selection (above).
 */
void
_kel_document_view_init_selection (KelDocumentView *self)
{
  GtkDragSource *source = gtk_drag_source_new ();

  self->selection_content = selection_content_new (self);
  /* after GtkTextBuffer's own handler, which updates "has-selection" */
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "mark-set",
                           G_CALLBACK (on_mark_set), self, G_CONNECT_AFTER);

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (source), GTK_PHASE_CAPTURE);
  g_signal_connect (source, "begin", G_CALLBACK (on_drag_gesture_begin), self);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  /* GtkTextView's drag gesture, the one GtkGestureDrag on the view */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_DRAG (controller))
          {
            gtk_gesture_group (GTK_GESTURE (source), GTK_GESTURE (controller));
            break;
          }
      }
  }
}

/* The primary selection lets go of the view's content. */
void
_kel_document_view_dispose_selection (KelDocumentView *self)
{
  GdkClipboard *primary;

  if (self->selection_content == NULL)
    return;
  primary = gtk_widget_get_primary_clipboard (GTK_WIDGET (self));
  if (gdk_clipboard_get_content (primary) == self->selection_content)
    gdk_clipboard_set_content (primary, NULL);
  g_clear_object (&self->selection_content);
}
