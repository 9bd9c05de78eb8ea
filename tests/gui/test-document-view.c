/* test-document-view.c — the text view and the term popover, bound by property
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Also the helpers they share with other widgets and with paper: a name in
 * the term language or Kazakh, the "Used in" snippet, Pango languages and
 * the block measures.
 *
 * The window binds "document" and "term-language" (and the view's
 * "show-glosses") instead of pushing values by hand.  Each property is set
 * here the way a binding sets it, and the test looks at what a reader would
 * see: the text, the glosses after terms, the popover's headword.  A
 * property notifies only when its value changes, and a term language code
 * that names no language (a hand-edited setting) reads as Kazakh.
 */
#include <string.h>

#include "kel-document-view.h"
#include "kel-markup.h"
#include "kel-pango.h"
#include "kel-term-popover.h"
#include "kel-test-gtk.h"
#include "kel-typesetting.h"

static KelDocument *doc;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  (*(guint *) data)++;
}

/* The view in a window, as the reader has it. */
static GtkWidget *
view_in_window (GtkWidget **window)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = kel_document_view_new ();

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 900, 700);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (*window), scrolled);
  gtk_window_present (GTK_WINDOW (*window));
  kel_test_settle (100);
  return view;
}

/* The text of each gloss after a term, in reading order. */
static GPtrArray *
glosses (GtkWidget *view)
{
  return kel_test_view_glosses (GTK_TEXT_VIEW (view), NULL);
}

/* The first term occurrence whose term has a label in @lang, as a gloss. */
static char *
first_gloss (KelLang lang)
{
  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      if (span->kind == KEL_SPAN_TERM && span->term != NULL && kel_term_get_label (span->term, lang) != NULL)
        return g_strdup_printf ("[%s]", kel_term_get_label (span->term, lang));
    }
  g_assert_not_reached ();
}

static void
test_view_document (void)
{
  GtkWidget *window;
  GtkWidget *view = view_in_window (&window);
  guint notified = 0;
  gsize n_bytes;
  const char *text = kel_document_get_text (doc, &n_bytes);
  g_autofree char *shown = NULL;
  g_autofree char *empty = NULL;
  KelDocument *got = NULL;

  g_signal_connect (view, "notify::document", G_CALLBACK (count_notify), &notified);
  g_object_set (view, "document", doc, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (view, "document", &got, NULL);
  g_assert_true (got == doc);
  g_object_unref (got);
  kel_test_settle (100);

  /* the agreement, character for character (a number's space is a tab) */
  shown = kel_document_view_get_visible_text (KEL_DOCUMENT_VIEW (view));
  g_assert_cmpint (g_utf8_strlen (shown, -1), ==, g_utf8_strlen (text, n_bytes));
  g_assert_true (strstr (shown, "Келісім") != NULL);

  /* the same document again: nothing changes, nothing is said */
  g_object_set (view, "document", doc, NULL);
  g_assert_cmpuint (notified, ==, 1);

  /* no document: no text */
  g_object_set (view, "document", NULL, NULL);
  g_assert_cmpuint (notified, ==, 2);
  empty = kel_document_view_get_visible_text (KEL_DOCUMENT_VIEW (view));
  g_assert_cmpstr (empty, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

static void
test_view_term_language (void)
{
  GtkWidget *window;
  GtkWidget *view = view_in_window (&window);
  guint notified = 0;
  g_autofree char *code = NULL;
  g_autofree char *ru = first_gloss (KEL_LANG_RU);
  g_autofree char *zh = first_gloss (KEL_LANG_ZH);
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) shown_ru = NULL;
  g_autoptr(GPtrArray) shown_zh = NULL;
  g_autoptr(GPtrArray) shown_kk = NULL;

  kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), doc);
  g_signal_connect (view, "notify::term-language", G_CALLBACK (count_notify), &notified);
  g_object_get (view, "term-language", &code, NULL);
  g_assert_cmpstr (code, ==, "kk");
  g_clear_pointer (&code, g_free);

  /* a language without glosses shown changes no text */
  g_object_set (view, "term-language", "ru", NULL);
  g_assert_cmpuint (notified, ==, 1);
  none = glosses (view);
  g_assert_cmpuint (none->len, ==, 0);

  /* glosses on: each term is followed by its Russian label */
  g_object_set (view, "show-glosses", TRUE, NULL);
  kel_test_settle (100);
  shown_ru = glosses (view);
  g_assert_cmpuint (shown_ru->len, >, 50);
  g_test_message ("%u Russian glosses, the first %s", shown_ru->len, (char *) shown_ru->pdata[0]);
  g_assert_cmpstr (shown_ru->pdata[0], ==, ru);
  /* every place in the text is where the model says, past the glosses;
   * a place in a gloss is the character after it */
  {
    KelDocumentView *v = KEL_DOCUMENT_VIEW (view);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
    g_autoptr(GPtrArray) again = kel_test_view_glosses (GTK_TEXT_VIEW (view), starts);
    gsize n_bytes = 0;
    const char *text = kel_document_get_text (doc, &n_bytes);
    const char *p = text;

    for (guint offset = 0; offset < kel_document_get_n_chars (doc); offset++, p = g_utf8_next_char (p))
      {
        GtkTextIter iter;
        gunichar c = g_utf8_get_char (p);

        gtk_text_buffer_get_iter_at_offset (buffer, &iter, kel_document_view_model_to_buffer (v, offset));
        g_assert_cmpuint (kel_document_view_buffer_to_model (v, gtk_text_iter_get_offset (&iter)), ==, offset);
        /* the buffer's own changes: a number's space is a tab, a line break U+2028 */
        if (c != ' ' && c != '\n')
          g_assert_cmpuint (gtk_text_iter_get_char (&iter), ==, c);
      }
    for (guint i = 0; i < again->len; i++)
      {
        int start = g_array_index (starts, int, i);
        int len = 1 + (int) g_utf8_strlen (again->pdata[i], -1);
        guint after = kel_document_view_buffer_to_model (v, (guint) (start + len));

        for (int at = start + 1; at < start + len; at++)
          g_assert_cmpuint (kel_document_view_buffer_to_model (v, (guint) at), ==, after);
      }
  }

  /* another language: the same places, Chinese labels */
  g_object_set (view, "term-language", "zh", NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (view, "term-language", &code, NULL);
  g_assert_cmpstr (code, ==, "zh");
  g_clear_pointer (&code, g_free);
  kel_test_settle (100);
  shown_zh = glosses (view);
  g_assert_cmpuint (shown_zh->len, ==, shown_ru->len);
  g_assert_cmpstr (shown_zh->pdata[0], ==, zh);
  g_assert_cmpstr (shown_zh->pdata[0], !=, shown_ru->pdata[0]);

  /* the same value again says nothing */
  g_object_set (view, "term-language", "zh", NULL);
  g_assert_cmpuint (notified, ==, 2);

  /* a code that names no language is Kazakh, whose glosses would repeat
   * the text: none are shown */
  g_object_set (view, "term-language", "xx", NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_object_get (view, "term-language", &code, NULL);
  g_assert_cmpstr (code, ==, "kk");
  g_assert_true (kel_document_view_get_term_language (KEL_DOCUMENT_VIEW (view)) == KEL_LANG_KK);
  shown_kk = glosses (view);
  g_assert_cmpuint (shown_kk->len, ==, 0);
  g_assert_true (kel_document_view_get_show_glosses (KEL_DOCUMENT_VIEW (view)));
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

/* The names of the tags at each block's first character, one string a
 * block: the block's look, and a link's that starts it. */
static GPtrArray *
block_tags (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);
      GtkTextIter iter;
      GSList *tags;
      GString *names = g_string_new (NULL);

      gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                          (int) kel_document_view_model_to_buffer (KEL_DOCUMENT_VIEW (view), block->start));
      tags = gtk_text_iter_get_tags (&iter);
      for (GSList *l = tags; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          g_string_append_printf (names, "%s ", name);
        }
      g_slist_free (tags);
      g_ptr_array_add (out, g_string_free (names, FALSE));
    }
  return out;
}

static void
assert_same_strings (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (a->pdata[i], ==, b->pdata[i]);
}

/* Glosses on and off, another document and back, in turn: the text stays
 * whole, the glosses are as set, every paragraph keeps its look (the
 * buffer is filled away from the view without glosses, beside it with). */
static void
test_glosses_and_documents (void)
{
  GtkWidget *window;
  GtkWidget *view = view_in_window (&window);
  gsize n_bytes;
  const char *text = kel_document_get_text (doc, &n_bytes);
  glong n_chars = g_utf8_strlen (text, n_bytes);
  g_autoptr(GPtrArray) plain = NULL;
  guint n_glosses = 0;

  kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), doc);
  g_object_set (view, "term-language", "ru", NULL);
  kel_test_settle (100);
  plain = block_tags (view);
  g_assert_cmpuint (plain->len, >, 50);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GPtrArray) shown = NULL;
      g_autoptr(GPtrArray) tags = NULL;
      g_autoptr(GPtrArray) none = NULL;
      g_autoptr(GPtrArray) tags_off = NULL;
      g_autofree char *visible = NULL;

      g_object_set (view, "show-glosses", TRUE, NULL);
      if (round == 1)
        {
          /* another document (none) and back, glosses shown */
          kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), NULL);
          kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), doc);
        }
      kel_test_settle (100);
      shown = glosses (view);
      g_assert_cmpuint (shown->len, >, 50);
      if (round == 1)
        g_assert_cmpuint (shown->len, ==, n_glosses);
      n_glosses = shown->len;
      tags = block_tags (view);
      assert_same_strings (tags, plain);

      g_object_set (view, "show-glosses", FALSE, NULL);
      kel_test_settle (100);
      kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), NULL);
      kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), doc);
      kel_test_settle (100);
      none = glosses (view);
      g_assert_cmpuint (none->len, ==, 0);
      visible = kel_document_view_get_visible_text (KEL_DOCUMENT_VIEW (view));
      g_assert_cmpint (g_utf8_strlen (visible, -1), ==, n_chars);
      tags_off = block_tags (view);
      assert_same_strings (tags_off, plain);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

/* The text runs a render node draws: each run's baseline, in the node's
 * coordinates, and the size of its font in pixels. */
typedef struct
{
  float  y;
  double px;
} Run;

static void
collect_runs (GskRenderNode *node,
              GskTransform  *transform,
              GArray        *runs)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_runs (gsk_container_node_get_child (node, i), transform, runs);
      break;
    case GSK_TRANSFORM_NODE:
      {
        GskTransform *inner = gsk_transform_transform (gsk_transform_ref (transform),
                                                       gsk_transform_node_get_transform (node));

        collect_runs (gsk_transform_node_get_child (node), inner, runs);
        gsk_transform_unref (inner);
      }
      break;
    case GSK_CLIP_NODE:
      collect_runs (gsk_clip_node_get_child (node), transform, runs);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect_runs (gsk_rounded_clip_node_get_child (node), transform, runs);
      break;
    case GSK_OPACITY_NODE:
      collect_runs (gsk_opacity_node_get_child (node), transform, runs);
      break;
    case GSK_COLOR_MATRIX_NODE:
      collect_runs (gsk_color_matrix_node_get_child (node), transform, runs);
      break;
    case GSK_SHADOW_NODE:
      collect_runs (gsk_shadow_node_get_child (node), transform, runs);
      break;
    case GSK_DEBUG_NODE:
      collect_runs (gsk_debug_node_get_child (node), transform, runs);
      break;
    case GSK_TEXT_NODE:
      {
        PangoFontDescription *desc = pango_font_describe_with_absolute_size (gsk_text_node_get_font (node));
        graphene_point_t at;
        Run run;

        gsk_transform_transform_point (transform, gsk_text_node_get_offset (node), &at);
        run.y = at.y;
        run.px = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
        g_array_append_val (runs, run);
        pango_font_description_free (desc);
      }
      break;
    default:
      break;
    }
}

/* What the view draws now, as the last frame drew it: a GtkTextView keeps
 * each paragraph's drawing until the paragraph changes. */
static GArray *
drawn_runs (GtkWidget *view)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  collect_runs (node, NULL, runs);
  gsk_render_node_unref (node);
  return runs;
}

/* The size of the smallest text drawn: with glosses shown, a gloss's. */
static double
smallest_run_px (GtkWidget *view)
{
  g_autoptr(GArray) runs = drawn_runs (view);
  double px = G_MAXDOUBLE;

  for (guint i = 0; i < runs->len; i++)
    px = MIN (px, g_array_index (runs, Run, i).px);
  g_assert_cmpuint (runs->len, >, 0);
  return px;
}

/* Every block on screen is drawn in its style's size: the largest text in
 * a block (its glosses are smaller) is as large as in every other block of
 * that style, and the title's larger than a paragraph's. */
static void
assert_blocks_drawn_in_their_style (GtkWidget *view)
{
  g_autoptr(GArray) runs = drawn_runs (view);
  double size[KEL_N_BLOCK_STYLES] = { 0 };
  guint n_checked = 0;

  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);
      KelBlockStyle style = kel_block_style_for (doc, block);
      GtkTextIter iter;
      int y, height, top;
      double largest = 0;

      gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &iter,
                                          (int) kel_document_view_model_to_buffer (KEL_DOCUMENT_VIEW (view), block->start));
      gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (view), &iter, &y, &height);
      gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET, 0, y, NULL, &top);
      if (top + height > gtk_widget_get_height (view))
        break;
      if (top < 0)
        continue;
      for (guint r = 0; r < runs->len; r++)
        {
          const Run *run = &g_array_index (runs, Run, r);

          if (run->y >= top && run->y < top + height)
            largest = MAX (largest, run->px);
        }
      g_test_message ("block %u, style %d: drawn at %.2f px", i, style, largest);
      g_assert_cmpfloat (largest, >, 0);
      if (size[style] == 0)
        size[style] = largest;
      g_assert_cmpfloat_with_epsilon (largest, size[style], 0.25);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >=, 5);
  g_assert_cmpfloat (size[KEL_BLOCK_STYLE_PARA], >, 0);
  g_assert_cmpfloat (size[KEL_BLOCK_STYLE_TITLE], >, size[KEL_BLOCK_STYLE_PARA] * 1.2);
}

/* Glosses shown from the start, as the window does when the settings say
 * so, and the view measured again (as a window does when anything in it
 * changes size).  Each paragraph must keep its own look, not take the
 * title's: when glosses were child widgets, such a measure had GTK 4.8 lay
 * out again only the paragraphs with glosses, each from the look of the
 * last one laid out (GtkTextLayout's one-style cache). */
static void
test_glosses_keep_looks (void)
{
  static const char *const langs[] = { "ru", "zh" };
  GtkWidget *window;
  GtkWidget *view = view_in_window (&window);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_test_message ("glosses in %s", langs[i]);
      kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), NULL);
      g_object_set (view, "term-language", langs[i], "show-glosses", TRUE, NULL);
      kel_document_view_set_document (KEL_DOCUMENT_VIEW (view), doc);
      kel_test_settle (100);
      kel_test_wait_paint (window);
      assert_blocks_drawn_in_their_style (view);

      gtk_widget_queue_resize (view);
      kel_test_wait_paint (window);
      assert_blocks_drawn_in_their_style (view);
    }

  /* glosses turned off and on again while shown */
  g_object_set (view, "show-glosses", FALSE, NULL);
  kel_test_settle (100);
  kel_test_wait_paint (window);
  assert_blocks_drawn_in_their_style (view);
  g_object_set (view, "show-glosses", TRUE, NULL);
  kel_test_settle (100);
  kel_test_wait_paint (window);
  gtk_widget_queue_resize (view);
  kel_test_wait_paint (window);
  assert_blocks_drawn_in_their_style (view);

  /* zoomed, the glosses grow with the text, and stay as many */
  {
    g_autoptr(GPtrArray) before = glosses (view);
    g_autoptr(GPtrArray) after = NULL;
    double small = smallest_run_px (view), large;

    g_object_set (view, "zoom", 1.5, NULL);
    kel_test_settle (100);
    kel_test_wait_paint (window);
    assert_blocks_drawn_in_their_style (view);
    large = smallest_run_px (view);
    after = glosses (view);
    g_test_message ("the smallest text (a gloss) at zoom 1 and 1.5: %.2f and %.2f px", small, large);
    g_assert_cmpfloat_with_epsilon (large / small, 1.5, 0.05);
    g_assert_cmpuint (after->len, ==, before->len);
    g_object_set (view, "zoom", 1.0, NULL);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

static void
test_popover_properties (void)
{
  GtkWidget *popover = g_object_ref_sink (kel_term_popover_new ());
  GtkWidget *headword = kel_test_find_label_with_class (popover, "headword");
  const KelSpan *span = NULL;
  guint lang_notified = 0, doc_notified = 0;
  g_autofree char *code = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) other = NULL;
  KelDocument *got = NULL;

  g_assert_nonnull (headword);
  for (guint i = 0; span == NULL && i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *s = kel_document_get_span (doc, i);

      if (s->kind == KEL_SPAN_TERM && s->term != NULL
          && kel_term_get_label (s->term, KEL_LANG_RU) != NULL
          && kel_term_get_label (s->term, KEL_LANG_ZH) != NULL)
        span = s;
    }
  g_assert_nonnull (span);
  g_signal_connect (popover, "notify::term-language", G_CALLBACK (count_notify), &lang_notified);
  g_signal_connect (popover, "notify::document", G_CALLBACK (count_notify), &doc_notified);

  kel_term_popover_show_occurrence (KEL_TERM_POPOVER (popover), doc, span);
  g_assert_cmpuint (doc_notified, ==, 1);
  g_object_get (popover, "document", &got, NULL);
  g_assert_true (got == doc);
  g_object_unref (got);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (headword)), ==, kel_term_get_label (span->term, KEL_LANG_KK));

  /* the headword, first and largest, is in the term language */
  g_object_set (popover, "term-language", "ru", NULL);
  g_assert_cmpuint (lang_notified, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (headword)), ==, kel_term_get_label (span->term, KEL_LANG_RU));
  g_object_set (popover, "term-language", "zh", NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (headword)), ==, kel_term_get_label (span->term, KEL_LANG_ZH));
  g_object_get (popover, "term-language", &code, NULL);
  g_assert_cmpstr (code, ==, "zh");
  g_clear_pointer (&code, g_free);
  g_object_set (popover, "term-language", "zh", NULL);
  g_assert_cmpuint (lang_notified, ==, 2);

  /* an unknown code is Kazakh */
  g_object_set (popover, "term-language", NULL, NULL);
  g_assert_cmpuint (lang_notified, ==, 3);
  g_object_get (popover, "term-language", &code, NULL);
  g_assert_cmpstr (code, ==, "kk");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (headword)), ==, kel_term_get_label (span->term, KEL_LANG_KK));

  /* the same document again keeps the term; another forgets it, since
   * its occurrences belong to the old one */
  g_object_set (popover, "document", doc, NULL);
  g_assert_cmpuint (doc_notified, ==, 1);
  g_assert_true (kel_term_popover_get_term (KEL_TERM_POPOVER (popover)) == span->term);
  other = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  g_object_set (popover, "document", other, NULL);
  g_assert_cmpuint (doc_notified, ==, 2);
  g_assert_null (kel_term_popover_get_term (KEL_TERM_POPOVER (popover)));
  g_assert_null (kel_term_popover_get_occurrence (KEL_TERM_POPOVER (popover)));
  g_object_unref (popover);
}

/* A name in the term language when there is one, else the Kazakh one,
 * and which of the two it is. */
static void
test_name_or_kazakh (void)
{
  KelLang shown = KEL_N_LANGS;

  g_assert_cmpstr (kel_markup_name_or_kazakh ("угроза", "қатер", KEL_LANG_RU, &shown), ==, "угроза");
  g_assert_true (shown == KEL_LANG_RU);
  g_assert_cmpstr (kel_markup_name_or_kazakh (NULL, "қатер", KEL_LANG_ZH, &shown), ==, "қатер");
  g_assert_true (shown == KEL_LANG_KK);
  g_assert_null (kel_markup_name_or_kazakh (NULL, NULL, KEL_LANG_ZH, NULL));
}

/* One table of block measures for screen and paper; Pango languages for
 * fontconfig (simplified Chinese as zh-cn). */
static void
test_pango (void)
{
  PangoAttrList *attrs = kel_pango_language_attrs (KEL_LANG_ZH);
  PangoAttrIterator *iter = pango_attr_list_get_iterator (attrs);
  PangoAttrLanguage *language = (PangoAttrLanguage *) pango_attr_iterator_get (iter, PANGO_ATTR_LANGUAGE);

  g_assert_nonnull (language);
  g_assert_cmpstr (pango_language_to_string (language->value), ==, "zh-cn");
  pango_attr_iterator_destroy (iter);
  pango_attr_list_unref (attrs);

  g_assert_true (kel_block_look (KEL_BLOCK_STYLE_NOTE, KEL_MEDIUM_SCREEN)->style == PANGO_STYLE_ITALIC);
  g_assert_true (kel_block_look (KEL_BLOCK_STYLE_TITLE, KEL_MEDIUM_SCREEN)->align == PANGO_ALIGN_CENTER);
  g_assert_cmpfloat (kel_block_look (KEL_BLOCK_STYLE_PARA, KEL_MEDIUM_PAPER)->indent, >, 0);
  g_assert_cmpfloat (kel_block_look (KEL_BLOCK_STYLE_POINT, KEL_MEDIUM_SCREEN)->indent, <, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  kel_test_gtk_init (&argc, &argv);
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/document-view/document", test_view_document);
  g_test_add_func ("/document-view/term-language", test_view_term_language);
  g_test_add_func ("/document-view/glosses-and-documents", test_glosses_and_documents);
  g_test_add_func ("/document-view/glosses-keep-looks", test_glosses_keep_looks);
  g_test_add_func ("/term-popover/properties", test_popover_properties);
  g_test_add_func ("/markup/name-or-kazakh", test_name_or_kazakh);
  g_test_add_func ("/pango/languages-and-looks", test_pango);
  ret = g_test_run ();
  g_object_unref (doc);
  return ret;
}
