/* test-reading.c — what a reader sees is right: colours, popover, layout
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh), like test-window: each test opens
 * the real window on the bundled agreement and checks what a reader sees.
 * GLib criticals are fatal here, so a test that merely runs a path checks
 * that the path logs none.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <fontconfig/fontconfig.h>
#include <math.h>

#include "kel-application.h"
#include "kel-contents-page.h"
#include "kel-search-bar.h"
#include "kel-help-window.h"
#include "kel-document-view.h"
#include "kel-markup.h"
#include "kel-style.h"
#include "kel-term-popover.h"
#include "kel-term.h"
#include "kel-window.h"
#include "kel-window-private.h"
#include "kel-lang.h"
#include "kel-test-gtk.h"
#include "kel-test-util.h"

static KelApplication *app;

static KelDocumentView *
view_of (KelWindow *window)
{
  return KEL_DOCUMENT_VIEW (kel_window_get_view (window));
}

static gboolean
popover_visible (gpointer data)
{
  return gtk_widget_get_mapped (kel_window_get_term_popover (data));
}

/* The colour a text tag of the view gives its text. */
static void
tag_foreground (KelDocumentView *view,
                const char      *name,
                GdkRGBA         *color)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  GdkRGBA *rgba = NULL;

  g_assert_nonnull (tag);
  g_object_get (tag, "foreground-rgba", &rgba, NULL);
  g_assert_nonnull (rgba);
  *color = *rgba;
  gdk_rgba_free (rgba);
}

static void
set_theme (const char *name,
           gboolean    dark)
{
  GtkSettings *settings = gtk_settings_get_default ();

  g_object_set (settings, "gtk-theme-name", name, NULL);
  /* GTK 4.20 and later warn on the old property (see kel-style.c) */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (settings), "gtk-interface-color-scheme"))
    g_object_set (settings, "gtk-interface-color-scheme", dark ? 2 : 3, NULL);
  else
    g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
  kel_test_settle (200);
}

/* Every colour the application's style sheet names is one the theme
 * defines, in the light, dark and high contrast styles: a rule that names
 * another does nothing (libadwaita's names without libadwaita: the error
 * banner had no tint). */
static void
test_theme_colours (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 900);
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PREFIX "/style.css", 0, NULL);
  g_autoptr(GRegex) named = g_regex_new ("@([a-z_]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const struct { const char *theme; gboolean dark; } styles[] = {
    { "Adwaita", FALSE }, { "Adwaita", TRUE }, { "HighContrast", FALSE },
  };

  g_assert_nonnull (css);
  g_regex_match (named, g_bytes_get_data (css, NULL), 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    g_ptr_array_add (names, g_match_info_fetch (match, 1));
  g_assert_cmpuint (names->len, >, 0);
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      set_theme (styles[s].theme, styles[s].dark);
      for (guint i = 0; i < names->len; i++)
        {
          GdkRGBA color;

          if (!kel_style_lookup_color (GTK_WIDGET (window), names->pdata[i], &color))
            g_error ("style.css names @%s, which the %s%s theme does not define",
                     (char *) names->pdata[i], styles[s].theme, styles[s].dark ? " dark" : "");
        }
    }
  set_theme ("Adwaita", FALSE);
  kel_test_close_window (window);
}

/* References and threat numbers read at 4.5:1 or better on the view, in the
 * light, dark and high contrast styles, and follow the style. */
static void
test_link_colours (void)
{
  const struct { const char *theme; gboolean dark; } styles[] = {
    { "Adwaita", FALSE }, { "Adwaita", TRUE }, { "HighContrast", FALSE }, { "HighContrast", TRUE },
  };
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocumentView *view = view_of (window);
  GdkRGBA light_link = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      GdkRGBA link, threat, bg, fg;
      g_autofree char *link_text = NULL;
      g_autofree char *bg_text = NULL;

      set_theme (styles[i].theme, styles[i].dark);
      tag_foreground (view, "ref", &link);
      tag_foreground (view, "threat-link", &threat);
      kel_style_get_background (GTK_WIDGET (view), &bg);
      kel_style_get_color (GTK_WIDGET (view), &fg);
      link_text = gdk_rgba_to_string (&link);
      bg_text = gdk_rgba_to_string (&bg);
      g_test_message ("%s%s: link %s on %s, %.2f:1", styles[i].theme, styles[i].dark ? " dark" : "",
                      link_text, bg_text, kel_style_contrast (&link, &bg));
      /* the view is in the style asked for */
      g_assert_cmpint ((fg.red + fg.green + fg.blue) / 3 > 0.5, ==, styles[i].dark);
      g_assert_cmpfloat (kel_style_contrast (&link, &bg), >=, 4.5);
      g_assert_true (gdk_rgba_equal (&link, &threat));
      /* a link is told from the text around it by its colour */
      g_assert_false (gdk_rgba_equal (&link, &fg));
      if (i == 0)
        light_link = link;
      else if (i == 1)
        g_assert_false (gdk_rgba_equal (&link, &light_link));
    }
  set_theme ("Adwaita", FALSE);
  kel_test_close_window (window);
}

/* A term link in the popover's definition opens that term in the popover,
 * which then says how many occurrences the new term has, in the counter's
 * usual shape; Back returns to the first. */
static void
test_popover_definition_link (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelTermPopover *popover = KEL_TERM_POPOVER (kel_window_get_term_popover (window));
  const KelNode *item = kel_document_lookup_node (doc, "art_2__para_1__list_1__point_1");
  const KelSpan *span = kel_test_first_span_in (doc, "art_2__para_1__list_1__point_1", KEL_SPAN_TERM, NULL);
  GtkWidget *definition;
  const char *markup, *href;
  g_autofree char *id = NULL;
  gboolean handled = FALSE;
  KelTerm *first, *linked;
  g_autofree char *expected = NULL;

  g_assert_nonnull (item);
  g_assert_nonnull (span);
  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  kel_test_settle (300);
  kel_document_view_activate_link (view_of (window), span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
  first = kel_term_popover_get_term (popover);
  g_assert_true (first == span->term);
  g_assert_nonnull (strstr (kel_term_popover_get_counter (popover), " of "));

  definition = kel_test_find_label_with_class (GTK_WIDGET (popover), "definition");
  g_assert_nonnull (definition);
  markup = gtk_label_get_label (GTK_LABEL (definition));
  href = strstr (markup, "href=\"term:");
  g_assert_nonnull (href);
  href += strlen ("href=\"");
  id = g_strndup (href, strchr (href, '"') - href);
  linked = kel_markup_lookup_link (doc, id);
  g_assert_nonnull (linked);
  g_assert_true (linked != first);

  /* as a click does: the label asks its handlers */
  g_signal_emit_by_name (definition, "activate-link", id, &handled);
  g_assert_true (handled);
  kel_test_settle (100);
  g_assert_true (kel_term_popover_get_term (popover) == linked);
  expected = g_strdup_printf ("– of %u", kel_term_get_n_occurrences (linked));
  g_assert_cmpstr (kel_term_popover_get_counter (popover), ==, expected);
  g_assert_true (popover_visible (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "term.back", NULL));
  kel_test_settle (50);
  g_assert_true (kel_term_popover_get_term (popover) == first);
  g_assert_nonnull (strstr (kel_term_popover_get_counter (popover), " of "));
  g_assert_false (g_str_has_prefix (kel_term_popover_get_counter (popover), "–"));
  kel_test_close_window (window);
}

/* A term far from the place read opens its popover once the view has
 * scrolled there; a window closed before that removes the wait cleanly. */
static void
test_close_while_pointing (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  const KelSpan *span = NULL;

  /* the last term occurrence of the text, far below Article 1 */
  for (guint i = kel_document_get_n_spans (doc); i > 0 && span == NULL; i--)
    if (kel_document_get_span (doc, i - 1)->kind == KEL_SPAN_TERM)
      span = kel_document_get_span (doc, i - 1);
  g_assert_nonnull (span);
  g_assert_true (kel_window_goto (window, "art_1", FALSE));
  kel_test_settle (200);
  g_assert_false (kel_document_view_is_span_visible (view_of (window), span));
  kel_document_view_activate_link (view_of (window), span);
  gtk_popover_popdown (GTK_POPOVER (kel_window_get_term_popover (window)));
  kel_document_view_activate_link (view_of (window), span);
  kel_test_close_window (window);
}

/* The glosses shown, and in *@wrapped how many a line break parts from
 * their term or splits. */
static guint
count_glosses (KelDocumentView *view,
               guint           *wrapped)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) texts = kel_test_view_glosses (text_view, starts);

  *wrapped = 0;
  for (guint i = 0; i < texts->len; i++)
    {
      /* the gloss, from the narrow no-break space before its "[" */
      int start = g_array_index (starts, int, i);
      int end = start + 1 + (int) g_utf8_strlen (texts->pdata[i], -1);

      for (int at = start; at < end; at++)
        {
          GtkTextIter iter;

          gtk_text_buffer_get_iter_at_offset (buffer, &iter, at);
          if (gtk_text_view_starts_display_line (text_view, &iter))
            {
              GtkTextIter a = iter, b = iter;
              g_autofree char *around = NULL;
              g_autofree char *escaped = NULL;

              gtk_text_iter_backward_chars (&a, 20);
              gtk_text_iter_forward_chars (&b, 5);
              around = gtk_text_iter_get_text (&a, &b);
              escaped = g_strescape (around, NULL);
              g_test_message ("a line starts in or at a gloss: …%s…", escaped);
              (*wrapped)++;
              break;
            }
        }
    }
  return texts->len;
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  if (error != NULL)
    g_test_message ("reading the clipboard: %s", error->message);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* Glosses stay on their term's line at every width, after the quotation
 * marks around it; Kazakh glosses are not shown (they would repeat the
 * text); a copy and the primary selection give the agreement's text
 * without them (a drag: test-drag.c). */
static void
test_glosses (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  GSettings *settings = kel_application_get_settings (app);
  KelDocumentView *view = view_of (window);
  KelDocument *doc = kel_window_get_document (window);
  const int widths[] = { 600, 1100, 1600 };
  guint n, wrapped;

  g_settings_set_string (settings, "term-language", "zh");
  g_settings_set_boolean (settings, "show-glosses", TRUE);
  kel_test_settle (200);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], 800);
      kel_test_settle (800);
      n = count_glosses (view, &wrapped);
      g_test_message ("%d px: %u glosses, %u at the start of a line", widths[i], n, wrapped);
      g_assert_cmpuint (n, >, 50);
      g_assert_cmpuint (wrapped, ==, 0);
    }

  /* «term» [gloss]: no gloss before a closing quotation mark */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
    g_autoptr(GPtrArray) texts = kel_test_view_glosses (GTK_TEXT_VIEW (view), starts);

    for (guint i = 0; i < texts->len; i++)
      {
        GtkTextIter after;

        gtk_text_buffer_get_iter_at_offset (buffer, &after, g_array_index (starts, int, i) + 1
                                            + (int) g_utf8_strlen (texts->pdata[i], -1));
        g_assert_cmpuint (gtk_text_iter_get_char (&after), !=, 0x00BB);
      }
  }

  /* a copy across glossed terms is the text itself */
  {
    const KelNode *node = kel_document_lookup_node (doc, "art_2__para_1__list_1__point_1");
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter a, b;
    g_autofree char *expected = kel_document_get_range (doc, node->start, node->end);
    g_autofree char *copied = NULL;
    g_autofree char *shown = NULL;
    g_autofree char *primary = NULL;

    gtk_text_buffer_get_iter_at_offset (buffer, &a, kel_document_view_model_to_buffer (view, node->start));
    gtk_text_buffer_get_iter_at_offset (buffer, &b, kel_document_view_model_to_buffer (view, node->end));
    /* glossed terms in it */
    shown = gtk_text_iter_get_text (&a, &b);
    g_assert_nonnull (strstr (shown, "\u202F["));
    /* a jump there first, as a reader makes one */
    kel_document_view_scroll_to (view, node->start);
    kel_test_settle (300);
    gtk_text_buffer_get_iter_at_offset (buffer, &a, kel_document_view_model_to_buffer (view, node->start));
    gtk_text_buffer_get_iter_at_offset (buffer, &b, kel_document_view_model_to_buffer (view, node->end));
    gtk_text_buffer_select_range (buffer, &a, &b);
    g_signal_emit_by_name (view, "copy-clipboard");
    gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL, on_text_read, &copied);
    g_assert_true (kel_test_wait_until (is_set, &copied, 3000));
    g_assert_cmpstr (copied, ==, expected);

    /* so is the primary selection, for a middle-click paste */
    gdk_clipboard_read_text_async (gtk_widget_get_primary_clipboard (GTK_WIDGET (view)), NULL,
                                   on_text_read, &primary);
    g_assert_true (kel_test_wait_until (is_set, &primary, 3000));
    g_assert_cmpstr (primary, ==, expected);

    /* with nothing selected, the primary selection is let go */
    gtk_text_buffer_place_cursor (buffer, &a);
    g_assert_null (gdk_clipboard_get_content (gtk_widget_get_primary_clipboard (GTK_WIDGET (view))));
  }

  g_settings_set_string (settings, "term-language", "kk");
  kel_test_settle (200);
  g_assert_cmpuint (count_glosses (view, &wrapped), ==, 0);
  /* after the jump above: the fill without glosses, then the window
   * closed, log no critical (a buffer swapped on a realized view did) */
  g_settings_set_boolean (settings, "show-glosses", FALSE);
  kel_test_close_window (window);
}

static double
tag_scale (KelDocumentView *view,
           const char      *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  double scale = 0;

  g_assert_nonnull (tag);
  g_object_get (tag, "scale", &scale, NULL);
  return scale;
}

/* Zoom grows the headings with the body: an article's number and heading
 * stay larger than its text at every step. */
static void
test_zoom_headings (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocumentView *view = view_of (window);
  GSettings *settings = kel_application_get_settings (app);
  double body0, heading0;

  g_settings_set_double (settings, "zoom", 1.0);
  kel_test_settle (50);
  body0 = tag_scale (view, "para");
  heading0 = tag_scale (view, "heading");
  for (guint step = 0; step < 4; step++)
    {
      double body = tag_scale (view, "para");

      g_assert_cmpfloat (tag_scale (view, "num"), >=, 1.08 * body);
      g_assert_cmpfloat (tag_scale (view, "heading"), >=, 1.1 * body);
      g_assert_cmpfloat (tag_scale (view, "title"), >=, 1.2 * body);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
      kel_test_settle (50);
    }
  g_assert_cmpfloat (tag_scale (view, "para"), >, body0);
  g_assert_cmpfloat_with_epsilon (tag_scale (view, "heading") / heading0,
                                  tag_scale (view, "para") / body0, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  kel_test_close_window (window);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_LABEL (c) && gtk_widget_get_visible (c) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (c)), text) == 0)
        || has_label (c, text))
      return TRUE;
  return FALSE;
}

/* Russian locations that start a line start with a capital: contents rows,
 * the header's subtitle; a citation keeps the lower case inside its
 * sentence. */
static void
test_russian_capitals (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  GSettings *settings = kel_application_get_settings (app);
  KelContentsPage *contents = KEL_CONTENTS_PAGE (kel_window_get_part (window, "contents_page"));
  g_autofree char *row0 = NULL;
  g_autofree char *row2 = NULL;
  g_autofree char *citation = NULL;

  g_settings_set_string (settings, "term-language", "ru");
  kel_test_settle (200);
  row0 = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (contents), 0);
  row2 = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (contents), 2);
  g_assert_cmpstr (row0, ==, "Преамбула");
  g_assert_true (g_str_has_prefix (row2, "Статья 2\n"));

  g_assert_true (kel_window_goto (window, "art_5__para_2", FALSE));
  kel_test_settle (600);
  g_assert_true (has_label (gtk_window_get_titlebar (GTK_WINDOW (window)), "Статья 5"));
  g_assert_false (has_label (gtk_window_get_titlebar (GTK_WINDOW (window)), "статья 5"));
  citation = kel_window_get_citation (window);
  g_assert_nonnull (strstr (citation, "(Соглашение, статья 5, пункт 2)"));

  g_settings_set_string (settings, "term-language", "kk");
  kel_test_close_window (window);
}

static void
collect_numbers (GtkWidget *root,
                 GPtrArray *out)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_LABEL (c) && gtk_widget_has_css_class (c, "threat-number") && gtk_widget_get_mapped (c))
        g_ptr_array_add (out, c);
      collect_numbers (c, out);
    }
}

/* In the list of threats a row's number sits on the baseline of the first
 * line of its name, one line long or several. */
static void
test_threat_numbers_on_baseline (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();

  g_settings_set_boolean (kel_application_get_settings (app), "sidebar-visible", TRUE);
  kel_window_show_sidebar_page (window, "threats");
  kel_test_settle (400);
  collect_numbers (kel_window_get_part (window, "threats_page"), numbers);
  g_assert_cmpuint (numbers->len, ==, 6);
  for (guint i = 0; i < numbers->len; i++)
    {
      GtkWidget *number = g_ptr_array_index (numbers, i);
      GtkWidget *name = gtk_widget_get_next_sibling (number);
      graphene_point_t a, b;

      g_assert_true (GTK_IS_LABEL (name));
      g_assert_cmpint (gtk_widget_get_allocated_baseline (number), >, 0);
      g_assert_cmpint (gtk_widget_get_allocated_baseline (name), >, 0);
      g_assert_true (gtk_widget_compute_point (number, GTK_WIDGET (window),
                                               &GRAPHENE_POINT_INIT (0, gtk_widget_get_allocated_baseline (number)), &a));
      g_assert_true (gtk_widget_compute_point (name, GTK_WIDGET (window),
                                               &GRAPHENE_POINT_INIT (0, gtk_widget_get_allocated_baseline (name)), &b));
      g_assert_cmpfloat (fabs (a.y - b.y), <, 1.0);
    }
  kel_test_close_window (window);
}

static void
report_widths (GtkWidget *w,
               int        depth)
{
  int min = 0, nat = 0;

  gtk_widget_measure (w, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  if (min > 200 && depth < 12)
    g_test_message ("%*s%s: %d (%d)", depth * 2, "", G_OBJECT_TYPE_NAME (w), min, nat);
  if (min > 200 && depth < 12)
    for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
      report_widths (c, depth + 1);
}

static double
x_in_window (GtkWidget *widget,
             GtkWidget *window)
{
  graphene_point_t p;

  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (0, 0), &p));
  return p.x;
}

/* The search bar never makes the window wider than its header needs, in a
 * narrow window too; its entry keeps its place as the status changes. */
static void
test_search_bar_layout (void)
{
  const int widths[] = { 1100, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      KelWindow *window = kel_test_open_window (app, NULL, widths[i]);
      KelSearchBar *bar = KEL_SEARCH_BAR (kel_window_get_part (window, "search_bar"));
      GtkWidget *entry = kel_test_find_type (GTK_WIDGET (bar), GTK_TYPE_SEARCH_ENTRY);
      int min = 0, header = 0, bar_min = 0;
      double x0;
      const char *queries[] = { "ақпараттық", "жжжжжжж", "информационная война", "ақпарат" };

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
      kel_test_settle (300);
      g_test_message ("%d px: the window is %d wide", widths[i], gtk_widget_get_width (GTK_WIDGET (window)));
      if (widths[i] < 720)
        report_widths (GTK_WIDGET (window), 0);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      gtk_widget_measure (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_ORIENTATION_HORIZONTAL, -1, &header, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (bar), GTK_ORIENTATION_HORIZONTAL, -1, &bar_min, NULL, NULL, NULL);
      /* wide, it fits below the narrow breakpoint; narrow, in 360 px */
      g_assert_cmpint (bar_min, <, 720);
      if (widths[i] < 720)
        {
          g_assert_cmpint (bar_min, <=, 360);
          g_assert_cmpint (min, <=, MAX (header, 360) + 12);
        }

      g_assert_nonnull (entry);
      kel_search_bar_set_query (bar, queries[0]);
      kel_test_settle (300);
      x0 = x_in_window (entry, GTK_WIDGET (window));
      for (guint q = 1; q < G_N_ELEMENTS (queries); q++)
        {
          kel_search_bar_set_query (bar, queries[q]);
          kel_test_settle (300);
          g_test_message ("“%s”: %s, the entry at %.0f", queries[q], kel_search_state_get_status (kel_window_get_search (window)),
                          x_in_window (entry, GTK_WIDGET (window)));
          g_assert_cmpfloat (fabs (x_in_window (entry, GTK_WIDGET (window)) - x0), <, 1.0);
        }
      kel_test_close_window (window);
    }
}

static gboolean
top_within (KelWindow  *window,
            const char *eid)
{
  KelDocument *doc = kel_window_get_document (window);

  for (const KelNode *n = kel_document_get_node_at (doc, kel_document_view_get_top_offset (view_of (window)));
       n != NULL; n = n->parent)
    if (g_str_equal (n->eid, eid))
      return TRUE;
  return FALSE;
}

typedef struct { KelWindow *window; const char *eid; } Place;

static gboolean
at_place (gpointer data)
{
  Place *p = data;
  return top_within (p->window, p->eid);
}

/* Where the centre of Article 2's heading line is, against the middle of
 * the view. */
static double
heading_off_centre (KelWindow *window)
{
  KelDocumentView *view = view_of (window);
  KelDocument *doc = kel_window_get_document (window);
  const KelNode *heading = kel_document_lookup_node (doc, "art_2__heading");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter a, b;
  GdkRectangle ra, rb;
  int width = gtk_widget_get_width (GTK_WIDGET (view));

  g_assert_nonnull (heading);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, kel_document_view_model_to_buffer (view, heading->start));
  b = a;
  gtk_text_view_forward_display_line_end (GTK_TEXT_VIEW (view), &b);
  gtk_text_iter_backward_char (&b);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &a, &ra);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &b, &rb);
  return (ra.x + rb.x + rb.width) / 2.0 - width / 2.0;
}

/* Resizing keeps the place read; the text column stays centred when the
 * sidebar comes and goes. */
static void
test_resize_keeps_place (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1100);
  GSettings *settings = kel_application_get_settings (app);
  Place place = { window, "art_2" };

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  g_assert_true (kel_test_wait_until (at_place, &place, 4000));
  kel_test_settle (7000);   /* past the re-aiming that follows a jump */
  g_assert_true (top_within (window, "art_2"));

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 800);
  kel_test_settle (1500);
  g_test_message ("600 px: %s at the top", kel_document_view_get_top_node (view_of (window))->eid);
  g_assert_true (top_within (window, "art_2"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 800);
  kel_test_settle (1500);
  g_assert_true (top_within (window, "art_2"));

  /* F9 twice at 1600 px: the column centred each time */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-visible", NULL));
      kel_test_settle (800);
      g_test_message ("sidebar %s: the heading %.1f px off centre",
                      g_settings_get_boolean (settings, "sidebar-visible") ? "shown" : "hidden",
                      heading_off_centre (window));
      g_assert_cmpfloat (fabs (heading_off_centre (window)), <, 4.0);
      g_assert_true (top_within (window, "art_2"));
    }
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  kel_test_close_window (window);
}

static gboolean
focus_shaded (KelDocumentView *view)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  gboolean set = FALSE;

  g_object_get (gtk_text_tag_table_lookup (table, "link-focus"), "background-set", &set, NULL);
  return set;
}

/* Next and Previous in the popover bring the occurrence into the upper half
 * of the view, so that the popover below it stays in the window; Escape
 * leaves the term unshaded, with the keyboard focus on it. */
static void
test_popover_steps (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelDocumentView *view = view_of (window);
  KelTermPopover *popover = KEL_TERM_POPOVER (kel_window_get_term_popover (window));
  const KelSpan *span = kel_test_first_span_in (doc, "art_2", KEL_SPAN_TERM, NULL);
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  kel_test_settle (300);
  kel_document_view_activate_link (view, span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
  g_assert_true (focus_shaded (view));
  for (guint i = 0; i < 8; i++)
    {
      const KelSpan *shown;
      GdkRectangle rect;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "term.next", NULL));
      kel_test_settle (400);
      g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
      shown = kel_term_popover_get_occurrence (popover);
      g_assert_true (kel_document_view_is_span_visible (view, shown));
      g_assert_true (kel_document_view_get_span_rect (view, shown, &rect));
      g_test_message ("occurrence %u at y %d of %d", shown->occurrence + 1, rect.y, height);
      g_assert_cmpint (rect.y + rect.height, <=, height / 2 + 4);
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  kel_test_settle (100);
  g_assert_false (focus_shaded (view));
  g_assert_nonnull (kel_document_view_get_focus_link (view));
  kel_test_close_window (window);
}

/* A press outside the popover, on a part of the window that takes no focus
 * (the header bar's title), closes it, as autohide would without its grab.
 * GTK 4 makes no pointer events for a test: the window's press gesture is
 * given the press, as GTK gives it a real one first (capture phase). */
static void
test_popover_click_outside (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelDocumentView *view = view_of (window);
  GtkWidget *popover = kel_window_get_term_popover (window);
  const KelSpan *span = kel_test_first_span_in (doc, "art_2", KEL_SPAN_TERM, NULL);
  g_autoptr (GListModel) controllers = NULL;
  GtkEventController *outside = NULL;
  GtkWidget *title = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *picked;
  double x, y;

  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  kel_test_settle (300);
  kel_document_view_activate_link (view, span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && outside == NULL; i++)
    {
      g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
      if (g_strcmp0 (gtk_event_controller_get_name (c), "kel-term-popover-outside-click") == 0)
        outside = c;
    }
  g_assert_nonnull (outside);
  g_assert_true (GTK_IS_GESTURE_CLICK (outside));
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (outside), ==, GTK_PHASE_CAPTURE);

  /* the middle of the header bar: its title, which takes no focus */
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_translate_coordinates (title, GTK_WIDGET (window),
                                                   gtk_widget_get_width (title) / 2.0,
                                                   gtk_widget_get_height (title) / 2.0, &x, &y));
  picked = gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT);
  g_assert_nonnull (picked);
  g_assert_false (gtk_widget_get_focusable (picked));
  g_assert_false (gtk_widget_is_ancestor (picked, popover));
  g_signal_emit_by_name (outside, "pressed", 1, x, y);
  kel_test_settle (100);
  g_assert_false (popover_visible (window));
  /* back in the text, on the term the popover explained */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_true (kel_document_view_get_focus_link (view) == span);

  /* shown again, it is watched again */
  kel_document_view_activate_link (view, span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
  g_signal_emit_by_name (outside, "pressed", 1, x, y);
  kel_test_settle (100);
  g_assert_false (popover_visible (window));
  kel_test_close_window (window);
}

/* A jump leaves the focused link behind: Tab on a term, then go to another
 * article; the term no longer has the focus outline and a citation copied
 * now is of the new place.  A jump into the link itself (the popover's
 * scroll) keeps it.  (That its description, "Defined term, link: …", is no
 * longer read there is checked with Orca: tests/a11y/test-orca.py. GTK's
 * test accessibility backend crashes GTK 4.24 in this program.) */
static void
test_jump_leaves_focus_link (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelDocumentView *view = view_of (window);
  const KelSpan *span = kel_test_first_span_in (doc, "art_2", KEL_SPAN_TERM, NULL);
  const KelNode *art5 = kel_document_lookup_node (doc, "art_5");

  g_assert_nonnull (span);
  g_assert_nonnull (art5);
  g_assert_true (kel_window_goto (window, "art_2", FALSE));
  kel_test_settle (200);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  kel_document_view_set_focus_link (view, span);
  g_assert_cmpuint (kel_document_view_get_context_offset (view), ==, span->start);

  /* into the link: kept */
  kel_document_view_scroll_to (view, span->start);
  g_assert_true (kel_document_view_get_focus_link (view) == span);

  g_assert_true (kel_window_goto (window, "art_5", FALSE));
  kel_test_settle (200);
  g_assert_null (kel_document_view_get_focus_link (view));
  g_assert_cmpuint (kel_document_view_get_context_offset (view), >=, art5->start);
  g_assert_cmpuint (kel_document_view_get_context_offset (view), <, art5->end);

  /* Tab goes on from there, not from the term left behind */
  kel_document_view_set_focus_link (view, span);
  kel_document_view_place_caret (view, art5->start);
  g_assert_null (kel_document_view_get_focus_link (view));
  kel_test_close_window (window);
}

static gboolean
toast_gone (gpointer data)
{
  return kel_window_get_toast (KEL_WINDOW (data)) == NULL;
}

/* Copies say so: Copy Citation and the popover's Copy show a short note
 * over the text, which goes after a moment.  A kelisim: link, as the
 * desktop passes it (GApplication "open"), opens the place it names. */
static void
test_copy_feedback_and_links (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  KelTermPopover *popover = KEL_TERM_POPOVER (kel_window_get_term_popover (window));
  const KelSpan *span = kel_test_first_span_in (doc, "art_2", KEL_SPAN_TERM, NULL);
  g_autoptr(GFile) link = g_file_new_for_uri ("kelisim:art_5__para_2");
  Place place = { window, "art_5__para_2" };

  g_assert_null (kel_window_get_toast (window));
  g_assert_true (kel_window_goto (window, "art_3", FALSE));
  kel_test_settle (200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-citation", NULL));
  g_assert_cmpstr (kel_window_get_toast (window), ==, "Citation copied");
  /* It goes by itself; how soon is the main loop's business, not this test's. */
  g_assert_true (kel_test_wait_until (toast_gone, window, 8000));

  kel_document_view_activate_link (view_of (window), span);
  g_assert_true (kel_test_wait_until (popover_visible, window, 3000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "term.copy", NULL));
  g_assert_cmpstr (kel_window_get_toast (window), ==, "Definition copied");
  gtk_popover_popdown (GTK_POPOVER (popover));

  g_assert_true (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_HANDLES_OPEN);
  g_application_open (G_APPLICATION (app), &link, 1, "");
  g_assert_true (kel_test_wait_until (at_place, &place, 4000));
  kel_test_close_window (window);
}

static gboolean
has_label_containing (GtkWidget  *root,
                      const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_LABEL (c) && strstr (gtk_label_get_text (GTK_LABEL (c)), text) != NULL)
        || has_label_containing (c, text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return GTK_WIDGET (w);
    }
  return NULL;
}

/* About credits the source of the text as the edition names it; the help
 * covers search, citations, printing and editions; "Show the Bundled
 * Agreement" is off while it is shown. */
static void
test_about_help_bundled (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelDocument *doc = kel_window_get_document (window);
  const KelNode *publisher = kel_document_lookup_node (doc, "cmp_2__p_1");
  g_autofree char *credit = NULL;
  GtkWidget *about, *help;
  const char *sections[] = { "Search", "Citations", "Printing and export", "Other editions" };

  g_assert_nonnull (publisher);
  credit = kel_document_get_node_text (doc, publisher);
  g_assert_true (g_str_has_prefix (credit, "© 2012."));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  kel_test_settle (300);
  about = toplevel_of_type (GTK_TYPE_ABOUT_DIALOG);
  g_assert_nonnull (about);
  /* the Credits page, as the reader opens it */
  {
    GtkWidget *button = kel_test_find_type (gtk_window_get_titlebar (GTK_WINDOW (about)), GTK_TYPE_TOGGLE_BUTTON);
    GtkWidget *credits = NULL;

    for (; button != NULL && credits == NULL; button = gtk_widget_get_next_sibling (button))
      if (GTK_IS_TOGGLE_BUTTON (button) && has_label (button, "Credits"))
        credits = button;
    g_assert_nonnull (credits);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (credits), TRUE);
    kel_test_settle (100);
  }
  g_assert_true (has_label_containing (about, credit));
  g_assert_true (has_label_containing (about, "Text of the agreement"));
  gtk_window_destroy (GTK_WINDOW (about));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  kel_test_settle (300);
  help = toplevel_of_type (KEL_TYPE_HELP_WINDOW);
  g_assert_nonnull (help);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_assert_true (has_label (help, sections[i]));
  gtk_window_destroy (GTK_WINDOW (help));

  /* the bundled agreement is shown: showing it again does nothing (the
   * action is disabled; enabled, it would load a new copy) */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  kel_test_settle (100);
  g_assert_true (kel_window_get_document (window) == doc);
  kel_test_close_window (window);
}

/* Chinese labels are tagged so that fontconfig takes them for simplified
 * Chinese (its "zh-cn"), and the face it picks for them covers it. */
static void
test_chinese_language_tag (void)
{
  const char *tag = kel_lang_to_pango (KEL_LANG_ZH);
  FcLangSet *wanted = FcLangSetCreate ();
  g_autofree char *name = g_strdup_printf ("sans:lang=%s", tag);
  FcPattern *pattern = FcNameParse ((const FcChar8 *) name);
  FcPattern *match;
  FcLangSet *covered = NULL;
  FcResult result;

  FcLangSetAdd (wanted, (const FcChar8 *) "zh-cn");
  g_assert_cmpint (FcLangSetHasLang (wanted, (const FcChar8 *) tag), ==, FcLangEqual);
  /* the same tag for Pango, which hands it to fontconfig */
  g_assert_cmpstr (pango_language_to_string (pango_language_from_string (tag)), ==, "zh-cn");

  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  match = FcFontMatch (NULL, pattern, &result);
  if (match != NULL && FcPatternGetLangSet (match, FC_LANG, 0, &covered) == FcResultMatch
      && FcLangSetHasLang (covered, (const FcChar8 *) "zh") != FcLangDifferentLang)
    {
      FcChar8 *family = NULL;

      FcPatternGetString (match, FC_FAMILY, 0, &family);
      g_test_message ("Chinese labels in %s", family);
      g_assert_cmpint (FcLangSetHasLang (covered, (const FcChar8 *) "zh-cn"), ==, FcLangEqual);
    }
  else
    g_test_message ("no Chinese font installed: the face not checked");
  g_clear_pointer (&match, FcPatternDestroy);
  FcPatternDestroy (pattern);
  FcLangSetDestroy (wanted);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);

  app = kel_application_new ();
  /* the application's own flags, HANDLES_OPEN among them */
  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/reading/link-colours", test_link_colours);
  g_test_add_func ("/reading/theme-colours", test_theme_colours);
  g_test_add_func ("/reading/popover-definition-link", test_popover_definition_link);
  g_test_add_func ("/reading/close-while-pointing", test_close_while_pointing);
  g_test_add_func ("/reading/popover-steps", test_popover_steps);
  g_test_add_func ("/reading/popover-click-outside", test_popover_click_outside);
  g_test_add_func ("/reading/jump-leaves-focus-link", test_jump_leaves_focus_link);
  g_test_add_func ("/reading/glosses", test_glosses);
  g_test_add_func ("/reading/zoom-headings", test_zoom_headings);
  g_test_add_func ("/reading/russian-capitals", test_russian_capitals);
  g_test_add_func ("/reading/resize-keeps-place", test_resize_keeps_place);
  g_test_add_func ("/reading/copy-feedback-and-links", test_copy_feedback_and_links);
  g_test_add_func ("/reading/about-help-bundled", test_about_help_bundled);
  g_test_add_func ("/reading/search-bar-layout", test_search_bar_layout);
  g_test_add_func ("/reading/threat-numbers-on-baseline", test_threat_numbers_on_baseline);
  g_test_add_func ("/reading/chinese-language-tag", test_chinese_language_tag);

  return kel_test_app_run (&app);
}
