/* kel-window.c — the reader window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one KelDocument: the text in a KelDocumentView, the
 * sidebar pages beside it, and a term popover on demand.  Every jump (a
 * contents row, a cross-reference, "Go to definition", the next occurrence,
 * --goto) goes through jump_to(), which records the place left in the
 * history that Back and Forward walk.
 */
#include "config.h"

#include "kel-window.h"
#include "kel-markup.h"
#include "kel-text.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kel-announce.h"
#include "kel-contents-page.h"
#include "kel-contents.h"
#include "kel-document-view.h"
#include "kel-glossary-page.h"
#include "kel-goto-dialog.h"
#include "kel-particulars-window.h"
#include "kel-notes-page.h"
#include "kel-window-notes.h"
#include "kel-help-window.h"
#include "kel-threats-page.h"
#include "kel-print.h"
#include "kel-results-page.h"
#include "kel-search-bar.h"
#include "kel-citation.h"
#include "kel-term-popover.h"
#include "kel-term.h"

/* Zoom steps, as in other GNOME readers */
static const double zoom_steps[] = {
  0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4, 3.0
};

#define HISTORY_MAX 100

struct _KelWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkWidget       *title_label;
  GtkWidget       *subtitle_label;
  GtkWidget       *menu_button;
  GtkWidget       *lang_button;
  GtkWidget       *lang_label;
  GtkWidget       *sidebar_button;
  GtkWidget       *banner;
  GtkWidget       *banner_label;
  GtkWidget       *banner_icon;
  GtkWidget       *toast;
  GtkWidget       *toast_label;
  guint            toast_id;
  GtkWidget       *paned;
  GtkWidget       *sidebar;
  GtkWidget       *sidebar_stack;
  GtkWidget       *contents_page;
  GtkWidget       *glossary_page;
  GtkWidget       *threats_page;
  GtkWidget       *scroller;
  GtkWidget       *view;
  GtkWidget       *search_bar;
  GtkWidget       *search_button;
  GtkWidget       *results_page;
  GtkWidget       *notes_page;
  GtkStackPage    *results_stack_page;
  char            *page_before_search;

  GSettings       *settings;
  KelDocument     *document;
  GtkWidget       *popover;
  const KelSpan   *popover_target;
  guint            popover_tick;
  guint            popover_ticks;
  gboolean         popover_upper;   /* wait for the target in the upper half */
  GArray          *back;        /* model offsets */
  GArray          *forward;
  char            *message;
  KelLang          lang;
  gboolean         bundled;     /* the bundled agreement: its position is remembered */
  gboolean         narrow;          /* too narrow for the sidebar beside the text */
  gboolean         narrow_sidebar;  /* in a narrow window, the sidebar instead of the text */
  guint            layout_idle;
  gboolean         glossary_loaded;
  gboolean         threats_loaded;
  GCancellable    *loading;
  guint            a11y_start_id;
  GtkWidget       *help_overlay;
};

G_DEFINE_FINAL_TYPE (KelWindow, kel_window, GTK_TYPE_APPLICATION_WINDOW)

static void update_sidebar_pages (KelWindow *self);
static void update_layout (KelWindow *self);
static GtkWidget *term_popover (KelWindow *self);

/* Below this width the sidebar and the text take turns, as on a phone. */
#define NARROW_WIDTH 720

/* ------------------------------------------------------------------------ */
/* Messages                                                                 */
/* ------------------------------------------------------------------------ */

/**
 * kel_window_show_message:
 * @message: what went wrong or what the reader should know
 *
 * Shows @message in a banner at the top of the window until dismissed.
 */
void
kel_window_show_message (KelWindow  *self,
                         const char *message)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->banner_label), message);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->banner_icon), "dialog-information-symbolic");
  gtk_widget_remove_css_class (self->banner_icon, "error");
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner), message != NULL);
}

/**
 * kel_window_show_error:
 * @message: what failed, where, and what the window shows now
 *
 * Like kel_window_show_message(), with the error icon: something the
 * reader asked for did not happen.
 */
void
kel_window_show_error (KelWindow  *self,
                       const char *message)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  kel_window_show_message (self, message);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->banner_icon), "dialog-error-symbolic");
  gtk_widget_add_css_class (self->banner_icon, "error");
  kel_announce (GTK_WIDGET (self), message);
}

/* @message without the "NAME:LINE: " or "NAME: " that the model's messages
 * about a file start with (kel-error.h), when @file is that file. */
static const char *
strip_file_prefix (const char *message,
                   GFile      *file,
                   int        *line)
{
  g_autofree char *name = file ? g_file_get_parse_name (file) : NULL;
  const char *p;

  *line = 0;
  if (name == NULL || !g_str_has_prefix (message, name) || message[strlen (name)] != ':')
    return NULL;
  p = message + strlen (name) + 1;
  if (g_ascii_isdigit (*p))
    {
      const char *digits = p;

      while (g_ascii_isdigit (*p))
        p++;
      if (*p != ':')
        return NULL;
      *line = (int) g_ascii_strtoll (digits, NULL, 10);
      p++;
    }
  return *p == ' ' ? p + 1 : NULL;
}

/**
 * kel_window_show_open_error:
 * @edition: the file the reader asked to open
 * @termbase: (nullable): its termbase
 * @error: why the model refused them
 *
 * Says which file could not be opened, on which line and what is wrong, and
 * what the window shows instead: the bundled agreement, or the edition
 * that stays open.
 */
void
kel_window_show_open_error (KelWindow    *self,
                            GFile        *edition,
                            GFile        *termbase,
                            const GError *error)
{
  GFile *file = edition;
  g_autofree char *base = NULL;
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;
  const char *detail;
  int line = 0;

  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (error != NULL);
  detail = strip_file_prefix (error->message, edition, &line);
  if (detail == NULL && termbase != NULL)
    {
      file = termbase;
      detail = strip_file_prefix (error->message, termbase, &line);
    }
  base = file ? g_file_get_basename (file) : NULL;
  if (detail == NULL || base == NULL)
    /* Translators: %s is why the file was not opened, in the model's words */
    what = g_strdup_printf (_("The file could not be opened: %s."), error->message);
  else if (line > 0)
    /* Translators: %1$s is a file name, %2$d a line of it, %3$s what is wrong there */
    what = g_strdup_printf (_("“%1$s” could not be opened. Line %2$d: %3$s."), base, line, detail);
  else
    /* Translators: %1$s is a file name, %2$s what is wrong with it */
    what = g_strdup_printf (_("“%1$s” could not be opened: %2$s."), base, detail);

  if (self->document != NULL && self->bundled)
    shown = g_strdup (_("The bundled agreement is shown instead."));
  else if (self->document != NULL)
    {
      g_autofree char *name = g_path_get_basename (kel_document_get_name (self->document));

      /* Translators: %s is the file name of the edition the window shows */
      shown = g_strdup_printf (_("“%s” stays open."), name);
    }
  message = shown ? g_strconcat (what, " ", shown, NULL) : g_steal_pointer (&what);
  kel_window_show_error (self, message);
}

/**
 * kel_window_get_message:
 * Returns: (nullable): the message shown, if any
 */
const char *
kel_window_get_message (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->message;
}

/**
 * kel_window_get_message_icon:
 * Returns: (nullable): the icon name of the message shown, if any
 */
const char *
kel_window_get_message_icon (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->message ? gtk_image_get_icon_name (GTK_IMAGE (self->banner_icon)) : NULL;
}

static void
dismiss_message (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);

  g_clear_pointer (&self->message, g_free);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner), FALSE);
}

/* ------------------------------------------------------------------------ */
/* History and jumps                                                        */
/* ------------------------------------------------------------------------ */

static void
update_history_actions (KelWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->back->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", self->forward->len > 0);
}

static guint
current_offset (KelWindow *self)
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

/* Scrolls to @offset, recording the place left; flashes [flash_start,
 * flash_end) when flash_end > flash_start. */
static void
jump_to (KelWindow *self,
         guint      offset,
         guint      flash_start,
         guint      flash_end)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);

  if (self->document == NULL)
    return;
  push (self->back, current_offset (self));
  g_array_set_size (self->forward, 0);
  update_history_actions (self);
  /* in a narrow window, reading goes on in the text */
  if (self->narrow && self->narrow_sidebar)
    {
      self->narrow_sidebar = FALSE;
      update_layout (self);
    }
  kel_document_view_scroll_to (view, offset);
  if (flash_end > flash_start)
    kel_document_view_flash (view, flash_start, flash_end);
}

static void
jump_to_node (KelWindow     *self,
              const KelNode *node,
              gboolean       flash)
{
  jump_to (self, node->start, flash ? node->start : 0, flash ? node->end : 0);
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
  push (to, current_offset (self));
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
  jump_to_node (self, node, flash);
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

static void
save_position (KelWindow *self)
{
  const KelNode *node;

  if (self->document == NULL || !self->bundled)
    return;
  node = kel_document_get_node_at (self->document, current_offset (self));
  g_settings_set_string (self->settings, "position", node ? node->eid : "");
}

/* ------------------------------------------------------------------------ */
/* The term popover                                                         */
/* ------------------------------------------------------------------------ */

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
      gtk_popover_popup (GTK_POPOVER (self->popover));
    }
  self->popover_tick = 0;
  return G_SOURCE_REMOVE;
}

/* The tick callback is the view's, not a GLib source */
static void
stop_pointing (KelWindow *self)
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

  kel_term_popover_show_occurrence (KEL_TERM_POPOVER (term_popover (self)), self->document, span);
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
      gtk_popover_popup (GTK_POPOVER (self->popover));
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
  push (self->back, current_offset (self));
  g_array_set_size (self->forward, 0);
  update_history_actions (self);
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
  jump_to_node (self, node, TRUE);
}

static void
on_popover_closed (GtkPopover *popover,
                   KelWindow  *self)
{
  stop_pointing (self);
  self->popover_target = NULL;
  /* the term is no longer explained: only the focus outline marks it */
  kel_document_view_set_focus_shaded (KEL_DOCUMENT_VIEW (self->view), FALSE);
  /* focus returns to the link the popover explained */
  gtk_widget_grab_focus (self->view);
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
        jump_to_node (self, node, TRUE);
    }
  else if (span->kind == KEL_SPAN_NUM)
    {
      const KelBlock *block = kel_document_get_block (self->document, span->block);
      KelThreat *threat = kel_document_get_threat_for_node (self->document, block->node);

      if (threat != NULL)
        kel_window_show_threat (self, threat);
    }
}

/* -- sidebar pages --------------------------------------------------------- */

/* The glossary and the threats get the document when they are first shown,
 * so that the window's first frame does not wait for pages nobody sees. */
static void
update_sidebar_pages (KelWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (self->sidebar_stack));
  gboolean shown = gtk_widget_get_visible (self->sidebar);

  if (self->document == NULL)
    return;
  if ((shown && page == self->glossary_page) || self->glossary_loaded)
    {
      kel_glossary_page_set_document (KEL_GLOSSARY_PAGE (self->glossary_page), self->document);
      self->glossary_loaded = TRUE;
    }
  if ((shown && page == self->threats_page) || self->threats_loaded)
    {
      kel_threats_page_set_document (KEL_THREATS_PAGE (self->threats_page), self->document);
      self->threats_loaded = TRUE;
    }
}

/**
 * kel_window_show_sidebar_page:
 * @name: "contents", "glossary" or "threats"
 *
 * Shows the sidebar, open at that page.
 */
void
kel_window_show_sidebar_page (KelWindow  *self,
                              const char *name)
{
  if (!gtk_widget_get_visible (self->sidebar))
    g_action_group_change_action_state (G_ACTION_GROUP (self), "sidebar-visible", g_variant_new_boolean (TRUE));
  gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), name);
  update_sidebar_pages (self);
}

/**
 * kel_window_show_term:
 * @term: a defined term
 *
 * Opens @term's page in the glossary.
 */
void
kel_window_show_term (KelWindow *self,
                      KelTerm   *term)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  kel_window_show_sidebar_page (self, "glossary");
  kel_glossary_page_show_term (KEL_GLOSSARY_PAGE (self->glossary_page), term);
  kel_glossary_page_grab_focus (KEL_GLOSSARY_PAGE (self->glossary_page));
}

/**
 * kel_window_show_threat:
 * @threat: a threat of Annex 2
 *
 * Opens @threat's page in the threats browser.
 */
void
kel_window_show_threat (KelWindow *self,
                        KelThreat *threat)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  kel_window_show_sidebar_page (self, "threats");
  kel_threats_page_show_threat (KEL_THREATS_PAGE (self->threats_page), threat);
  kel_threats_page_grab_focus (KEL_THREATS_PAGE (self->threats_page));
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
on_glossary_occurrence (KelGlossaryPage *page,
                        const KelSpan   *span,
                        KelWindow       *self)
{
  const KelBlock *block = kel_document_get_block (self->document, span->block);

  jump_to (self, block->start, span->start, span->end);
  kel_document_view_set_focus_link (KEL_DOCUMENT_VIEW (self->view), span);
}

static void
on_threats_goto (KelThreatsPage *page,
                 const KelNode  *node,
                 KelWindow      *self)
{
  jump_to_node (self, node, TRUE);
}

static void
on_threats_term (KelThreatsPage *page,
                 KelTerm        *term,
                 KelWindow      *self)
{
  kel_window_show_term (self, term);
}

static void
on_sidebar_page (GtkStack   *stack,
                 GParamSpec *pspec,
                 KelWindow  *self)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  update_sidebar_pages (self);

  /* the search results are transient: the page to come back to is kept */
  if (name != NULL && !g_str_equal (name, "search") && self->settings != NULL)
    g_settings_set_string (self->settings, "sidebar-page", name);
}

/* ------------------------------------------------------------------------ */
/* Position, contents                                                       */
/* ------------------------------------------------------------------------ */

static void
on_position_changed (KelDocumentView *view,
                     KelWindow       *self)
{
  const KelNode *node = kel_document_view_get_top_node (view);
  const KelNode *section = node && self->document ? kel_document_get_section (self->document, node) : NULL;
  g_autofree char *where = NULL;

  kel_contents_page_set_current (KEL_CONTENTS_PAGE (self->contents_page), node);
  if (self->document != NULL && !kel_document_is_kazakh (self->document))
    {
      /* another document: the innermost part the contents list, in its
       * own words ("2. Pruning") */
      for (section = node; section != NULL; section = section->parent)
        if (kel_document_is_contents_entry (self->document, section))
          break;
    }
  if (section != NULL && section->kind != KEL_NODE_TITLE)
    {
      g_autofree char *location = kel_document_get_location (self->document, section, self->lang);

      /* the subtitle starts a line: "Статья 2", not "статья 2" */
      where = kel_text_capitalise (location);
    }
  if (!self->bundled && self->document != NULL)
    {
      /* which file is open, always in sight */
      g_autofree char *file = g_path_get_basename (kel_document_get_name (self->document));
      char *both = where ? g_strdup_printf ("%s — %s", file, where) : g_strdup (file);

      g_free (where);
      where = both;
    }
  if (where != NULL)
    gtk_label_set_text (GTK_LABEL (self->subtitle_label), where);
  gtk_widget_set_visible (self->subtitle_label, where != NULL);
}

static void
on_contents_activate (KelContentsPage *page,
                      const KelNode   *node,
                      KelWindow       *self)
{
  jump_to (self, node->start, 0, 0);
  /* reading goes on there: the focus goes to the text, whose caret is at
   * the start of the part, so that a screen reader reads it */
  gtk_widget_grab_focus (self->view);
}

/* F6 is taken before GtkPaned's own F6 (which cycles its children without
 * knowing which page of the sidebar to focus), so that it always moves
 * between the sidebar page and the text. */
static gboolean
on_window_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               KelWindow             *self)
{
  if (keyval == GDK_KEY_F6 && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.next-pane", NULL);
      return TRUE;
    }
  return FALSE;
}

/* win.sidebar-page: Alt+1, Alt+2, Alt+3 open a page of the sidebar and put
 * the focus in it, as Alt+digit does for the tabs of a notebook. */
static void
sidebar_page_activated (GtkWidget  *widget,
                        const char *action,
                        GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);
  GtkWidget *page;

  if (!g_str_equal (name, "contents") && !g_str_equal (name, "glossary") && !g_str_equal (name, "threats"))
    return;
  kel_window_show_sidebar_page (self, name);
  page = gtk_stack_get_visible_child (GTK_STACK (self->sidebar_stack));
  if (KEL_IS_CONTENTS_PAGE (page))
    kel_contents_page_grab_focus (KEL_CONTENTS_PAGE (page));
  else if (KEL_IS_GLOSSARY_PAGE (page))
    kel_glossary_page_grab_focus (KEL_GLOSSARY_PAGE (page));
  else if (KEL_IS_THREATS_PAGE (page))
    kel_threats_page_grab_focus (KEL_THREATS_PAGE (page));
}

static void
next_pane_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (gtk_widget_get_visible (self->sidebar)
      && (focus == NULL || !gtk_widget_is_ancestor (focus, self->sidebar)))
    {
      GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (self->sidebar_stack));

      if (KEL_IS_CONTENTS_PAGE (page))
        kel_contents_page_grab_focus (KEL_CONTENTS_PAGE (page));
      else if (KEL_IS_GLOSSARY_PAGE (page))
        kel_glossary_page_grab_focus (KEL_GLOSSARY_PAGE (page));
      else if (KEL_IS_THREATS_PAGE (page))
        kel_threats_page_grab_focus (KEL_THREATS_PAGE (page));
      else if (page != NULL)
        gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
    }
  else
    gtk_widget_grab_focus (self->view);
}

/* ------------------------------------------------------------------------ */
/* Wide and narrow                                                          */
/* ------------------------------------------------------------------------ */

/* Wide: the sidebar (if the reader wants it) beside the text.  Narrow: the
 * text, or the sidebar in its place when the reader opens it; a jump from
 * the sidebar goes back to the text.  The remembered setting is the wide
 * window's. */
static void
update_layout (KelWindow *self)
{
  gboolean show_sidebar;
  GAction *action;

  if (self->settings == NULL)
    return;
  show_sidebar = self->narrow ? self->narrow_sidebar
                              : g_settings_get_boolean (self->settings, "sidebar-visible");
  gtk_widget_set_visible (self->sidebar, show_sidebar);
  gtk_widget_set_visible (self->scroller, !(self->narrow && show_sidebar));
  kel_search_bar_set_compact (KEL_SEARCH_BAR (self->search_bar), self->narrow);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "sidebar-visible");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (show_sidebar));
}

static void
sidebar_state_changed (GSimpleAction *action,
                       GVariant      *state,
                       gpointer       user_data)
{
  KelWindow *self = user_data;
  gboolean show = g_variant_get_boolean (state);

  if (self->narrow)
    {
      self->narrow_sidebar = show;
      update_layout (self);
    }
  else
    g_settings_set_boolean (self->settings, "sidebar-visible", show);
  if (show)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.next-pane", NULL);
}

static gboolean
relayout (gpointer user_data)
{
  KelWindow *self = user_data;

  self->layout_idle = 0;
  update_layout (self);
  return G_SOURCE_REMOVE;
}

static void
kel_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  KelWindow *self = KEL_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (kel_window_parent_class)->size_allocate (widget, width, height, baseline);
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      self->narrow_sidebar = FALSE;
      /* not while allocating: the next idle changes what is shown, before
       * the text view's own layout work (a lower priority) */
      if (self->layout_idle == 0)
        self->layout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout, self, NULL);
    }
}

/* ------------------------------------------------------------------------ */
/* Zoom                                                                     */
/* ------------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------------ */
/* Term language and glosses                                                */
/* ------------------------------------------------------------------------ */

static void
update_glosses (KelWindow *self)
{
  kel_document_view_set_glosses (KEL_DOCUMENT_VIEW (self->view),
                                 g_settings_get_boolean (self->settings, "show-glosses"),
                                 self->lang);
}

static void
on_term_language_changed (KelWindow *self)
{
  static const char *short_names[KEL_N_LANGS] = { "Қаз", "Рус", "中文" };
  static const char *names[KEL_N_LANGS] = { "Қазақша", "Русский", "中文" };
  g_autofree char *code = g_settings_get_string (self->settings, "term-language");
  KelLang lang = KEL_LANG_KK;
  PangoAttrList *attrs;

  if (!kel_lang_from_code (code, &lang))
    lang = KEL_LANG_KK;
  if (lang != self->lang && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_autofree char *said = g_strdup_printf (_("Term language: %s"), names[lang]);
      kel_announce (GTK_WIDGET (self), said);
    }
  self->lang = lang;

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (kel_lang_to_pango (lang))));
  gtk_label_set_attributes (GTK_LABEL (self->lang_label), attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_text (GTK_LABEL (self->lang_label), short_names[lang]);
  {
    /* Translators: %s is the name of a language, in that language */
    g_autofree char *label = g_strdup_printf (_("Term language: %s"), names[lang]);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->lang_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }

  kel_contents_page_set_lang (KEL_CONTENTS_PAGE (self->contents_page), lang);
  kel_search_bar_set_lang (KEL_SEARCH_BAR (self->search_bar), lang);
  kel_glossary_page_set_lang (KEL_GLOSSARY_PAGE (self->glossary_page), lang);
  kel_threats_page_set_lang (KEL_THREATS_PAGE (self->threats_page), lang);
  if (self->popover != NULL)
    kel_term_popover_set_lang (KEL_TERM_POPOVER (self->popover), lang);
  update_glosses (self);
  on_position_changed (KEL_DOCUMENT_VIEW (self->view), self);
}

static void
on_glossary_order_changed (KelWindow *self)
{
  g_autofree char *order = g_settings_get_string (self->settings, "glossary-order");

  kel_glossary_page_set_order (KEL_GLOSSARY_PAGE (self->glossary_page), g_str_equal (order, "alphabetical"));
}

/* ------------------------------------------------------------------------ */
/* The document                                                             */
/* ------------------------------------------------------------------------ */

static void
show_document (KelWindow   *self,
               KelDocument *document,
               gboolean     bundled)
{
  if (self->bundled && self->document != NULL && document != self->document)
    save_position (self);
  self->bundled = bundled;
  /* "Show the Bundled Agreement" does nothing while it is shown */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", !bundled);
  if (!g_set_object (&self->document, document))
    return;
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_array_set_size (self->back, 0);
  g_array_set_size (self->forward, 0);
  update_history_actions (self);
  kel_document_view_set_document (KEL_DOCUMENT_VIEW (self->view), document);
  kel_contents_page_set_document (KEL_CONTENTS_PAGE (self->contents_page), document);
  kel_search_bar_set_document (KEL_SEARCH_BAR (self->search_bar), document);
  update_sidebar_pages (self);
  if (bundled)
    {
      gtk_label_set_text (GTK_LABEL (self->title_label), kel_document_get_short_title (document));
      gtk_widget_set_tooltip_text (self->title_label, kel_document_get_title (document));
      gtk_window_set_title (GTK_WINDOW (self), "Kelisim");
    }
  else
    {
      /* another document: the title it gives itself, and its file */
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", kel_document_get_title (document),
                                                  kel_document_get_name (document));
      g_autofree char *file = g_path_get_basename (kel_document_get_name (document));
      g_autofree char *window_title = g_strdup_printf ("%s — %s", kel_document_get_title (document), file);

      gtk_label_set_text (GTK_LABEL (self->title_label), kel_document_get_title (document));
      gtk_widget_set_tooltip_text (self->title_label, tooltip);
      gtk_window_set_title (GTK_WINDOW (self), window_title);
    }
  on_position_changed (KEL_DOCUMENT_VIEW (self->view), self);
  kel_window_notes_set_document (self, document);
}

/**
 * kel_window_set_document:
 * @document: the bundled agreement
 *
 * Shows the bundled agreement; its reading position is remembered.
 */
void
kel_window_set_document (KelWindow   *self,
                         KelDocument *document)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (KEL_IS_DOCUMENT (document));
  show_document (self, document, TRUE);
}

/**
 * kel_window_show_edition:
 * @document: another edition, opened from a file
 *
 * Shows @document from its start.
 */
void
kel_window_show_edition (KelWindow   *self,
                         KelDocument *document)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (KEL_IS_DOCUMENT (document));
  show_document (self, document, FALSE);
  kel_document_view_scroll_to (KEL_DOCUMENT_VIEW (self->view), 0);
}

/* -- opening another edition ---------------------------------------------- */

typedef struct
{
  GFile *edition;
  GFile *termbase;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_clear_object (&job->edition);
  g_clear_object (&job->termbase);
  g_free (job);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  OpenJob *job = data;
  GError *error = NULL;
  KelDocument *doc = kel_document_new_from_files (job->edition, job->termbase, &error);

  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, g_object_unref);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  KelWindow *self = KEL_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_object (&self->loading);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  if (doc == NULL)
    {
      OpenJob *job = g_task_get_task_data (G_TASK (result));

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      kel_window_show_open_error (self, job->edition, job->termbase, error);
      return;
    }
  dismiss_message (GTK_WIDGET (self), NULL, NULL);
  /* what was read differently from the file, as the command line says it */
  if (kel_document_get_notices (doc) != NULL)
    for (const char * const *n = kel_document_get_notices (doc); *n; n++)
      g_printerr ("kelisim: %s\n", *n);
  kel_window_show_edition (self, doc);
  {
    /* Translators: said by screen readers; %s is the title of the edition */
    g_autofree char *said = g_strdup_printf (_("Opened: %s"), kel_document_get_short_title (doc));
    gtk_widget_grab_focus (self->view);
    kel_announce (GTK_WIDGET (self), said);
  }
}

/**
 * kel_window_open_files:
 * @edition: an Akoma Ntoso file
 * @termbase: (nullable): its TBX termbase
 *
 * Loads the edition in a thread and shows it; a file that cannot be read
 * leaves the current text open and says why in the window.
 */
void
kel_window_open_files (KelWindow *self,
                       GFile     *edition,
                       GFile     *termbase)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (KEL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (edition));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  job = g_new0 (OpenJob, 1);
  job->edition = g_object_ref (edition);
  job->termbase = termbase ? g_object_ref (termbase) : NULL;
  task = g_task_new (self, self->loading, on_loaded, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) open_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "progress");
  g_task_run_in_thread (task, load_in_thread);
}

static gboolean
is_termbase (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  return name != NULL && g_str_has_suffix (name, ".tbx");
}

/* Opens the edition among @files, with a termbase if one is there too. */
static gboolean
open_file_list (KelWindow *self,
                GSList    *files)
{
  GFile *edition = NULL, *termbase = NULL;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (is_termbase (l->data))
        termbase = termbase ? termbase : l->data;
      else
        edition = edition ? edition : l->data;
    }
  if (edition == NULL)
    {
      kel_window_show_message (self, _("Choose an Akoma Ntoso edition (an .xml file); a TBX termbase may come with it."));
      return FALSE;
    }
  kel_window_open_files (self, edition, termbase);
  return TRUE;
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  KelWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      GSList *list = NULL;

      for (guint i = g_list_model_get_n_items (files); i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
      open_file_list (self, list);
      g_slist_free_full (list, g_object_unref);
    }
  g_object_unref (dialog);
}

/* The file chooser: GtkFileChooserNative in GTK 4.8, which goes through the
 * portal in the Flatpak sandbox.  GTK 4.10 replaces it with GtkFileDialog;
 * this is the one place to change. */
static void
open_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  dialog = gtk_file_chooser_native_new (_("Open an Edition"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Akoma Ntoso editions and TBX termbases"));
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_filter_add_suffix (filter, "akn");
  gtk_file_filter_add_suffix (filter, "tbx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
bundled_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);

  if (doc == NULL)
    {
      kel_window_show_error (self, error->message);
      return;
    }
  show_document (self, doc, TRUE);
  kel_window_restore_position (self);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KelWindow     *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  return open_file_list (self, g_value_get_boxed (value));
}

/**
 * kel_window_get_document:
 * Returns: (transfer none) (nullable): the document shown
 */
KelDocument *
kel_window_get_document (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->document;
}

/**
 * kel_window_get_view:
 * Returns: (transfer none): the document view
 */
GtkWidget *
kel_window_get_view (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->view;
}

/* The term popover, made when a term link is first followed. */
static void
on_definition_copied (KelWindow *self)
{
  kel_window_show_toast (self, _("Definition copied"));
}

static GtkWidget *
term_popover (KelWindow *self)
{
  if (self->popover == NULL)
    {
      self->popover = kel_term_popover_new ();
      kel_term_popover_set_lang (KEL_TERM_POPOVER (self->popover), self->lang);
      kel_document_view_set_popover (KEL_DOCUMENT_VIEW (self->view), self->popover);
      g_signal_connect (self->popover, "show-occurrence", G_CALLBACK (on_show_occurrence), self);
      g_signal_connect (self->popover, "goto-node", G_CALLBACK (on_popover_goto_node), self);
      g_signal_connect_swapped (self->popover, "copied", G_CALLBACK (on_definition_copied), self);
      g_signal_connect (self->popover, "closed", G_CALLBACK (on_popover_closed), self);
      g_signal_connect (self->popover, "show-in-glossary", G_CALLBACK (on_popover_show_in_glossary), self);
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
  return term_popover (self);
}

/**
 * kel_window_get_search_bar:
 * Returns: (transfer none): the search bar
 */
GtkWidget *
kel_window_get_search_bar (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->search_bar;
}

/**
 * kel_window_get_results:
 * Returns: (transfer none): the sidebar's search results
 */
GtkWidget *
kel_window_get_results (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->results_page;
}

/**
 * kel_window_get_glossary:
 * Returns: (transfer none): the glossary page of the sidebar
 */
GtkWidget *
kel_window_get_glossary (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->glossary_page;
}

/**
 * kel_window_get_threats:
 * Returns: (transfer none): the threats page of the sidebar
 */
GtkWidget *
kel_window_get_threats (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->threats_page;
}

/**
 * kel_window_get_notes_page:
 * Returns: (transfer none): the bookmarks, highlights and notes page
 */
GtkWidget *
kel_window_get_notes_page (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->notes_page;
}

/**
 * kel_window_get_contents:
 * Returns: (transfer none): the contents page of the sidebar
 */
GtkWidget *
kel_window_get_contents (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  return self->contents_page;
}

/* ------------------------------------------------------------------------ */
/* Search and citations                                                     */
/* ------------------------------------------------------------------------ */

static void
on_search_results (KelSearchBar *bar,
                   KelWindow    *self)
{
  GArray *matches = kel_search_bar_get_matches (bar);
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  KelTerm *via = kel_search_bar_get_via_term (bar);
  g_autofree char *summary = NULL;
  guint here;
  int first = -1;

  kel_document_view_set_highlights (view, matches->len ? matches : NULL);
  if (via != NULL)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u occurrence", "%s — %u occurrences", matches->len),
                               kel_term_get_label (via, KEL_LANG_KK), matches->len);
  else if (matches->len > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", matches->len), matches->len);
  else if (kel_search_bar_is_open (bar))
    summary = g_strdup (_("No matches"));
  kel_results_page_set_results (KEL_RESULTS_PAGE (self->results_page), self->document, matches, self->lang, summary);

  /* the first match from the place being read onwards */
  here = current_offset (self);
  for (guint i = 0; i < matches->len && first < 0; i++)
    if (g_array_index (matches, KelMatch, i).start >= here)
      first = (int) i;
  if (first < 0 && matches->len > 0)
    first = 0;
  kel_search_bar_set_current (bar, first);
}

static void
on_search_current (KelSearchBar *bar,
                   KelWindow    *self)
{
  GArray *matches = kel_search_bar_get_matches (bar);
  int current = kel_search_bar_get_current (bar);
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);

  kel_results_page_set_current (KEL_RESULTS_PAGE (self->results_page), current);
  if (current < 0 || (guint) current >= matches->len)
    {
      kel_document_view_set_current_highlight (view, 0, 0);
      return;
    }
  {
    const KelMatch *m = &g_array_index (matches, KelMatch, current);
    const KelBlock *block = kel_document_get_block_at (self->document, m->start);

    kel_document_view_set_current_highlight (view, m->start, m->end);
    /* scroll only when the match is not in view: reading stays calm */
    {
      KelSpan probe = { 0 };
      probe.start = m->start;
      probe.end = m->end;
      if (!kel_document_view_is_span_visible (view, &probe))
        kel_document_view_scroll_to (view, block->start);
    }
    /* the caret goes to the match, where the text reads on after Escape;
     * a screen reader hears "4 of 17" and the words around the match */
    kel_document_view_place_caret (view, m->start);
    {
      guint from = m->start > block->start + 50 ? m->start - 50 : block->start;
      guint to = MIN (block->end, m->end + 60);
      g_autofree char *around = kel_document_get_range (self->document, from, MAX (to, m->end));
      g_autofree char *said = g_strdup_printf ("%s: %s", kel_search_bar_get_status (bar), around);

      kel_announce (GTK_WIDGET (self), said);
    }
  }
}

static void
on_search_activate_result (KelResultsPage *page,
                           int             index,
                           KelWindow      *self)
{
  GArray *matches = kel_search_bar_get_matches (KEL_SEARCH_BAR (self->search_bar));

  if (index < 0 || (guint) index >= matches->len)
    return;
  /* a jump from the list: recorded, so that Back returns */
  jump_to (self, kel_document_get_block_at (self->document, g_array_index (matches, KelMatch, index).start)->start, 0, 0);
  kel_search_bar_set_current (KEL_SEARCH_BAR (self->search_bar), index);
}

static void
on_search_mode_changed (KelWindow *self)
{
  gboolean open = kel_search_bar_is_open (KEL_SEARCH_BAR (self->search_bar));

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->search_button)) != open)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), open);
  gtk_stack_page_set_visible (self->results_stack_page, open);
  if (open)
    {
      if (self->page_before_search == NULL)
        self->page_before_search = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (self->sidebar_stack)));
      gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "search");
    }
  else
    {
      if (self->page_before_search != NULL)
        gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), self->page_before_search);
      g_clear_pointer (&self->page_before_search, g_free);
      gtk_widget_grab_focus (self->view);
    }
}

static void
on_search_closed (KelSearchBar *bar,
                  KelWindow    *self)
{
  on_search_mode_changed (self);
}

static void
on_search_button (GtkToggleButton *button,
                  KelWindow       *self)
{
  KelSearchBar *bar = KEL_SEARCH_BAR (self->search_bar);

  if (gtk_toggle_button_get_active (button) && !kel_search_bar_is_open (bar))
    {
      kel_search_bar_open (bar);
      on_search_mode_changed (self);
    }
  else if (!gtk_toggle_button_get_active (button) && kel_search_bar_is_open (bar))
    kel_search_bar_close (bar);
}

static void
find_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  KelSearchBar *bar = KEL_SEARCH_BAR (self->search_bar);

  if (g_str_equal (action, "win.find"))
    {
      kel_search_bar_open (bar);
      on_search_mode_changed (self);
    }
  else
    {
      if (!kel_search_bar_is_open (bar))
        {
          kel_search_bar_open (bar);
          on_search_mode_changed (self);
        }
      kel_search_bar_step (bar, g_str_equal (action, "win.find-next"));
    }
}

/* What "Copy citation" cites: the selection, else the paragraph where the
 * reader right-clicked, has the focus or is reading. */
static gboolean
citation_range (KelWindow *self,
                guint     *start,
                guint     *end)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (self->view);
  const KelNode *node;

  if (self->document == NULL)
    return FALSE;
  if (kel_document_view_get_selection (view, start, end))
    return TRUE;
  node = kel_document_get_node_at (self->document, kel_document_view_get_context_offset (view));
  if (node == NULL)
    return FALSE;
  *start = node->start;
  *end = node->end;
  return TRUE;
}

/**
 * kel_window_get_citation:
 *
 * Returns: (transfer full) (nullable): what Copy Citation puts on the
 *   clipboard: the quoted text with its pinpoint in the term language's
 *   citation style, then the kelisim: link on a line of its own
 */
char *
kel_window_get_citation (KelWindow *self)
{
  g_autofree char *cite = NULL;
  g_autofree char *link = NULL;
  guint start, end;

  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  if (!citation_range (self, &start, &end))
    return NULL;
  cite = kel_document_cite (self->document, start, end, self->lang);
  link = kel_document_cite_link (self->document, start, end);
  return link ? g_strdup_printf ("%s\n%s", cite, link) : g_steal_pointer (&cite);
}

static gboolean
hide_toast (gpointer user_data)
{
  KelWindow *self = user_data;

  self->toast_id = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), FALSE);
  return G_SOURCE_REMOVE;
}

/**
 * kel_window_show_toast:
 * @text: a short note, such as "Citation copied"
 *
 * Shows @text over the bottom of the text for two seconds; a screen reader
 * announces it where GTK can (4.14 and later).
 */
void
kel_window_show_toast (KelWindow  *self,
                       const char *text)
{
  g_return_if_fail (KEL_IS_WINDOW (self));
  gtk_label_set_text (GTK_LABEL (self->toast_label), text);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), TRUE);
  g_clear_handle_id (&self->toast_id, g_source_remove);
  self->toast_id = g_timeout_add (2000, hide_toast, self);
  kel_announce (GTK_WIDGET (self), text);
}

/**
 * kel_window_get_toast:
 * Returns: (nullable): the note shown over the text, or %NULL
 */
const char *
kel_window_get_toast (KelWindow *self)
{
  g_return_val_if_fail (KEL_IS_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->toast)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->toast_label));
}

static void
copy_citation_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  KelWindow *self = KEL_WINDOW (widget);
  g_autofree char *citation = kel_window_get_citation (self);

  if (citation != NULL)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
      kel_window_show_toast (self, _("Citation copied"));
    }
}

/* ------------------------------------------------------------------------ */
/* Printing and help                                                        */
/* ------------------------------------------------------------------------ */

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  /* the whole agreement, with glosses and running heads in the term
   * language when the reader shows glosses */
  operation = kel_print_operation_new (self->document, self->lang,
                                       g_settings_get_boolean (self->settings, "show-glosses"));
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("The agreement was not printed. %s"), error->message);

      kel_window_show_error (self, message);
    }
}

/* The keyboard shortcuts (Ctrl+?), built when the reader first asks for
 * them rather than with every window, as GtkApplication would from
 * gtk/help-overlay.ui. */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  KelWindow *self = KEL_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/kel-shortcuts.ui");

      self->help_overlay = g_object_ref (GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (GTK_WINDOW (self->help_overlay), GTK_WINDOW (self));
      gtk_window_set_hide_on_close (GTK_WINDOW (self->help_overlay), TRUE);
    }
  gtk_window_present (GTK_WINDOW (self->help_overlay));
}

static void
go_to_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  kel_goto_dialog_present (KEL_WINDOW (widget));
}

static void
about_agreement_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  kel_particulars_window_present (KEL_WINDOW (widget));
}

static void
help_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (kel_help_window_new (GTK_WINDOW (widget))));
}

/* ------------------------------------------------------------------------ */
/* Object                                                                   */
/* ------------------------------------------------------------------------ */

static gboolean
kel_window_close_request (GtkWindow *window)
{
  KelWindow *self = KEL_WINDOW (window);
  int width, height;

  /* written at once, not with g_settings_delay (): the settings are the
   * application's, and delay mode, once on, would hold every later change
   * of every window in memory until the next close */
  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  save_position (self);

  return GTK_WINDOW_CLASS (kel_window_parent_class)->close_request (window);
}

static void
setup_settings (KelWindow *self,
                GSettings *settings)
{
  g_autoptr(GAction) sidebar = NULL;
  g_autoptr(GAction) language = NULL;
  g_autoptr(GAction) glosses = NULL;
  g_autoptr(GAction) order = NULL;

  self->settings = g_object_ref (settings);
  /* a broken setting (0 or negative) leaves the size to GTK */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (g_settings_get_int (self->settings, "window-width"), -1),
                               MAX (g_settings_get_int (self->settings, "window-height"), -1));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  sidebar = G_ACTION (g_simple_action_new_stateful ("sidebar-visible", NULL,
                                                    g_variant_new_boolean (g_settings_get_boolean (self->settings, "sidebar-visible"))));
  g_signal_connect (sidebar, "change-state", G_CALLBACK (sidebar_state_changed), self);
  g_action_map_add_action (G_ACTION_MAP (self), sidebar);
  g_signal_connect_object (self->settings, "changed::sidebar-visible", G_CALLBACK (update_layout), self, G_CONNECT_SWAPPED);
  language = g_settings_create_action (self->settings, "term-language");
  g_action_map_add_action (G_ACTION_MAP (self), language);
  glosses = g_settings_create_action (self->settings, "show-glosses");
  g_action_map_add_action (G_ACTION_MAP (self), glosses);
  order = g_settings_create_action (self->settings, "glossary-order");
  g_action_map_add_action (G_ACTION_MAP (self), order);
  g_signal_connect_object (self->settings, "changed::glossary-order", G_CALLBACK (on_glossary_order_changed), self, G_CONNECT_SWAPPED);
  on_glossary_order_changed (self);
  {
    g_autofree char *page = g_settings_get_string (self->settings, "sidebar-page");
    if (!g_str_equal (page, "search"))
      gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), page);
  }
  g_signal_connect (self->sidebar_stack, "notify::visible-child-name", G_CALLBACK (on_sidebar_page), self);
  g_signal_connect_swapped (self->sidebar, "notify::visible", G_CALLBACK (update_sidebar_pages), self);
  g_signal_connect_object (self->settings, "changed::term-language", G_CALLBACK (on_term_language_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::show-glosses", G_CALLBACK (update_glosses), self, G_CONNECT_SWAPPED);
  on_term_language_changed (self);
  update_layout (self);
  g_signal_connect_object (self->settings, "changed::zoom", G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);
  on_zoom_changed (self);
}

static void
kel_window_dispose (GObject *object)
{
  KelWindow *self = KEL_WINDOW (object);

  stop_pointing (self);
  g_clear_handle_id (&self->toast_id, g_source_remove);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  g_clear_handle_id (&self->a11y_start_id, g_source_remove);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->view != NULL)
    kel_document_view_set_popover (KEL_DOCUMENT_VIEW (self->view), NULL);
  self->popover = NULL;
  if (self->help_overlay != NULL)
    gtk_window_destroy (GTK_WINDOW (self->help_overlay));
  g_clear_object (&self->help_overlay);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kel_window_parent_class)->dispose (object);
}

static void
kel_window_finalize (GObject *object)
{
  KelWindow *self = KEL_WINDOW (object);

  g_array_unref (self->back);
  g_array_unref (self->forward);
  g_free (self->message);
  g_free (self->page_before_search);

  G_OBJECT_CLASS (kel_window_parent_class)->finalize (object);
}

static void
kel_window_class_init (KelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kel_window_dispose;
  object_class->finalize = kel_window_finalize;
  window_class->close_request = kel_window_close_request;
  widget_class->size_allocate = kel_window_size_allocate;

  g_type_ensure (KEL_TYPE_DOCUMENT_VIEW);
  g_type_ensure (KEL_TYPE_CONTENTS_PAGE);
  g_type_ensure (KEL_TYPE_SEARCH_BAR);
  g_type_ensure (KEL_TYPE_GLOSSARY_PAGE);
  g_type_ensure (KEL_TYPE_THREATS_PAGE);
  g_type_ensure (KEL_TYPE_RESULTS_PAGE);
  g_type_ensure (KEL_TYPE_NOTES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KelWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, lang_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, lang_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, toast);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, contents_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, glossary_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, threats_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, view);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, results_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, results_stack_page);
  gtk_widget_class_bind_template_child (widget_class, KelWindow, notes_page);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, next_pane_activated);
  gtk_widget_class_install_action (widget_class, "win.sidebar-page", "s", sidebar_page_activated);
  gtk_widget_class_install_action (widget_class, "win.goto", "s", goto_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-message", NULL, dismiss_message);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-citation", NULL, copy_citation_activated);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_activated);
  gtk_widget_class_install_action (widget_class, "win.go-to", NULL, go_to_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
  gtk_widget_class_install_action (widget_class, "win.about-agreement", NULL, about_agreement_activated);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, bundled_activated);
}

/* A screen reader learns of a new window when it becomes active; GTK 4.8
 * makes it active before the application has joined the accessibility bus,
 * so Orca misses it and stays silent.  A moment later, the focus is given
 * to the text again (only if the reader has not moved it), which Orca
 * hears: it says the text and reads its first line. */
#define A11Y_START_MS 700

static gboolean
refocus_for_screen_readers (gpointer user_data)
{
  KelWindow *self = user_data;

  self->a11y_start_id = 0;
  if (gtk_window_is_active (GTK_WINDOW (self))
      && gtk_root_get_focus (GTK_ROOT (self)) == self->view)
    {
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_widget_grab_focus (self->view);
    }
  return G_SOURCE_REMOVE;
}

static void
on_first_active (KelWindow  *self,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    return;
  g_signal_handlers_disconnect_by_func (self, on_first_active, user_data);
  self->a11y_start_id = g_timeout_add (A11Y_START_MS, refocus_for_screen_readers, self);
}

static void
kel_window_init (KelWindow *self)
{
  GtkGesture *buttons;
  GtkDropTarget *drop;
  GtkEventController *keys;

  self->back = g_array_new (FALSE, FALSE, sizeof (guint));
  self->forward = g_array_new (FALSE, FALSE, sizeof (guint));
  self->lang = KEL_LANG_KK;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->popover = kel_term_popover_new ();
  kel_document_view_set_popover (KEL_DOCUMENT_VIEW (self->view), self->popover);
  g_signal_connect (self->popover, "show-occurrence", G_CALLBACK (on_show_occurrence), self);
  g_signal_connect (self->popover, "goto-node", G_CALLBACK (on_popover_goto_node), self);
  g_signal_connect_swapped (self->popover, "copied", G_CALLBACK (on_definition_copied), self);
  g_signal_connect (self->popover, "closed", G_CALLBACK (on_popover_closed), self);
  g_signal_connect (self->popover, "show-in-glossary", G_CALLBACK (on_popover_show_in_glossary), self);
  g_signal_connect (self->glossary_page, "activate-occurrence", G_CALLBACK (on_glossary_occurrence), self);
  g_signal_connect (self->threats_page, "goto-node", G_CALLBACK (on_threats_goto), self);
  g_signal_connect (self->threats_page, "activate-term", G_CALLBACK (on_threats_term), self);

  g_signal_connect (self->view, "activate-link", G_CALLBACK (on_activate_link), self);
  g_signal_connect (self->view, "position-changed", G_CALLBACK (on_position_changed), self);
  g_signal_connect (self->contents_page, "activate-node", G_CALLBACK (on_contents_activate), self);
  g_signal_connect (self->search_bar, "results-changed", G_CALLBACK (on_search_results), self);
  g_signal_connect (self->search_bar, "current-changed", G_CALLBACK (on_search_current), self);
  g_signal_connect (self->search_bar, "closed", G_CALLBACK (on_search_closed), self);
  g_signal_connect (self->search_button, "toggled", G_CALLBACK (on_search_button), self);
  g_signal_connect (self->results_page, "activate-result", G_CALLBACK (on_search_activate_result), self);

  buttons = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (buttons), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (buttons), GTK_PHASE_CAPTURE);
  g_signal_connect (buttons, "pressed", G_CALLBACK (on_mouse_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (buttons));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_window_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  /* reading starts in the text: arrows and Page Down scroll it, Tab reaches
   * its first link */
  gtk_window_set_focus (GTK_WINDOW (self), self->view);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_first_active), NULL);
  update_history_actions (self);
  kel_window_notes_init (self);
}

KelWindow *
kel_window_new (KelApplication *app)
{
  KelWindow *self = g_object_new (KEL_TYPE_WINDOW, "application", app, NULL);

  setup_settings (self, kel_application_get_settings (app));
  return self;
}
