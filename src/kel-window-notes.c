/* kel-window-notes.c — the reader window's bookmarks, highlights and notes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The commands (win.highlight::COLOUR, win.add-note, win.add-bookmark,
 * win.edit-annotation, win.delete-annotation, win.undo-delete,
 * win.export-notes, win.import-notes), the highlights drawn in the text
 * (one text tag per colour, under the search and link tags), and the Notes
 * page of the sidebar.  A command applies to the selection, or without one
 * to the paragraph where the reader is (the caret, the right-click, the
 * line being read).  The notes of the edition shown are a KelNotes watched
 * for changes made by other windows.
 */
#include "config.h"

#include "kel-window-notes.h"
#include "kel-window-private.h"

#include <glib/gi18n.h>

#include "kel-citation.h"
#include "kel-document-view.h"
#include "kel-note-editor.h"
#include "kel-notes-page.h"

#define NOTES_KEY "kel-window-notes"

typedef struct
{
  KelWindow     *window;
  GtkTextBuffer *buffer;
  GtkTextTag    *colour_tags[8];
  GtkTextTag    *note_tag;
  KelNotes      *notes;
  KelAnnotation *deleted;
  guint          redraw_id;
  GArray        *drawn;      /* Drawn: the tags applied, to take off again */
  GArray        *bookmarks;  /* model offsets where bookmarks start */
  char          *description; /* the text's accessible description */
} Notes;

typedef struct
{
  GtkTextTag *tag;
  int         start;
  int         end;
} Drawn;

static const struct
{
  const char *name;
  const char *rgb;
} colour_values[] = {
  { "yellow", "246,211,45" },
  { "green", "51,209,122" },
  { "blue", "98,160,234" },
  { "pink", "246,97,151" },
  { "purple", "192,97,203" },
};

static void
notes_free (gpointer data)
{
  Notes *n = data;

  g_clear_handle_id (&n->redraw_id, g_source_remove);
  if (n->notes != NULL)
    g_signal_handlers_disconnect_by_data (n->notes, n);
  if (n->buffer != NULL)
    g_signal_handlers_disconnect_by_data (n->buffer, n);
  g_clear_object (&n->notes);
  g_clear_object (&n->deleted);
  g_clear_object (&n->buffer);
  g_array_unref (n->drawn);
  g_array_unref (n->bookmarks);
  g_free (n->description);
  g_free (n);
}

static Notes *
get (KelWindow *window)
{
  return g_object_get_data (G_OBJECT (window), NOTES_KEY);
}

/* -- the highlights in the text --------------------------------------------- */

static void
draw (Notes      *n,
      GtkTextTag *tag,
      int         start,
      int         end)
{
  Drawn d = { tag, start, end };
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (n->buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (n->buffer, &b, end);
  gtk_text_buffer_apply_tag (n->buffer, tag, &a, &b);
  g_array_append_val (n->drawn, d);
}

/* The ribbon of a bookmark is only drawn: a screen reader is told by the
 * text's description, "Bookmark: 12-бап", while the caret is in a
 * bookmarked passage.  A focused link's description (the document view's)
 * comes first: with a link focused, this leaves the description alone. */
static void
describe_caret (Notes *n)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (n->window));
  g_autofree char *description = NULL;
  GtkTextIter caret;
  guint at;

  if (kel_document_view_get_focus_link (view) != NULL)
    {
      /* the link's description has replaced this one */
      g_clear_pointer (&n->description, g_free);
      return;
    }
  gtk_text_buffer_get_iter_at_mark (n->buffer, &caret, gtk_text_buffer_get_insert (n->buffer));
  at = kel_document_view_buffer_to_model (view, (guint) gtk_text_iter_get_offset (&caret));
  for (guint i = 0; n->notes != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (n->notes)) && description == NULL; i++)
    {
      g_autoptr(KelAnnotation) an = g_list_model_get_item (G_LIST_MODEL (n->notes), i);
      guint start, end;

      if (kel_annotation_get_kind (an) == KEL_ANNOTATION_BOOKMARK && kel_annotation_get_range (an, &start, &end) &&
          at >= start && at <= end)
        {
          KelDocument *doc = kel_notes_get_document (n->notes);
          const KelNode *node = kel_document_get_range_node (doc, start, end);
          g_autofree char *where = node ? kel_document_get_location (doc, node, n->window->lang) : NULL;

          /* Translators: what a screen reader says of the text while the caret is in a bookmarked passage */
          description = where ? g_strdup_printf (_("Bookmark: %s"), where) : g_strdup (_("Bookmark"));
        }
    }
  if (g_strcmp0 (description, n->description) == 0)
    return;
  g_free (n->description);
  n->description = g_steal_pointer (&description);
  if (n->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, n->description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Takes off the highlights drawn before and draws them as they are now.
 * Only the ranges marked are touched: a tag taken off the whole buffer
 * would make GTK lay out the whole text again. */
static gboolean
redraw (gpointer data)
{
  Notes *n = data;
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (n->window));
  int length = gtk_text_buffer_get_char_count (n->buffer);
  guint count;

  n->redraw_id = 0;
  for (guint i = 0; i < n->drawn->len; i++)
    {
      Drawn *d = &g_array_index (n->drawn, Drawn, i);
      GtkTextIter a, b;

      gtk_text_buffer_get_iter_at_offset (n->buffer, &a, MIN (d->start, length));
      gtk_text_buffer_get_iter_at_offset (n->buffer, &b, MIN (d->end, length));
      gtk_text_buffer_remove_tag (n->buffer, d->tag, &a, &b);
    }
  g_array_set_size (n->drawn, 0);
  g_array_set_size (n->bookmarks, 0);
  if (n->notes == NULL || kel_document_view_get_document (view) != kel_notes_get_document (n->notes))
    {
      kel_document_view_set_bookmarks (view, NULL, 0);
      describe_caret (n);
      return G_SOURCE_REMOVE;
    }

  count = g_list_model_get_n_items (G_LIST_MODEL (n->notes));
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(KelAnnotation) an = g_list_model_get_item (G_LIST_MODEL (n->notes), i);
      const char *colour = kel_annotation_get_colour (an);
      guint start, end;
      int a, b;

      if (!kel_annotation_get_range (an, &start, &end))
        continue;
      if (kel_annotation_get_kind (an) == KEL_ANNOTATION_BOOKMARK)
        {
          g_array_append_val (n->bookmarks, start);
          continue;
        }
      a = (int) kel_document_view_model_to_buffer (view, start);
      b = (int) kel_document_view_model_to_buffer (view, end);
      if (b > length || a >= b)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (colour_values); k++)
        if (g_str_equal (colour_values[k].name, colour))
          draw (n, n->colour_tags[k], a, b);
      if (kel_annotation_get_kind (an) == KEL_ANNOTATION_NOTE)
        draw (n, n->note_tag, a, b);
    }
  kel_document_view_set_bookmarks (view, (const guint *) (void *) n->bookmarks->data, n->bookmarks->len);
  describe_caret (n);
  return G_SOURCE_REMOVE;
}

static void
on_mark_set (GtkTextBuffer     *buffer,
             const GtkTextIter *location,
             GtkTextMark       *mark,
             Notes             *n)
{
  if (mark == gtk_text_buffer_get_insert (buffer) && (n->bookmarks->len > 0 || n->description != NULL))
    describe_caret (n);
}

/* The text was filled again: what was drawn went with it */
static void
on_buffer_changed (Notes *n)
{
  if (n->drawn->len == 0 && (n->notes == NULL || g_list_model_get_n_items (G_LIST_MODEL (n->notes)) == 0))
    return;
  if (n->redraw_id == 0)
    n->redraw_id = g_idle_add (redraw, n);
}

static void
queue_redraw (Notes *n)
{
  if (n->redraw_id == 0)
    n->redraw_id = g_idle_add (redraw, n);
}

static void
create_tags (Notes *n)
{

  for (guint i = 0; i < G_N_ELEMENTS (colour_values); i++)
    {
      g_autofree char *name = g_strconcat ("annotation-", colour_values[i].name, NULL);
      g_autofree char *css = g_strdup_printf ("rgba(%s,0.38)", colour_values[i].rgb);
      GdkRGBA rgba;

      /* a translucent colour: the text keeps its own colour, light or dark */
      gdk_rgba_parse (&rgba, css);
      n->colour_tags[i] = gtk_text_buffer_create_tag (n->buffer, name, "background-rgba", &rgba, NULL);
      gtk_text_tag_set_priority (n->colour_tags[i], 0);
    }
  n->note_tag = gtk_text_buffer_create_tag (n->buffer, "annotation-note",
                                            "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_tag_set_priority (n->note_tag, 0);
}

/* -- commands --------------------------------------------------------------- */

/* The selection, or the paragraph where the reader is */
static void
target_range (KelWindow *window,
              guint     *start,
              guint     *end)
{
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (window));

  if (!kel_document_view_get_selection (view, start, end))
    *start = *end = kel_document_view_get_context_offset (view);
}

static void
report (KelWindow    *window,
        const GError *error)
{
  if (error != NULL)
    kel_window_show_error (window, error->message);
}

static void
add (KelWindow         *window,
     KelAnnotationKind  kind,
     const char        *colour,
     guint              start,
     guint              end,
     const char        *text)
{
  Notes *n = get (window);
  g_autoptr(GError) error = NULL;

  if (n->notes == NULL)
    return;
  if (kel_notes_add (n->notes, kind, colour, start, end, text, &error) == NULL && error == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (window));
      return;
    }
  report (window, error);
}

static void
highlight_activated (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  guint start, end;

  target_range (data, &start, &end);
  add (data, KEL_ANNOTATION_HIGHLIGHT, g_variant_get_string (param, NULL), start, end, NULL);
}

static void
bookmark_activated (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  guint start, end;

  target_range (data, &start, &end);
  add (data, KEL_ANNOTATION_BOOKMARK, NULL, start, end, NULL);
}

typedef struct
{
  KelWindow *window;
  guint      start;
  guint      end;
  char      *id;     /* editing this one; NULL for a new note */
} EditTarget;

static void
edit_target_free (gpointer data, GClosure *closure)
{
  EditTarget *t = data;

  g_free (t->id);
  g_free (t);
}

static void
on_note_saved (KelNoteEditor *editor,
               const char    *text,
               EditTarget    *t)
{
  Notes *n = get (t->window);
  g_autoptr(GError) error = NULL;

  if (n == NULL || n->notes == NULL)
    return;
  if (t->id == NULL)
    {
      add (t->window, KEL_ANNOTATION_NOTE, NULL, t->start, t->end, text);
      return;
    }
  {
    KelAnnotation *a = kel_notes_lookup (n->notes, t->id);

    if (a == NULL || !kel_notes_update (n->notes, a, NULL, text, &error))
      kel_window_show_error (t->window, error ? error->message : _("This note was deleted in another window"));
  }
}

/* Where a range is, in the term language, and its text on a few lines */
static void
describe (KelWindow  *window,
          guint       start,
          guint       end,
          char      **location,
          char      **quote)
{
  KelDocument *doc = kel_window_get_document (window);
  const KelNode *node;

  if (start == end)
    {
      const KelBlock *block = kel_document_get_block_at (doc, start);

      if (block != NULL)
        {
          start = block->start;
          end = block->end;
        }
    }
  node = kel_document_get_range_node (doc, start, end);
  if (node == NULL)
    node = kel_document_get_node_at (doc, start);
  *location = node ? kel_document_get_location (doc, node, window->lang) : g_strdup ("");
  *quote = kel_document_get_range (doc, start, end);
}

/**
 * kel_window_notes_edit:
 * @id: (nullable): the annotation to change; %NULL for a new note on the
 *   selection or the paragraph
 *
 * Returns: (transfer none) (nullable): the note editor it opened
 */
GtkWidget *
kel_window_notes_edit (KelWindow  *window,
                       const char *id)
{
  Notes *n = get (window);
  EditTarget *t;
  KelNoteEditor *editor;
  g_autofree char *location = NULL;
  g_autofree char *quote = NULL;
  const char *text = NULL;

  if (n == NULL || n->notes == NULL)
    return NULL;
  t = g_new0 (EditTarget, 1);
  t->window = window;
  if (id != NULL)
    {
      KelAnnotation *a = kel_notes_lookup (n->notes, id);

      if (a == NULL)
        {
          g_free (t);
          return NULL;
        }
      t->id = g_strdup (id);
      text = kel_annotation_get_text (a);
      if (kel_annotation_get_range (a, &t->start, &t->end))
        describe (window, t->start, t->end, &location, &quote);
      else
        {
          location = g_strdup (_("Cannot be placed in this edition"));
          quote = g_strdup (kel_annotation_get_exact (a));
        }
    }
  else
    {
      target_range (window, &t->start, &t->end);
      describe (window, t->start, t->end, &location, &quote);
    }
  editor = kel_note_editor_new (GTK_WINDOW (window), location, quote, text);
  g_signal_connect_data (editor, "saved", G_CALLBACK (on_note_saved), t, edit_target_free, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

static void
add_note_activated (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  kel_window_notes_edit (data, NULL);
}

static void
edit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  kel_window_notes_edit (data, g_variant_get_string (param, NULL));
}

static void
update_undo (Notes *n)
{
  GAction *undo = g_action_map_lookup_action (G_ACTION_MAP (n->window), "undo-delete");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo), n->deleted != NULL);
  if (n->deleted == NULL && n->window->notes_page != NULL)
    kel_notes_page_hide_undo (KEL_NOTES_PAGE (n->window->notes_page));
}

static void
delete_activated (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  KelWindow *window = data;
  Notes *n = get (window);
  KelAnnotation *a = n->notes ? kel_notes_lookup (n->notes, g_variant_get_string (param, NULL)) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *snippet = NULL;

  if (a == NULL)
    return;
  g_set_object (&n->deleted, a);
  if (!kel_notes_remove (n->notes, a, &error))
    report (window, error);
  snippet = g_utf8_substring (kel_annotation_get_exact (a), 0, MIN (40, g_utf8_strlen (kel_annotation_get_exact (a), -1)));
  /* Translators: shown after a bookmark, highlight or note is deleted, with the Undo button */
  message = g_strdup_printf (_("Deleted — «%s…»"), snippet);
  kel_notes_page_show_undo (KEL_NOTES_PAGE (_kel_window_get_notes_page (window)), message);
  update_undo (n);
}

static void
undo_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  KelWindow *window = data;
  Notes *n = get (window);
  g_autoptr(KelAnnotation) a = g_steal_pointer (&n->deleted);
  g_autoptr(GError) error = NULL;

  if (a != NULL && n->notes != NULL && !kel_notes_restore (n->notes, a, &error))
    report (window, error);
  update_undo (n);
}

/* -- export and import ------------------------------------------------------ */

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         data)
{
  KelWindow *window = data;
  Notes *n = get (window);
  const char *format = g_object_get_data (G_OBJECT (dialog), "kel-format");
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && n != NULL && n->notes != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file ? g_file_get_path (file) : NULL;
      text = g_str_equal (format, "markdown") ? kel_notes_to_markdown (n->notes, window->lang)
                                              : kel_notes_to_jsonld (n->notes);
      if (path == NULL || !g_file_set_contents (path, text, -1, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The notes were not exported. %s"),
                                                      error ? error->message : "");
          kel_window_show_error (window, message);
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Notes exported to “%s”."), path);
          kel_window_show_message (window, message);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  KelWindow *window = data;
  const char *format = g_variant_get_string (param, NULL);
  gboolean markdown = g_str_equal (format, "markdown");
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (markdown ? _("Export Notes as Markdown") : _("Export Notes as Web Annotations"),
                                        GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), markdown ? "kelisim-notes.md" : "kelisim-notes.jsonld");
  g_object_set_data_full (G_OBJECT (dialog), "kel-format", g_strdup (markdown ? "markdown" : "jsonld"), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * kel_window_notes_import:
 * @file: a W3C Web Annotation JSON-LD file
 *
 * Adds its annotations to the notes and tells the reader how many.
 *
 * Returns: how many were added, or -1 when the file could not be read
 */
int
kel_window_notes_import (KelWindow *window,
                         GFile     *file)
{
  Notes *n = get (window);
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gsize length = 0;
  int added;

  if (n == NULL || n->notes == NULL)
    return -1;
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    added = -1;
  else
    added = kel_notes_import_jsonld (n->notes, data, (gssize) length, &error);
  if (added < 0)
    {
      message = g_strdup_printf (_("No notes were imported from “%s”. %s"), name, error->message);
      kel_window_show_error (window, message);
      return -1;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d mark imported from “%s”.",
                                          "%d marks imported from “%s”.", added), added, name);
  kel_window_show_message (window, message);
  kel_window_show_sidebar_page (window, "notes");
  return added;
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        kel_window_notes_import (data, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  static const char * const suffixes[] = { "jsonld", "json", NULL };
  GtkNativeDialog *dialog = _kel_window_new_file_chooser (data, _("Import Web Annotations"), _("_Import"),
                                                         _("Web Annotations (JSON-LD)"), suffixes, FALSE);

  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), data);
  gtk_native_dialog_show (dialog);
}

/* -- the Notes page --------------------------------------------------------- */

static void
on_activate_annotation (KelNotesPage  *page,
                        KelAnnotation *a,
                        KelWindow     *window)
{
  KelDocument *doc = kel_window_get_document (window);
  const KelNode *node;
  guint start, end;

  if (!kel_annotation_get_range (a, &start, &end))
    {
      kel_window_show_message (window, _("This mark cannot be placed in this edition: its passage is not in the text any more."));
      return;
    }
  node = kel_document_get_range_node (doc, start, end);
  if (node == NULL)
    node = kel_document_get_node_at (doc, start);
  if (node != NULL)
    kel_window_goto (window, node->eid, FALSE);
  kel_document_view_flash (KEL_DOCUMENT_VIEW (kel_window_get_view (window)), start, end);
}

/**
 * _kel_window_get_notes_page:
 *
 * The Notes page, made the first time it is needed (shown, a mark deleted,
 * a test asking for it) with the notes of the edition shown: the window's
 * first frame does not wait for it.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
_kel_window_get_notes_page (KelWindow *window)
{
  if (window->notes_page == NULL)
    {
      Notes *n = get (window);

      window->notes_page = g_object_new (KEL_TYPE_NOTES_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);
      gtk_box_append (GTK_BOX (window->notes_slot), window->notes_page);
      g_signal_connect (window->notes_page, "activate-annotation", G_CALLBACK (on_activate_annotation), window);
      _kel_window_bind_term_language (window, window->notes_page);
      kel_notes_page_set_notes (KEL_NOTES_PAGE (window->notes_page), n ? n->notes : NULL, window->lang);
    }
  return window->notes_page;
}

void
_kel_window_class_init_notes (GtkWidgetClass *widget_class)
{
  /* nothing from the template: the page is made by _kel_window_get_notes_page() */
}

static const GActionEntry actions[] = {
  { "highlight", highlight_activated, "s" },
  { "add-note", add_note_activated },
  { "add-bookmark", bookmark_activated },
  { "edit-annotation", edit_activated, "s" },
  { "delete-annotation", delete_activated, "s" },
  { "undo-delete", undo_activated },
  { "export-notes", export_activated, "s" },
  { "import-notes", import_activated },
};

/* Adds the notes commands to @window and draws highlights in its text.
 * Called once, while the window is made. */
void
_kel_window_init_notes (KelWindow *window)
{
  Notes *n = g_new0 (Notes, 1);

  n->window = window;
  n->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (kel_window_get_view (window))));
  create_tags (n);
  n->drawn = g_array_new (FALSE, FALSE, sizeof (Drawn));
  n->bookmarks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect_swapped (n->buffer, "changed", G_CALLBACK (on_buffer_changed), n);
  g_signal_connect (n->buffer, "mark-set", G_CALLBACK (on_mark_set), n);
  g_object_set_data_full (G_OBJECT (window), NOTES_KEY, n, notes_free);
  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);
  update_undo (n);
}

/* Opens the notes of @document's edition (and watches them); tells the
 * reader when its notes file could not be read. */
void
_kel_window_notes_set_document (KelWindow   *window,
                               KelDocument *document)
{
  Notes *n = get (window);

  if (n == NULL)
    return;
  if (n->notes != NULL)
    g_signal_handlers_disconnect_by_data (n->notes, n);
  g_clear_object (&n->notes);
  g_clear_object (&n->deleted);
  if (document != NULL)
    {
      n->notes = kel_notes_new (document, NULL);
      kel_notes_watch (n->notes);
      g_signal_connect_swapped (n->notes, "items-changed", G_CALLBACK (queue_redraw), n);
      if (kel_notes_get_problem (n->notes) != NULL)
        kel_window_show_error (window, kel_notes_get_problem (n->notes));
    }
  if (window->notes_page != NULL)
    kel_notes_page_set_notes (KEL_NOTES_PAGE (window->notes_page), n->notes, window->lang);
  update_undo (n);
  queue_redraw (n);
}

/**
 * kel_window_get_notes:
 * Returns: (transfer none) (nullable): the notes of the edition shown
 */
KelNotes *
kel_window_get_notes (KelWindow *window)
{
  Notes *n = get (window);

  return n ? n->notes : NULL;
}
