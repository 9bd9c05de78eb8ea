/* kel-window-popover.c — the links of the text: the term popover, cross-
 * references and the numbers of threats
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A term link opens the popover pointing at the occurrence; the popover's
 * own jumps (another occurrence, "Go to definition", "Show in Glossary")
 * come back here and go through the window's history.
 */
#include "config.h"

#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-document-view.h"
#include "kel-term-popover.h"

/* The popover does not hide itself (an X11 popup that does grabs the
 * keyboard, and the window's active state flickers: Orca then announces
 * the window again and reads the text around the popover on the next
 * Tab); it opens with the focus in it, and closes on Escape, on "Go to",
 * or when the focus leaves it. */
static void
popup (KelWindow *self)
{
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_child_focus (self->popover, GTK_DIR_TAB_FORWARD);
}

static gboolean
occurrence_in_upper_half (KelWindow     *self,
                          const KelSpan *span)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  GdkRectangle rect;

  return kel_document_view_is_span_visible (view, span)
         && kel_document_view_get_span_rect (view, span, &rect)
         && rect.y + rect.height < gtk_widget_get_height (self->view) / 2;
}

static gboolean
point_popover (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KelWindow *self = user_data;
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  GdkRectangle rect;

  /* wait until the scroll to the occurrence has been laid out */
  if (self->popover_target == NULL
      || ((self->popover_upper ? !occurrence_in_upper_half (self, self->popover_target)
                               : !kel_document_view_is_span_visible (view, self->popover_target))
          && ++self->popover_ticks < 30))
    return G_SOURCE_CONTINUE;
  if (kel_document_view_get_span_rect (view, self->popover_target, &rect))
    {
      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
      popup (self);
    }
  self->popover_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Stops waiting to point the popover (the tick callback is the view's,
 * not a GLib source). */
void
_kel_window_stop_pointing (KelWindow *self)
{
  if (self->popover_tick != 0 && self->view != NULL)
    gtk_widget_remove_tick_callback (self->view, self->popover_tick);
  self->popover_tick = 0;
}

static void
open_popover_scrolled (KelWindow     *self,
                       const KelSpan *span,
                       gboolean       scroll)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  GdkRectangle rect;

  kel_term_popover_show_occurrence (KEL_TERM_POPOVER (_kel_window_term_popover (self)), self->document, span);
  kel_document_view_set_focus_link (view, span);
  kel_document_view_set_focus_shaded (view, TRUE);
  self->popover_target = span;
  self->popover_upper = scroll;
  /* after the focus link's own (smallest) scroll, so that this one wins */
  if (scroll)
    kel_document_view_scroll_to (view, span->start);
  else if (kel_document_view_is_span_visible (view, span)
      && kel_document_view_get_span_rect (view, span, &rect))
    {
      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
      popup (self);
      return;
    }
  self->popover_ticks = 0;
  if (self->popover_tick == 0)
    self->popover_tick = gtk_widget_add_tick_callback (self->view, point_popover, self, NULL);
}

static void
open_popover (KelWindow     *self,
              const KelSpan *span)
{
  open_popover_scrolled (self, span, FALSE);
}

static void
on_show_occurrence (KelTermPopover *popover,
                    const KelSpan  *span,
                    KelWindow      *self)
{
  /* a jump: the reader can come back to where the popover opened */
  _kel_window_record_jump (self);
  /* the popover opens below the occurrence: bring it into the upper part
   * of the view, so that the popover stays inside the window */
  open_popover_scrolled (self, span, !occurrence_in_upper_half (self, span));
}

static void
on_popover_goto_node (KelTermPopover *popover,
                      const KelNode  *node,
                      KelWindow      *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  _kel_window_jump_to_node (self, node, TRUE);
}

static void
on_popover_closed (GtkPopover *popover,
                   KelWindow  *self)
{
  _kel_window_stop_pointing (self);
  self->popover_target = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* the term is no longer explained: only the focus outline marks it */
  kel_document_view_set_focus_shaded (KEL_DOCUMENT_VIEW (self->view), FALSE);
  /* focus returns to the link the popover explained, unless the reader
   * took it elsewhere */
  if (focus == NULL || focus == self->view || gtk_widget_is_ancestor (focus, self->popover))
    gtk_widget_grab_focus (self->view);
}

/* The focus left the open popover (a click in the text, F6, a shortcut):
 * it closes, as an autohiding popover would. */
static void
on_focus_widget (KelWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (self->popover != NULL && gtk_widget_get_visible (self->popover)
      && focus != NULL && !gtk_widget_is_ancestor (focus, self->popover))
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_activate_link (KelDocumentView *view,
                  const KelSpan   *span,
                  KelWindow       *self)
{
  if (span->kind == KEL_SPAN_TERM && span->term != NULL)
    open_popover (self, span);
  else if (span->kind == KEL_SPAN_REF)
    {
      const KelNode *node = kel_document_lookup_node (self->document, span->target);
      if (node != NULL)
        _kel_window_jump_to_node (self, node, TRUE);
    }
  else if (span->kind == KEL_SPAN_NUM)
    {
      const KelBlock *block = kel_document_get_block (self->document, span->block);
      KelThreat *threat = kel_document_get_threat_for_node (self->document, block->node);

      if (threat != NULL)
        kel_window_show_threat (self, threat);
    }
}
static void
on_popover_show_in_glossary (KelTermPopover *popover,
                             KelTerm        *term,
                             KelWindow      *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  kel_window_show_term (self, term);
}

static void
on_definition_copied (KelWindow *self)
{
  kel_window_show_toast (self, _("Definition copied"));
}

/* The term popover, made when first wanted; its signals lead back here. */
GtkWidget *
_kel_window_term_popover (KelWindow *self)
{
  if (self->popover == NULL)
    {
      self->popover = kel_term_popover_new ();
      /* made before the window has its settings (a test asking for it
       * early): then _kel_window_setup_view_settings() binds it with the
       * others */
      if (self->settings != NULL)
        _kel_window_bind_term_language (self, self->popover);
      kel_document_view_set_popover (KEL_DOCUMENT_VIEW (self->view), self->popover);
      g_signal_connect (self->popover, "show-occurrence", G_CALLBACK (on_show_occurrence), self);
      g_signal_connect (self->popover, "goto-node", G_CALLBACK (on_popover_goto_node), self);
      g_signal_connect_swapped (self->popover, "copied", G_CALLBACK (on_definition_copied), self);
      g_signal_connect (self->popover, "closed", G_CALLBACK (on_popover_closed), self);
      g_signal_connect (self->popover, "show-in-glossary", G_CALLBACK (on_popover_show_in_glossary), self);
      g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget), NULL);
    }
  return self->popover;
}

/**
 * kel_window_get_term_popover:
 * Returns: (transfer none): the term popover
 */
GtkWidget *
kel_window_get_term_popover (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return _kel_window_term_popover (self);
}

void
_kel_window_class_init_popover (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);
}
