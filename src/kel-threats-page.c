/* kel-threats-page.c — the sidebar's browser of the threats of Annex 2
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two views in a stack.  The list: the six threat types of Annex 2, each
 * with its number and its name in the term language.  The threat page: the
 * name as Annex 2 words it and as Article 2 words it (they differ, and both
 * are the text), the source of the threat, its signs (a list stays a list),
 * the defined terms it uses, and buttons to its place in the text.  The
 * page never moves the document: it emits ::goto-node and ::activate-term,
 * and the window answers.  This file: the list, opening and closing a
 * threat's page, the class; kel-threats-page-threat.c: what that page shows.
 */
#include "config.h"

#include "kel-threats-page-private.h"
#include "kel-markup.h"
#include "kel-term.h"

G_DEFINE_FINAL_TYPE (KelThreatsPage, kel_threats_page, KEL_TYPE_BROWSE_PAGE)

enum {
  GOTO_NODE,
  ACTIVATE_TERM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* -- The list ------------------------------------------------------------- */

static void
relabel_row (KelThreatsPage *self,
             GtkListBoxRow  *row,
             KelThreat      *threat)
{
  KelLang shown;
  const char *text = _kel_threats_page_threat_name (threat, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)), &shown);
  GtkWidget *number = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
  GtkWidget *name = gtk_widget_get_next_sibling (number);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (name), text);
  kel_label_set_language (GTK_LABEL (name), shown);
  accessible = g_strdup_printf ("%s %s", gtk_label_get_text (GTK_LABEL (number)), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static GtkWidget *
make_row (KelThreatsPage *self,
          KelThreat      *threat)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *num = g_strdup_printf ("%u", kel_threat_get_number (threat));
  /* the row's accessible label says both (relabel_row) */
  GtkWidget *number = kel_row_label_new (num);
  GtkWidget *name = _kel_threats_page_wrapping_label (kel_row_label_new (NULL));

  /* the number sits on the baseline of the name's first line */
  gtk_widget_set_valign (number, GTK_ALIGN_BASELINE);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_widget_add_css_class (number, "threat-number");
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (box), number);

  gtk_widget_set_valign (name, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (box), name);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  relabel_row (self, GTK_LIST_BOX_ROW (row), threat);
  return row;
}

static void
on_row_activated (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  KelThreatsPage *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->threats->len)
    kel_threats_page_show_threat (self, g_ptr_array_index (self->threats, index));
}

static gboolean
on_activate_link (GtkLabel       *label,
                  const char     *uri,
                  KelThreatsPage *self)
{
  KelTerm *term = kel_markup_lookup_link (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), uri);

  if (term != NULL)
    g_signal_emit (self, signals[ACTIVATE_TERM], 0, term);
  return TRUE;   /* only term links here; never open a browser */
}

static void
goto_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  KelThreatsPage *self = KEL_THREATS_PAGE (widget);
  const KelNode *node;

  if (self->threat == NULL)
    return;
  if (g_str_equal (action, "threats.show-article"))
    node = kel_threat_get_article_point (self->threat);
  else
    node = kel_threat_get_node (self->threat);
  if (node != NULL)
    g_signal_emit (self, signals[GOTO_NODE], 0, node);
}

/* -- Public API ------------------------------------------------------------- */

/* A new document: its threats, one row each. */
static void
document_changed (KelBrowsePage *page)
{
  KelThreatsPage *self = KEL_THREATS_PAGE (page);
  KelDocument *document = kel_browse_page_get_document (page);

  g_clear_object (&self->threat);
  kel_browse_clear_list (GTK_LIST_BOX (self->list));
  g_ptr_array_set_size (self->threats, 0);
  for (guint i = 0; document != NULL && i < g_list_model_get_n_items (kel_document_get_threats (document)); i++)
    {
      KelThreat *threat = g_list_model_get_item (kel_document_get_threats (document), i);

      g_ptr_array_add (self->threats, threat);
      gtk_list_box_append (GTK_LIST_BOX (self->list), make_row (self, threat));
    }
}

/* The rows and the open threat page re-labelled in the new term language. */
static void
language_changed (KelBrowsePage *page)
{
  KelThreatsPage *self = KEL_THREATS_PAGE (page);

  for (guint i = 0; i < self->threats->len; i++)
    relabel_row (self, gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) i),
                 g_ptr_array_index (self->threats, i));
  if (self->threat != NULL)
    _kel_threats_page_fill_names (self);
}

/* -- Public API ------------------------------------------------------------- */

/**
 * kel_threats_page_set_document:
 * @document: (nullable): the document whose threats to list
 */
void
kel_threats_page_set_document (KelThreatsPage *self,
                               KelDocument    *document)
{
  kel_browse_page_set_document (KEL_BROWSE_PAGE (self), document);
}

/**
 * kel_threats_page_get_document:
 * Returns: (transfer none) (nullable): the document whose threats the page lists
 */
KelDocument *
kel_threats_page_get_document (KelThreatsPage *self)
{
  return kel_browse_page_get_document (KEL_BROWSE_PAGE (self));
}

/**
 * kel_threats_page_set_lang:
 * @lang: the term language
 *
 * Shows the threats' names in @lang; the open threat page stays open.
 */
void
kel_threats_page_set_lang (KelThreatsPage *self,
                           KelLang         lang)
{
  kel_browse_page_set_lang (KEL_BROWSE_PAGE (self), lang);
}

/**
 * kel_threats_page_get_lang:
 * Returns: the term language
 */
KelLang
kel_threats_page_get_lang (KelThreatsPage *self)
{
  return kel_browse_page_get_lang (KEL_BROWSE_PAGE (self));
}

/**
 * kel_threats_page_show_threat:
 * @threat: a threat of the document
 *
 * Opens @threat's page.  When the keyboard focus is in the page, it moves
 * to the Back button.
 */
void
kel_threats_page_show_threat (KelThreatsPage *self,
                              KelThreat      *threat)
{
  gboolean had_focus;
  guint index;

  g_return_if_fail (KEL_IS_THREATS_PAGE (self));
  g_return_if_fail (KEL_IS_THREAT (threat));
  g_return_if_fail (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)) != NULL);

  had_focus = kel_browse_focus_is_inside (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self)));
  if (g_set_object (&self->threat, threat))
    _kel_threats_page_fill_texts (self);
  _kel_threats_page_fill_names (self);
  kel_browse_show_detail (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self)),
                          g_ptr_array_find (self->threats, threat, &index)
                          ? kel_browse_get_row (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self)), index) : NULL,
                          had_focus);
}

/**
 * kel_threats_page_get_threat:
 * Returns: (transfer none) (nullable): the threat whose page is open, or
 *   %NULL while the list shows
 */
KelThreat *
kel_threats_page_get_threat (KelThreatsPage *self)
{
  g_return_val_if_fail (KEL_IS_THREATS_PAGE (self), NULL);
  return kel_browse_in_detail (kel_browse_page_get_browse (KEL_BROWSE_PAGE (self))) ? self->threat : NULL;
}

/* -- Class ------------------------------------------------------------------ */

static void
kel_threats_page_dispose (GObject *object)
{
  KelThreatsPage *self = KEL_THREATS_PAGE (object);

  g_clear_object (&self->threat);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_THREATS_PAGE);
  G_OBJECT_CLASS (kel_threats_page_parent_class)->dispose (object);
}

static void
kel_threats_page_finalize (GObject *object)
{
  KelThreatsPage *self = KEL_THREATS_PAGE (object);

  g_ptr_array_unref (self->threats);
  G_OBJECT_CLASS (kel_threats_page_parent_class)->finalize (object);
}

/* What a row says: the threat's number, a space, its name in the term
 * language. */
static char *
row_text (KelBrowsePage *page,
          GtkListBoxRow *row)
{
  GtkWidget *number = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
  GtkWidget *name = gtk_widget_get_next_sibling (number);

  return g_strdup_printf ("%s %s", gtk_label_get_text (GTK_LABEL (number)), gtk_label_get_text (GTK_LABEL (name)));
}

static void
kel_threats_page_class_init (KelThreatsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KelBrowsePageClass *browse_class = KEL_BROWSE_PAGE_CLASS (klass);

  object_class->dispose = kel_threats_page_dispose;
  object_class->finalize = kel_threats_page_finalize;
  browse_class->document_changed = document_changed;
  browse_class->language_changed = language_changed;
  browse_class->row_text = row_text;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-threats-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, list);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, threat_scroller);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, annex_caption);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, annex_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, article_caption);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, article_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, article_button);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, source_heading);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, signs_heading);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, signs_label);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, signs_list);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, terms_box);
  gtk_widget_class_bind_template_child (widget_class, KelThreatsPage, terms_label);

  kel_browse_page_class_install_back (widget_class, "threats.back");
  gtk_widget_class_install_action (widget_class, "threats.show-annex", NULL, goto_activated);
  gtk_widget_class_install_action (widget_class, "threats.show-article", NULL, goto_activated);

  /**
   * KelThreatsPage::goto-node:
   * @node: (type gpointer): the KelNode to show: the threat's paragraph of
   *   Annex 2, or the item of Article 2 that names it
   */
  signals[GOTO_NODE] =
    g_signal_new ("goto-node", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /**
   * KelThreatsPage::activate-term:
   * @term: a term of "Terms used" that the reader followed
   */
  signals[ACTIVATE_TERM] =
    g_signal_new ("activate-term", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KEL_TYPE_TERM);
}

static void
kel_threats_page_init (KelThreatsPage *self)
{
  self->threats = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  kel_browse_page_setup (KEL_BROWSE_PAGE (self), &(KelBrowse) {
    .stack = GTK_STACK (self->stack),
    .list = GTK_LIST_BOX (self->list),
    .back_button = self->back_button,
    .detail_scroller = self->threat_scroller,
    .detail_name = "threat",
    .back_action = "threats.back",
  });
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self->terms_label, "activate-link", G_CALLBACK (on_activate_link), self);
}
