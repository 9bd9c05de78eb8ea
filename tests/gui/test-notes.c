/* test-notes.c — bookmarks, highlights and notes in the reader window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh), with $XDG_DATA_HOME in a fresh
 * temporary folder.  A selection is highlighted (and drawn), a note is
 * written in the note window, a bookmark marks the paragraph being read;
 * the Notes page lists them in reading order and a row jumps there; edit,
 * delete and undo; a second window sees the first one's changes; a notes
 * file that cannot be read is told.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-note-editor.h"
#include "kel-notes-page.h"
#include "kel-particulars.h"
#include "kel-window.h"
#include "kel-window-private.h"
#include "kel-window-notes.h"
#include "kel-test-gtk.h"
#include "kel-test-util.h"

#define QUOTE "бірлесіп бағалау барысын қарау"

static KelApplication *app;
static KelDocument *doc;
static char *data_dir;

static char *
notes_path (KelDocument *d)
{
  g_autofree char *name = kel_notes_file_name (kel_document_get_particulars (d)->expression);

  return g_build_filename (g_get_user_data_dir (), "kelisim", "notes", name, NULL);
}

/* Each test starts without notes */
static KelWindow *
open_window (KelDocument *d)
{
  KelWindow *window = kel_test_open_window (app, d, 1200);

  /* the page makes its rows once it is shown */
  kel_window_show_sidebar_page (window, "notes");
  kel_test_settle (50);
  return window;
}

static void
reset (void)
{
  g_autofree char *path = notes_path (doc);

  g_unlink (path);
}

static guint
offset_of (const char *eid,
           const char *needle)
{
  const KelNode *node = kel_document_lookup_node (doc, eid);
  g_autofree char *text = kel_document_get_range (doc, node->start, node->end);
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  return node->start + (guint) g_utf8_pointer_to_offset (text, at);
}

static void
select_range (KelWindow *window,
              guint      start,
              guint      end)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) kel_document_view_model_to_buffer (view, start));
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) kel_document_view_model_to_buffer (view, end));
  gtk_text_buffer_select_range (buffer, &a, &b);
}

static void
select_quote (KelWindow *window)
{
  guint start = offset_of ("art_5__para_2", QUOTE);

  select_range (window, start, start + g_utf8_strlen (QUOTE, -1));
}

/* Whether the tag @name covers the middle of the model range */
static gboolean
tagged (KelWindow  *window,
        const char *name,
        guint       offset)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) kel_document_view_model_to_buffer (view, offset));
  return gtk_text_iter_has_tag (&iter, tag);
}

typedef struct
{
  KelWindow  *window;
  const char *name;
  guint       offset;
  gboolean    expected;
} TagWait;

static gboolean
tag_is (gpointer data)
{
  TagWait *w = data;

  return tagged (w->window, w->name, w->offset) == w->expected;
}

/* The highlights are drawn when the main loop is idle: wait for them */
static gboolean
drawn (KelWindow  *window,
       const char *name,
       guint       offset)
{
  TagWait w = { window, name, offset, TRUE };

  return kel_test_wait_until (tag_is, &w, 3000);
}

static gboolean
not_drawn (KelWindow  *window,
           const char *name,
           guint       offset)
{
  TagWait w = { window, name, offset, FALSE };

  return kel_test_wait_until (tag_is, &w, 3000);
}

static KelNotesPage *
page_of (KelWindow *window)
{
  return KEL_NOTES_PAGE (kel_window_get_part (window, "notes_page"));
}

static guint
n_notes (KelWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (kel_window_get_notes (window)));
}

static KelAnnotation *
note_at (KelWindow *window,
         guint      i)
{
  KelAnnotation *a = g_list_model_get_item (G_LIST_MODEL (kel_window_get_notes (window)), i);

  g_object_unref (a);
  return a;
}

static void
assert_row (KelWindow  *window,
            guint       index,
            const char *part)
{
  g_autofree char *text = kel_notes_page_get_row_text (page_of (window), index);

  if (text == NULL || strstr (text, part) == NULL)
    g_error ("row %u does not show “%s”: %s", index, part, text ? text : "(no row)");
}

/* What a reader sees of one widget and its descendants: the colour of a
 * dot, then each label shown, a line each */
static void
collect_shown (GtkWidget *widget,
               GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (gtk_widget_has_css_class (widget, "note-swatch"))
    {
      const char * const *colours = kel_annotation_colours ();

      for (guint i = 0; colours[i] != NULL; i++)
        if (gtk_widget_has_css_class (widget, colours[i]))
          g_string_append_printf (out, "(%s)\n", colours[i]);
    }
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_shown (c, out);
}

static int
by_y (gconstpointer pa,
      gconstpointer pb)
{
  GtkWidget *a = *(GtkWidget **) pa, *b = *(GtkWidget **) pb;
  graphene_point_t p = GRAPHENE_POINT_INIT (0, 0), qa, qb;
  GtkWidget *list = gtk_widget_get_parent (a);

  g_assert_true (gtk_widget_compute_point (a, list, &p, &qa));
  g_assert_true (gtk_widget_compute_point (b, list, &p, &qb));
  return qa.y < qb.y ? -1 : qa.y > qb.y;
}

/* The rows on screen as a reader sees them, top to bottom: each its
 * colour, heading, passage and note as the labels show them */
static GPtrArray *
shown_rows (KelWindow *window)
{
  GtkWidget *list = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (page_of (window))));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  /* the page's box: the summary, then the scrolled list */
  while (list != NULL && !GTK_IS_SCROLLED_WINDOW (list))
    list = gtk_widget_get_next_sibling (list);
  g_assert_nonnull (list);
  list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (list));
  g_assert_true (GTK_IS_LIST_VIEW (list));
  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_mapped (c) && gtk_widget_get_height (c) > 0)
      g_ptr_array_add (rows, c);
  g_ptr_array_sort (rows, by_y);
  for (guint i = 0; i < rows->len; i++)
    {
      GString *out = g_string_new (NULL);

      collect_shown (g_ptr_array_index (rows, i), out);
      g_ptr_array_add (texts, g_string_free (out, FALSE));
    }
  return texts;
}

static KelNoteEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (KEL_IS_NOTE_EDITOR (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return KEL_NOTE_EDITOR (w);
    }
  return NULL;
}

static void
assert_accel (const char *action,
              const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, accel);
}

/* The commands have keys and are in the text's context menu; the sidebar
 * has a Notes page. */
static void
test_reachable (void)
{
  KelWindow *window;
  GMenuModel *menu;

  reset ();
  window = open_window (doc);
  menu = gtk_text_view_get_extra_menu (GTK_TEXT_VIEW (kel_window_get_view (window)));
  assert_accel ("win.highlight::yellow", "<Control>h");
  assert_accel ("win.add-note", "<Control>m");
  assert_accel ("win.add-bookmark", "<Control>d");
  g_assert_true (kel_test_menu_has_action (menu, "win.highlight"));
  g_assert_true (kel_test_menu_has_action (menu, "win.add-note"));
  g_assert_true (kel_test_menu_has_action (menu, "win.add-bookmark"));
  kel_window_show_sidebar_page (window, "notes");
  kel_test_settle (50);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page_of (window))));
  g_assert_nonnull (strstr (kel_notes_page_get_summary (page_of (window)), "No notes yet"));
  g_assert_cmpuint (kel_notes_page_get_n_rows (page_of (window)), ==, 0);
  kel_test_close_window (window);
}

/* Highlight a selection, write a note on it, bookmark a paragraph: drawn,
 * listed in reading order, saved. */
static void
test_mark (void)
{
  KelWindow *window;
  KelNoteEditor *editor;
  guint start = offset_of ("art_5__para_2", QUOTE);
  g_autofree char *path = notes_path (doc);
  g_autoptr(KelNotes) reread = NULL;

  reset ();
  window = open_window (doc);
  g_assert_true (kel_window_goto (window, "art_5__para_2", FALSE));
  kel_test_settle (100);

  select_quote (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight", "s", "green"));
  kel_test_settle (100);
  g_assert_cmpuint (n_notes (window), ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (drawn (window, "annotation-green", start + 5));
  g_assert_true (not_drawn (window, "annotation-green", start + g_utf8_strlen (QUOTE, -1) + 5));
  assert_row (window, 0, "Highlight · 5-бап, 2-тармақ");
  assert_row (window, 0, QUOTE);

  /* a note on the start of the same paragraph, through the note window */
  select_range (window, offset_of ("art_5__para_2", "Осы Келісімді"), offset_of ("art_5__para_2", "Осы Келісімді") + 13);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-note", NULL));
  kel_test_settle (100);
  editor = find_editor ();
  g_assert_nonnull (editor);
  /* a screen reader announces it as a dialog */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (editor)), ==, GTK_ACCESSIBLE_ROLE_DIALOG);
  kel_note_editor_set_text (editor, "Консультациялар:\nжарты жылда бір рет");
  kel_note_editor_save (editor);
  kel_test_settle (100);
  g_assert_null (find_editor ());
  g_assert_cmpuint (n_notes (window), ==, 2);
  g_assert_true (drawn (window, "annotation-note", offset_of ("art_5__para_2", "Осы Келісімді") + 3));
  /* reading order: the note comes first, it is earlier in the paragraph */
  assert_row (window, 0, "Note · 5-бап, 2-тармақ");
  assert_row (window, 0, "Осы Келісімді");
  assert_row (window, 0, "Консультациялар: жарты жылда бір рет");
  assert_row (window, 1, "Highlight");

  /* a bookmark without a selection: the paragraph being read */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kel_window_get_view (window)));
    GtkTextIter start_iter;

    gtk_text_buffer_get_start_iter (buffer, &start_iter);
    gtk_text_buffer_select_range (buffer, &start_iter, &start_iter);
  }
  g_assert_true (kel_window_goto (window, "art_12__para_1", FALSE));
  kel_test_settle (200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-bookmark", NULL));
  kel_test_settle (100);
  g_assert_cmpuint (n_notes (window), ==, 3);
  assert_row (window, 2, "Bookmark · 12-бап");
  g_assert_true (g_str_has_prefix (kel_annotation_get_eid (note_at (window, 2)), "art_12"));
  /* drawn as a ribbon beside the paragraph, which is on screen */
  kel_test_settle (100);
  g_assert_cmpuint (kel_document_view_get_n_bookmarks_drawn (KEL_DOCUMENT_VIEW (kel_window_get_view (window))), ==, 1);

  /* the rows as they show: colour, where, the passage, the note, each on
   * its line, in reading order from the top */
  {
    g_autoptr(GPtrArray) rows = shown_rows (window);

    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 0), "(yellow)\nNote · 5-бап, 2-тармақ\nОсы Келісімді"));
    g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 0), "\nКонсультациялар: жарты жылда бір рет\n"));
    g_assert_cmpstr (g_ptr_array_index (rows, 1), ==, "(green)\nHighlight · 5-бап, 2-тармақ\n" QUOTE "\n");
    /* a bookmark has no note: its colour, where, and the passage cut to
     * one line */
    g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 2), "(yellow)\nBookmark · 12-бап, 1-тармақ\n1. Осы Келісім"));
    g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 2), "…\n"));
    {
      g_auto(GStrv) lines = g_strsplit (g_ptr_array_index (rows, 2), "\n", -1);

      g_assert_cmpuint (g_strv_length (lines), ==, 4);
    }
  }

  /* all saved at once */
  reread = kel_notes_new (doc, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reread)), ==, 3);
  kel_test_close_window (window);
}

static gboolean
top_is (KelWindow  *window,
        const char *eid)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));

  for (const KelNode *n = kel_document_get_node_at (doc, kel_document_view_get_top_offset (view)); n; n = n->parent)
    if (g_str_equal (n->eid, eid))
      return TRUE;
  return FALSE;
}

static gboolean
top_in (gpointer data)
{
  return top_is (data, "art_5__para_2");
}

static gboolean
top_in_preamble (gpointer data)
{
  return top_is (data, "preamble") || top_is (data, "longTitle");
}

/* A row jumps to its place; Edit changes the note; Delete removes it and
 * Undo puts it back. */
static void
test_row_edit_delete_undo (void)
{
  KelWindow *window;
  KelNoteEditor *editor;
  g_autofree char *id = NULL;

  reset ();
  window = open_window (doc);
  g_assert_true (kel_window_goto (window, "art_5__para_2", FALSE));
  kel_test_settle (100);
  select_quote (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight", "s", "blue"));
  kel_test_settle (50);
  id = g_strdup (kel_annotation_get_id (note_at (window, 0)));

  /* from the start, a row leads to its place */
  g_assert_true (kel_window_goto (window, "preamble", FALSE));
  g_assert_true (kel_test_wait_until (top_in_preamble, window, 4000));
  kel_test_settle (200);
  g_assert_true (top_in_preamble (window));
  kel_notes_page_activate_row (page_of (window), 0);
  g_assert_true (kel_test_wait_until (top_in, window, 4000));

  /* edit: the highlight becomes a note */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-annotation", "s", id));
  kel_test_settle (100);
  editor = find_editor ();
  g_assert_nonnull (editor);
  kel_note_editor_set_text (editor, "Маңызды");
  kel_note_editor_save (editor);
  kel_test_settle (100);
  assert_row (window, 0, "Note · 5-бап, 2-тармақ");
  assert_row (window, 0, "Маңызды");

  /* delete, then undo */
  g_assert_false (kel_notes_page_get_undo_shown (page_of (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-annotation", "s", id));
  kel_test_settle (100);
  g_assert_cmpuint (n_notes (window), ==, 0);
  g_assert_cmpuint (kel_notes_page_get_n_rows (page_of (window)), ==, 0);
  g_assert_true (kel_notes_page_get_undo_shown (page_of (window)));
  g_assert_true (not_drawn (window, "annotation-blue", offset_of ("art_5__para_2", QUOTE) + 5));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL));
  kel_test_settle (100);
  g_assert_cmpuint (n_notes (window), ==, 1);
  g_assert_cmpstr (kel_annotation_get_id (note_at (window, 0)), ==, id);
  assert_row (window, 0, "Маңызды");
  g_assert_false (kel_notes_page_get_undo_shown (page_of (window)));
  g_assert_true (drawn (window, "annotation-blue", offset_of ("art_5__para_2", QUOTE) + 5));
  /* nothing left to undo */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo-delete"));
  kel_test_close_window (window);
}

typedef struct
{
  KelWindow *window;
  guint      n;
} CountWait;

static gboolean
has_rows (gpointer data)
{
  CountWait *w = data;

  return n_notes (w->window) == w->n && kel_notes_page_get_n_rows (page_of (w->window)) == w->n;
}

/* Two windows: what one marks, the other shows. */
static void
test_two_windows (void)
{
  KelWindow *a, *b;
  CountWait wait;

  reset ();
  a = open_window (doc);
  b = open_window (doc);
  g_assert_true (kel_window_goto (a, "art_5__para_2", FALSE));
  kel_test_settle (100);
  select_quote (a);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (a), "win.highlight", "s", "pink"));
  wait = (CountWait) { b, 1 };
  g_assert_true (kel_test_wait_until (has_rows, &wait, 5000));
  assert_row (b, 0, "Highlight · 5-бап, 2-тармақ");
  kel_test_settle (100);
  g_assert_true (drawn (b, "annotation-pink", offset_of ("art_5__para_2", QUOTE) + 5));

  /* and back: b deletes, a sees it gone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (b), "win.delete-annotation", "s",
                                             kel_annotation_get_id (note_at (b, 0))));
  wait = (CountWait) { a, 0 };
  g_assert_true (kel_test_wait_until (has_rows, &wait, 5000));
  gtk_window_destroy (GTK_WINDOW (a));
  gtk_window_destroy (GTK_WINDOW (b));
  kel_test_settle (50);
}

/* Import Web Annotations from a file: added, listed and told; a file that
 * is not annotations says why and adds nothing. */
static void
test_import (void)
{
  g_autofree char *other_dir = g_build_filename (data_dir, "from-elsewhere", NULL);
  g_autofree char *path = g_build_filename (data_dir, "shared.jsonld", NULL);
  g_autofree char *bad_path = g_build_filename (data_dir, "bad.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(KelNotes) other = kel_notes_new (doc, other_dir);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  guint start = offset_of ("art_5__para_2", QUOTE);
  KelWindow *window;

  reset ();
  g_assert_nonnull (kel_notes_add (other, KEL_ANNOTATION_NOTE, "purple", start, start + 8, "from a colleague", &error));
  g_assert_no_error (error);
  json = kel_notes_to_jsonld (other);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  g_assert_true (g_file_set_contents (bad_path, "{\"type\": \"Person\"}", -1, NULL));

  window = open_window (doc);
  g_assert_cmpint (kel_window_notes_import (window, file), ==, 1);
  kel_test_settle (50);
  g_assert_nonnull (strstr (kel_window_get_message (window), "1 mark imported from “shared.jsonld”"));
  g_assert_cmpuint (n_notes (window), ==, 1);
  assert_row (window, 0, "from a colleague");
  g_assert_true (drawn (window, "annotation-purple", start + 3));

  g_assert_cmpint (kel_window_notes_import (window, bad), ==, -1);
  g_assert_nonnull (strstr (kel_window_get_message (window), "No notes were imported from “bad.jsonld”"));
  g_assert_cmpstr (kel_window_get_message_icon (window), ==, "dialog-error-symbolic");
  g_assert_cmpuint (n_notes (window), ==, 1);
  kel_test_close_window (window);
}

/* A notes file that cannot be read: told, kept aside, and marking works. */
static void
test_unreadable_file (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bilateral = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "bilateral.akn.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (bilateral);
  g_autoptr(KelDocument) other = kel_document_new_from_files (file, NULL, &error);
  KelWindow *window;

  g_assert_no_error (error);
  path = notes_path (other);
  dir = g_path_get_dirname (path);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{ not json", -1, NULL));
  window = open_window (other);
  g_assert_nonnull (kel_window_get_message (window));
  g_assert_nonnull (strstr (kel_window_get_message (window), "Your notes could not be read"));
  g_assert_cmpstr (kel_window_get_message_icon (window), ==, "dialog-error-symbolic");
  g_assert_cmpuint (n_notes (window), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-bookmark", NULL));
  kel_test_settle (50);
  g_assert_cmpuint (n_notes (window), ==, 1);
  kel_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* before anything asks GLib for the user's data folder */
  data_dir = g_dir_make_tmp ("kelisim-test-notes-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  kel_test_gtk_init (&argc, &argv);
  app = kel_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/notes-window/reachable", test_reachable);
  g_test_add_func ("/notes-window/mark", test_mark);
  g_test_add_func ("/notes-window/row-edit-delete-undo", test_row_edit_delete_undo);
  g_test_add_func ("/notes-window/two-windows", test_two_windows);
  g_test_add_func ("/notes-window/import", test_import);
  g_test_add_func ("/notes-window/unreadable-file", test_unreadable_file);

  status = kel_test_app_run (&app);
  g_clear_object (&doc);
  /* the folder holds only what these tests made */
  if (!kel_test_remove_tree (data_dir))
    g_test_message ("%s was not removed", data_dir);
  g_free (data_dir);
  return status;
}
