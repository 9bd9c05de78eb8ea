/* test-hostile.c — broken and malicious files give an error a person can act on
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every fixture in tests/data/hostile/ must be refused with a GError in the
 * KEL_ERROR domain whose message starts with the file's name, gives the
 * line where there is one, and says what is wrong.  Nothing may crash or
 * hang, and nothing outside the file may be opened: a spy on libxml2's
 * entity loader and input callbacks records any attempt.
 */
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-term.h"

#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"

/* A fixture's path: tests/data/hostile/@name in the source tree. */
static char *
fixture (const char *name)
{
  const char *root = g_getenv ("KELISIM_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", "hostile", name, NULL);
}

/* -- the spy -------------------------------------------------------------- */

static GPtrArray *opened;   /* what libxml2 was asked to open */
static xmlExternalEntityLoader model_loader;

static xmlParserInputPtr
spy_entity_loader (const char       *url,
                   const char       *id,
                   xmlParserCtxtPtr  ctxt)
{
  g_ptr_array_add (opened, g_strdup (url ? url : id ? id : "(unnamed)"));
  return model_loader ? model_loader (url, id, ctxt) : NULL;
}

static int
spy_match (const char *filename)
{
  g_ptr_array_add (opened, g_strdup (filename));
  return 0;   /* let libxml2's own handlers decide */
}

static void
install_spy (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  opened = g_ptr_array_new_with_free_func (g_free);
  /* a first load lets the model set its own loader; wrap it */
  path = fixture ("minimal.akn.xml");
  file = g_file_new_for_path (path);
  doc = kel_document_new_from_files (file, NULL, &error);
  g_assert_no_error (error);
  model_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (spy_entity_loader);
  xmlRegisterInputCallbacks (spy_match, NULL, NULL, NULL);
}

static void
assert_nothing_opened (void)
{
  for (guint i = 0; i < opened->len; i++)
    g_test_message ("libxml2 was asked to open %s", (const char *) g_ptr_array_index (opened, i));
  g_assert_cmpuint (opened->len, ==, 0);
}

/* -- the cases ------------------------------------------------------------ */

typedef struct
{
  const char *file;      /* in tests/data/hostile */
  KelError    code;
  int         line;      /* the line the message must give, 0 for none */
  const char *what;      /* words the message must contain */
} Case;

static const Case cases[] = {
  { "no-such-file.akn.xml", KEL_ERROR_IO, 0, "No such file" },
  { "empty.akn.xml", KEL_ERROR_NOT_XML, 0, "the file is empty" },
  { "not-xml.txt", KEL_ERROR_NOT_XML, 1, "not well-formed XML" },
  { "latin1.akn.xml", KEL_ERROR_ENCODING, 13, "invalid UTF-8" },
  { "utf16-no-bom.akn.xml", KEL_ERROR_ENCODING, 0, "UTF-16" },
  { "zeros.bin", KEL_ERROR_ENCODING, 0, "only zero bytes" },
  { "truncated.akn.xml", KEL_ERROR_NOT_XML, 17, "truncated" },
  { "billion-laughs.akn.xml", KEL_ERROR_FORBIDDEN, 2, "DOCTYPE" },
  { "external-entity.akn.xml", KEL_ERROR_FORBIDDEN, 2, "DOCTYPE" },
  { "external-dtd.akn.xml", KEL_ERROR_FORBIDDEN, 2, "DOCTYPE" },
  { "not-akn.xml", KEL_ERROR_NOT_AKN, 2, "not an Akoma Ntoso document" },
};

/* Faults that published documents carry by the hundred: the document
 * opens, and one notice per kind of fault says what was read differently. */
typedef struct
{
  const char *file;
  const char *notice;    /* words the notice must contain, or NULL for none */
} Tolerated;

static const Tolerated tolerated[] = {
  { "duplicate-eid.akn.xml", "1 eId(s) are used twice; links go to the first, the others were renamed (the first: “art_1__para_1” (line 20))" },
  { "missing-ref.akn.xml", "1 reference(s) point to nothing in the document and are shown as plain text (the first: line 17: href=“#art_9”)" },
  { "unknown-term.akn.xml", NULL },
};

static void
assert_message (const GError *error,
                const char   *name,
                int           line,
                const char   *what)
{
  g_autofree char *prefix = line > 0 ? g_strdup_printf ("%s:%d: ", name, line)
                                     : g_strdup_printf ("%s: ", name);

  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("the message does not start with “%s”: %s", prefix, error->message);
  if (strstr (error->message, what) == NULL)
    g_error ("the message does not say “%s”: %s", what, error->message);
  /* one readable line */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = fixture (c->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (opened, 0);
  doc = kel_document_new_from_files (file, NULL, &error);
  assert_nothing_opened ();
  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, (int) c->code);
  assert_message (error, name, c->line, c->what);
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_tolerated (gconstpointer data)
{
  const Tolerated *t = data;
  g_autofree char *path = fixture (t->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *notices;

  g_ptr_array_set_size (opened, 0);
  doc = kel_document_new_from_files (file, NULL, &error);
  assert_nothing_opened ();
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  notices = kel_document_get_notices (doc);
  if (t->notice == NULL)
    {
      g_assert_null (notices);
      return;
    }
  g_assert_nonnull (notices);
  g_assert_nonnull (notices[0]);
  g_assert_null (notices[1]);
  g_test_message ("%s", notices[0]);
  g_assert_true (g_str_has_prefix (notices[0], name));
  g_assert_nonnull (strstr (notices[0], t->notice));
  g_assert_null (strchr (notices[0], '\n'));
}

/* The minimal profile file loads: the hostile variants fail for the reason
 * they are about, not because the fixture itself is off-profile. */
static void
test_minimal_loads (void)
{
  g_autofree char *path = fixture ("minimal.akn.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  KelTerm *term;

  doc = kel_document_new_from_files (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  term = kel_document_lookup_term (doc, "informationSpace");
  g_assert_nonnull (term);
  g_assert_cmpuint (kel_term_get_n_occurrences (term), ==, 1);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "1-бап\nНегізгі ұғымдар\n1. Тараптар ақпараттық кеңістікте ынтымақтасады.");
}

/* A file larger than the limit is refused before it is read. */
static void
test_too_large (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  dir = g_dir_make_tmp ("kelisim-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.akn.xml", NULL);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  /* sparse: no disk space used */
  g_assert_cmpint (ftruncate (fd, (off_t) KEL_DOCUMENT_MAX_BYTES + 1), ==, 0);
  close (fd);

  file = g_file_new_for_path (path);
  name = g_file_get_parse_name (file);
  doc = kel_document_new_from_files (file, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE);
  assert_message (error, name, 0, "MB");

  g_unlink (path);
  g_rmdir (dir);
}

static GBytes *
bundled_edition (void)
{
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  doc = kel_document_new_bundled (&error);    /* registers the resource */
  g_assert_no_error (error);
  bytes = g_resources_lookup_data (EDITION_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return bytes;
}

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* A termbase made for another act does not load with the agreement. */
static void
test_wrong_termbase (void)
{
  g_autoptr(GBytes) edition = bundled_edition ();
  g_autoptr(GBytes) termbase = fixture_bytes ("wrong-termbase.tbx");
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (opened, 0);
  doc = kel_document_new_from_bytes (edition, "agreement.kk.akn.xml",
                                     termbase, "wrong-termbase.tbx", &error);
  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, KEL_ERROR_INVALID);
  assert_message (error, "wrong-termbase.tbx", 0, "does not belong to this edition");
  /* it says where the edition uses the concept the termbase lacks */
  g_assert_nonnull (strstr (error->message, "agreement.kk.akn.xml:"));
  assert_nothing_opened ();
}

/* An Akoma Ntoso file given as the termbase is not a termbase. */
static void
test_termbase_not_tbx (void)
{
  g_autoptr(GBytes) edition = bundled_edition ();
  g_autoptr(GBytes) termbase = fixture_bytes ("minimal.akn.xml");
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  doc = kel_document_new_from_bytes (edition, "agreement.kk.akn.xml",
                                     termbase, "minimal.akn.xml", &error);
  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, KEL_ERROR_NOT_TBX);
  assert_message (error, "minimal.akn.xml", 2, "not a TBX termbase");
}

/* The same hostile bytes as a termbase are refused just as firmly. */
static void
test_termbase_entities (void)
{
  g_autoptr(GBytes) edition = bundled_edition ();
  g_autoptr(GBytes) termbase = fixture_bytes ("external-entity.akn.xml");
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (opened, 0);
  doc = kel_document_new_from_bytes (edition, "agreement.kk.akn.xml",
                                     termbase, "external-entity.tbx", &error);
  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, KEL_ERROR_FORBIDDEN);
  assert_message (error, "external-entity.tbx", 2, "DOCTYPE");
  assert_nothing_opened ();
}

/* -- broken XML, in plain words ------------------------------------------ */

/* The mistakes of a hand-edited file: the message gives one line, the
 * line of the mistake, says what is wrong in words a reader can act on,
 * and any second line it names is consistent with the first (libxml2's
 * own "bad.xml:2: Opening and ending tag mismatch: p line 1 and act" read
 * as two contradicting places). */
typedef struct
{
  const char *xml;
  int         line;
  const char *what;
} Broken;

static const Broken broken[] = {
  { "<akomaNtoso>\n<act>\n<p>text</act>\n</akomaNtoso>", 3,
    "</act> closes <p>, which opens on the same line; a closing tag is missing or misspelt" },
  { "<akomaNtoso>\n<act>\n<p>\ntext</act>\n</akomaNtoso>", 4,
    "</act> closes <p>, which opens on line 3; a closing tag is missing or misspelt" },
  { "<akomaNtoso>\n<act>\n<p>text", 3,
    "the file ends before <p>, opened on line 3, is closed (is the file truncated?)" },
  { "just some text", 1, "the file does not start with an XML element" },
  { "<akomaNtoso/>\n<akomaNtoso/>", 2, "a second root element follows the end of the document" },
  { "<akomaNtoso>\n&nbsp;</akomaNtoso>", 2, "“&nbsp;” is not an XML entity" },
  { "<akomaNtoso>AT&T</akomaNtoso>", 1, "write it as “&amp;”" },
  { "<akomaNtoso a=\"<\"/>", 1, "write it as “&lt;”" },
  { "<akomaNtoso a=1/>", 1, "an attribute's value is not in quotes" },
  { "<akomaNtoso a=\"1\" a=\"2\"/>", 1, "the attribute a appears twice in one tag" },
  { "<akomaNtoso>\n<akn:act/></akomaNtoso>", 2, "the prefix “akn:” of <akn:act> is not declared with xmlns:akn" },
  { "<akomaNtoso><!-- a comment</akomaNtoso>", 1, "a comment “<!--” does not end with “-->”" },
  { "\n<?xml version=\"1.0\"?><akomaNtoso/>", 2, "the XML declaration “<?xml …?>” is not at the very start" },
  { "<akomaNtoso>\001</akomaNtoso>", 1, "a character that XML does not allow" },
  { "<akomaNtoso><act", 1, "the tag <act> does not end with “>” (is the file truncated?)" },
};

static void
test_broken_xml (void)
{
  /* libxml2's words that a reader cannot act on */
  static const char *raw[] = {
    "Opening and ending tag mismatch", "Premature end of data", "Start tag expected",
    "EntityRef", "AttValue", "xmlParse", "Couldn't find end", "Extra content",
    "Namespace prefix", "Comment not terminated", "out of allowed range",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (broken[i].xml, strlen (broken[i].xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(KelDocument) doc = kel_document_new_from_bytes (bytes, "bad.xml", NULL, NULL, &error);

      g_assert_null (doc);
      g_assert_error (error, KEL_ERROR, KEL_ERROR_NOT_XML);
      assert_message (error, "bad.xml", broken[i].line, broken[i].what);
      for (guint k = 0; k < G_N_ELEMENTS (raw); k++)
        if (strstr (error->message, raw[k]) != NULL)
          g_error ("libxml2's own words in: %s", error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  install_spy ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/hostile/%s", cases[i].file);
      g_test_add_data_func (test_path, &cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tolerated); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/hostile/tolerated/%s", tolerated[i].file);
      g_test_add_data_func (test_path, &tolerated[i], test_tolerated);
    }
  g_test_add_func ("/hostile/minimal-profile-loads", test_minimal_loads);
  g_test_add_func ("/hostile/broken-xml-in-plain-words", test_broken_xml);
  g_test_add_func ("/hostile/too-large", test_too_large);
  g_test_add_func ("/hostile/wrong-termbase", test_wrong_termbase);
  g_test_add_func ("/hostile/termbase-not-tbx", test_termbase_not_tbx);
  g_test_add_func ("/hostile/termbase-with-entities", test_termbase_entities);

  return g_test_run ();
}
