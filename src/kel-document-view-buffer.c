/* kel-document-view-buffer.c — the agreement's text in the view's buffer
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The buffer holds the model's reading text character for character (a
 * number's separating space becomes a tab for the hanging indent, a
 * line-break span becomes U+2028), so buffer offsets are model offsets,
 * except that the optional glosses add their own text after each term
 * occurrence (in the gloss tag); the conversion functions here account for
 * those.  A gloss is text, not a widget: GtkTextView allocates every child
 * widget of its buffer whenever it allocates itself, so a long text with
 * thousands of glosses took seconds to show and half a second a frame to
 * scroll.
 * Here too: the tags that set each block style, the colours of links and
 * highlights, the search highlights and the flash after a jump (what a
 * copy gives: kel-document-view-selection.c).
 */
#include "config.h"

#include "kel-document-view-private.h"

#include "kel-pango.h"
#include "kel-search.h"
#include "kel-style.h"
#include "kel-term.h"

/* The tags' names, which tests and the inspector see. */
static const char *const look_names[KEL_N_BLOCK_STYLES] = {
  [KEL_BLOCK_STYLE_TITLE]       = "title",
  [KEL_BLOCK_STYLE_LABEL]       = "label",
  [KEL_BLOCK_STYLE_ANNEX_TITLE] = "annex-title",
  [KEL_BLOCK_STYLE_NUM]         = "num",
  [KEL_BLOCK_STYLE_HEADING]     = "heading",
  [KEL_BLOCK_STYLE_SUBHEADING]  = "subheading",
  [KEL_BLOCK_STYLE_PARA]        = "para",
  [KEL_BLOCK_STYLE_PARA_HANG]   = "para-hang",
  [KEL_BLOCK_STYLE_POINT]       = "point",
  [KEL_BLOCK_STYLE_POINT_PLAIN] = "point-plain",
  [KEL_BLOCK_STYLE_POINT_2]     = "point-2",
  [KEL_BLOCK_STYLE_SIGNATURE]   = "signature",
  [KEL_BLOCK_STYLE_NOTE]        = "note",
};

#define FLASH_MS 1600
/* a gloss's size, against the text it follows */
#define GLOSS_SCALE 0.72

static GtkJustification
justification (PangoAlignment align)
{
  switch (align)
    {
    case PANGO_ALIGN_CENTER:
      return GTK_JUSTIFY_CENTER;
    case PANGO_ALIGN_RIGHT:
      return GTK_JUSTIFY_RIGHT;
    case PANGO_ALIGN_LEFT:
    default:
      return GTK_JUSTIFY_LEFT;
    }
}

/* ------------------------------------------------------------------------ */
/* Offsets                                                                  */
/* ------------------------------------------------------------------------ */

/* How many glosses follow model offsets up to @offset. */
static guint
glosses_up_to (KelDocumentView *self,
               guint            offset)
{
  guint lo = 0, hi = self->gloss_places->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->gloss_places, KelGlossPlace, mid).at <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/**
 * kel_document_view_model_to_buffer:
 * @offset: a character offset in the model's reading text
 *
 * Returns: the same place in the buffer, past any glosses before it
 */
guint
kel_document_view_model_to_buffer (KelDocumentView *self,
                                   guint            offset)
{
  guint n = glosses_up_to (self, offset);
  const KelGlossPlace *last;

  if (n == 0)
    return offset;
  last = &g_array_index (self->gloss_places, KelGlossPlace, n - 1);
  return offset + (last->start - last->at) + last->len;
}

/**
 * kel_document_view_buffer_to_model:
 * @offset: a character offset in the buffer
 *
 * Returns: the model offset there; a place in a gloss maps to the
 *   character after it
 */
guint
kel_document_view_buffer_to_model (KelDocumentView *self,
                                   guint            offset)
{
  guint lo = 0, hi = self->gloss_places->len;
  const KelGlossPlace *last;

  /* the glosses that start before @offset */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->gloss_places, KelGlossPlace, mid).start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return offset;
  last = &g_array_index (self->gloss_places, KelGlossPlace, lo - 1);
  if (offset < last->start + last->len)
    return last->at;
  return offset - (last->start - last->at) - last->len;
}

/**
 * _kel_document_view_is_gloss:
 * @iter: a place in the view's buffer
 *
 * Returns: whether @iter is on a gloss's text, which is no part of the
 *   agreement (no link, no [sic])
 */
gboolean
_kel_document_view_is_gloss (KelDocumentView   *self,
                             const GtkTextIter *iter)
{
  return self->gloss_places->len > 0 && gtk_text_iter_has_tag (iter, self->gloss_tag);
}

void
_kel_document_view_iter_at_model (KelDocumentView *self,
                                  GtkTextIter     *iter,
                                  guint            offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_buffer_get_iter_at_offset (buffer, iter, kel_document_view_model_to_buffer (self, offset));
}

/* The buffer place of a range's end: before any gloss after it. */
void
_kel_document_view_iter_at_model_end (KelDocumentView *self,
                                      GtkTextIter     *iter,
                                      guint            offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  if (offset == 0)
    gtk_text_buffer_get_start_iter (buffer, iter);
  else
    gtk_text_buffer_get_iter_at_offset (buffer, iter, kel_document_view_model_to_buffer (self, offset - 1) + 1);
}

guint
_kel_document_view_model_at_iter (KelDocumentView   *self,
                                  const GtkTextIter *iter)
{
  return kel_document_view_buffer_to_model (self, gtk_text_iter_get_offset (iter));
}

/* ------------------------------------------------------------------------ */
/* Styles                                                                   */
/* ------------------------------------------------------------------------ */

double
_kel_document_view_body_px (KelDocumentView *self)
{
  return self->em_px * self->zoom;
}

/* Sets an int property of @tag unless it has that value already: each
 * change of a tag lays out again every paragraph it covers, so a tag that
 * stays as it was should not say it changed (a long text has thousands). */
static void
set_tag_int (GtkTextTag *tag,
             const char *name,
             int         value)
{
  int now = 0;

  g_object_get (tag, name, &now, NULL);
  if (now != value)
    g_object_set (tag, name, value, NULL);
}

void
_kel_document_view_update_style_tags (KelDocumentView *self)
{
  double em = _kel_document_view_body_px (self);

  for (guint i = 0; i < KEL_N_BLOCK_STYLES; i++)
    {
      const KelBlockLook *look = kel_block_look (i, KEL_MEDIUM_SCREEN);
      GtkTextTag *tag = self->style_tags[i];
      int hang = (int) (-look->indent * em + 0.5);
      double scale = 1.0;

      g_object_get (tag, "scale", &scale, NULL);
      if (!G_APPROX_VALUE (scale, look->scale * self->zoom, 1e-9))
        g_object_set (tag, "scale", look->scale * self->zoom, NULL);
      set_tag_int (tag, "pixels-above-lines", (int) (look->above * em));
      set_tag_int (tag, "pixels-below-lines", (int) (look->below * em));
      set_tag_int (tag, "indent", (int) (look->indent * em));
      /* a tag's left margin replaces the view's, which centres the column */
      if (look->left > 0 || look->indent < 0)
        set_tag_int (tag, "left-margin", self->margin + (int) (look->left * em) + (look->indent < 0 ? hang : 0));
      if (look->indent < 0)
        {
          /* tab positions count from the start of the (outdented) first line */
          PangoTabArray *tabs = NULL;
          int at = -1;

          g_object_get (tag, "tabs", &tabs, NULL);
          if (tabs != NULL && pango_tab_array_get_size (tabs) == 1)
            pango_tab_array_get_tab (tabs, 0, NULL, &at);
          g_clear_pointer (&tabs, pango_tab_array_free);
          if (at != hang)
            {
              tabs = pango_tab_array_new (1, TRUE);
              pango_tab_array_set_tab (tabs, 0, PANGO_TAB_LEFT, hang);
              g_object_set (tag, "tabs", tabs, NULL);
              pango_tab_array_free (tabs);
            }
        }
    }
}

static void
update_colors (KelDocumentView *self)
{
  GdkRGBA accent, fg;
  gboolean dark;

  /* the theme's link colour, readable on the view in light, dark and
   * high contrast styles */
  kel_style_get_link_color (GTK_WIDGET (self), &accent);
  kel_style_get_color (GTK_WIDGET (self), &fg);
  dark = (fg.red + fg.green + fg.blue) / 3 > 0.5;

  self->accent = accent;
  self->underline = accent;
  self->underline.alpha = dark ? 1.0 : 0.75;

  {
    GdkRGBA focus_bg = accent, flash_bg = accent, match_bg, current_bg;
    gboolean shaded = FALSE;

    focus_bg.alpha = 0.18;
    flash_bg.alpha = dark ? 0.30 : 0.22;
    gdk_rgba_parse (&match_bg, dark ? "rgba(246,211,45,0.32)" : "rgba(246,211,45,0.45)");
    gdk_rgba_parse (&current_bg, dark ? "rgba(255,120,0,0.6)" : "rgba(255,163,72,0.75)");
    g_object_set (self->ref_tag, "foreground-rgba", &accent, NULL);
    g_object_set (self->threat_tag, "foreground-rgba", &accent, NULL);
    g_object_set (self->hover_tag, "foreground-rgba", &accent, NULL);
    /* a new colour, but shaded only while it was (see set_focus_shaded) */
    g_object_get (self->focus_tag, "background-set", &shaded, NULL);
    g_object_set (self->focus_tag, "background-rgba", &focus_bg, "background-set", shaded, NULL);
    g_object_set (self->flash_tag, "paragraph-background-rgba", &flash_bg, NULL);
    g_object_set (self->match_tag, "background-rgba", &match_bg, NULL);
    g_object_set (self->current_tag, "background-rgba", &current_bg, NULL);
  }
  {
    GdkRGBA dim = fg;

    dim.alpha = 0.65;
    g_object_set (self->gloss_tag, "foreground-rgba", &dim, NULL);
  }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
create_tags (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  for (guint i = 0; i < KEL_N_BLOCK_STYLES; i++)
    {
      const KelBlockLook *look = kel_block_look (i, KEL_MEDIUM_SCREEN);

      self->style_tags[i] = gtk_text_tag_new (look_names[i]);
      g_object_set (self->style_tags[i],
                    "weight", look->weight,
                    "justification", justification (look->align),
                    "language", "kk",
                    NULL);
      if (look->style != PANGO_STYLE_NORMAL)
        g_object_set (self->style_tags[i], "style", look->style, NULL);
      gtk_text_tag_table_add (table, self->style_tags[i]);
      g_object_unref (self->style_tags[i]);
    }

  self->def_tag = gtk_text_buffer_create_tag (buffer, "def", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->ref_tag = gtk_text_buffer_create_tag (buffer, "ref", "allow-breaks", FALSE, NULL);
  self->threat_tag = gtk_text_buffer_create_tag (buffer, "threat-link", NULL);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "match", NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "current-match", NULL);
  self->hover_tag = gtk_text_buffer_create_tag (buffer, "link-hover", NULL);
  self->focus_tag = gtk_text_buffer_create_tag (buffer, "link-focus", NULL);
  self->flash_tag = gtk_text_buffer_create_tag (buffer, "flash", NULL);
  /* smaller, in the theme's dimmed colour (update_colors) and plain sans
   * serif, in a title as in a paragraph: set apart from the agreement's
   * words; made after the styles' tags, so that it wins over their weight */
  self->gloss_tag = gtk_text_buffer_create_tag (buffer, "gloss",
                                                "scale", GLOSS_SCALE,
                                                "family", "sans-serif",
                                                "weight", PANGO_WEIGHT_NORMAL,
                                                "style", PANGO_STYLE_NORMAL,
                                                "allow-breaks", FALSE,
                                                NULL);
}

static void update_metrics (KelDocumentView *self);

/* Puts the caret at @iter.  Moving the caret tells the input method where it
 * is, which lays out the caret's paragraph; before the view has a width
 * that paragraph would break after every character, shaped piece by piece,
 * so it is laid out unwrapped for that moment (the first allocation lays
 * the text out at its width, as it would anyway). */
void
_kel_document_view_place_cursor (KelDocumentView   *self,
                                 const GtkTextIter *iter)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkWrapMode wrap = gtk_text_view_get_wrap_mode (view);
  gboolean unwrap = self->width == 0 && wrap != GTK_WRAP_NONE;

  if (self->width == 0)
    {
      /* not shown yet: a caret already there need not be told again */
      GtkTextIter insert, bound;

      gtk_text_buffer_get_iter_at_mark (buffer, &insert, gtk_text_buffer_get_insert (buffer));
      gtk_text_buffer_get_iter_at_mark (buffer, &bound, gtk_text_buffer_get_selection_bound (buffer));
      if (gtk_text_iter_equal (&insert, iter) && gtk_text_iter_equal (&bound, iter))
        return;
    }
  if (unwrap)
    gtk_text_view_set_wrap_mode (view, GTK_WRAP_NONE);
  gtk_text_buffer_place_cursor (buffer, iter);
  if (unwrap)
    gtk_text_view_set_wrap_mode (view, wrap);
}

/* ------------------------------------------------------------------------ */
/* Filling the buffer                                                       */
/* ------------------------------------------------------------------------ */

/* The buffer text: the model's text with the space after a hanging number
 * turned into a tab, and line-break spaces into U+2028 LINE SEPARATOR, which
 * breaks the line but keeps the paragraph (and its spacing) whole.  Each
 * replacement is one character for one, so offsets do not move. */
static char *
buffer_text (KelDocument *doc,
             gsize       *len)
{
  gsize n_bytes;
  const char *text = kel_document_get_text (doc, &n_bytes);
  const char *p = text;
  GString *out = g_string_sized_new (n_bytes + 64);
  guint at = 0;

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      const char *q;
      guint target;

      if (span->kind == KEL_SPAN_LINE_BREAK)
        target = span->start;
      else if (span->kind == KEL_SPAN_NUM)
        target = span->end;   /* the space after the number */
      else
        continue;
      if (target < at)
        continue;
      q = g_utf8_offset_to_pointer (p, target - at);
      g_string_append_len (out, p, q - p);
      at = target;
      p = q;
      if (*p == ' ')
        {
          g_string_append (out, span->kind == KEL_SPAN_LINE_BREAK ? "\u2028" : "\t");
          p++;
          at++;
        }
    }
  g_string_append_len (out, p, text + n_bytes - p);
  *len = out->len;
  return g_string_free (out, FALSE);
}

static void
apply_range_in (KelDocumentView *self,
                GtkTextBuffer   *buffer,
                GtkTextTag      *tag,
                guint            start,
                guint            end)
{
  GtkTextIter a, b;

  /* as _kel_document_view_iter_at_model() and _end(), in @buffer */
  gtk_text_buffer_get_iter_at_offset (buffer, &a, kel_document_view_model_to_buffer (self, start));
  if (end == 0)
    gtk_text_buffer_get_start_iter (buffer, &b);
  else
    gtk_text_buffer_get_iter_at_offset (buffer, &b, kel_document_view_model_to_buffer (self, end - 1) + 1);
  gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
}

static void
apply_range (KelDocumentView *self,
             GtkTextTag      *tag,
             guint            start,
             guint            end)
{
  apply_range_in (self, gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), tag, start, end);
}

/* A gloss as it reads after its term: "[label]", with a narrow no-break
 * space before it, so that no line break parts it from its term (and the
 * gloss tag allows none inside it). */
static char *
gloss_text (const char *label)
{
  return g_strdup_printf ("\u202F[%s]", label);
}

static void
insert_glosses (KelDocumentView *self,
                GtkTextBuffer   *buffer)
{
  KelDocument *doc = self->document;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint before = 0;

  g_array_set_size (self->gloss_places, 0);
  /* the text is Kazakh: a Kazakh gloss would only repeat the term */
  if (!self->glosses || self->gloss_lang == KEL_LANG_KK)
    return;
  /* Pango picks the glyphs of the language: Chinese ones for Chinese */
  g_object_set (self->gloss_tag, "language", kel_lang_to_pango (self->gloss_lang), NULL);

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      const char *label;
      KelGlossPlace place;
      char *text;

      if (span->kind != KEL_SPAN_TERM || span->term == NULL
          || (label = kel_term_get_label (span->term, self->gloss_lang)) == NULL)
        continue;
      /* past closing quotation marks; the places must come in the order
       * of the text (a term inside another would have its gloss inside) */
      place.at = kel_gloss_offset (doc, span);
      if (self->gloss_places->len > 0
          && place.at < g_array_index (self->gloss_places, KelGlossPlace, self->gloss_places->len - 1).at)
        continue;
      text = gloss_text (label);
      place.len = (guint) g_utf8_strlen (text, -1);
      place.start = place.at + before;
      before += place.len;
      g_array_append_val (self->gloss_places, place);
      g_ptr_array_add (texts, text);
    }
  /* in from the end, so that the model offsets before stay valid */
  for (guint k = texts->len; k > 0; k--)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                          g_array_index (self->gloss_places, KelGlossPlace, k - 1).at);
      gtk_text_buffer_insert_with_tags (buffer, &iter, texts->pdata[k - 1], -1, self->gloss_tag, NULL);
    }
}

void
_kel_document_view_fill_buffer (KelDocumentView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  KelDocument *doc = self->document;
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr(GtkTextBuffer) stand_in = NULL;
  gboolean had_glosses = self->gloss_places->len > 0;

  self->hover_link = NULL;
  self->focus_link = NULL;
  g_array_set_size (self->gloss_places, 0);
  _kel_document_view_links_reset (self);

  if (doc == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  /* Before the view is realized, and without glosses, the text and its
   * tags go in while the view shows an empty stand-in: every change to the
   * buffer a view shows has the view's layout forget what it covers and
   * ask to be laid out again, which the view does once when it has its
   * buffer back (the 100x edition's buffer fills in 0.36 G instructions,
   * not 0.42 G).  Not on a realized view: one that let go of its buffer
   * after a jump (gtk_text_view_scroll_to_mark) failed a critical check
   * when it was unmapped (GTK 4.8: g_signal_handler_disconnect; 4.24:
   * gdk_frame_clock_end_updating; /reading/glosses' jump, then glosses
   * off).  Not when the buffer has or had glosses either: on GTK 4.8 the
   * fill that showed or took away glosses failed the first of these
   * (/document-view/term-language). */
  if (!gtk_widget_get_realized (GTK_WIDGET (self))
      && (!self->glosses || self->gloss_lang == KEL_LANG_KK) && !had_glosses)
    {
      g_object_ref (buffer);
      stand_in = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (buffer));
      gtk_text_view_set_buffer (view, stand_in);
    }

  /* the measures of the styles first, while the buffer is empty: changed
   * over the text, each would lay out every paragraph it covers again */
  gtk_text_buffer_set_text (buffer, "", 0);
  update_metrics (self);

  text = buffer_text (doc, &len);
  gtk_text_buffer_set_text (buffer, text, (int) len);
  insert_glosses (self, buffer);
  {
    /* setting the text leaves the caret at its end: reading starts at the top */
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    if (stand_in != NULL)
      gtk_text_buffer_place_cursor (buffer, &start);   /* no view, nothing laid out */
    else
      _kel_document_view_place_cursor (self, &start);
  }

  /* a run of blocks of one style, one after another, takes its tag once:
   * each application costs a walk of the buffer's tree */
  {
    guint n = kel_document_get_n_blocks (doc), run_start = 0, run_end = 0;
    KelBlockStyle run_style = KEL_BLOCK_STYLE_PARA;

    for (guint i = 0; i < n; i++)
      {
        const KelBlock *block = kel_document_get_block (doc, i);
        KelBlockStyle style = kel_block_style_for (doc, block);

        if (i > 0 && style == run_style && block->start == run_end + 1)
          {
            run_end = block->end;
            continue;
          }
        /* include the newline, so that paragraph properties cover the block */
        if (i > 0)
          apply_range_in (self, buffer, self->style_tags[run_style], run_start, run_end + 1);
        run_start = block->start;
        run_end = block->end;
        run_style = style;
      }
    if (n > 0)
      apply_range_in (self, buffer, self->style_tags[run_style], run_start, run_end + 1);
  }

  /* only the spans that change how the text looks take a tag: a term's
   * dotted underline is drawn from the model's spans (kel-document-view-
   * draw.c), and the pointer and the tooltips ask the model which link or
   * [sic] is under them (kel-document-view-input.c); terms were a third
   * of a long text's tag applications */
  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      switch (span->kind)
        {
        case KEL_SPAN_TERM:
          if (span->is_definition)
            apply_range_in (self, buffer, self->def_tag, span->start, span->end);
          break;
        case KEL_SPAN_REF:
          apply_range_in (self, buffer, self->ref_tag, span->start, span->end);
          break;
        case KEL_SPAN_NUM:
          /* an item of the article that lists the threats opens the threat */
          if (kel_document_get_threat_for_node (doc, kel_document_get_block (doc, span->block)->node) != NULL)
            apply_range_in (self, buffer, self->threat_tag, span->start, span->end);
          break;
        case KEL_SPAN_LINE_BREAK:
        default:
          break;
        }
    }

  if (stand_in != NULL)
    {
      gtk_text_view_set_buffer (view, buffer);
      g_object_unref (buffer);
    }
}

/* ------------------------------------------------------------------------ */
/* Flash, highlights                                                        */
/* ------------------------------------------------------------------------ */

static gboolean
end_flash (gpointer user_data)
{
  KelDocumentView *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  self->flash_id = 0;
  gtk_text_buffer_get_bounds (buffer, &a, &b);
  gtk_text_buffer_remove_tag (buffer, self->flash_tag, &a, &b);
  return G_SOURCE_REMOVE;
}

/**
 * kel_document_view_flash:
 * @start: first model offset
 * @end: end model offset
 *
 * Highlights the paragraphs of [@start, @end) briefly, to show where a jump
 * landed.
 */
void
kel_document_view_flash (KelDocumentView *self,
                         guint            start,
                         guint            end)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  if (self->flash_id != 0)
    {
      g_source_remove (self->flash_id);
      end_flash (self);
    }
  apply_range (self, self->flash_tag, start, MAX (start + 1, end));
  self->flash_id = g_timeout_add (FLASH_MS, end_flash, self);
}

/**
 * kel_document_view_set_highlights:
 * @matches: (nullable) (element-type KelMatch): ranges to highlight, in
 *   model offsets, or %NULL to clear
 *
 * Highlights every match; kel_document_view_set_current_highlight() marks
 * one of them distinctly.
 */
void
kel_document_view_set_highlights (KelDocumentView *self,
                                  GArray          *matches)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &a, &b);
  gtk_text_buffer_remove_tag (buffer, self->match_tag, &a, &b);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &a, &b);
  if (matches == NULL)
    return;
  for (guint i = 0; i < matches->len; i++)
    {
      const KelMatch *m = &g_array_index (matches, KelMatch, i);
      apply_range (self, self->match_tag, m->start, m->end);
    }
}

/**
 * kel_document_view_set_current_highlight:
 * @start: first model offset of the current match
 * @end: its end; equal to @start to clear
 */
void
kel_document_view_set_current_highlight (KelDocumentView *self,
                                         guint            start,
                                         guint            end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &a, &b);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &a, &b);
  if (end > start)
    apply_range (self, self->current_tag, start, end);
}

/* ------------------------------------------------------------------------ */
/* Metrics, copy                                                            */
/* ------------------------------------------------------------------------ */

/* The body font size in pixels, from the CSS font of the view. */
static void
update_metrics (KelDocumentView *self)
{
  const PangoFontDescription *font;
  double px = 16.0;

  font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      px = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        px *= 96.0 / 72.0;
    }
  if (!G_APPROX_VALUE (px, self->em_px, 0.01))
    {
      self->em_px = px;
      _kel_document_view_update_style_tags (self);
    }
}

/* The theme or the font changed: measures and colours follow. */
void
_kel_document_view_update_style (KelDocumentView *self)
{
  update_metrics (self);
  update_colors (self);
}
/**
 * kel_document_view_get_visible_text:
 *
 * Returns: (transfer full): the buffer's text as a copy would give it:
 *   without the glosses
 */
char *
kel_document_view_get_visible_text (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GString *text = g_string_new (NULL);
  GtkTextIter a, b;

  gtk_text_buffer_get_start_iter (buffer, &a);
  while (!gtk_text_iter_is_end (&a))
    {
      g_autofree char *run = NULL;

      b = a;
      /* to the next gloss's start, or the end */
      if (!gtk_text_iter_starts_tag (&b, self->gloss_tag))
        gtk_text_iter_forward_to_tag_toggle (&b, self->gloss_tag);
      run = gtk_text_iter_get_text (&a, &b);
      g_string_append (text, run);
      /* past the gloss */
      a = b;
      if (gtk_text_iter_starts_tag (&a, self->gloss_tag))
        gtk_text_iter_forward_to_tag_toggle (&a, self->gloss_tag);
    }
  return g_string_free (text, FALSE);
}

/* Sets up the tags, their measures and colours, and the mark jumps use. */
void
_kel_document_view_init_buffer (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start;

  create_tags (self);
  _kel_document_view_update_style_tags (self);
  update_colors (self);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->scroll_mark = gtk_text_buffer_create_mark (buffer, "kel-scroll", &start, TRUE);
}
