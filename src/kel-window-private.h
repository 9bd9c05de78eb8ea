/* kel-window-private.h — what the files of KelWindow share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * KelWindow is one class in several files, one job each (as in
 * gnome-text-editor): kel-window.c (the object, its template and
 * settings), -messages.c (banner and toast), -history.c (jumps, Back and
 * Forward, the reading position), -popover.c (the term popover and the
 * links of the text), -sidebar.c (sidebar pages, wide and narrow), -view.c
 * (zoom, term language, glosses), -load.c (the document, opening files),
 * -search.c (the search), -actions.c (citation, print, help, dialogs) and
 * -notes.c (bookmarks, highlights, notes).  Only those files and the tests
 * include this header.
 */
#pragma once

#include "kel-search-state.h"
#include "kel-window.h"

G_BEGIN_DECLS

/* Below this width the sidebar and the text take turns, as on a phone. */
#define KEL_WINDOW_NARROW_WIDTH 720

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
  GtkWidget       *glossary_slot;   /* the stack's child for the glossary */
  GtkWidget       *glossary_page;   /* in it once first needed, or NULL */
  GtkWidget       *threats_slot;
  GtkWidget       *threats_page;
  GtkWidget       *scroller;
  GtkWidget       *view;
  GtkWidget       *search_bar;
  GtkWidget       *search_button;
  GtkWidget       *results_slot;
  GtkWidget       *results_page;    /* in results_slot once first needed, or NULL */
  GtkWidget       *notes_slot;
  GtkWidget       *notes_page;      /* in notes_slot once first needed, or NULL */
  GtkStackPage    *results_stack_page;
  char            *page_before_search;
  KelSearchState  *search;          /* the bar edits it, the window shows it */

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


/* kel-window-messages.c */
void       _kel_window_class_init_messages (GtkWidgetClass *widget_class);
void       _kel_window_dismiss_message     (KelWindow      *self);

/* kel-window-history.c */
void       _kel_window_class_init_history  (GtkWidgetClass *widget_class);
void       _kel_window_init_history        (KelWindow      *self);
guint      _kel_window_get_top_offset      (KelWindow      *self);
void       _kel_window_record_jump         (KelWindow      *self);
void       _kel_window_clear_history       (KelWindow      *self);
void       _kel_window_jump_to             (KelWindow      *self,
                                            guint           offset,
                                            guint           flash_start,
                                            guint           flash_end);
void       _kel_window_jump_to_node        (KelWindow      *self,
                                            const KelNode  *node,
                                            gboolean        flash);
void       _kel_window_save_position       (KelWindow      *self);

/* kel-window-popover.c */
void       _kel_window_class_init_popover  (GtkWidgetClass *widget_class);
GtkWidget *_kel_window_term_popover        (KelWindow      *self);
void       _kel_window_stop_pointing       (KelWindow      *self);

/* kel-window-sidebar.c */
void       _kel_window_class_init_sidebar  (GtkWidgetClass *widget_class);
void       _kel_window_init_sidebar        (KelWindow      *self);
void       _kel_window_update_sidebar_pages (KelWindow     *self);
GtkWidget *_kel_window_get_glossary_page   (KelWindow     *self);
GtkWidget *_kel_window_get_threats_page    (KelWindow     *self);
void       _kel_window_update_layout       (KelWindow      *self);
void       _kel_window_update_position     (KelWindow      *self);
void       _kel_window_setup_sidebar       (KelWindow      *self);
void       _kel_window_set_narrow          (KelWindow      *self,
                                            gboolean        narrow);

/* kel-window-view.c */
void       _kel_window_class_init_view     (GtkWidgetClass *widget_class);
void       _kel_window_setup_view_settings (KelWindow      *self);
void       _kel_window_forget_view_settings (KelWindow      *self);
void       _kel_window_update_glossary_order (KelWindow    *self);

/* kel-window-load.c */
void       _kel_window_class_init_load     (GtkWidgetClass *widget_class);
void       _kel_window_init_load           (KelWindow      *self);
void       _kel_window_show_document       (KelWindow      *self,
                                            KelDocument    *document,
                                            gboolean        bundled);
GtkNativeDialog *_kel_window_new_file_chooser (KelWindow          *self,
                                              const char         *title,
                                              const char         *accept,
                                              const char         *kind,
                                              const char * const *suffixes,
                                              gboolean            any_file);

/* kel-window-search.c */
void       _kel_window_class_init_search   (GtkWidgetClass *widget_class);
void       _kel_window_init_search         (KelWindow      *self);
GtkWidget *_kel_window_get_results_page    (KelWindow      *self);

/* kel-window-notes.c */
void       _kel_window_class_init_notes    (GtkWidgetClass *widget_class);
void       _kel_window_init_notes          (KelWindow      *self);
void       _kel_window_notify_document    (KelWindow *self);
void       _kel_window_bind_term_language (KelWindow *self,
                                           gpointer   widget);
void       _kel_window_notes_set_document  (KelWindow      *self,
                                            KelDocument    *document);
GtkWidget *_kel_window_get_notes_page      (KelWindow      *self);

/* kel-window-actions.c */
void       _kel_window_class_init_actions  (GtkWidgetClass *widget_class);

/* For the tests: what the reader sees, and the parts of the window by the
 * names the template gives them ("contents_page", "glossary_page",
 * "threats_page", "results_page", "notes_page", "search_bar", "view"). */
GtkWidget      *kel_window_get_part         (KelWindow  *self,
                                             const char *name);
GtkWidget      *kel_window_get_term_popover (KelWindow  *self);
KelSearchState *kel_window_get_search       (KelWindow  *self);
const char     *kel_window_get_message      (KelWindow  *self);
const char     *kel_window_get_message_icon (KelWindow  *self);
const char     *kel_window_get_toast        (KelWindow  *self);

G_END_DECLS
