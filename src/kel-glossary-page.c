/* kel-glossary-page.c — the sidebar's glossary: the defined terms and their pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two views in a stack.  The list: the 13 terms of Annex 1, in Annex 1
 * order or alphabetically in the term language, narrowed by a filter entry.
 * The term page: the headword in the three languages, the Annex 1
 * definition with the other terms in it as links, the related terms, and
 * every place the text uses the term.  The page never moves the document: it
 * emits ::activate-occurrence and the window answers.
 *
 * Changing the term language re-labels the rows in place (no row is
 * rebuilt, the filter and the selection stay) and rebuilds only the open
 * term page.  This file: the list, opening and closing the term page,
 * the class; kel-glossary-page-term.c: what the term page shows.
 */
#include "config.h"

#include "kel-glossary-page-private.h"
#include "kel-markup.h"
#include "kel-text.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kel-search.h"

G_DEFINE_FINAL_TYPE (KelGlossaryPage, kel_glossary_page, KEL_TYPE_BROWSE_PAGE)

enum {
  ACTIVATE_OCCURRENCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark term_quark;

static KelTerm *
row_term (GtkListBoxRow *row)
{
  return g_object_get_qdata (G_OBJECT (row), term_quark);
}

/* -- The list ------------------------------------------------------------- */

/* Sets a row's labels for the term language: the name in it, and under it
 * the Kazakh headword when the language is not Kazakh. */
static void
relabel_row (KelGlossaryPage *self,
             GtkListBoxRow   *row)
{
  KelTerm *term = row_term (row);
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *name_label = gtk_widget_get_first_child (box);
  GtkWidget *kk_label = gtk_widget_get_next_sibling (name_label);
  KelLang shown;
  const char *name = kel_markup_term_name (term, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)), &shown);
  const char *kk = kel_term_get_label (term, KEL_LANG_KK);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (name_label), name);
  kel_label_set_language (GTK_LABEL (name_label), shown);
  gtk_widget_set_visible (kk_label, shown != KEL_LANG_KK);
  if (shown != KEL_LANG_KK)
    gtk_label_set_text (GTK_LABEL (kk_label), kk);
  accessible = shown != KEL_LANG_KK ? g_strdup_printf ("%s (%s)", name, kk) : g_strdup (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static GtkWidget *
make_row (KelGlossaryPage *self,
          KelTerm         *term)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
  GtkWidget *name_label = gtk_label_new (NULL);
  GtkWidget *kk_label = gtk_label_new (NULL);

  for (GtkWidget *label = name_label; label != NULL; label = label == name_label ? kk_label : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), label);
    }
  kel_label_set_language (GTK_LABEL (kk_label), KEL_LANG_KK);
  gtk_widget_add_css_class (name_label, "term-name");
  gtk_widget_add_css_class (kk_label, "term-kazakh");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_qdata_full (G_OBJECT (row), term_quark, g_object_ref (term), g_object_unref);
  relabel_row (self, GTK_LIST_BOX_ROW (row));
  return row;
}

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       data)
{
  KelGlossaryPage *self = data;
  KelTerm *x = row_term (a), *y = row_term (b);

  if (self->alphabetical)
    {
      int cmp = kel_text_collate (kel_markup_term_name (x, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)), NULL),
                                  kel_markup_term_name (y, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)), NULL),
                                  kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));
      if (cmp != 0)
        return cmp;
    }
  return (int) kel_term_get_order (x) - (int) kel_term_get_order (y);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  KelGlossaryPage *self = data;

  return self->query == NULL || kel_search_term_matches (row_term (row), self->query);
}

static void
apply_filter (KelGlossaryPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
  g_autofree char *query = g_strstrip (g_strdup (text));
  g_autofree char *message = NULL;

  g_clear_pointer (&self->query, g_free);
  if (*query != '\0')
    self->query = g_steal_pointer (&query);
  /* Translators: the glossary filter found nothing; %s is what was typed */
  message = g_strdup_printf (_("No term matches “%s”"), self->query ? self->query : "");
  gtk_label_set_text (GTK_LABEL (self->placeholder), message);
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
}

static void
on_search_changed (GtkSearchEntry  *entry,
                   KelGlossaryPage *self)
{
  apply_filter (self);
}

static void
on_stop_search (GtkSearchEntry  *entry,
                KelGlossaryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  apply_filter (self);
}

/* Enter in the filter opens the first term it leaves. */
static void
on_filter_activate (GtkSearchEntry  *entry,
                    KelGlossaryPage *self)
{
  GtkListBoxRow *row;

  apply_filter (self);
  row = kel_browse_get_row (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self)), 0);
  if (row != NULL)
    kel_glossary_page_show_term (self, row_term (row));
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  KelGlossaryPage *self)
{
  kel_glossary_page_show_term (self, row_term (row));
}

static void
rebuild_list (KelGlossaryPage *self)
{
  GListModel *terms;

  kel_browse_clear_list (GTK_LIST_BOX (self->list));
  terms = kel_browse_page_get_document (KEL_BROWSE_PAGE (self)) ? kel_document_get_terms (kel_browse_page_get_document (KEL_BROWSE_PAGE (self))) : NULL;
  for (guint i = 0; terms != NULL && i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);

      gtk_list_box_append (GTK_LIST_BOX (self->list), make_row (self, term));
    }
}

static gboolean
on_activate_link (GtkLabel        *label,
                  const char      *uri,
                  KelGlossaryPage *self)
{
  KelTerm *term = kel_markup_lookup_link (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), uri);

  if (term != NULL && term != self->term)
    kel_glossary_page_show_term (self, term);
  return TRUE;   /* only term links here; never open a browser */
}

static void
on_occurrence_activated (GtkListBox      *list,
                         GtkListBoxRow   *row,
                         KelGlossaryPage *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->occurrences->len)
    g_signal_emit (self, signals[ACTIVATE_OCCURRENCE], 0, g_ptr_array_index (self->occurrences, index));
}

static void
show_definition_activated (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  KelGlossaryPage *self = KEL_GLOSSARY_PAGE (widget);
  const KelSpan *span = self->term ? _kel_glossary_page_definition_span (self->term) : NULL;

  if (span != NULL)
    g_signal_emit (self, signals[ACTIVATE_OCCURRENCE], 0, span);
}

/* -- Public API ------------------------------------------------------------- */

/* A new document: its terms, one row each. */
static void
document_changed (KelBrowsePage *page)
{
  KelGlossaryPage *self = KEL_GLOSSARY_PAGE (page);

  g_clear_object (&self->term);
  rebuild_list (self);
}

/* The rows re-labelled in place (the filter and the selection stay), the
 * order if alphabetical, and the open term page. */
static void
language_changed (KelBrowsePage *page)
{
  KelGlossaryPage *self = KEL_GLOSSARY_PAGE (page);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && row_term (GTK_LIST_BOX_ROW (row)) != NULL)
      relabel_row (self, GTK_LIST_BOX_ROW (row));
  if (self->alphabetical)
    gtk_list_box_invalidate_sort (GTK_LIST_BOX (self->list));
  if (self->term != NULL)
    _kel_glossary_page_relabel_term (self);
}

/* -- Public API ------------------------------------------------------------- */

/**
 * kel_glossary_page_set_document:
 * @document: (nullable): the document whose terms to list
 */
void
kel_glossary_page_set_document (KelGlossaryPage *self,
                                KelDocument     *document)
{
  kel_browse_page_set_document (KEL_BROWSE_PAGE (self), document);
}

/**
 * kel_glossary_page_get_document:
 * Returns: (transfer none) (nullable): the document whose terms the page lists
 */
KelDocument *
kel_glossary_page_get_document (KelGlossaryPage *self)
{
  return kel_browse_page_get_document (KEL_BROWSE_PAGE (self));
}

/**
 * kel_glossary_page_set_lang:
 * @lang: the term language
 *
 * Shows the terms' names in @lang.  The filter, the order and the open
 * term page stay.
 */
void
kel_glossary_page_set_lang (KelGlossaryPage *self,
                            KelLang          lang)
{
  kel_browse_page_set_lang (KEL_BROWSE_PAGE (self), lang);
}

/**
 * kel_glossary_page_get_lang:
 * Returns: the term language
 */
KelLang
kel_glossary_page_get_lang (KelGlossaryPage *self)
{
  return kel_browse_page_get_lang (KEL_BROWSE_PAGE (self));
}

/**
 * kel_glossary_page_set_order:
 * @alphabetical: %TRUE for the term language's alphabetical order
 *   (kel_text_collate()), %FALSE for Annex 1 order
 */
void
kel_glossary_page_set_order (KelGlossaryPage *self,
                             gboolean         alphabetical)
{
  g_return_if_fail (KEL_IS_GLOSSARY_PAGE (self));
  alphabetical = !!alphabetical;
  if (self->alphabetical == alphabetical)
    return;
  self->alphabetical = alphabetical;
  gtk_list_box_invalidate_sort (GTK_LIST_BOX (self->list));
}

/**
 * kel_glossary_page_get_order:
 * Returns: %TRUE when the list is in alphabetical order, %FALSE in
 *   Annex 1 order
 */
gboolean
kel_glossary_page_get_order (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), FALSE);
  return self->alphabetical;
}

/**
 * kel_glossary_page_set_filter:
 * @text: (nullable): what to type into the filter entry
 *
 * Filters the list at once, without the entry's typing delay.
 */
void
kel_glossary_page_set_filter (KelGlossaryPage *self,
                              const char      *text)
{
  g_return_if_fail (KEL_IS_GLOSSARY_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text ? text : "");
  apply_filter (self);
}

/**
 * kel_glossary_page_get_filter:
 * Returns: (transfer none): the text of the filter entry
 */
const char *
kel_glossary_page_get_filter (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
}

/**
 * kel_glossary_page_get_placeholder_text:
 * Returns: (nullable): the message the list shows in place of rows when
 *   the filter leaves none, or %NULL while it shows rows
 */
const char *
kel_glossary_page_get_placeholder_text (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  if (!gtk_widget_get_child_visible (self->placeholder) || kel_browse_in_detail (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self))))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->placeholder));
}

/**
 * kel_glossary_page_show_term:
 * @term: a term of the document
 *
 * Opens @term's page.  When the keyboard focus is in the glossary, it moves
 * to the page's Back button.
 */
void
kel_glossary_page_show_term (KelGlossaryPage *self,
                             KelTerm         *term)
{
  gboolean had_focus;
  GtkListBoxRow *selected = NULL;

  g_return_if_fail (KEL_IS_GLOSSARY_PAGE (self));
  g_return_if_fail (KEL_IS_TERM (term));
  g_return_if_fail (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)) != NULL);

  had_focus = kel_browse_focus_is_inside (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self)));
  g_set_object (&self->term, term);
  _kel_glossary_page_fill_term (self);
  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && row_term (GTK_LIST_BOX_ROW (row)) == term)
      selected = GTK_LIST_BOX_ROW (row);
  kel_browse_show_detail (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self)), selected, had_focus);
}

/**
 * kel_glossary_page_get_term:
 * Returns: (transfer none) (nullable): the term whose page is open, or
 *   %NULL while the list shows
 */
KelTerm *
kel_glossary_page_get_term (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  return kel_browse_in_detail (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self))) ? self->term : NULL;
}

/* -- Class ------------------------------------------------------------------ */

static void
kel_glossary_page_dispose (GObject *object)
{
  KelGlossaryPage *self = KEL_GLOSSARY_PAGE (object);

  g_clear_object (&self->term);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_GLOSSARY_PAGE);
  G_OBJECT_CLASS (kel_glossary_page_parent_class)->dispose (object);
}

static void
kel_glossary_page_finalize (GObject *object)
{
  KelGlossaryPage *self = KEL_GLOSSARY_PAGE (object);

  g_free (self->query);
  g_ptr_array_unref (self->occurrences);
  G_OBJECT_CLASS (kel_glossary_page_parent_class)->finalize (object);
}

/* What a row says: the term's name, and on a second line its Kazakh
 * headword when the term language is not Kazakh. */
static char *
row_text (KelBrowsePage *page,
          GtkListBoxRow *row)
{
  GString *out = g_string_new (NULL);

  for (GtkWidget *c = gtk_widget_get_first_child (gtk_list_box_row_get_child (row)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_visible (c))
      {
        if (out->len > 0)
          g_string_append_c (out, '\n');
        g_string_append (out, gtk_label_get_text (GTK_LABEL (c)));
      }
  return g_string_free (out, FALSE);
}

static void
kel_glossary_page_class_init (KelGlossaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KelBrowsePageClass *browse_class = KEL_BROWSE_PAGE_CLASS (klass);

  object_class->dispose = kel_glossary_page_dispose;
  object_class->finalize = kel_glossary_page_finalize;
  browse_class->document_changed = document_changed;
  browse_class->language_changed = language_changed;
  browse_class->row_text = row_text;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-glossary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, list);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, placeholder);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, term_scroller);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, headwords_box);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, definition_label);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, related_box);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, uses_caption);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, uses_label);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, used_by_caption);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, used_by_label);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, occurrences_heading);
  gtk_widget_class_bind_template_child (widget_class, KelGlossaryPage, occurrences_list);

  kel_browse_page_class_install_back (widget_class, "glossary.back");
  gtk_widget_class_install_action (widget_class, "glossary.show-definition", NULL, show_definition_activated);

  /**
   * KelGlossaryPage::activate-occurrence:
   * @span: (type gpointer): the KelSpan of the occurrence to show: a "Used
   *   in" row's, or the Annex 1 headword's for "Show in Annex 1"
   *
   * The reader wants to see this occurrence in the text.
   */
  signals[ACTIVATE_OCCURRENCE] =
    g_signal_new ("activate-occurrence", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  term_quark = g_quark_from_static_string ("kel-glossary-term");
}

static void
kel_glossary_page_init (KelGlossaryPage *self)
{
  self->occurrences = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  kel_browse_page_setup (KEL_BROWSE_PAGE (self), &(KelBrowse) {
    .stack = GTK_STACK (self->stack),
    .list = GTK_LIST_BOX (self->list),
    .back_button = self->back_button,
    .detail_scroller = self->term_scroller,
    .list_focus = self->filter_entry,
    .detail_name = "term",
    .back_action = "glossary.back",
  });

  gtk_list_box_set_sort_func (GTK_LIST_BOX (self->list), sort_rows, self, NULL);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->filter_entry), self->list);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self->filter_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->filter_entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect (self->filter_entry, "activate", G_CALLBACK (on_filter_activate), self);
  g_signal_connect (self->occurrences_list, "row-activated", G_CALLBACK (on_occurrence_activated), self);
  g_signal_connect (self->definition_label, "activate-link", G_CALLBACK (on_activate_link), self);
  g_signal_connect (self->uses_label, "activate-link", G_CALLBACK (on_activate_link), self);
  g_signal_connect (self->used_by_label, "activate-link", G_CALLBACK (on_activate_link), self);
  apply_filter (self);
}
