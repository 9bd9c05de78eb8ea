/* kel-markup.c — the edition's text and labels as GtkLabel markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every widget that shows a piece of the agreement in a GtkLabel goes
 * through here: a range of the text with its defined terms as links
 * ("term:ID", which the widget resolves with kel_markup_lookup_link()), a
 * term's name as a link.  The text
 * is Kazakh and says so to Pango; a term's name says which language it is
 * in, so that Chinese gets Chinese glyphs.
 */
#include "config.h"

#include "kel-markup.h"

#include <string.h>

#include "kel-pango.h"

/**
 * kel_row_label_new:
 * @text: (nullable): what the label shows
 *
 * A label that shows part of a list row whose own accessible label says
 * all of it: it has the presentation role, so that a screen reader reads
 * the row once.  (Orca 51 on GTK 4.24 read a row's name, then the text
 * of its first label again: "1-бап. Негізгі ұғымдар, not selected,
 * 1-бап".)
 *
 * Returns: (transfer floating): a new #GtkLabel
 */
GtkWidget *
kel_row_label_new (const char *text)
{
  return g_object_new (GTK_TYPE_LABEL, "label", text, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
}

/**
 * kel_label_set_language:
 * @label: a label
 * @lang: the language of its text
 *
 * Tells Pango which language @label's text is in, so that fontconfig picks
 * glyphs for it.  Replaces the label's attributes.
 */
void
kel_label_set_language (GtkLabel *label,
                        KelLang   lang)
{
  PangoAttrList *attrs = kel_pango_language_attrs (lang);

  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

/**
 * kel_markup_in_language:
 * Returns: (transfer full): @text escaped, in a span of language @lang
 */
char *
kel_markup_in_language (const char *text,
                        KelLang     lang)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return g_strdup_printf ("<span lang=\"%s\">%s</span>", kel_lang_to_pango (lang), escaped);
}

/**
 * kel_markup_name_or_kazakh:
 * @name: (nullable): a name in @lang, or %NULL when there is none
 * @kazakh: (nullable): the same thing's Kazakh name
 * @lang: the language of @name
 * @shown: (out) (optional): the language of the name returned
 *
 * The rule for every label of the edition (terms, threats): the term
 * language when it has one, else Kazakh.
 *
 * Returns: (transfer none) (nullable): @name, or @kazakh when @name is %NULL
 */
const char *
kel_markup_name_or_kazakh (const char *name,
                           const char *kazakh,
                           KelLang     lang,
                           KelLang    *shown)
{
  if (shown != NULL)
    *shown = name != NULL ? lang : KEL_LANG_KK;
  return name != NULL ? name : kazakh;
}

/**
 * kel_markup_term_name:
 * @shown: (out) (optional): the language of the name returned
 *
 * Returns: (transfer none): @term's label in @lang, or its Kazakh headword
 *   when it has none in @lang
 */
const char *
kel_markup_term_name (KelTerm *term,
                      KelLang  lang,
                      KelLang *shown)
{
  return kel_markup_name_or_kazakh (kel_term_get_label (term, lang),
                                    kel_term_get_label (term, KEL_LANG_KK), lang, shown);
}

static char *
link_markup (KelTerm    *term,
             KelLang     title_lang,
             const char *inner_markup)
{
  g_autofree char *title = g_markup_escape_text (kel_markup_term_name (term, title_lang, NULL), -1);
  /* the id is the edition's data: "&", "<" or a quote in it must not end
   * the attribute; GtkLabel hands ::activate-link the unescaped value */
  g_autofree char *id = g_markup_escape_text (kel_term_get_id (term), -1);

  return g_strdup_printf ("<a href=\"term:%s\" title=\"%s\">%s</a>",
                          id, title, inner_markup);
}

/**
 * kel_markup_term_link:
 *
 * Returns: (transfer full): a link "term:ID" that reads as @term's name in
 *   @lang (or Kazakh, when it has no name in @lang)
 */
char *
kel_markup_term_link (KelTerm *term,
                      KelLang  lang)
{
  KelLang shown;
  const char *name = kel_markup_term_name (term, lang, &shown);
  g_autofree char *inner = kel_markup_in_language (name, shown);

  return link_markup (term, lang, inner);
}

/**
 * kel_markup_text_with_links:
 * @start: first character of the range
 * @end: end of the range (exclusive)
 * @lang: the language of the links' tooltips
 *
 * Returns: (transfer full): the text from @start to @end, Kazakh, with every
 *   term occurrence that starts inside it as a link "term:ID" whose tooltip
 *   names the term in @lang
 */
char *
kel_markup_text_with_links (KelDocument *document,
                            guint        start,
                            guint        end,
                            KelLang      lang)
{
  GString *out = g_string_new ("<span lang=\"kk\">");
  guint at = start;
  g_autofree char *rest = NULL;
  g_autofree char *escaped = NULL;

  for (guint i = kel_document_find_first_span (document, start); i < kel_document_get_n_spans (document); i++)
    {
      const KelSpan *span = kel_document_get_span (document, i);
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;
      g_autofree char *b = NULL;
      g_autofree char *in = NULL;
      g_autofree char *link = NULL;

      if (span->start >= end)
        break;
      if (span->kind != KEL_SPAN_TERM || span->term == NULL || span->start < at)
        continue;
      before = kel_document_get_range (document, at, span->start);
      inside = kel_document_get_range (document, span->start, MIN (span->end, end));
      b = g_markup_escape_text (before, -1);
      in = g_markup_escape_text (inside, -1);
      link = link_markup (span->term, lang, in);
      g_string_append (out, b);
      g_string_append (out, link);
      at = MIN (span->end, end);
    }
  rest = kel_document_get_range (document, at, end);
  escaped = g_markup_escape_text (rest, -1);
  g_string_append (out, escaped);
  g_string_append (out, "</span>");
  return g_string_free (out, FALSE);
}

/**
 * kel_markup_lookup_link:
 * @uri: the target of a link that markup from here made
 *
 * Returns: (transfer none) (nullable): the term @uri names, or %NULL when it
 *   is not a term link
 */
KelTerm *
kel_markup_lookup_link (KelDocument *document,
                        const char  *uri)
{
  if (document == NULL || uri == NULL || !g_str_has_prefix (uri, "term:"))
    return NULL;
  return kel_document_lookup_term (document, uri + strlen ("term:"));
}
