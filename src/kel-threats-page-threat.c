/* kel-threats-page-threat.c — the threats page's page of one threat
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the page of one threat shows: its number and name, the name as
 * Annex 2 and as Article 2 word it, its source, its signs (a list stays a
 * list) and the defined terms its paragraph uses (kel-term-uses.c).
 * kel-threats-page.c opens and closes the page.
 */
#include "config.h"

#include "kel-threats-page-private.h"
#include "kel-markup.h"
#include "kel-text.h"
#include "kel-term-uses.h"

#include <glib/gi18n.h>
#include <string.h>

/* The threat's name in the term language, or in Kazakh when the edition
 * has none in it. */
const char *
_kel_threats_page_threat_name (KelThreat *threat,
                               KelLang    lang,
                               KelLang   *shown)
{
  const char *label = kel_markup_name_or_kazakh (kel_threat_get_label (threat, lang),
                                                 kel_threat_get_label (threat, KEL_LANG_KK),
                                                 lang, shown);

  return label != NULL ? label : "";
}

/* Makes @label fill the rest of its line and wrap, even inside a word;
 * returns it. */
GtkWidget *
_kel_threats_page_wrapping_label (GtkWidget *label)
{
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* -- The threat page -------------------------------------------------------- */

static void
set_caption (KelThreatsPage *self,
             GtkWidget      *label,
             const KelNode  *node)
{
  g_autofree char *where = node ? kel_document_get_location (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), node, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self))) : NULL;
  g_autofree char *text = where ? kel_text_capitalise (where) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  kel_label_set_language (GTK_LABEL (label), kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));
}

static void
set_kazakh (GtkWidget  *label,
            const char *text)
{
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  kel_label_set_language (GTK_LABEL (label), KEL_LANG_KK);
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static GtkWidget *
sign_item (const char *marker,
           const char *text)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_HORIZONTAL,
                                 "spacing", 6,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                 NULL);
  GtkWidget *bullet = gtk_label_new (marker);
  GtkWidget *label = _kel_threats_page_wrapping_label (gtk_label_new (text));

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_add_css_class (bullet, "bullet");
  gtk_box_append (GTK_BOX (box), bullet);

  kel_label_set_language (GTK_LABEL (label), KEL_LANG_KK);
  gtk_widget_add_css_class (label, "body-text");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* The signs: the paragraph; or, when it has list points, its own text as
 * the intro and one item per point. */
static void
fill_signs (KelThreatsPage *self,
            const KelNode  *signs)
{
  KelDocument *doc = kel_browse_page_get_document (KEL_BROWSE_PAGE (self));
  GString *intro = g_string_new (NULL);
  guint n_items = 0;

  kel_browse_clear_box (self->signs_list);
  for (guint i = signs ? signs->index + 1 : G_MAXUINT; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);
      g_autofree char *text = NULL;
      const char *body;

      if (node->depth <= signs->depth)
        break;
      if (node->kind != KEL_NODE_POINT)
        continue;
      text = kel_document_get_node_text (doc, node);
      body = text;
      if (node->num != NULL && g_str_has_prefix (body, node->num))
        body += strlen (node->num);
      while (*body == ' ')
        body++;
      gtk_box_append (GTK_BOX (self->signs_list), sign_item (node->num ? node->num : "•", body));
      n_items++;
    }

  if (signs != NULL && n_items == 0)
    {
      g_autofree char *text = kel_document_get_node_text (doc, signs);
      g_string_append (intro, text);
    }
  else if (signs != NULL)
    for (guint b = signs->first_block; b < signs->first_block + signs->n_blocks; b++)
      {
        const KelBlock *block = kel_document_get_block (doc, b);
        g_autofree char *text = NULL;

        if (block->node != signs)
          continue;
        text = kel_document_get_block_text (doc, block);
        if (intro->len > 0)
          g_string_append_c (intro, ' ');
        g_string_append (intro, text);
      }
  set_kazakh (self->signs_label, intro->str);
  gtk_widget_set_visible (self->signs_list, n_items > 0);
  gtk_widget_set_visible (self->signs_heading, signs != NULL);
  g_string_free (intro, TRUE);
}

/* The defined terms that occur in the threat's paragraph of Annex 2, in
 * the order they first occur, as links. */
static void
fill_terms (KelThreatsPage *self,
            const KelNode  *node)
{
  g_autoptr(GPtrArray) terms = node ? kel_term_uses_in_range (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), node->start, node->end)
                                     : g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < terms->len; i++)
    {
      g_autofree char *link = kel_markup_term_link (g_ptr_array_index (terms, i), kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, link);
    }
  gtk_label_set_markup (GTK_LABEL (self->terms_label), out->str);
  gtk_widget_set_visible (self->terms_box, out->len > 0);
  g_string_free (out, TRUE);
}

/* What the term language changes: the name, its note, the captions and
 * the names of the terms. */
void
_kel_threats_page_fill_names (KelThreatsPage *self)
{
  KelThreat *threat = self->threat;
  const KelNode *point = kel_threat_get_article_point (threat);
  KelLang shown;

  /* in Kazakh the name is the Annex 2 wording, shown below with its caption */
  gtk_label_set_text (GTK_LABEL (self->name_label), _kel_threats_page_threat_name (threat, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)), &shown));
  kel_label_set_language (GTK_LABEL (self->name_label), shown);
  gtk_widget_set_visible (self->name_label, shown != KEL_LANG_KK);
  gtk_widget_set_visible (self->status_label,
                          shown != KEL_LANG_KK && kel_threat_get_status (threat, shown) == KEL_STATUS_UNCHECKED);
  set_caption (self, self->annex_caption, kel_threat_get_node (threat));
  set_caption (self, self->article_caption, point);
  fill_terms (self, kel_threat_get_node (threat));
}

/* The text itself, which is Kazakh whatever the term language: set once
 * per threat, so that a language switch lays out no paragraph again. */
void
_kel_threats_page_fill_texts (KelThreatsPage *self)
{
  KelThreat *threat = self->threat;
  const KelNode *source = kel_threat_get_source_node (threat);
  const KelNode *point = kel_threat_get_article_point (threat);
  g_autofree char *number = NULL;
  g_autofree char *source_text = NULL;

  /* Translators: the heading of a threat's page; %u is its number in Annex 2 */
  number = g_strdup_printf (_("Threat %u"), kel_threat_get_number (threat));
  gtk_label_set_text (GTK_LABEL (self->number_label), number);

  set_kazakh (self->annex_label, kel_threat_get_label (threat, KEL_LANG_KK));
  set_kazakh (self->article_label, kel_threat_get_article_wording (threat));
  gtk_widget_set_visible (self->article_caption, point != NULL);
  gtk_widget_set_visible (self->article_button, point != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "threats.show-article", point != NULL);

  source_text = source ? kel_document_get_node_text (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), source) : NULL;
  set_kazakh (self->source_label, source_text);
  gtk_widget_set_visible (self->source_heading, source != NULL);

  fill_signs (self, kel_threat_get_signs_node (threat));
}

/* -- What the threat page shows, for tests and the window --------------- */

static void
append_label (GString   *out,
              GtkWidget *label)
{
  if (!gtk_widget_get_visible (label))
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, gtk_label_get_text (GTK_LABEL (label)));
}

/**
 * kel_threats_page_get_threat_text:
 * Returns: (transfer full): the open threat page's text above the sources,
 *   one label a line: number, name, note, and each wording under its
 *   caption
 */
char *
kel_threats_page_get_threat_text (KelThreatsPage *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KEL_IS_THREATS_PAGE (self), NULL);
  append_label (out, self->number_label);
  append_label (out, self->name_label);
  append_label (out, self->status_label);
  append_label (out, self->annex_caption);
  append_label (out, self->annex_label);
  append_label (out, self->article_caption);
  append_label (out, self->article_label);
  return g_string_free (out, FALSE);
}

/**
 * kel_threats_page_get_n_sign_items:
 * Returns: how many list items the open threat page's "Signs" shows
 */
guint
kel_threats_page_get_n_sign_items (KelThreatsPage *self)
{
  guint n = 0;

  g_return_val_if_fail (KEL_IS_THREATS_PAGE (self), 0);
  if (!gtk_widget_get_visible (self->signs_list))
    return 0;
  for (GtkWidget *c = gtk_widget_get_first_child (self->signs_list); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/**
 * kel_threats_page_get_sign_item:
 * Returns: (transfer full) (nullable): the text of list item @index of
 *   "Signs", its bullet and a space first
 */
char *
kel_threats_page_get_sign_item (KelThreatsPage *self,
                                guint           index)
{
  GtkWidget *item;
  GtkWidget *bullet;

  g_return_val_if_fail (KEL_IS_THREATS_PAGE (self), NULL);
  item = gtk_widget_get_first_child (self->signs_list);
  for (guint i = 0; item != NULL && i < index; i++)
    item = gtk_widget_get_next_sibling (item);
  if (item == NULL)
    return NULL;
  bullet = gtk_widget_get_first_child (item);
  return g_strdup_printf ("%s %s", gtk_label_get_text (GTK_LABEL (bullet)),
                          gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (bullet))));
}

/**
 * kel_threats_page_get_terms_text:
 * Returns: (transfer full): "Terms used" as shown, one term a line
 */
char *
kel_threats_page_get_terms_text (KelThreatsPage *self)
{
  g_return_val_if_fail (KEL_IS_THREATS_PAGE (self), NULL);
  return g_strdup (gtk_widget_get_visible (self->terms_box) ? gtk_label_get_text (GTK_LABEL (self->terms_label)) : "");
}

