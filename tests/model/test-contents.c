/* test-contents.c — the contents of documents other than the agreement:
 * what is listed, at which level, under which label, for a bill, a
 * judgment and a debate as their publishers mark them (fixtures of the
 * project's own in tests/data/akn/contents-*.akn.xml), and for odd input
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "kel-document.h"
#include "kel-contents.h"

static KelDocument *
load (const char *name)
{
  const char *root = g_getenv ("KELISIM_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KelDocument *doc;

  g_assert_nonnull (root);
  path = g_build_filename (root, "tests", "data", "akn", name, NULL);
  file = g_file_new_for_path (path);
  doc = kel_document_new_from_files (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static KelDocument *
load_string (const char *xml)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_from_bytes (bytes, "test.akn.xml", NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The contents as a reader sees them: one line per entry, its level and
 * its label; and what holds for every contents: each entry is one
 * kel_document_is_contents_entry() accepts, at most one level below the
 * entry before, with a label of at most 160 characters. */
static char *
contents_of (KelDocument *doc)
{
  g_autoptr(GArray) contents = kel_document_get_contents (doc);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < contents->len; i++)
    {
      const KelContentsEntry *e = &g_array_index (contents, KelContentsEntry, i);
      g_autofree char *title = kel_document_get_contents_title (doc, e->node);

      g_assert_true (kel_document_is_contents_entry (doc, e->node));
      g_assert_cmpuint (e->level, <=, i == 0 ? 0 : g_array_index (contents, KelContentsEntry, i - 1).level + 1);
      g_assert_nonnull (title);
      g_assert_cmpint (g_utf8_strlen (title, -1), <=, 161);
      g_string_append_printf (out, "%u %s\n", e->level, title);
    }
  return g_string_free (out, FALSE);
}

/* The label of the contents entry the reader is in at @eid */
static const char *
entry_at (KelDocument *doc,
          const char  *eid)
{
  static char *label;
  const KelNode *node = kel_document_lookup_node (doc, eid);
  const KelNode *entry;

  g_assert_nonnull (node);
  entry = kel_document_get_contents_entry_at (doc, node);
  g_assert_nonnull (entry);
  g_assert_true (kel_document_is_contents_entry (doc, entry));
  g_free (label);
  label = kel_document_get_contents_title (doc, entry);
  return label;
}

/* A bill: its sections under their cross-heading, num and heading; the
 * lettered paragraphs of a subsection are not listed, nor the subsections;
 * a level with a heading is; the enacting formula is the preamble, by its
 * kind, not by its first words. */
static void
test_bill (void)
{
  g_autoptr(KelDocument) doc = load ("contents-bill.akn.xml");
  g_autofree char *contents = contents_of (doc);

  g_assert_cmpstr (contents, ==,
                   "0 Preamble\n"
                   "0 Keeping orchards\n"
                   "1 1 Duty to prune\n"
                   "1 2 Grafting\n"
                   "2 (1) Grafts of pears\n"
                   "0 Schedule Trees that are kept\n");
  g_assert_false (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "sec_1__subsec_1__para_a")));
  g_assert_cmpstr (entry_at (doc, "sec_1__subsec_1__para_a"), ==, "1 Duty to prune");
  g_assert_cmpstr (entry_at (doc, "sched__para_1"), ==, "Schedule Trees that are kept");
  g_assert_false (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "sec_2__lvl_2")));
}

/* A judgment: the header and the decision by their kind; the court's
 * heading paragraphs by their num and words, nested by rank; the judge's
 * name line and the lead-ins to quotations are not listed; a second
 * judge's judgment by the judge's name, without the colon; the numbered
 * paragraphs are not listed (a lawyer goes to "[3]" with go-to). */
static void
test_judgment (void)
{
  g_autoptr(KelDocument) doc = load ("contents-judgment.akn.xml");
  g_autofree char *contents = contents_of (doc);

  g_assert_cmpstr (contents, ==,
                   "0 Header\n"
                   "0 Decision\n"
                   "1 1. Introduction\n"
                   "1 2. The law\n"
                   "2 (1) Statute\n"
                   "3 (i) The Orchard Act\n"
                   "2 (2) Cases\n"
                   "1 Lord Apple\n");
  g_assert_false (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "para_2")));
  g_assert_true (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "lvl_9")));

  /* where the reader is: under the last heading before the paragraph,
   * though the file holds the paragraph in the decision, not the heading */
  g_assert_cmpstr (entry_at (doc, "para_1"), ==, "1. Introduction");
  g_assert_cmpstr (entry_at (doc, "para_2"), ==, "(i) The Orchard Act");
  g_assert_cmpstr (entry_at (doc, "para_3"), ==, "(2) Cases");
  g_assert_cmpstr (entry_at (doc, "para_4"), ==, "Lord Apple");
  g_assert_cmpstr (entry_at (doc, "decision_1__para_4"), ==, "(1) Statute");
  g_assert_cmpstr (entry_at (doc, "header_1"), ==, "Header");
  g_assert_cmpstr (entry_at (doc, "decision_1__lvl_1"), ==, "Decision");
}

/* A debate: sections by their headings; those without one only at the top,
 * by their kind, never by a time, a speaker or applause; speeches inside
 * a headed section are not listed. */
static void
test_debate (void)
{
  g_autoptr(KelDocument) doc = load ("contents-debate.akn.xml");
  g_autofree char *contents = contents_of (doc);

  g_assert_cmpstr (contents, ==,
                   "0 Debate section\n"
                   "0 PRAYERS\n"
                   "0 MOTIONS\n"
                   "0 Debate section\n"
                   "1 STATEMENTS\n"
                   "0 Debate section\n"
                   "0 ADJOURNMENT\n");
  g_assert_false (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "dbsect_1__dbsect_1")));
  g_assert_false (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "dbsect_2__dbsect_1")));
  g_assert_cmpstr (entry_at (doc, "dbsect_1__dbsect_1"), ==, "MOTIONS");
  g_assert_cmpstr (entry_at (doc, "dbsect_2__dbsect_1"), ==, "Debate section");
}

/* Odd markup: a heading paragraph of a rank past any digit, one whose
 * class only says "Heading", a heading that is only a colon, a level
 * whose heading is a long passage ending in a colon, a num of 300
 * characters: all listed within bounds, none as a passage. */
static void
test_odd (void)
{
  g_autofree char *long_num = g_strnfill (300, 'x');
  g_autofree char *xml = g_strdup_printf (
    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><judgment name=\"j\"><meta/>"
    "<judgmentBody><decision>"
    "<paragraph><num>A</num><content><p class=\"Heading\">First</p></content></paragraph>"
    "<paragraph><num>B</num><content><p class=\"ParaSubHeading9\">Deep</p></content></paragraph>"
    "<paragraph><num>C</num><content><p class=\"Heading1\">Back up</p><p class=\"Heading1\">Two lines</p></content></paragraph>"
    "<level eId=\"lvl_1\"><heading>:</heading><content><p>Colon.</p></content></level>"
    "<level eId=\"lvl_2\"><heading>The Board then argued, at length and with figures 1 and 2, that this was so:</heading>"
    "<content><p>Quoted.</p></content></level>"
    "<section eId=\"sec_1\"><num>%s</num><content><p>Long.</p></content></section>"
    "</decision></judgmentBody></judgment></akomaNtoso>", long_num);
  g_autoptr(KelDocument) doc = load_string (xml);
  g_autofree char *contents = contents_of (doc);
  g_autofree char *expected = g_strdup_printf ("0 Decision\n"
                                               "1 A First\n"
                                               "2 B Deep\n"
                                               "1 %.*s…\n", 160, long_num);

  /* the "Deep" heading would be four ranks down: one below "First" */
  g_assert_cmpstr (contents, ==, expected);
  g_assert_false (kel_document_is_contents_entry (doc, kel_document_lookup_node (doc, "lvl_2")));
}

/* A preamble without a heading is named in the document's language when
 * the app has the word (the agreement's three languages), else in English. */
static void
test_preamble_language (void)
{
  static const char *languages[][2] = {
    { "rus", "Преамбула" }, { "zho", "序言" }, { "kaz", "Кіріспе" }, { "eng", "Preamble" },
    { "swa", "Preamble" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *xml = g_strdup_printf (
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"a\"><meta>"
        "<identification source=\"#k\"><FRBRExpression><FRBRlanguage language=\"%s\"/></FRBRExpression></identification>"
        "</meta><preamble><p>Whereas pears grow.</p></preamble>"
        "<body><section eId=\"sec_1\"><num>1</num><heading>Pears</heading><content><p>Kept.</p></content></section></body>"
        "</act></akomaNtoso>", languages[i][0]);
      g_autoptr(KelDocument) doc = load_string (xml);
      g_autoptr(GArray) contents = kel_document_get_contents (doc);
      g_autofree char *title = NULL;

      g_assert_cmpuint (contents->len, ==, 2);
      title = kel_document_get_contents_title (doc, g_array_index (contents, KelContentsEntry, 0).node);
      g_assert_cmpstr (title, ==, languages[i][1]);
    }
}

/* A document with no parts at all lists nothing. */
static void
test_empty (void)
{
  g_autoptr(KelDocument) doc = load_string (
    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><doc name=\"d\"><meta/>"
    "<mainBody><p>Only a line.</p></mainBody></doc></akomaNtoso>");
  g_autofree char *contents = contents_of (doc);

  g_assert_cmpstr (contents, ==, "");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/contents/bill", test_bill);
  g_test_add_func ("/contents/judgment", test_judgment);
  g_test_add_func ("/contents/debate", test_debate);
  g_test_add_func ("/contents/odd", test_odd);
  g_test_add_func ("/contents/preamble-language", test_preamble_language);
  g_test_add_func ("/contents/empty", test_empty);
  return g_test_run ();
}
