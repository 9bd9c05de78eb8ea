/* test-markup.c — the edition's text as GtkLabel markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Term ids are the edition's data: an id with "&", "<" or a quote loads,
 * and every link to that term must still parse as markup and lead back to
 * the term.  Needs no display: markup is strings and Pango.
 */
#include <string.h>

#include "kel-markup.h"

/* minimal.akn.xml with a term whose id holds XML's special characters */
static const char edition[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
  "  <act name=\"test\">\n"
  "    <meta>\n"
  "      <references source=\"#kelisim\">\n"
  "        <TLCOrganization eId=\"kelisim\" href=\"/ontology/organization/kelisim\" showAs=\"Kelisim\"/>\n"
  "        <TLCTerm eId=\"space&amp;&lt;x&gt;&quot;&apos;%41\" href=\"/ontology/term/space\" showAs=\"ақпараттық кеңістік\"/>\n"
  "      </references>\n"
  "    </meta>\n"
  "    <body>\n"
  "      <article eId=\"art_1\">\n"
  "        <num>1-бап</num>\n"
  "        <heading>Негізгі ұғымдар</heading>\n"
  "        <paragraph eId=\"art_1__para_1\">\n"
  "          <num>1.</num>\n"
  "          <content>\n"
  "            <p>Тараптар <term refersTo=\"#space&amp;&lt;x&gt;&quot;&apos;%41\">ақпараттық кеңістікте</term> ынтымақтасады.</p>\n"
  "          </content>\n"
  "        </paragraph>\n"
  "      </article>\n"
  "    </body>\n"
  "  </act>\n"
  "</akomaNtoso>\n";

#define ODD_ID "space&<x>\"'%41"

static KelDocument *
load (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (edition, sizeof edition - 1);
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_from_bytes (bytes, "odd-id.akn.xml", NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The first link's href in @markup, as GtkLabel hands it to
 * ::activate-link: the attribute's value with the markup's escapes
 * undone, the way GMarkup (which GtkLabel parses links with) reads it. */
typedef struct
{
  char *href;
  guint n_links;
} Links;

static void
on_start (GMarkupParseContext *context,
          const char          *element,
          const char         **names,
          const char         **values,
          gpointer             data,
          GError             **error)
{
  Links *links = data;

  if (strcmp (element, "a") != 0)
    return;
  links->n_links++;
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], "href") == 0 && links->href == NULL)
      links->href = g_strdup (values[i]);
}

static char *
first_href (const char *markup,
            guint      *n_links)
{
  static const GMarkupParser parser = { on_start, NULL, NULL, NULL, NULL };
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);
  Links links = { NULL, 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &links, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, wrapped, -1, &error);
  if (error == NULL)
    g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  *n_links = links.n_links;
  return links.href;
}

/* Pango must accept the markup once the link is gone, as GtkLabel does. */
static void
assert_pango_parses (const char *markup)
{
  g_autoptr(GRegex) a = g_regex_new ("</?a( [^>]*)?>", 0, 0, NULL);
  g_autofree char *plain = g_regex_replace_literal (a, markup, -1, 0, "", 0, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (pango_parse_markup (plain, -1, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_odd_id_text (void)
{
  g_autoptr(KelDocument) doc = load ();
  KelTerm *term = kel_document_lookup_term (doc, ODD_ID);
  g_autofree char *markup = NULL;
  g_autofree char *href = NULL;
  guint n_links = 0;

  g_assert_nonnull (term);
  g_assert_cmpstr (kel_term_get_id (term), ==, ODD_ID);
  markup = kel_markup_text_with_links (doc, 0, kel_document_get_n_chars (doc), KEL_LANG_KK);
  g_test_message ("%s", markup);
  href = first_href (markup, &n_links);
  g_assert_cmpuint (n_links, ==, 1);
  g_assert_nonnull (href);
  /* the link leads to the term, and nothing else than "term:" leads there */
  g_assert_true (kel_markup_lookup_link (doc, href) == term);
  assert_pango_parses (markup);
}

static void
test_odd_id_name (void)
{
  g_autoptr(KelDocument) doc = load ();
  KelTerm *term = kel_document_lookup_term (doc, ODD_ID);
  g_autofree char *markup = kel_markup_term_link (term, KEL_LANG_RU);
  g_autofree char *href = NULL;
  guint n_links = 0;

  href = first_href (markup, &n_links);
  g_assert_cmpuint (n_links, ==, 1);
  g_assert_true (kel_markup_lookup_link (doc, href) == term);
  assert_pango_parses (markup);
}

/* Links that markup from here did not make name no term. */
static void
test_foreign_links (void)
{
  g_autoptr(KelDocument) doc = load ();

  g_assert_null (kel_markup_lookup_link (doc, "https://example.org/"));
  g_assert_null (kel_markup_lookup_link (doc, "term:"));
  g_assert_null (kel_markup_lookup_link (doc, "term:nothing"));
  g_assert_null (kel_markup_lookup_link (doc, "term:%"));
  g_assert_null (kel_markup_lookup_link (doc, "term:%zz"));
  g_assert_null (kel_markup_lookup_link (doc, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/markup/odd-id/text", test_odd_id_text);
  g_test_add_func ("/markup/odd-id/name", test_odd_id_name);
  g_test_add_func ("/markup/foreign-links", test_foreign_links);
  return g_test_run ();
}
