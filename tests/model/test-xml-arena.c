/* test-xml-arena.c — parsed trees live in arenas: freed whole, kept apart
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kel_xml_parse() builds each tree in an arena of the parsing thread
 * (kel-xml-arena.c).  What a reader relies on:
 *
 *  - a large edition's tree gives its memory back when it is freed;
 *  - an edition's tree and its termbase's, alive at once, stay whole,
 *    whichever is freed first;
 *  - a long run of text, which libxml2 grows piece by piece, is whole;
 *  - what libxml2 allocates outside the arena (before it, or on another
 *    thread) is freed as usual, and other threads parse at the same time
 *    with the same results.
 *
 * The sanitizer pass runs this with the arena's poisoning on; there the
 * resident memory is the sanitizer's as much as the program's (shadow
 * memory, quarantine), so it is printed, not asserted.  The valgrind pass
 * (tools/run-tests.sh) runs the test of what memcheck is told; elsewhere
 * it is skipped.
 */
#include "config.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "kel-test-util.h"
#include "kel-xml.h"

#if HAVE_VALGRIND
# include <valgrind/memcheck.h>
#endif

#define AKN_OPEN "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<act name=\"t\">\n<body>\n"
#define AKN_CLOSE "</body>\n</act>\n</akomaNtoso>\n"
#define PARA "<paragraph eId=\"para_%u\">\n  <num>%u.</num>\n  <content>\n    " \
  "<p>Тараптар <term refersTo=\"#t%u\">ақпараттық қауіпсіздік</term> саласында ынтымақтасады.</p>\n" \
  "  </content>\n</paragraph>\n"

static GBytes *
make_edition (guint n_paragraphs)
{
  GString *xml = g_string_new (AKN_OPEN);

  for (guint i = 0; i < n_paragraphs; i++)
    g_string_append_printf (xml, PARA, i, i + 1, i % 7);
  g_string_append (xml, AKN_CLOSE);
  return g_string_free_to_bytes (xml);
}

static GBytes *
make_termbase (void)
{
  static const char tbx[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"kk\">\n"
    "<text><body>\n"
    "<conceptEntry id=\"c1\"><langSec xml:lang=\"kk\"><termSec><term>ақпарат</term></termSec></langSec></conceptEntry>\n"
    "</body></text></tbx>\n";

  return g_bytes_new_static (tbx, sizeof tbx - 1);
}

/* The resident set of this process, in KiB. */
static gsize
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "\nVmRSS:");
  g_assert_nonnull (line);
  return (gsize) g_ascii_strtoull (line + strlen ("\nVmRSS:"), NULL, 10);
}

/* The text of the paragraph with @eid, found by walking @doc. */
static char *
paragraph_text (xmlDoc     *doc,
                const char *eid)
{
  xmlNode *body = kel_xml_first_child (kel_xml_first_child (xmlDocGetRootElement (doc)));

  for (xmlNode *p = kel_xml_first_child (body); p; p = kel_xml_next (p))
    {
      g_autofree char *id = kel_xml_get_attr (p, "eId");

      if (g_strcmp0 (id, eid) == 0)
        return kel_xml_get_text (p);
    }
  return NULL;
}

static void
test_memory_comes_back (void)
{
  g_autoptr(GBytes) bytes = make_edition (30000);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  gsize before, parsed, freed, kept_kib = 0;
  xmlDoc *doc;
  xmlNode *body;

  before = rss_kib ();
  doc = kel_xml_parse (bytes, "large.akn.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);

  /* as the loader does: the model's own blocks come between the tree's */
  body = kel_xml_first_child (kel_xml_first_child (xmlDocGetRootElement (doc)));
  for (xmlNode *p = kel_xml_first_child (body); p; p = kel_xml_next (p))
    {
      char *text = kel_xml_get_text (p);

      kept_kib += (strlen (text) + 16) / 1024.0;
      g_ptr_array_add (kept, text);
    }
  parsed = rss_kib ();
  g_assert_cmpuint (kept->len, ==, 30000);
  g_assert_cmpstr (g_ptr_array_index (kept, 29999), ==,
                   "30000. Тараптар ақпараттық қауіпсіздік саласында ынтымақтасады.");
  kel_xml_free_doc (doc);
  freed = rss_kib ();

  g_test_message ("a %.1f MB file: resident %.1f MB before, %.1f MB with the tree and "
                  "the texts kept, %.1f MB after the tree is freed",
                  g_bytes_get_size (bytes) / 1048576.0, before / 1024.0, parsed / 1024.0, freed / 1024.0);
  if (KEL_TEST_UNDER_ASAN)
    return;
  /* the tree takes several times the file */
  g_assert_cmpuint (parsed - before, >, 3 * g_bytes_get_size (bytes) / 1024);
  /* and gives (nearly) all of it back, without malloc_trim */
  g_assert_cmpuint (freed, <, before + kept_kib + (parsed - before) / 10);
}

static void
test_two_trees (void)
{
  g_autoptr(GBytes) edition = make_edition (2000);
  g_autoptr(GBytes) termbase = make_termbase ();
  g_autoptr(GError) error = NULL;
  xmlDoc *outer, *inner;
  g_autofree char *before = NULL, *after = NULL;
  xmlChar *term;

  /* the order of a load: the edition, then its termbase */
  outer = kel_xml_parse (edition, "edition.akn.xml", &error);
  g_assert_no_error (error);
  inner = kel_xml_parse (termbase, "termbase.tbx", &error);
  g_assert_no_error (error);

  /* what the loader does while both live: take, copy, free */
  for (guint i = 0; i < 1000; i++)
    g_free (paragraph_text (outer, "para_3"));
  before = paragraph_text (outer, "para_1999");

  /* freed first, the outer tree takes nothing of the inner one with it */
  kel_xml_free_doc (outer);
  term = xmlNodeGetContent (xmlDocGetRootElement (inner));
  g_assert_nonnull (strstr ((const char *) term, "ақпарат"));
  xmlFree (term);
  kel_xml_free_doc (inner);

  /* and a new parse on this thread reads the same */
  outer = kel_xml_parse (edition, "edition.akn.xml", &error);
  g_assert_no_error (error);
  after = paragraph_text (outer, "para_1999");
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (after, ==, "2000. Тараптар ақпараттық қауіпсіздік саласында ынтымақтасады.");
  kel_xml_free_doc (outer);
}

static void
test_long_text (void)
{
  g_autoptr(GString) xml = g_string_new (AKN_OPEN "<paragraph eId=\"long\"><content><p>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *text = NULL;
  xmlDoc *doc;

  /* 3 MB of text in one node, with references that split it into pieces */
  for (guint i = 0; expected->len < 3 * 1024 * 1024; i++)
    {
      g_string_append_printf (xml, "сөз%u &amp; ", i);
      g_string_append_printf (expected, "сөз%u & ", i);
    }
  g_string_append (xml, "соңы</p></content></paragraph>\n" AKN_CLOSE);
  g_string_append (expected, "соңы");
  bytes = g_bytes_new (xml->str, xml->len);

  doc = kel_xml_parse (bytes, "long.akn.xml", &error);
  g_assert_no_error (error);
  text = paragraph_text (doc, "long");
  g_assert_cmpuint (strlen (text), ==, expected->len);
  g_assert_cmpstr (text, ==, expected->str);
  kel_xml_free_doc (doc);
}

static gpointer
parse_many (gpointer data)
{
  GBytes *bytes = data;
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GError) error = NULL;
      xmlDoc *doc = kel_xml_parse (bytes, "edition.akn.xml", &error);
      /* libxml2 used directly, outside any arena, between the parses */
      xmlDoc *plain = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                                     "plain.xml", NULL, XML_PARSE_NONET);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (plain);
      text = paragraph_text (doc, "para_150");
      g_string_append_printf (texts, "%s|", text);
      xmlFreeDoc (plain);
      kel_xml_free_doc (doc);
    }
  return g_string_free (texts, FALSE);
}

static void
test_threads (void)
{
  g_autoptr(GBytes) bytes = make_edition (300);
  xmlChar *early = xmlStrdup ((const xmlChar *) "allocated before the parse");
  g_autoptr(GError) error = NULL;
  xmlDoc *doc;
  GThread *a, *b;
  g_autofree char *from_a = NULL, *from_b = NULL, *here = NULL;

  /* a block from before the arena, freed while it is open */
  doc = kel_xml_parse (bytes, "edition.akn.xml", &error);
  g_assert_no_error (error);
  xmlFree (early);

  a = g_thread_new ("parse-a", parse_many, bytes);
  b = g_thread_new ("parse-b", parse_many, bytes);
  from_a = g_thread_join (a);
  from_b = g_thread_join (b);
  here = paragraph_text (doc, "para_150");
  kel_xml_free_doc (doc);

  g_assert_cmpstr (here, ==, "151. Тараптар ақпараттық қауіпсіздік саласында ынтымақтасады.");
  g_assert_cmpstr (from_a, ==, from_b);
  g_assert_nonnull (strstr (from_a, here));
  g_assert_cmpuint (strlen (from_a), ==, 20 * (strlen (here) + 1));
}

#if HAVE_VALGRIND
/* What memcheck knows of @n bytes at @p: 1 when they are addressable, and
 * then @undefined says whether any of them is undefined; 3 when one of
 * them is not addressable. */
static int
memcheck_state (const void *p,
                gsize       n,
                gboolean   *undefined)
{
  g_autofree unsigned char *bits = g_malloc0 (n);
  int state = VALGRIND_GET_VBITS (p, bits, n);

  if (undefined != NULL)
    {
      *undefined = FALSE;
      for (gsize i = 0; i < n; i++)
        *undefined |= bits[i] != 0;
    }
  return state;
}
#endif

/* Under memcheck, a read past a node's text, of a block's header, of a
 * freed block or of a freed tree is an error, as it is for blocks from
 * malloc; and a new block is undefined until written. */
static void
test_valgrind (void)
{
#if HAVE_VALGRIND
  g_autoptr(GBytes) bytes = make_edition (50);
  g_autoptr(GError) error = NULL;
  xmlDoc *doc;
  xmlNode *body, *para, *p, *text;
  const xmlChar *content;
  xmlChar *id;
  char *block;
  gsize len;
  gboolean undefined;

  if (KEL_TEST_UNDER_ASAN || !RUNNING_ON_VALGRIND)
    {
      g_test_skip ("only under valgrind's memcheck (tools/run-tests.sh, pass 3)");
      return;
    }

  doc = kel_xml_parse (bytes, "edition.akn.xml", &error);
  g_assert_no_error (error);
  body = kel_xml_first_child (kel_xml_first_child (xmlDocGetRootElement (doc)));
  para = kel_xml_first_child (body);
  /* paragraph > content > p > text */
  p = kel_xml_first_child (kel_xml_next (kel_xml_first_child (para)));
  g_assert_cmpstr ((const char *) p->name, ==, "p");
  text = p->children;
  g_assert_true (text->type == XML_TEXT_NODE);
  content = text->content;
  len = strlen ((const char *) content);
  g_assert_cmpuint (len, >, 0);

  /* the text and its end are there; the byte after it and the block's
   * header are not */
  g_assert_cmpint (memcheck_state (content, len + 1, &undefined), ==, 1);
  g_assert_false (undefined);
  g_assert_cmpint (memcheck_state (content + len + 1, 1, NULL), ==, 3);
  g_assert_cmpint (memcheck_state (content - 1, 1, NULL), ==, 3);

  /* take, copy, free: the freed block is out of bounds */
  id = xmlGetNoNsProp (para, (const xmlChar *) "eId");
  g_assert_cmpstr ((const char *) id, ==, "para_0");
  g_assert_cmpint (memcheck_state (id, 1, NULL), ==, 1);
  xmlFree (id);
  g_assert_cmpint (memcheck_state (id, 1, NULL), ==, 3);

  /* a new block is undefined until written, keeps what was written when
   * it grows where it is, and loses its end when it shrinks */
  block = xmlMalloc (16);
  g_assert_cmpint (memcheck_state (block, 16, &undefined), ==, 1);
  g_assert_true (undefined);
  memset (block, 'x', 16);
  g_assert_cmpint (memcheck_state (block, 16, &undefined), ==, 1);
  g_assert_false (undefined);
  g_assert_true (xmlRealloc (block, 64) == (void *) block);
  g_assert_cmpint (memcheck_state (block, 16, &undefined), ==, 1);
  g_assert_false (undefined);
  g_assert_cmpint (memcheck_state (block + 16, 48, &undefined), ==, 1);
  g_assert_true (undefined);
  g_assert_true (xmlRealloc (block, 8) == (void *) block);
  g_assert_cmpint (memcheck_state (block, 8, &undefined), ==, 1);
  g_assert_false (undefined);
  g_assert_cmpint (memcheck_state (block + 8, 1, NULL), ==, 3);
  xmlFree (block);

  /* a node taken out of the tree and freed */
  xmlUnlinkNode (para);
  xmlFreeNode (para);
  g_assert_cmpint (memcheck_state (para, sizeof (xmlNode), NULL), ==, 3);
  g_assert_cmpint (memcheck_state (content, 1, NULL), ==, 3);

  /* and the whole tree, once freed */
  text = kel_xml_first_child (body);
  g_assert_nonnull (text);
  kel_xml_free_doc (doc);
  g_assert_cmpint (memcheck_state (text, 1, NULL), ==, 3);
#else
  g_test_skip ("built without valgrind's header (valgrind/memcheck.h)");
#endif
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/xml-arena/memory-comes-back", test_memory_comes_back);
  g_test_add_func ("/xml-arena/two-trees", test_two_trees);
  g_test_add_func ("/xml-arena/long-text", test_long_text);
  g_test_add_func ("/xml-arena/threads", test_threads);
  g_test_add_func ("/xml-arena/valgrind", test_valgrind);
  return g_test_run ();
}
