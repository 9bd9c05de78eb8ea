/* test-akn.c — other Akoma Ntoso documents: the constructs real published
 * files use, each in a small document of the project's own in tests/data/akn
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-contents.h"
#include "kel-term.h"
#include "kel-termbase.h"

static char *
fixture (const char *name)
{
  const char *root = g_getenv ("KELISIM_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", "akn", name, NULL);
}

static KelDocument *
load (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_from_files (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Every line belongs to a part that has an eId: a generated one when the
 * file gives none. */
static void
assert_every_block_has_a_node (KelDocument *doc)
{
  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);

      g_assert_nonnull (block->node);
      g_assert_true (kel_document_lookup_node (doc, block->node->eid) == block->node);
    }
}

/* A section without an eId gets "sec_1", the same on every load, and can
 * be found, gone to and cited like any other. */
static void
test_generated_eids (void)
{
  g_autoptr(KelDocument) doc = load ("no-eid.akn.xml");
  g_autoptr(KelDocument) again = load ("no-eid.akn.xml");
  const KelNode *sec;

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "1. Short title\nThis Act may be cited as the Orchard Keeping Act.");
  sec = kel_document_lookup_node (doc, "sec_1");
  g_assert_nonnull (sec);
  g_assert_cmpstr (sec->num, ==, "1.");
  g_assert_cmpstr (sec->heading, ==, "Short title");
  g_assert_true (kel_document_get_node_at (doc, 20) == sec);
  g_assert_nonnull (kel_document_lookup_node (again, "sec_1"));
  g_assert_cmpuint (kel_document_get_n_nodes (doc), ==, kel_document_get_n_nodes (again));
}


static KelDocument *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return kel_document_new_from_bytes (bytes, "spaces.akn.xml", NULL, NULL, error);
}

#define SPACES_ACT(eid, heading, text) \
  "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"act\"><body>" \
  "<section eId=\"" eid "\"><num>1.</num><heading>" heading "</heading>" \
  "<content><p>" text "</p></content></section></body></act></akomaNtoso>"

/* White space as a reader sees it: any run of Unicode white space in the
 * text becomes one space (tab, line feed, the em and ideographic spaces,
 * the Ogham mark, the line separator), but the no-break spaces U+00A0 and
 * U+202F stay as they are; a heading is read with every space collapsed;
 * an eId holding a space of any kind is refused.  Every character of every
 * document goes through these tests, which answer letters by their first
 * byte, so each kind of space is here, next to letters from Cyrillic,
 * CJK and the General Punctuation block that are not spaces. */
static void
test_white_space (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(KelDocument) bad = NULL;
  const KelNode *sec;

  doc = load_string (SPACES_ACT ("sec_1",
                                 "\u3000Қысқа\u00a0атауы \u2002",
                                 " Ә\u2003\u3000Б\u00a0В \t\n Г\u1680Д\u2028Е\u202fЖ\u205fЗ\u2009И\u2029中\u2011文\u200bЁ\xc2\x85" "Ю "),
                     &error);
  g_assert_no_error (error);
  /* U+2011 (non-breaking hyphen), U+200B (zero width space) and U+0085
   * (a control character) are not white space to GLib: kept */
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "1. Қысқа\u00a0атауы\nӘ Б\u00a0В Г Д Е\u202fЖ З И 中\u2011文\u200bЁ\xc2\x85" "Ю");
  sec = kel_document_lookup_node (doc, "sec_1");
  g_assert_nonnull (sec);
  g_assert_cmpstr (sec->heading, ==, "Қысқа атауы");

  bad = load_string (SPACES_ACT ("sec\u30001", "A", "B"), &error);
  g_assert_null (bad);
  g_assert_error (error, KEL_ERROR, KEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "sec\u30001"));
}

#define TITLED_ACT(preface, body) \
  "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"act\">" \
  "<meta><identification source=\"#k\"><FRBRWork><FRBRthis value=\"/a\"/><FRBRuri value=\"/a\"/>" \
  "<FRBRalias name=\"title\" value=\"Alias Title\"/></FRBRWork></identification></meta>" \
  "<preface>" preface "</preface><body><section eId=\"sec_1\"><content><p>" body \
  "</p></content></section></body></act></akomaNtoso>"

/* The document's title: its first docTitle wherever it stands in the text,
 * even after a shortTitle; else its first shortTitle; else the alias in
 * meta.  One walk of the text finds both. */
static void
test_title_precedence (void)
{
  const struct { const char *preface, *body, *title; } cases[] = {
    { "<p><shortTitle>Short One</shortTitle></p><p><docTitle>Doc Title</docTitle></p>",
      "Text.", "Doc Title" },
    { "<p><shortTitle>Short One</shortTitle></p>",
      "Text <docTitle>Late Doc Title</docTitle>.", "Late Doc Title" },
    { "<p>No title here.</p>",
      "Cited as <shortTitle>First Short</shortTitle> or <shortTitle>Second Short</shortTitle>.", "First Short" },
    { "<p>No title here.</p>", "Text.", "Alias Title" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strdup_printf (TITLED_ACT ("%s", "%s"), cases[i].preface, cases[i].body);
      g_autoptr(GError) error = NULL;
      g_autoptr(KelDocument) doc = load_string (xml, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (kel_document_get_title (doc), ==, cases[i].title);
    }
}

/* The loader's notices, joined, or "" */
static char *
notices_of (KelDocument *doc)
{
  const char * const *n = kel_document_get_notices (doc);

  return n ? g_strjoinv ("\n", (char **) n) : g_strdup ("");
}

static const KelBlock *
block_with (KelDocument *doc,
            const char  *text)
{
  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);
      g_autofree char *t = kel_document_get_block_text (doc, block);

      if (g_str_equal (t, text))
        return block;
    }
  g_error ("no line reads “%s”", text);
  return NULL;
}

/* Lists with an introduction and a wrap-up, crossheadings, subheadings,
 * tables, notes, remarks, quoted structures, unknown elements, components
 * beside the act: every word, in document order. */
static void
test_constructs (void)
{
  g_autoptr(KelDocument) doc = load ("constructs.akn.xml");
  g_autofree char *notices = notices_of (doc);
  const char *text = kel_document_get_text (doc, NULL);
  const KelBlock *block;
  const KelNode *sec2;

  assert_every_block_has_a_node (doc);
  /* the introduction before its items, the wrap-up after them */
  g_assert_nonnull (strstr (text, "(1) Every keeper shall –\n(a) prune each tree once a year;\n"
                                  "(b) burn the cuttings,\nunless the season forbids it."));
  /* a crossheading and a subheading are headings */
  block = block_with (doc, "Duties of keepers");
  g_assert_cmpint (block->kind, ==, KEL_BLOCK_HEADING);
  block = block_with (doc, "General words");
  g_assert_cmpint (block->kind, ==, KEL_BLOCK_HEADING);
  g_assert_cmpint (block_with (doc, "Trees that need no keeper")->kind, ==, KEL_BLOCK_HEADING);
  /* table cells in reading order, with or without <p> */
  g_assert_nonnull (strstr (text, "Tree\nSeason\nApple\nWinter"));
  /* the note's marker in the line, its text as a note after it */
  g_assert_nonnull (strstr (text, "a keeper may name a deputy[a].\nDeputies were first named in 1911."));
  g_assert_cmpstr (block_with (doc, "Deputies were first named in 1911.")->klass, ==, "authorialNote");
  /* an editorial remark is a note, not the title */
  block = block_with (doc, "[Brought up to date by the keeper of records.]");
  g_assert_cmpint (block->kind, ==, KEL_BLOCK_PARAGRAPH);
  g_assert_cmpstr (block->klass, ==, "remark");
  /* a structure an amendment quotes: its words apart, its heading and its
   * paragraphs lines of their own, for the part the amendment is in */
  g_assert_nonnull (strstr (text, "The Minister may say: insert\n3A. Grafting\nGrafting is allowed.\n"));
  g_assert_true (block_with (doc, "Grafting is allowed.")->node
                 == block_with (doc, "The Minister may say: insert")->node);
  /* an unknown element: its words, and one notice */
  g_assert_nonnull (strstr (text, "Words in an element nobody knows."));
  g_assert_nonnull (strstr (notices, "1 element(s) of kinds Kelisim does not know, shown as plain text: <mystery> ×1"));
  /* the components beside the act */
  g_assert_true (g_str_has_suffix (text, "Wild pear.\nPrinted by the orchard board."));

  /* the title is the one the document gives itself */
  g_assert_cmpstr (kel_document_get_title (doc), ==, "Orchard Keeping Act");
  /* the section without an eId is part_1__sec_2, cited with its own words */
  sec2 = kel_document_lookup_node (doc, "part_1__sec_2");
  g_assert_nonnull (sec2);
  g_assert_cmpstr (sec2->heading, ==, "Pruning");
  {
    const KelBlock *item = block_with (doc, "(b) burn the cuttings,");
    g_autofree char *where = kel_document_get_location (doc, item->node, KEL_LANG_RU);

    g_assert_cmpstr (where, ==, "2. Pruning (1)(b)");
  }
}

/* A link to nothing is plain text; a link that resolves stays a link. */
static void
test_dangling_links (void)
{
  g_autoptr(KelDocument) doc = load ("constructs.akn.xml");
  g_autofree char *notices = notices_of (doc);
  guint refs = 0;

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      if (span->kind != KEL_SPAN_REF)
        continue;
      refs++;
      g_assert_cmpstr (span->target, ==, "part_1__sec_1");
      g_assert_nonnull (kel_document_lookup_node (doc, span->target));
    }
  g_assert_cmpuint (refs, ==, 1);
  g_assert_nonnull (strstr (notices, "1 reference(s) point to nothing in the document and are shown as plain text"
                                     " (the first: line 63: href=“#sec_99”)"));
}

/* <def> without refersTo, a term without it, a term naming a TLCConcept:
 * the document's own definitions fill the glossary. */
static void
test_own_definitions (void)
{
  g_autoptr(KelDocument) doc = load ("constructs.akn.xml");
  KelTerm *keeper = kel_document_lookup_term (doc, "kel-term:keeper");
  KelTerm *orchard = kel_document_lookup_term (doc, "orchard");

  g_assert_nonnull (keeper);
  g_assert_cmpuint (kel_term_get_n_occurrences (keeper), ==, 2);   /* the headword and one use */
  g_assert_cmpstr (kel_term_get_definition (keeper), ==, "means the person who tends an orchard");
  g_assert_nonnull (orchard);
  g_assert_cmpstr (kel_term_get_label (orchard, KEL_LANG_KK), ==, "orchard");
  g_assert_cmpuint (kel_term_get_n_occurrences (orchard), ==, 1);
}

/* The contents: the whole hierarchy, nested. */
static void
test_contents (void)
{
  g_autoptr(KelDocument) doc = load ("constructs.akn.xml");
  g_autoptr(GArray) contents = kel_document_get_contents (doc);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < contents->len; i++)
    {
      const KelContentsEntry *e = &g_array_index (contents, KelContentsEntry, i);
      g_autofree char *where = kel_document_get_location (doc, e->node, KEL_LANG_KK);

      g_string_append_printf (out, "%u %s\n", e->level, where);
    }
  g_assert_cmpstr (out->str, ==,
                   "0 Part 1 Words used in this Act\n"
                   "1 1. Meanings\n"
                   "1 Duties of keepers\n"
                   "1 2. Pruning\n"
                   "0 Schedule\n"
                   "0 Printed by the orchard board.\n");
}

/* A debate in a draft namespace: speakers before their words. */
static void
test_debate (void)
{
  g_autoptr(KelDocument) doc = load ("debate-wd17.akn.xml");
  g_autofree char *notices = notices_of (doc);

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "Sitting of the Orchard Assembly\nQuestions\nMs River\nWhen will the cuttings be burnt?\n"
                   "The Speaker\nAfter the frost.\nThe Speaker\nThe sitting is closed.");
  g_assert_cmpstr (kel_document_get_title (doc), ==, "Sitting of the Orchard Assembly");
  g_assert_nonnull (strstr (notices, "read as Akoma Ntoso 3.0 from the pre-standard namespace "
                                     "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17"));
  /* its id attributes are eIds, and by="#speaker" resolves */
  g_assert_nonnull (kel_document_lookup_node (doc, "dbs_1"));
  g_assert_null (strstr (notices, "point to nothing"));
}

static void
test_judgment (void)
{
  g_autoptr(KelDocument) doc = load ("judgment.akn.xml");
  g_autoptr(GArray) contents = kel_document_get_contents (doc);

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "In the Orchard Court: the Grower against the Board\n"
                   "The Grower asks for the pears back.\nThe Board took them in autumn.\n"
                   "Pears belong to whoever grew them.\nThe pears are returned.\nGiven at the Orchard Court.");
  /* header, introduction, background, motivation, decision, conclusions */
  g_assert_cmpuint (contents->len, ==, 6);
  g_assert_nonnull (kel_document_lookup_node (doc, "decision_1"));
}

/* A bill as a drafting system writes it: an empty <ref> to a reference of
 * <meta> reads as what that reference shows, in the text and in the title
 * (never "#varBillTitle" or an empty line); a table-of-contents line is one
 * line, number and heading apart; names one after another stay apart; the
 * cover page's title lines are titles. */
static void
test_drafted_bill (void)
{
  g_autoptr(KelDocument) doc = load ("drafted-bill.akn.xml");
  g_autofree char *notices = notices_of (doc);

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "Orchard Keeping Bill\n[As introduced]\n1 Pruning\n2 Grafting\nMs River Mr Field\n"
                   "1 Pruning\nTrees are pruned in winter.\n2 Grafting\nGrafts are made in spring.");
  g_assert_cmpstr (kel_document_get_title (doc), ==, "Orchard Keeping Bill");
  /* the cover names the bill as a preface does: its title and stage in
   * title type, its other lines (contents, names) as ordinary lines */
  g_assert_cmpint (block_with (doc, "Orchard Keeping Bill")->kind, ==, KEL_BLOCK_TITLE);
  g_assert_cmpint (block_with (doc, "[As introduced]")->kind, ==, KEL_BLOCK_TITLE);
  g_assert_cmpint (block_with (doc, "Ms River Mr Field")->kind, ==, KEL_BLOCK_PARAGRAPH);
  g_assert_cmpint (kel_document_get_block (doc, 2)->kind, ==, KEL_BLOCK_PARAGRAPH);
  g_assert_null (strstr (notices, "point to nothing"));
  g_assert_nonnull (kel_document_lookup_node (doc, "sec_2"));
}

/* A titled block of paragraphs is a part: its num and heading one line,
 * each paragraph a line of its own (an explanatory memorandum was read as
 * lines of 10 000 characters); a titled block of text stays one line. */
static void
test_titled_blocks (void)
{
  g_autoptr(KelDocument) doc = load ("titled-blocks.akn.xml");

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "1. Context\n1.1. General context\nOrchards are spreading.\nFrost is coming.\n"
                   "A titled block of one line.");
  g_assert_cmpint (block_with (doc, "1.1. General context")->kind, ==, KEL_BLOCK_HEADING);
  g_assert_cmpstr (block_with (doc, "Frost is coming.")->node->eid, ==, "tblock_1.1");
  g_assert_cmpstr (block_with (doc, "A titled block of one line.")->node->eid, ==, "tblock_2");
}

static void
test_collection (void)
{
  g_autoptr(KelDocument) doc = load ("collection.akn.xml");

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "Orchard Gazette No. 4\nNotice on frost\n1. Frost\nCover the young trees.\n"
                   "Orchard Keeping Act (/akn/xx/act/2026/7)");
  g_assert_cmpstr (kel_document_get_title (doc), ==, "Orchard Gazette No. 4");
  g_assert_nonnull (kel_document_lookup_node (doc, "sec_1"));
  g_assert_nonnull (kel_document_lookup_node (doc, "cmp_2"));
}

static void
test_portion_akn20 (void)
{
  g_autoptr(KelDocument) doc = load ("portion-akn20.akn.xml");
  const KelSpan *ref = NULL;

  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "Chapter 3 Harvest\n1. The harvest starts when this chapter says.");
  /* FRBRname="title" names a kind of document, not this one: the window
   * title is its first heading */
  g_assert_cmpstr (kel_document_get_title (doc), ==, "Chapter 3 Harvest");
  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    if (kel_document_get_span (doc, i)->kind == KEL_SPAN_REF)
      ref = kel_document_get_span (doc, i);
  g_assert_nonnull (ref);
  g_assert_cmpstr (ref->target, ==, "chp_3");
  g_assert_nonnull (kel_document_lookup_node (doc, "chp_3__sec_1"));
}

/* Akoma Ntoso 1.0 is refused, with the namespace found and the ones read. */
static void
test_unsupported_namespace (void)
{
  g_autofree char *path = fixture ("akn10.akn.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_from_files (file, NULL, &error);

  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, KEL_ERROR_NOT_AKN);
  g_assert_nonnull (strstr (error->message, ":2: <akomaNtoso> is in namespace “http://www.akomantoso.org/1.0”"));
  g_assert_nonnull (strstr (error->message, "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"));
  g_assert_nonnull (strstr (error->message, "http://www.akomantoso.org/2.0"));
  g_assert_null (strchr (error->message, '\n'));
}

/* A termbase with no Kazakh term loads, each concept with its languages. */
static void
test_termbase_without_kazakh (void)
{
  g_autofree char *path = fixture ("no-kazakh.tbx");
  g_autofree char *data = NULL;
  gsize len;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KelTermbase *tb;
  const KelTermbaseEntry *e;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  bytes = g_bytes_new (data, len);
  tb = kel_termbase_new_from_bytes (bytes, "no-kazakh.tbx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kel_termbase_get_n_entries (tb), ==, 2);
  e = kel_termbase_lookup (tb, "orchard");
  g_assert_null (e->labels[KEL_LANG_KK]);
  g_assert_cmpstr (e->languages, ==, "en, fr");
  g_assert_cmpstr (e->other_term, ==, "orchard");
  e = kel_termbase_lookup (tb, "keeper");
  g_assert_cmpstr (e->labels[KEL_LANG_RU], ==, "смотритель");
  kel_termbase_free (tb);
}

/* A part is cited by the number its num gives, not by its place among
 * its siblings: "Part 1" after two other parts is part 1. */
static void
test_node_numbers (void)
{
  g_autoptr(KelDocument) doc = load ("constructs.akn.xml");
  g_autoptr(KelDocument) portion = load ("portion-akn20.akn.xml");
  const KelNode *part = kel_document_lookup_node (doc, "part_1");
  const KelNode *sec = kel_document_lookup_node (doc, "part_1__sec_2");
  const KelNode *chp = kel_document_lookup_node (portion, "chp_3");
  gboolean unnumbered = FALSE;

  g_assert_cmpuint (part->ordinal, ==, 3);
  g_assert_cmpuint (kel_node_get_number (part), ==, 1);
  g_assert_cmpuint (sec->ordinal, ==, 3);
  g_assert_cmpuint (kel_node_get_number (sec), ==, 2);
  g_assert_cmpuint (chp->ordinal, ==, 1);
  g_assert_cmpuint (kel_node_get_number (chp), ==, 3);

  /* a part without a num is cited by its place */
  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      if (node->num == NULL)
        {
          g_assert_cmpuint (kel_node_get_number (node), ==, node->ordinal);
          unnumbered = TRUE;
        }
    }
  g_assert_true (unnumbered);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/akn/generated-eids", test_generated_eids);
  g_test_add_func ("/akn/white-space", test_white_space);
  g_test_add_func ("/akn/title-precedence", test_title_precedence);
  g_test_add_func ("/akn/constructs", test_constructs);
  g_test_add_func ("/akn/dangling-links", test_dangling_links);
  g_test_add_func ("/akn/own-definitions", test_own_definitions);
  g_test_add_func ("/akn/contents", test_contents);
  g_test_add_func ("/akn/debate", test_debate);
  g_test_add_func ("/akn/judgment", test_judgment);
  g_test_add_func ("/akn/drafted-bill", test_drafted_bill);
  g_test_add_func ("/akn/titled-blocks", test_titled_blocks);
  g_test_add_func ("/akn/collection", test_collection);
  g_test_add_func ("/akn/portion-akn20", test_portion_akn20);
  g_test_add_func ("/akn/unsupported-namespace", test_unsupported_namespace);
  g_test_add_func ("/akn/termbase-without-kazakh", test_termbase_without_kazakh);
  g_test_add_func ("/akn/node-numbers", test_node_numbers);

  return g_test_run ();
}
