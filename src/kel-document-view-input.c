/* kel-document-view-input.c — the text's links under the pointer and the keys
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Term occurrences and cross-references are links: drawn with a dotted
 * underline (terms) or in the accent colour (references), with a pointer
 * cursor and a tooltip; a click, or Enter on the keyboard-focused link,
 * emits ::activate-link.  Tab and Shift+Tab move the keyboard focus from
 * link to link in reading order and leave the view after the last one.
 * Ctrl+scroll zooms; a right click remembers where the context menu was
 * asked for.
 */
#include "config.h"

#include "kel-document-view-private.h"

#include <glib/gi18n.h>

#include "kel-announce.h"
#include "kel-term.h"
#include "kel-threat.h"

/* ------------------------------------------------------------------------ */
/* Links                                                                    */
/* ------------------------------------------------------------------------ */

static gboolean
is_threat_link (KelDocumentView *self,
                const KelSpan   *span)
{
  KelDocument *doc = self->document;

  return span->kind == KEL_SPAN_NUM
         && kel_document_get_threat_for_node (doc, kel_document_get_block (doc, span->block)->node) != NULL;
}

static gboolean
is_link (KelDocumentView *self,
         const KelSpan   *span)
{
  return span->kind == KEL_SPAN_TERM || span->kind == KEL_SPAN_REF || is_threat_link (self, span);
}

static const KelSpan *
link_at_model (KelDocumentView *self,
               guint            offset)
{
  const KelSpan *span;

  if (self->document == NULL)
    return NULL;
  span = kel_document_get_span_at (self->document, offset, KEL_SPAN_TERM);
  if (span == NULL)
    span = kel_document_get_span_at (self->document, offset, KEL_SPAN_REF);
  if (span == NULL)
    {
      span = kel_document_get_span_at (self->document, offset, KEL_SPAN_NUM);
      if (span != NULL && !is_threat_link (self, span))
        span = NULL;
    }
  return span;
}

static const KelSpan *
link_at_point (KelDocumentView *self,
               double           x,
               double           y)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter iter;
  GdkRectangle rect;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
    return NULL;
  /* the iter is the nearest character: make sure the point is on it */
  gtk_text_view_get_iter_location (view, &iter, &rect);
  if (by < rect.y || by >= rect.y + rect.height)
    return NULL;
  /* a gloss is no part of a link; elsewhere the model knows the links
   * (the buffer has no tag for terms: see kel-document-view-buffer.c) */
  if (_kel_document_view_is_gloss (self, &iter))
    return NULL;
  return link_at_model (self, _kel_document_view_model_at_iter (self, &iter));
}

static void
set_link_tag (KelDocumentView  *self,
              GtkTextTag       *tag,
              const KelSpan   **slot,
              const KelSpan    *span)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  if (*slot == span)
    return;
  if (*slot != NULL)
    {
      _kel_document_view_iter_at_model (self, &a, (*slot)->start);
      _kel_document_view_iter_at_model_end (self, &b, (*slot)->end);
      gtk_text_buffer_remove_tag (buffer, tag, &a, &b);
    }
  *slot = span;
  if (span != NULL)
    {
      _kel_document_view_iter_at_model (self, &a, span->start);
      _kel_document_view_iter_at_model_end (self, &b, span->end);
      gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static char *
link_description (KelDocumentView *self,
                  const KelSpan   *span)
{
  if (span->kind == KEL_SPAN_TERM && span->term != NULL)
    {
      const char *kk = kel_term_get_label (span->term, KEL_LANG_KK);

      if (span->is_definition)
        return g_strdup_printf (_("“%s”: defined here"), kk);
      return g_strdup_printf (_("Defined term: %s"), kk);
    }
  if (span->kind == KEL_SPAN_REF)
    {
      const KelNode *node = kel_document_lookup_node (self->document, span->target);
      g_autofree char *where = node ? kel_document_get_location (self->document, node, KEL_LANG_KK) : g_strdup (span->target);

      return g_strdup_printf (_("Go to %s"), where);
    }
  if (is_threat_link (self, span))
    {
      KelThreat *threat = kel_document_get_threat_for_node (self->document,
                                                            kel_document_get_block (self->document, span->block)->node);
      /* Translators: %u is the threat's number in Annex 2 */
      return g_strdup_printf (_("Threat %u of Annex 2: its source and signs"), kel_threat_get_number (threat));
    }
  return NULL;
}

/* What a screen reader says of a focused link: that it is one, and where it
 * goes (the tooltip is for the mouse, and does not repeat "link"). */
static char *
link_accessible_description (KelDocumentView *self,
                             const KelSpan   *span)
{
  if (span->kind == KEL_SPAN_TERM && span->term != NULL)
    {
      const char *kk = kel_term_get_label (span->term, KEL_LANG_KK);

      if (span->is_definition)
        /* Translators: read by screen readers on a term where it is defined */
        return g_strdup_printf (_("Defined term, link: “%s”, defined here"), kk);
      /* Translators: read by screen readers on a focused term occurrence */
      return g_strdup_printf (_("Defined term, link: %s"), kk);
    }
  {
    g_autofree char *where = link_description (self, span);

    /* Translators: read by screen readers on a focused reference; %s says
     * where it goes ("Go to Article 3") */
    return where ? g_strdup_printf (_("Link: %s"), where) : NULL;
  }
}

/* for kel-document-view-links.c */
gboolean
_kel_document_view_is_link (KelDocumentView *self,
                            const KelSpan   *span)
{
  return is_link (self, span);
}

char *
_kel_document_view_link_description (KelDocumentView *self,
                                     const KelSpan   *span)
{
  return link_accessible_description (self, span);
}

/**
 * kel_document_view_set_focus_link:
 * @span: (nullable): a term occurrence or reference, or %NULL
 *
 * Gives @span the keyboard focus within the view and scrolls it into view.
 */
void
kel_document_view_set_focus_link (KelDocumentView *self,
                                  const KelSpan   *span)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  set_link_tag (self, self->focus_tag, &self->focus_link, span);
  _kel_document_view_links_focus (self, span);
  if (span != NULL)
    {
      GtkTextIter iter;
      g_autofree char *description = link_accessible_description (self, span);

      /* the caret follows the focus, so that screen readers track it */
      _kel_document_view_iter_at_model (self, &iter, span->start);
      gtk_text_buffer_place_cursor (buffer, &iter);
      gtk_text_buffer_move_mark (buffer, self->scroll_mark, &iter);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), self->scroll_mark, 0.15, FALSE, 0, 0);
      /* kept until the next link: Where Am I reads it again.  (No
       * gtk_widget_set_tooltip_text() here: it would clear it.) */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
#if GTK_CHECK_VERSION (4, 14, 0)
      /* where GTK can, also say it at once: a screen reader need not
       * follow description changes */
      if (description != NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
        kel_announce (GTK_WIDGET (self), description);
#endif
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/**
 * kel_document_view_set_focus_shaded:
 * @shaded: whether the focused link is shaded
 *
 * Shades the focused link while something explains it (the term popover);
 * otherwise only the focus outline marks it.
 */
void
kel_document_view_set_focus_shaded (KelDocumentView *self,
                                    gboolean         shaded)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  g_object_set (self->focus_tag, "background-set", shaded, NULL);
}

/**
 * kel_document_view_get_focus_link:
 *
 * Returns: (transfer none) (nullable): the link with the keyboard focus
 *   within the view
 */
const KelSpan *
kel_document_view_get_focus_link (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), NULL);
  return self->focus_link;
}

/* The next link after (or before) @from, in reading order. */
static const KelSpan *
next_link (KelDocumentView *self,
           guint            from,
           gboolean         forward,
           gboolean         inclusive)
{
  KelDocument *doc = self->document;
  guint n = kel_document_get_n_spans (doc);
  guint i = kel_document_find_first_span (doc, from);

  if (forward)
    {
      for (; i < n; i++)
        {
          const KelSpan *span = kel_document_get_span (doc, i);
          if (is_link (self, span) && (inclusive || span->start > from))
            return span;
        }
    }
  else
    {
      if (inclusive)
        while (i < n && kel_document_get_span (doc, i)->start <= from)
          i++;
      for (; i > 0; i--)
        {
          const KelSpan *span = kel_document_get_span (doc, i - 1);
          if (is_link (self, span) && (inclusive ? span->start <= from : span->start < from))
            return span;
        }
    }
  return NULL;
}

gboolean
_kel_document_view_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  const KelSpan *next;

  /* the term popover is a child of the view: while the focus is in it, Tab
   * and Shift+Tab go round its controls and never back into the text */
  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      if (focus != NULL && gtk_widget_is_ancestor (focus, self->popover))
        {
          if (!gtk_widget_child_focus (self->popover, direction))
            {
              /* past the last control: round to the first, searched
               * afresh from the popover down */
              for (GtkWidget *w = gtk_root_get_focus (root); w != NULL && w != widget; w = gtk_widget_get_parent (w))
                gtk_widget_set_focus_child (w, NULL);
              gtk_widget_child_focus (self->popover, direction);
            }
          return TRUE;
        }
    }
  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return KEL_DOCUMENT_VIEW_PARENT_CLASS->focus (widget, direction);
  if (self->document == NULL)
    return FALSE;

  if (!gtk_widget_has_focus (widget))
    {
      /* entering the text: the link that had the focus if it is still in
       * view (focus coming back from the term popover), else the first
       * link in view in the direction of travel */
      guint from = _kel_document_view_first_visible_offset (self, !forward);

      if (self->focus_link != NULL && kel_document_view_is_span_visible (self, self->focus_link))
        next = self->focus_link;
      else
        {
          /* a link cut by the edge of the view is skipped */
          next = next_link (self, from, forward, TRUE);
          for (guint tries = 0; next != NULL && !kel_document_view_is_span_visible (self, next) && tries < 3; tries++)
            next = next_link (self, next->start, forward, FALSE);
          if (next != NULL && !kel_document_view_is_span_visible (self, next))
            next = NULL;
        }
      gtk_widget_grab_focus (widget);
      kel_document_view_set_focus_link (self, next);
      return TRUE;
    }

  if (self->focus_link != NULL)
    next = next_link (self, self->focus_link->start, forward, FALSE);
  else
    next = next_link (self, _kel_document_view_first_visible_offset (self, !forward), forward, TRUE);
  if (next == NULL)
    {
      kel_document_view_set_focus_link (self, NULL);
      return FALSE;   /* past the last link: focus leaves the text */
    }
  kel_document_view_set_focus_link (self, next);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KelDocumentView       *self)
{
  gboolean enter = keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;

  _kel_document_view_stop_aiming (self);
  if ((enter || keyval == GDK_KEY_space)
      && self->focus_link != NULL
      && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    {
      kel_document_view_activate_link (self, self->focus_link);
      return TRUE;
    }
  if (enter && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    {
      /* a reader who moved the caret onto a link (a screen reader's caret
       * navigation, or its list of links) follows it with Enter */
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
      GtkTextIter caret;
      const KelSpan *link;

      gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
      link = link_at_model (self, _kel_document_view_model_at_iter (self, &caret));
      if (link != NULL)
        {
          kel_document_view_set_focus_link (self, link);
          kel_document_view_activate_link (self, link);
          return TRUE;
        }
    }
  if (keyval == GDK_KEY_Escape && self->focus_link != NULL)
    {
      kel_document_view_set_focus_link (self, NULL);
      return TRUE;
    }
  return FALSE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KelDocumentView          *self)
{
  const KelSpan *span = link_at_point (self, x, y);

  set_link_tag (self, self->hover_tag, &self->hover_link, span);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), span ? "pointer" : "text");
}

static void
on_leave (GtkEventControllerMotion *controller,
          KelDocumentView          *self)
{
  set_link_tag (self, self->hover_tag, &self->hover_link, NULL);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KelDocumentView *self)
{
  self->press_x = x;
  self->press_y = y;
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const KelSpan *span;

  if (n_press != 1 || ABS (x - self->press_x) > 4 || ABS (y - self->press_y) > 4)
    return;
  if (gtk_text_buffer_get_has_selection (buffer))
    return;   /* the reader was selecting text */
  span = link_at_point (self, x, y);
  if (span == NULL)
    return;
  set_link_tag (self, self->focus_tag, &self->focus_link, span);
  kel_document_view_activate_link (self, span);
}

static gboolean
on_query_tooltip (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  KelDocumentView *self)
{
  const KelSpan *span;
  g_autofree char *text = NULL;

  if (keyboard)
    span = self->focus_link;
  else
    span = link_at_point (self, x, y);
  if (span == NULL)
    {
      GtkTextIter iter;
      int bx, by;

      gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!keyboard && self->document != NULL
          && gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by)
          && !_kel_document_view_is_gloss (self, &iter)
          && kel_document_get_span_at (self->document, _kel_document_view_model_at_iter (self, &iter),
                                       KEL_SPAN_SIC) != NULL)
        {
          gtk_tooltip_set_text (tooltip, _("Spelled as in the published text [sic]"));
          return TRUE;
        }
      return FALSE;
    }
  if (span->kind == KEL_SPAN_TERM && span->term != NULL)
    {
      KelLang lang = self->gloss_lang;
      const char *label = kel_term_get_label (span->term, lang);
      const char *kk = kel_term_get_label (span->term, KEL_LANG_KK);

      if (label == NULL)
        label = kk;
      if (lang != KEL_LANG_KK && label != kk)
        text = g_strdup_printf ("%s — %s", kk, label);
      else
        text = g_strdup (kk);
    }
  else
    text = link_description (self, span);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_secondary_pressed (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      KelDocumentView *self)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (self->document != NULL && gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    {
      self->context_offset = _kel_document_view_model_at_iter (self, &iter);
      self->context_time = g_get_monotonic_time ();
    }
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KelDocumentView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  _kel_document_view_stop_aiming (self);
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), dy < 0 ? "win.zoom-in" : "win.zoom-out", NULL);
  return TRUE;
}

/* The controllers: keys, pointer motion, clicks, Ctrl+scroll, tooltips. */
void
_kel_document_view_init_input (KelDocumentView *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
}
