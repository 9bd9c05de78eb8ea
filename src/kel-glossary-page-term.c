/* kel-glossary-page-term.c — the glossary's term page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the page of one term shows: its headword in the three languages,
 * the Annex 1 definition with the other terms in it as links, the related
 * terms (kel-term-uses.c), and every place the text uses the term, one
 * KelLocationRow each.  kel-glossary-page.c opens and closes the page.
 */
#include "config.h"

#include "kel-glossary-page-private.h"
#include "kel-location-row.h"
#include "kel-markup.h"
#include "kel-text.h"
#include "kel-term-uses.h"

#include <glib/gi18n.h>

/* -- Related terms ---------------------------------------------------------- */

/* The names of the terms that @term's definition uses (@forward) or whose
 * definitions use @term, as links, one a line; NULL when there are none. */
static char *
related_markup (KelGlossaryPage *self,
                KelTerm         *term,
                gboolean         forward)
{
  g_autoptr(GPtrArray) related = forward ? kel_term_uses_definition (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), term)
                                         : kel_term_uses_used_by (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), term);
  GString *out;

  if (related->len == 0)
    return NULL;
  out = g_string_new (NULL);
  for (guint k = 0; k < related->len; k++)
    {
      g_autofree char *link = kel_markup_term_link (g_ptr_array_index (related, k), kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, link);
    }
  return g_string_free (out, FALSE);
}

/* -- The term page ---------------------------------------------------------- */

static GtkWidget *
headword_row (const char *text,
              KelLang     lang,
              KelStatus   status,
              gboolean    first)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (text);

  kel_label_set_language (GTK_LABEL (label), lang);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, first ? "headword" : "translation");
  gtk_box_append (GTK_BOX (box), label);

  if (status == KEL_STATUS_UNCHECKED)
    {
      GtkWidget *note = gtk_label_new (_("unverified translation"));

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_set_halign (note, GTK_ALIGN_START);
      gtk_widget_add_css_class (note, "provenance");
      gtk_widget_set_tooltip_text (note, _("A careful translation that has not yet been compared with the official text in this language."));
      gtk_box_append (GTK_BOX (box), note);
    }
  return box;
}

static void
fill_headwords (KelGlossaryPage *self)
{
  KelLang order[KEL_N_LANGS] = { kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)), 0, 0 };
  gboolean first = TRUE;
  guint k = 1;

  kel_browse_clear_box (self->headwords_box);
  for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
    if (lang != kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)))
      order[k++] = lang;
  for (guint i = 0; i < KEL_N_LANGS; i++)
    {
      const char *label = kel_term_get_label (self->term, order[i]);

      if (label == NULL)
        continue;
      gtk_box_append (GTK_BOX (self->headwords_box),
                      headword_row (label, order[i], kel_term_get_status (self->term, order[i]), first));
      first = FALSE;
    }
}

static void
fill_definition (KelGlossaryPage *self)
{
  guint start, end;
  g_autofree char *markup = NULL;

  kel_term_get_definition_range (self->term, &start, &end);
  if (end > start)
    markup = kel_markup_text_with_links (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), start, end, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));
  else
    markup = g_markup_escape_text (_("The text gives no definition for this term."), -1);
  gtk_label_set_markup (GTK_LABEL (self->definition_label), markup);
}

static void
fill_related (KelGlossaryPage *self)
{
  g_autofree char *uses = related_markup (self, self->term, TRUE);
  g_autofree char *used_by = related_markup (self, self->term, FALSE);

  gtk_label_set_markup (GTK_LABEL (self->uses_label), uses ? uses : "");
  gtk_label_set_markup (GTK_LABEL (self->used_by_label), used_by ? used_by : "");
  gtk_widget_set_visible (self->uses_caption, uses != NULL);
  gtk_widget_set_visible (self->uses_label, uses != NULL);
  gtk_widget_set_visible (self->used_by_caption, used_by != NULL);
  gtk_widget_set_visible (self->used_by_label, used_by != NULL);
  gtk_widget_set_visible (self->related_box, uses != NULL || used_by != NULL);
}

/* Where an occurrence is, in the term language, to head its row. */
static char *
occurrence_location (KelGlossaryPage *self,
                     const KelBlock  *block)
{
  g_autofree char *where = kel_document_get_location (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), block->node, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));

  return kel_text_capitalise (where);
}

static GtkWidget *
occurrence_row (KelGlossaryPage *self,
                const KelSpan   *span)
{
  const KelBlock *block = kel_document_get_block (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), span->block);
  g_autofree char *where = occurrence_location (self, block);
  GtkWidget *row = kel_location_row_new ();

  kel_location_row_set_location (KEL_LOCATION_ROW (row), where, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));
  kel_location_row_set_snippet (KEL_LOCATION_ROW (row), kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), span->start, span->end);
  return row;
}

static void
fill_occurrences (KelGlossaryPage *self)
{
  g_autofree char *heading = NULL;

  kel_browse_clear_list (GTK_LIST_BOX (self->occurrences_list));
  g_ptr_array_set_size (self->occurrences, 0);
  for (guint i = 0; i < kel_term_get_n_occurrences (self->term); i++)
    {
      const KelSpan *span = kel_term_get_occurrence (self->term, i);

      if (span->is_definition)
        continue;
      g_ptr_array_add (self->occurrences, (gpointer) span);
      gtk_list_box_append (GTK_LIST_BOX (self->occurrences_list), occurrence_row (self, span));
    }
  /* Translators: the heading of the list of a term's occurrences */
  heading = g_strdup_printf (_("Used in (%u)"), self->occurrences->len);
  gtk_label_set_text (GTK_LABEL (self->occurrences_heading), heading);
}

/* The term language changed: only the locations of the "Used in" rows
 * say something in it; the snippets are the Kazakh text. */
static void
relabel_occurrences (KelGlossaryPage *self)
{
  for (guint i = 0; i < self->occurrences->len; i++)
    {
      const KelSpan *span = g_ptr_array_index (self->occurrences, i);
      const KelBlock *block = kel_document_get_block (kel_browse_page_get_document (KEL_BROWSE_PAGE (self)), span->block);
      g_autofree char *where = occurrence_location (self, block);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->occurrences_list), (int) i);

      kel_location_row_set_location (KEL_LOCATION_ROW (row), where, kel_browse_page_get_lang (KEL_BROWSE_PAGE (self)));
    }
}

/* The Annex 1 headword of @term, which "Show in Annex 1" shows. */
const KelSpan *
_kel_glossary_page_definition_span (KelTerm *term)
{
  for (guint i = 0; i < kel_term_get_n_occurrences (term); i++)
    {
      const KelSpan *span = kel_term_get_occurrence (term, i);

      if (span->is_definition)
        return span;
    }
  return NULL;
}

/* Fills the term page for self->term. */
void
_kel_glossary_page_fill_term (KelGlossaryPage *self)
{
  if (self->term == NULL || kel_browse_page_get_document (KEL_BROWSE_PAGE (self)) == NULL)
    return;
  fill_headwords (self);
  fill_definition (self);
  fill_related (self);
  fill_occurrences (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "glossary.show-definition",
                                 _kel_glossary_page_definition_span (self->term) != NULL);
}

/* The term language changed: what the open term page says in it.  The
 * snippets of "Used in" are the Kazakh text and stay. */
void
_kel_glossary_page_relabel_term (KelGlossaryPage *self)
{
  fill_headwords (self);
  fill_definition (self);   /* the links' tooltips name terms in the language */
  fill_related (self);
  relabel_occurrences (self);
}

/* -- What the term page shows, for tests and the window ---------------- */

/**
 * kel_glossary_page_get_headword_text:
 * Returns: (transfer full): the term page's headwords and notes, one a
 *   line, as shown
 */
char *
kel_glossary_page_get_headword_text (KelGlossaryPage *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  for (GtkWidget *box = gtk_widget_get_first_child (self->headwords_box); box != NULL; box = gtk_widget_get_next_sibling (box))
    for (GtkWidget *label = gtk_widget_get_first_child (box); label != NULL; label = gtk_widget_get_next_sibling (label))
      {
        if (out->len > 0)
          g_string_append_c (out, '\n');
        g_string_append (out, gtk_label_get_text (GTK_LABEL (label)));
      }
  return g_string_free (out, FALSE);
}

/**
 * kel_glossary_page_get_definition_text:
 * Returns: (transfer none): the definition as the term page shows it
 */
const char *
kel_glossary_page_get_definition_text (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->definition_label));
}

/**
 * kel_glossary_page_get_related_text:
 * Returns: (transfer full): "Related terms" as shown: the terms the
 *   definition uses, a blank line, the terms whose definitions use it
 */
char *
kel_glossary_page_get_related_text (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  return g_strdup_printf ("%s\n\n%s",
                          gtk_widget_get_visible (self->uses_label) ? gtk_label_get_text (GTK_LABEL (self->uses_label)) : "",
                          gtk_widget_get_visible (self->used_by_label) ? gtk_label_get_text (GTK_LABEL (self->used_by_label)) : "");
}

/**
 * kel_glossary_page_get_n_occurrence_rows:
 * Returns: how many rows the open term page's "Used in" has
 */
guint
kel_glossary_page_get_n_occurrence_rows (KelGlossaryPage *self)
{
  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), 0);
  return self->occurrences->len;
}

/**
 * kel_glossary_page_get_occurrence_text:
 * Returns: (transfer full) (nullable): what "Used in" row @index says:
 *   the location, a newline, the snippet
 */
char *
kel_glossary_page_get_occurrence_text (KelGlossaryPage *self,
                                       guint            index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (KEL_IS_GLOSSARY_PAGE (self), NULL);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->occurrences_list), (int) index);
  return row ? kel_location_row_get_text (KEL_LOCATION_ROW (row)) : NULL;
}

/**
 * kel_glossary_page_activate_occurrence_row:
 *
 * Activates "Used in" row @index, as a click or Enter would.
 */
void
kel_glossary_page_activate_occurrence_row (KelGlossaryPage *self,
                                           guint            index)
{
  GtkListBoxRow *row;

  g_return_if_fail (KEL_IS_GLOSSARY_PAGE (self));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->occurrences_list), (int) index);
  if (row != NULL)
    g_signal_emit_by_name (self->occurrences_list, "row-activated", row);
}

