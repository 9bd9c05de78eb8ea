/* kel-document-view.c — the agreement, typeset, with its links
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only GtkTextView that shows a KelDocument.  The buffer holds the
 * model's reading text character for character (a number's separating space
 * becomes a tab for the hanging indent, a line-break span becomes "\n"), so
 * buffer offsets are model offsets, except that the optional glosses add one
 * child-anchor character after each term occurrence; the two conversion
 * functions below account for those.
 *
 * Term occurrences and cross-references are links: drawn with a dotted
 * underline (terms) or in the accent colour (references), with a pointer
 * cursor and a tooltip; a click, or Enter on the keyboard-focused link,
 * emits ::activate-link.  Tab and Shift+Tab move the keyboard focus from
 * link to link in reading order and leave the view after the last one.
 */
#include "config.h"

#include "kel-document-view-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kel-announce.h"
#include "kel-search.h"
#include "kel-style.h"
#include "kel-typesetting.h"
#include "kel-term.h"
#include "kel-threat.h"


/* Each style in units of the body font size: scale, space above, space
 * below, left margin, first-line indent (negative: hanging). */
static const struct
{
  const char      *name;
  double           scale;
  double           above;
  double           below;
  double           left;
  double           indent;
  PangoWeight      weight;
  GtkJustification justify;
} styles[KEL_N_BLOCK_STYLES] = {
  [KEL_BLOCK_STYLE_TITLE]       = { "title",       1.30, 0.8, 0.6, 0.0,  0.0, PANGO_WEIGHT_BOLD,     GTK_JUSTIFY_CENTER },
  [KEL_BLOCK_STYLE_LABEL]       = { "label",       0.88, 3.0, 0.6, 0.0,  0.0, PANGO_WEIGHT_NORMAL,   GTK_JUSTIFY_RIGHT },
  [KEL_BLOCK_STYLE_ANNEX_TITLE] = { "annex-title", 1.12, 0.8, 0.9, 0.0,  0.0, PANGO_WEIGHT_BOLD,     GTK_JUSTIFY_CENTER },
  [KEL_BLOCK_STYLE_NUM]         = { "num",         1.10, 2.5, 0.1, 0.0,  0.0, PANGO_WEIGHT_BOLD,     GTK_JUSTIFY_CENTER },
  [KEL_BLOCK_STYLE_HEADING]     = { "heading",     1.15, 0.1, 0.8, 0.0,  0.0, PANGO_WEIGHT_BOLD,     GTK_JUSTIFY_CENTER },
  [KEL_BLOCK_STYLE_SUBHEADING]  = { "subheading",  1.00, 1.2, 0.4, 0.0, -1.8, PANGO_WEIGHT_BOLD,     GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_PARA]        = { "para",        1.00, 0.0, 0.0, 0.0,  1.8, PANGO_WEIGHT_NORMAL,   GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_PARA_HANG]   = { "para-hang",   1.00, 0.0, 0.5, 0.0, -1.8, PANGO_WEIGHT_NORMAL,   GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_POINT]       = { "point",       1.00, 0.0, 0.35, 1.8, -1.8, PANGO_WEIGHT_NORMAL,  GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_POINT_PLAIN] = { "point-plain", 1.00, 0.0, 0.35, 1.8,  0.0, PANGO_WEIGHT_NORMAL,  GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_POINT_2]     = { "point-2",     1.00, 0.0, 0.35, 3.6, -1.8, PANGO_WEIGHT_NORMAL,  GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_SIGNATURE]   = { "signature",   1.00, 0.9, 0.0, 0.0,  0.0, PANGO_WEIGHT_SEMIBOLD, GTK_JUSTIFY_LEFT },
  [KEL_BLOCK_STYLE_NOTE]        = { "note",        0.85, 2.5, 0.5, 0.0,  0.0, PANGO_WEIGHT_NORMAL,   GTK_JUSTIFY_LEFT },
};

/* The text column: at most this many ems wide, centred. */
#define MEASURE_EM 38.0
#define MIN_MARGIN_PX 18
#define FLASH_MS 1600
#define GLOSS_JOINER "\u2060"

struct _KelDocumentView
{
  GtkTextView    parent_instance;

  KelDocument   *document;
  double         zoom;
  double         em_px;              /* body font size at zoom 1 */
  GtkTextTag    *style_tags[KEL_N_BLOCK_STYLES];
  GtkTextTag    *term_tag;
  GtkTextTag    *def_tag;
  GtkTextTag    *ref_tag;
  GtkTextTag    *threat_tag;
  GtkTextTag    *sic_tag;
  GtkTextTag    *hover_tag;
  GtkTextTag    *focus_tag;
  GtkTextTag    *flash_tag;
  GtkTextTag    *match_tag;
  GtkTextTag    *current_tag;
  GtkTextMark   *scroll_mark;
  GdkRGBA        accent;
  GdkRGBA        underline;

  const KelSpan *hover_link;
  const KelSpan *focus_link;
  guint          flash_id;
  guint          position_id;
  const KelNode *top_node;
  GtkAdjustment *vadjustment;

  gboolean       glosses;
  KelLang        gloss_lang;
  GArray        *anchors;            /* model offsets of gloss anchors, sorted */

  double         press_x;
  double         press_y;
  GtkWidget     *popover;
  guint          context_offset;     /* where the reader last right-clicked */
  gint64         context_time;
  int            margin;             /* the view's side margins */
  int            width;              /* the width laid out for */
  guint          target;             /* the last place scrolled to... */
  gint64         target_time;        /* ...and when, to re-aim after relayouts */
};

G_DEFINE_FINAL_TYPE_WITH_CODE (KelDocumentView, kel_document_view, GTK_TYPE_TEXT_VIEW,
                               _kel_document_view_add_hypertext (g_define_type_id))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ZOOM,
  N_PROPS
};

enum {
  ACTIVATE_LINK,
  POSITION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void stop_aiming (KelDocumentView *self);

/* ------------------------------------------------------------------------ */
/* Offsets                                                                  */
/* ------------------------------------------------------------------------ */

/**
 * kel_document_view_model_to_buffer:
 * @offset: a character offset in the model's reading text
 *
 * Returns: the same place in the buffer, past any gloss anchors before it
 */
guint
kel_document_view_model_to_buffer (KelDocumentView *self,
                                   guint            offset)
{
  guint lo = 0, hi = self->anchors->len;

  /* anchors at model offsets <= offset come before it in the buffer */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->anchors, guint, mid) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return offset + lo;
}

/**
 * kel_document_view_buffer_to_model:
 * @offset: a character offset in the buffer
 *
 * Returns: the model offset there; an anchor maps to the character after it
 */
guint
kel_document_view_buffer_to_model (KelDocumentView *self,
                                   guint            offset)
{
  guint lo = 0, hi = self->anchors->len;

  /* the k-th anchor (0-based) sits at buffer offset anchors[k] + k */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->anchors, guint, mid) + mid < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return offset - lo;
}

static void
iter_at_model (KelDocumentView *self,
               GtkTextIter     *iter,
               guint            offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_buffer_get_iter_at_offset (buffer, iter, kel_document_view_model_to_buffer (self, offset));
}

/* The buffer place of a range's end: before any gloss after it. */
static void
iter_at_model_end (KelDocumentView *self,
                   GtkTextIter     *iter,
                   guint            offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  if (offset == 0)
    gtk_text_buffer_get_start_iter (buffer, iter);
  else
    gtk_text_buffer_get_iter_at_offset (buffer, iter, kel_document_view_model_to_buffer (self, offset - 1) + 1);
}

static guint
model_at_iter (KelDocumentView   *self,
               const GtkTextIter *iter)
{
  return kel_document_view_buffer_to_model (self, gtk_text_iter_get_offset (iter));
}

/* ------------------------------------------------------------------------ */
/* Styles                                                                   */
/* ------------------------------------------------------------------------ */

static double
body_px (KelDocumentView *self)
{
  return self->em_px * self->zoom;
}

static void
update_style_tags (KelDocumentView *self)
{
  double em = body_px (self);

  for (guint i = 0; i < KEL_N_BLOCK_STYLES; i++)
    {
      PangoTabArray *tabs = NULL;
      int hang = (int) (-styles[i].indent * em + 0.5);

      if (styles[i].indent < 0)
        {
          /* tab positions count from the start of the (outdented) first line */
          tabs = pango_tab_array_new (1, TRUE);
          pango_tab_array_set_tab (tabs, 0, PANGO_TAB_LEFT, hang);
        }
      g_object_set (self->style_tags[i],
                    "scale", styles[i].scale * self->zoom,
                    "pixels-above-lines", (int) (styles[i].above * em),
                    "pixels-below-lines", (int) (styles[i].below * em),
                    "indent", (int) (styles[i].indent * em),
                    NULL);
      /* a tag's left margin replaces the view's, which centres the column */
      if (styles[i].left > 0 || styles[i].indent < 0)
        g_object_set (self->style_tags[i],
                      "left-margin", self->margin + (int) (styles[i].left * em) + (styles[i].indent < 0 ? hang : 0),
                      NULL);
      if (tabs != NULL)
        g_object_set (self->style_tags[i], "tabs", tabs, NULL);
      g_clear_pointer (&tabs, pango_tab_array_free);
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
create_tags (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  for (guint i = 0; i < KEL_N_BLOCK_STYLES; i++)
    {
      self->style_tags[i] = gtk_text_tag_new (styles[i].name);
      g_object_set (self->style_tags[i],
                    "weight", styles[i].weight,
                    "justification", styles[i].justify,
                    "language", "kk",
                    NULL);
      gtk_text_tag_table_add (table, self->style_tags[i]);
      g_object_unref (self->style_tags[i]);
    }
  g_object_set (self->style_tags[KEL_BLOCK_STYLE_NOTE], "style", PANGO_STYLE_ITALIC, NULL);
  g_object_set (self->style_tags[KEL_BLOCK_STYLE_LABEL], "style", PANGO_STYLE_ITALIC, NULL);

  self->term_tag = gtk_text_buffer_create_tag (buffer, "term", NULL);
  self->def_tag = gtk_text_buffer_create_tag (buffer, "def", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->ref_tag = gtk_text_buffer_create_tag (buffer, "ref", "allow-breaks", FALSE, NULL);
  self->threat_tag = gtk_text_buffer_create_tag (buffer, "threat-link", NULL);
  self->sic_tag = gtk_text_buffer_create_tag (buffer, "sic", NULL);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "match", NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "current-match", NULL);
  self->hover_tag = gtk_text_buffer_create_tag (buffer, "link-hover", NULL);
  self->focus_tag = gtk_text_buffer_create_tag (buffer, "link-focus", NULL);
  self->flash_tag = gtk_text_buffer_create_tag (buffer, "flash", NULL);
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
apply_range (KelDocumentView *self,
             GtkTextTag      *tag,
             guint            start,
             guint            end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  iter_at_model (self, &a, start);
  iter_at_model_end (self, &b, end);
  gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
}

static void
insert_glosses (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  KelDocument *doc = self->document;
  guint n = kel_document_get_n_spans (doc);

  g_array_set_size (self->anchors, 0);
  /* the text is Kazakh: a Kazakh gloss would only repeat the term */
  if (!self->glosses || self->gloss_lang == KEL_LANG_KK)
    return;

  /* anchors go in from the end, so that earlier offsets stay valid */
  for (guint i = n; i > 0; i--)
    {
      const KelSpan *span = kel_document_get_span (doc, i - 1);
      const char *label;
      GtkTextIter iter;
      GtkTextChildAnchor *anchor;
      guint at;
      GtkWidget *gloss;
      g_autofree char *text = NULL;
      PangoAttrList *attrs;

      if (span->kind != KEL_SPAN_TERM || span->term == NULL)
        continue;
      label = kel_term_get_label (span->term, self->gloss_lang);
      if (label == NULL)
        continue;
      /* past closing quotation marks; later anchors are further on, so
       * model and buffer offsets agree up to here */
      at = kel_gloss_offset (doc, span);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, at);
      /* the anchor stands for a WORD JOINER, not U+FFFC (a break
       * opportunity): no line break parts a term from its gloss */
      anchor = gtk_text_child_anchor_new_with_replacement (GLOSS_JOINER);
      gtk_text_buffer_insert_child_anchor (buffer, &iter, anchor);
      g_object_unref (anchor);
      text = g_strdup_printf ("[%s]", label);
      gloss = gtk_label_new (text);
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (kel_lang_to_pango (self->gloss_lang))));
      pango_attr_list_insert (attrs, pango_attr_scale_new (0.72 * self->zoom));
      gtk_label_set_attributes (GTK_LABEL (gloss), attrs);
      pango_attr_list_unref (attrs);
      gtk_widget_add_css_class (gloss, "gloss");
      gtk_widget_set_margin_start (gloss, 2);
      gtk_widget_set_valign (gloss, GTK_ALIGN_BASELINE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gloss), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_text_view_add_child_at_anchor (GTK_TEXT_VIEW (self), gloss, anchor);
      g_array_prepend_val (self->anchors, at);
    }
}

static void
fill_buffer (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  KelDocument *doc = self->document;
  g_autofree char *text = NULL;
  gsize len = 0;

  self->hover_link = NULL;
  self->focus_link = NULL;
  g_array_set_size (self->anchors, 0);
  _kel_document_view_links_reset (self);

  if (doc == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  text = buffer_text (doc, &len);
  gtk_text_buffer_set_text (buffer, text, (int) len);
  insert_glosses (self);
  {
    /* setting the text leaves the caret at its end: reading starts at the top */
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
  }

  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);
      KelBlockStyle style = kel_block_style_for (doc, block);

      /* include the newline, so that paragraph properties cover the block */
      apply_range (self, self->style_tags[style], block->start, block->end + 1);
    }

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      switch (span->kind)
        {
        case KEL_SPAN_TERM:
          apply_range (self, self->term_tag, span->start, span->end);
          if (span->is_definition)
            apply_range (self, self->def_tag, span->start, span->end);
          break;
        case KEL_SPAN_REF:
          apply_range (self, self->ref_tag, span->start, span->end);
          break;
        case KEL_SPAN_SIC:
          apply_range (self, self->sic_tag, span->start, span->end);
          break;
        case KEL_SPAN_NUM:
          /* an item of the article that lists the threats opens the threat */
          if (kel_document_get_threat_for_node (doc, kel_document_get_block (doc, span->block)->node) != NULL)
            apply_range (self, self->threat_tag, span->start, span->end);
          break;
        case KEL_SPAN_LINE_BREAK:
        default:
          break;
        }
    }

}

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
  if (!gtk_text_iter_has_tag (&iter, self->term_tag) && !gtk_text_iter_has_tag (&iter, self->ref_tag)
      && !gtk_text_iter_has_tag (&iter, self->threat_tag))
    return NULL;
  return link_at_model (self, model_at_iter (self, &iter));
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
      iter_at_model (self, &a, (*slot)->start);
      iter_at_model_end (self, &b, (*slot)->end);
      gtk_text_buffer_remove_tag (buffer, tag, &a, &b);
    }
  *slot = span;
  if (span != NULL)
    {
      iter_at_model (self, &a, span->start);
      iter_at_model_end (self, &b, span->end);
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
      iter_at_model (self, &iter, span->start);
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

const KelSpan *
kel_document_view_get_focus_link (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), NULL);
  return self->focus_link;
}

/**
 * kel_document_view_activate_link:
 * @span: a link
 *
 * Emits ::activate-link for @span, as a click on it does.
 */
void
kel_document_view_activate_link (KelDocumentView *self,
                                 const KelSpan   *span)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (span != NULL);
  g_signal_emit (self, signals[ACTIVATE_LINK], 0, span);
}

static guint
first_visible_model_offset (KelDocumentView *self,
                            gboolean         bottom)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GdkRectangle visible;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_at_location (view, &iter, visible.x,
                                      bottom ? visible.y + visible.height - 1 : visible.y);
  return model_at_iter (self, &iter);
}

/* The line a reader is reading: where a jump puts its target (YALIGN). */
#define YALIGN 0.06

static guint
reading_offset (KelDocumentView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GdkRectangle visible;
  GtkTextIter iter;
  int y;

  gtk_text_view_get_visible_rect (view, &visible);
  y = visible.y + (int) (visible.height * YALIGN) + 2;
  gtk_text_view_get_iter_at_location (view, &iter, visible.x + visible.width / 2, y);
  /* in the space above a heading, the heading is what is being read */
  if (gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_line (&iter);
  return model_at_iter (self, &iter);
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

static gboolean
kel_document_view_focus (GtkWidget        *widget,
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
              /* past the last control: round to the first */
              gtk_widget_set_focus_child (self->popover, NULL);
              gtk_widget_child_focus (self->popover, direction);
            }
          return TRUE;
        }
    }
  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (kel_document_view_parent_class)->focus (widget, direction);
  if (self->document == NULL)
    return FALSE;

  if (!gtk_widget_has_focus (widget))
    {
      /* entering the text: the link that had the focus if it is still in
       * view (focus coming back from the term popover), else the first
       * link in view in the direction of travel */
      guint from = first_visible_model_offset (self, !forward);

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
    next = next_link (self, first_visible_model_offset (self, !forward), forward, TRUE);
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

  stop_aiming (self);
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
      link = link_at_model (self, model_at_iter (self, &caret));
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
      if (!keyboard && gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by)
          && gtk_text_iter_has_tag (&iter, self->sic_tag))
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

/* ------------------------------------------------------------------------ */
/* Drawing                                                                  */
/* ------------------------------------------------------------------------ */

/* Calls @func for each display-line piece of [start, end), in buffer
 * coordinates. */
typedef void (*RectFunc) (KelDocumentView *self, GtkSnapshot *snapshot, const GdkRectangle *rect);

static void
for_each_line_rect (KelDocumentView *self,
                    GtkSnapshot     *snapshot,
                    guint            start,
                    guint            end,
                    RectFunc         func)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter a, b, line_end;
  GdkRectangle ra, rb;

  iter_at_model (self, &a, start);
  iter_at_model_end (self, &b, end);
  while (gtk_text_iter_compare (&a, &b) < 0)
    {
      GdkRectangle piece;

      line_end = a;
      if (!gtk_text_view_forward_display_line_end (view, &line_end)
          || gtk_text_iter_compare (&line_end, &b) > 0)
        line_end = b;
      gtk_text_view_get_iter_location (view, &a, &ra);
      gtk_text_view_get_iter_location (view, &line_end, &rb);
      if (gtk_text_iter_equal (&line_end, &b) || rb.y == ra.y)
        {
          piece.x = ra.x;
          piece.width = rb.x - ra.x;
        }
      else
        {
          /* the piece runs to the end of the display line */
          GtkTextIter last = line_end;
          gtk_text_iter_backward_char (&last);
          gtk_text_view_get_iter_location (view, &last, &rb);
          piece.x = ra.x;
          piece.width = rb.x + rb.width - ra.x;
        }
      piece.y = ra.y;
      piece.height = ra.height;
      if (piece.width > 0)
        func (self, snapshot, &piece);
      if (gtk_text_iter_equal (&line_end, &b))
        break;
      a = line_end;
      /* step onto the next display line */
      if (!gtk_text_view_forward_display_line (view, &a))
        break;
      gtk_text_view_backward_display_line_start (view, &a);
    }
}

static void
draw_dotted (KelDocumentView    *self,
             GtkSnapshot        *snapshot,
             const GdkRectangle *rect)
{
  double scale = MAX (1.0, self->zoom);
  double dot = 1.5 * scale, gap = 1.5 * scale;
  double y = rect->y + rect->height - 3.0 * scale;

  for (double x = rect->x; x + dot <= rect->x + rect->width; x += dot + gap)
    gtk_snapshot_append_color (snapshot, &self->underline,
                               &GRAPHENE_RECT_INIT (x, y, dot, 1.5 * scale));
}

static void
draw_focus (KelDocumentView    *self,
            GtkSnapshot        *snapshot,
            const GdkRectangle *rect)
{
  GskRoundedRect outline;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (rect->x - 2, rect->y, rect->width + 4, rect->height),
                                   3);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
kel_document_view_snapshot_layer (GtkTextView      *view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (view);
  KelDocument *doc = self->document;
  guint top, bottom, n;

  if (GTK_TEXT_VIEW_CLASS (kel_document_view_parent_class)->snapshot_layer != NULL)
    GTK_TEXT_VIEW_CLASS (kel_document_view_parent_class)->snapshot_layer (view, layer, snapshot);
  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || doc == NULL)
    return;

  top = first_visible_model_offset (self, FALSE);
  bottom = first_visible_model_offset (self, TRUE);
  n = kel_document_get_n_spans (doc);
  /* a term that starts above the top may reach into view */
  for (guint i = kel_document_find_first_span (doc, top > 200 ? top - 200 : 0); i < n; i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      if (span->start > bottom + 1)
        break;
      if (span->kind == KEL_SPAN_TERM && span->end >= top)
        for_each_line_rect (self, snapshot, span->start, span->end, draw_dotted);
    }
  if (self->focus_link != NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
    for_each_line_rect (self, snapshot, self->focus_link->start, self->focus_link->end, draw_focus);
}

/* While the text view lays out lines in the background, the heights of the
 * lines above a jump's target change; until the reader scrolls, each change
 * re-aims at the target, so that a jump lands exactly. */
#define REAIM_USEC (6 * G_USEC_PER_SEC)

static gboolean
aiming (KelDocumentView *self)
{
  return self->target_time != 0 && g_get_monotonic_time () - self->target_time < REAIM_USEC;
}

static void
reaim (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  iter_at_model (self, &iter, self->target);
  gtk_text_buffer_move_mark (buffer, self->scroll_mark, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), self->scroll_mark, 0.0, TRUE, 0.0, YALIGN);
}

static void
stop_aiming (KelDocumentView *self)
{
  self->target_time = 0;
}

/* ------------------------------------------------------------------------ */
/* Layout                                                                   */
/* ------------------------------------------------------------------------ */

static void
kel_document_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (widget);
  int measure = (int) (MEASURE_EM * body_px (self));
  int margin = MAX (MIN_MARGIN_PX, (width - measure) / 2);
  gboolean resized = self->width != 0 && width != self->width;

  /* A new width rewraps every line above the place being read, which the
   * scroll offset in pixels does not follow: keep the place read, taken
   * from the old layout, in view while the new one settles. */
  if (resized && self->document != NULL && gtk_widget_get_mapped (widget) && !aiming (self))
    {
      self->target = reading_offset (self);
      self->target_time = g_get_monotonic_time ();
    }
  self->width = width;

  if (self->margin != margin)
    {
      self->margin = margin;
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), margin);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), margin);
      update_style_tags (self);
      /* the first layouts after a jump change every line's height: aim again */
      if (self->document != NULL && aiming (self))
        reaim (self);
    }
  GTK_WIDGET_CLASS (kel_document_view_parent_class)->size_allocate (widget, width, height, baseline);
  if (resized && self->document != NULL && aiming (self))
    reaim (self);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

/**
 * kel_document_view_set_popover:
 * @popover: (nullable): a popover to anchor on the text, or %NULL
 *
 * Makes @popover a child of the view, which presents it on each layout.
 */
void
kel_document_view_set_popover (KelDocumentView *self,
                               GtkWidget       *popover)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  if (self->popover == popover)
    return;
  if (self->popover != NULL)
    gtk_widget_unparent (self->popover);
  self->popover = popover;
  if (popover != NULL)
    gtk_widget_set_parent (popover, GTK_WIDGET (self));
}

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
      update_style_tags (self);
    }
}

static void
kel_document_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (widget);

  GTK_WIDGET_CLASS (kel_document_view_parent_class)->css_changed (widget, change);
  update_metrics (self);
  update_colors (self);
}

/* ------------------------------------------------------------------------ */
/* Position                                                                 */
/* ------------------------------------------------------------------------ */

const KelNode *
kel_document_view_get_top_node (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), NULL);
  return self->top_node;
}

/**
 * kel_document_view_get_top_offset:
 *
 * Returns: the model offset of the first character at the top of the view
 */
guint
kel_document_view_get_top_offset (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  if (self->document == NULL)
    return 0;
  return reading_offset (self);
}

static gboolean
update_position (gpointer user_data)
{
  KelDocumentView *self = user_data;
  const KelNode *node = NULL;

  self->position_id = 0;
  if (self->document != NULL)
    node = kel_document_get_node_at (self->document, reading_offset (self));
  if (node != self->top_node)
    {
      self->top_node = node;
      g_signal_emit (self, signals[POSITION_CHANGED], 0);
    }
  return G_SOURCE_REMOVE;
}

static void
on_scrolled (GtkAdjustment   *adjustment,
             KelDocumentView *self)
{
  if (self->position_id == 0)
    self->position_id = g_timeout_add (80, update_position, self);
}

static void
on_adjustment_changed (GtkAdjustment   *adjustment,
                       KelDocumentView *self)
{
  if (self->document != NULL && aiming (self))
    reaim (self);
  on_scrolled (adjustment, self);
}

static void
on_vadjustment (KelDocumentView *self,
                GParamSpec      *pspec,
                gpointer         user_data)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));

  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_scrolled, self);
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
    }
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled), self);
      g_signal_connect (adjustment, "changed", G_CALLBACK (on_adjustment_changed), self);
    }
}

/**
 * kel_document_view_scroll_to:
 * @offset: a model offset
 *
 * Scrolls so that @offset is near the top of the view.
 */
void
kel_document_view_scroll_to (KelDocumentView *self,
                             guint            offset)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  self->target = offset;
  self->target_time = g_get_monotonic_time ();
  reaim (self);
  on_scrolled (NULL, self);
  /* the caret goes with every jump, so that a screen reader reads on there */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
    GtkTextIter iter;

    iter_at_model (self, &iter, offset);
    gtk_text_buffer_place_cursor (buffer, &iter);
  }
}

/**
 * kel_document_view_place_caret:
 * @offset: a model offset
 *
 * Puts the caret at @offset without scrolling: where reading (and a screen
 * reader) goes on from.
 */
void
kel_document_view_place_caret (KelDocumentView *self,
                               guint            offset)
{
  GtkTextIter iter;

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  if (self->document == NULL)
    return;
  iter_at_model (self, &iter, offset);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &iter);
}

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
 * kel_document_view_get_span_rect:
 * @span: a span
 * @rect: (out): where its first line piece is, in widget coordinates
 *
 * Returns: %FALSE when the view has no layout for it yet
 */
gboolean
kel_document_view_get_span_rect (KelDocumentView *self,
                                 const KelSpan   *span,
                                 GdkRectangle    *rect)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter a, b, line_end;
  GdkRectangle ra, rb;

  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), FALSE);
  iter_at_model (self, &a, span->start);
  iter_at_model_end (self, &b, span->end);
  line_end = a;
  if (!gtk_text_view_forward_display_line_end (view, &line_end) || gtk_text_iter_compare (&line_end, &b) > 0)
    line_end = b;
  gtk_text_view_get_iter_location (view, &a, &ra);
  gtk_text_view_get_iter_location (view, &line_end, &rb);
  if (rb.y != ra.y)
    {
      gtk_text_iter_backward_char (&line_end);
      gtk_text_view_get_iter_location (view, &line_end, &rb);
      rb.x += rb.width;
    }
  rect->x = ra.x;
  rect->y = ra.y;
  rect->width = MAX (1, rb.x - ra.x);
  rect->height = ra.height;
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect->x, rect->y, &rect->x, &rect->y);
  return ra.height > 0;
}

gboolean
kel_document_view_is_span_visible (KelDocumentView *self,
                                   const KelSpan   *span)
{
  GdkRectangle rect;
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!kel_document_view_get_span_rect (self, span, &rect))
    return FALSE;
  return rect.y >= 0 && rect.y + rect.height <= height;
}

/* ------------------------------------------------------------------------ */
/* Highlights and glosses                                                   */
/* ------------------------------------------------------------------------ */

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

/**
 * kel_document_view_get_selection:
 * @start: (out): first model offset of the selection
 * @end: (out): its end
 *
 * Returns: %TRUE when the reader has selected text
 */
gboolean
kel_document_view_get_selection (KelDocumentView *self,
                                 guint           *start,
                                 guint           *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), FALSE);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return FALSE;
  *start = model_at_iter (self, &a);
  *end = model_at_iter (self, &b);
  return *end > *start;
}

/**
 * kel_document_view_get_context_offset:
 *
 * Returns: the model offset a command without a selection applies to: where
 *   the reader last right-clicked (for the context menu), else the focused
 *   link, else the line being read
 */
guint
kel_document_view_get_context_offset (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  if (self->context_time != 0 && g_get_monotonic_time () - self->context_time < 60 * G_USEC_PER_SEC)
    return self->context_offset;
  if (self->focus_link != NULL)
    return self->focus_link->start;
  return reading_offset (self);
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
      self->context_offset = model_at_iter (self, &iter);
      self->context_time = g_get_monotonic_time ();
    }
}

/**
 * kel_document_view_set_glosses:
 * @show: whether to show a label after each term occurrence
 * @lang: the language of the labels (and of link tooltips)
 */
void
kel_document_view_set_glosses (KelDocumentView *self,
                               gboolean         show,
                               KelLang          lang)
{
  gboolean refill;
  guint top;

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  refill = show != self->glosses || (show && lang != self->gloss_lang);
  self->gloss_lang = lang;
  self->glosses = show;
  if (refill && self->document != NULL)
    {
      top = kel_document_view_get_top_offset (self);
      fill_buffer (self);
      kel_document_view_scroll_to (self, top);
    }
}

/**
 * kel_document_view_get_visible_text:
 *
 * Returns: (transfer full): the buffer's text as a copy would give it:
 *   without the glosses' anchors
 */
char *
kel_document_view_get_visible_text (KelDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  text = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  parts = g_strsplit (text, GLOSS_JOINER, -1);
  return g_strjoinv ("", parts);
}

/* Copy gives the agreement's own text, never the glosses' joiners */
static void
kel_document_view_copy_clipboard (GtkTextView *view)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (view);
  g_autofree char *text = NULL;
  guint start, end;

  if (self->document == NULL || !kel_document_view_get_selection (self, &start, &end))
    return;
  text = kel_document_get_range (self->document, start, end);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (view)), text);
}

/* ------------------------------------------------------------------------ */
/* Object                                                                   */
/* ------------------------------------------------------------------------ */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KelDocumentView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  stop_aiming (self);
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), dy < 0 ? "win.zoom-in" : "win.zoom-out", NULL);
  return TRUE;
}

void
kel_document_view_set_document (KelDocumentView *self,
                                KelDocument     *document)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (document == NULL || KEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  self->top_node = NULL;
  fill_buffer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * kel_document_view_get_document:
 * Returns: (transfer none) (nullable): the document shown
 */
KelDocument *
kel_document_view_get_document (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), NULL);
  return self->document;
}

void
kel_document_view_set_zoom (KelDocumentView *self,
                            double           zoom)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));

  if (!isfinite (zoom))
    zoom = 1.0;
  zoom = CLAMP (zoom, KEL_ZOOM_MIN, KEL_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  update_style_tags (self);
  if (self->glosses && self->document != NULL)
    {
      guint top = kel_document_view_get_top_offset (self);
      fill_buffer (self);
      kel_document_view_scroll_to (self, top);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
kel_document_view_get_zoom (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 1.0);
  return self->zoom;
}

static void
kel_document_view_dispose (GObject *object)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  g_clear_handle_id (&self->position_id, g_source_remove);
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_scrolled, self);
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
    }
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->document);
  kel_document_view_set_popover (self, NULL);

  G_OBJECT_CLASS (kel_document_view_parent_class)->dispose (object);
}

static void
kel_document_view_finalize (GObject *object)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (object);

  g_array_unref (self->anchors);
  G_OBJECT_CLASS (kel_document_view_parent_class)->finalize (object);
}

static void
kel_document_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kel_document_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kel_document_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      kel_document_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GtkTextView's realize asks where the caret is, for the input method,
 * which lays out the caret's paragraph before the view has a width: a
 * paragraph broken after every character, shaped piece by piece.
 * Unwrapped for that moment it is one line; the first allocation lays the
 * text out at its width, as it would anyway. */
static void
kel_document_view_realize (GtkWidget *widget)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkWrapMode wrap = gtk_text_view_get_wrap_mode (view);

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_NONE);
  GTK_WIDGET_CLASS (kel_document_view_parent_class)->realize (widget);
  gtk_text_view_set_wrap_mode (view, wrap);
}

static void
kel_document_view_class_init (KelDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->dispose = kel_document_view_dispose;
  object_class->finalize = kel_document_view_finalize;
  object_class->get_property = kel_document_view_get_property;
  object_class->set_property = kel_document_view_set_property;
  widget_class->focus = kel_document_view_focus;
  widget_class->size_allocate = kel_document_view_size_allocate;
  widget_class->realize = kel_document_view_realize;
  widget_class->css_changed = kel_document_view_css_changed;
  text_view_class->snapshot_layer = kel_document_view_snapshot_layer;
  text_view_class->copy_clipboard = kel_document_view_copy_clipboard;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, KEL_ZOOM_MIN, KEL_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KelDocumentView::activate-link:
   * @span: (type gpointer): the KelSpan of the term occurrence or reference
   */
  signals[ACTIVATE_LINK] =
    g_signal_new ("activate-link", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  signals[POSITION_CHANGED] =
    g_signal_new ("position-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "textview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
}

static void
kel_document_view_init (KelDocumentView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkEventController *controller;
  GtkGesture *click;
  GtkTextIter start;

  self->zoom = 1.0;
  self->anchors = g_array_new (FALSE, FALSE, sizeof (guint));
  self->gloss_lang = KEL_LANG_KK;

  gtk_widget_add_css_class (GTK_WIDGET (self), "document");
  gtk_text_view_set_editable (view, FALSE);
  /* a real caret: arrows, Page Up/Down and Ctrl+Home/End move it (they only
   * scroll without one), and screen readers read where it goes */
  gtk_text_view_set_cursor_visible (view, TRUE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (view, 28);
  gtk_text_view_set_bottom_margin (view, 64);
  gtk_text_view_set_pixels_inside_wrap (view, 2);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agreement text"),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);

  self->em_px = 16.0;

  create_tags (self);
  update_style_tags (self);
  update_colors (self);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->scroll_mark = gtk_text_buffer_create_mark (buffer, "kel-scroll", &start, TRUE);

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
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (on_vadjustment), NULL);
}

GtkWidget *
kel_document_view_new (void)
{
  return g_object_new (KEL_TYPE_DOCUMENT_VIEW, NULL);
}
