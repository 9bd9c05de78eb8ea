/* kel-document-view.c — the agreement, typeset, with its links
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only GtkTextView that shows a KelDocument: this file is the
 * object (its properties, signals and set-up); what it does is spread over
 * the files that kel-document-view-private.h lists, one job each.
 *
 * Properties: "document", "zoom", "term-language" (the code of the
 * language of glosses and term tooltips: "kk", "ru" or "zh") and
 * "show-glosses" (a label in the term language after each term
 * occurrence, never a Kazakh one: it would repeat the text).
 */
#include "config.h"

#include "kel-document-view-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kel-lang-property.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (KelDocumentView, kel_document_view, GTK_TYPE_TEXT_VIEW,
                               _kel_document_view_add_hypertext (g_define_type_id))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ZOOM,
  PROP_TERM_LANGUAGE,
  PROP_SHOW_GLOSSES,
  N_PROPS
};

enum {
  ACTIVATE_LINK,
  POSITION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* for kel-document-view-scroll.c */
void
_kel_document_view_emit_position_changed (KelDocumentView *self)
{
  g_signal_emit (self, signals[POSITION_CHANGED], 0);
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

/**
 * kel_document_view_set_document:
 * @document: (nullable): the document to show, or %NULL for none
 *
 * Shows @document from its beginning.  The setter of the "document"
 * property.
 */
void
kel_document_view_set_document (KelDocumentView *self,
                                KelDocument     *document)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (document == NULL || KEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  self->top_node = NULL;
  _kel_document_view_fill_buffer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * kel_document_view_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
KelDocument *
kel_document_view_get_document (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), NULL);
  return self->document;
}

/* The buffer again, in place: the glosses changed. */
static void
refill (KelDocumentView *self)
{
  guint top;

  if (self->document == NULL)
    return;
  top = kel_document_view_get_top_offset (self);
  _kel_document_view_fill_buffer (self);
  kel_document_view_scroll_to (self, top);
}

/**
 * kel_document_view_set_zoom:
 * @zoom: the text size, 1.0 for the body font; clamped to
 *   [%KEL_ZOOM_MIN, %KEL_ZOOM_MAX], and 1.0 when not a number
 *
 * The setter of the "zoom" property.
 */
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
  /* glosses follow: their tag's scale multiplies their block's */
  _kel_document_view_update_style_tags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/**
 * kel_document_view_get_zoom:
 *
 * Returns: the text size, 1.0 for the body font
 */
double
kel_document_view_get_zoom (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 1.0);
  return self->zoom;
}

/**
 * kel_document_view_set_glosses:
 * @show: whether to show a label after each term occurrence
 * @lang: the language of the labels (and of link tooltips)
 *
 * Sets "show-glosses" and "term-language" at once, with one relayout.
 */
void
kel_document_view_set_glosses (KelDocumentView *self,
                               gboolean         show,
                               KelLang          lang)
{
  gboolean again;

  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (lang < KEL_N_LANGS);
  show = !!show;
  again = show != self->glosses || (show && lang != self->gloss_lang);
  g_object_freeze_notify (G_OBJECT (self));
  if (lang != self->gloss_lang)
    {
      self->gloss_lang = lang;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_LANGUAGE]);
    }
  if (show != self->glosses)
    {
      self->glosses = show;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_GLOSSES]);
    }
  if (again)
    refill (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * kel_document_view_set_term_language:
 * @lang: the language of glosses and of term links' tooltips
 *
 * The setter of the "term-language" property.
 */
void
kel_document_view_set_term_language (KelDocumentView *self,
                                     KelLang          lang)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  kel_document_view_set_glosses (self, self->glosses, lang);
}

/**
 * kel_document_view_get_term_language:
 *
 * Returns: the language of glosses and of term links' tooltips
 */
KelLang
kel_document_view_get_term_language (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), KEL_LANG_KK);
  return self->gloss_lang;
}

/**
 * kel_document_view_set_show_glosses:
 * @show: whether each term occurrence is followed by its label in the term
 *   language (never in Kazakh, which would repeat the text)
 *
 * The setter of the "show-glosses" property.
 */
void
kel_document_view_set_show_glosses (KelDocumentView *self,
                                    gboolean         show)
{
  g_return_if_fail (KEL_IS_DOCUMENT_VIEW (self));
  kel_document_view_set_glosses (self, show, self->gloss_lang);
}

/**
 * kel_document_view_get_show_glosses:
 *
 * Returns: whether term occurrences are glossed
 */
gboolean
kel_document_view_get_show_glosses (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), FALSE);
  return self->glosses;
}

static void
kel_document_view_dispose (GObject *object)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  _kel_document_view_dispose_scrolling (self);
  _kel_document_view_dispose_selection (self);
  g_clear_object (&self->document);
  kel_document_view_set_popover (self, NULL);

  G_OBJECT_CLASS (kel_document_view_parent_class)->dispose (object);
}

static void
kel_document_view_finalize (GObject *object)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (object);

  g_array_unref (self->gloss_places);
  g_clear_pointer (&self->bookmarks, g_array_unref);
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
    case PROP_TERM_LANGUAGE:
      kel_lang_property_set_value (value, self->gloss_lang);
      break;
    case PROP_SHOW_GLOSSES:
      g_value_set_boolean (value, self->glosses);
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
    case PROP_TERM_LANGUAGE:
      kel_document_view_set_term_language (self, kel_lang_property_get_value (value));
      break;
    case PROP_SHOW_GLOSSES:
      kel_document_view_set_show_glosses (self, g_value_get_boolean (value));
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
  _kel_document_view_realize_selection (KEL_DOCUMENT_VIEW (widget));
}

static void
kel_document_view_unrealize (GtkWidget *widget)
{
  _kel_document_view_unrealize_selection (KEL_DOCUMENT_VIEW (widget));
  GTK_WIDGET_CLASS (kel_document_view_parent_class)->unrealize (widget);
}

static void
kel_document_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kel_document_view_parent_class)->css_changed (widget, change);
  _kel_document_view_update_style (KEL_DOCUMENT_VIEW (widget));
}

static void
kel_document_view_class_init (KelDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = _kel_document_view_snapshot_layer;
  GTK_TEXT_VIEW_CLASS (klass)->copy_clipboard = _kel_document_view_copy_clipboard;
  object_class->dispose = kel_document_view_dispose;
  object_class->finalize = kel_document_view_finalize;
  object_class->get_property = kel_document_view_get_property;
  object_class->set_property = kel_document_view_set_property;
  widget_class->focus = _kel_document_view_focus;
  widget_class->size_allocate = _kel_document_view_size_allocate;
  widget_class->realize = kel_document_view_realize;
  widget_class->unrealize = kel_document_view_unrealize;
  widget_class->css_changed = kel_document_view_css_changed;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KEL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, KEL_ZOOM_MIN, KEL_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * KelDocumentView:term-language:
   *
   * The code of the language of glosses and term tooltips: "kk", "ru" or
   * "zh", as the "term-language" setting holds it; an unknown code is
   * Kazakh.
   */
  properties[PROP_TERM_LANGUAGE] = kel_lang_property_new ();
  properties[PROP_SHOW_GLOSSES] =
    g_param_spec_boolean ("show-glosses", NULL, NULL, FALSE,
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

  self->zoom = 1.0;
  self->gloss_places = g_array_new (FALSE, FALSE, sizeof (KelGlossPlace));
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

  _kel_document_view_init_buffer (self);
  _kel_document_view_init_input (self);
  _kel_document_view_init_selection (self);
  _kel_document_view_init_scrolling (self);
}

/**
 * kel_document_view_new:
 *
 * Returns: (transfer floating): a view with no document
 */
GtkWidget *
kel_document_view_new (void)
{
  return g_object_new (KEL_TYPE_DOCUMENT_VIEW, NULL);
}
