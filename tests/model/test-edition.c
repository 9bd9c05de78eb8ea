/* test-edition.c — the bundled edition as a reader sees it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test looks at what the model gives the reader: the reading text, the
 * parts of the act, the marked terms and references, the locations.  Tests
 * that need ../shared (the source text, the schemas) say SKIP without it.
 */
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-term.h"
#include "kel-threat.h"
#include "kel-test-util.h"

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"

static char *
source_file (const char *relative)
{
  const char *root = g_getenv ("KELISIM_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

static GString *
without_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return out;
}

/* The character offset of @needle's first occurrence in the text of the
 * node @eid, as an offset into the reading text. */
static guint
offset_in_node (const char *eid,
                const char *needle)
{
  KelDocument *doc = kel_test_bundled ();
  const KelNode *node = kel_document_lookup_node (doc, eid);
  g_autofree char *text = NULL;
  const char *hit;

  g_assert_nonnull (node);
  text = kel_document_get_node_text (doc, node);
  hit = strstr (text, needle);
  if (hit == NULL)
    g_error ("“%s” is not in %s: %s", needle, eid, text);
  return node->start + (guint) g_utf8_pointer_to_offset (text, hit);
}

/* -- Fidelity ------------------------------------------------------------- */

static void
print_first_difference (const char *expected,
                        const char *actual)
{
  const char *e = expected, *a = actual;
  glong at;
  glong elen, alen;
  glong from;
  g_autofree char *ectx = NULL;
  g_autofree char *actx = NULL;

  while (*e && *a && g_utf8_get_char (e) == g_utf8_get_char (a))
    {
      e = g_utf8_next_char (e);
      a = g_utf8_next_char (a);
    }
  at = g_utf8_pointer_to_offset (expected, e);
  elen = g_utf8_strlen (expected, -1);
  alen = g_utf8_strlen (actual, -1);
  from = MAX (0, at - 40);
  ectx = g_utf8_substring (expected, from, MIN (elen, at + 40));
  actx = g_utf8_substring (actual, from, MIN (alen, at + 40));
  g_test_message ("first difference at character %ld (whitespace removed):", at);
  g_test_message ("  source:  …%s…", ectx);
  g_test_message ("  edition: …%s…", actx);
}

static void
test_fidelity (void)
{
  g_autofree char *path = kel_test_shared_file ("source/agreement.kk.txt");
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = NULL;
  g_autoptr(GString) actual = NULL;

  if (path == NULL)
    return;
  g_file_get_contents (path, &source, NULL, &error);
  g_assert_no_error (error);

  /* The corrections that ../shared/source/README.md lists, and no others;
   * each must apply exactly where the README says. */
  expected = without_whitespace (source);
  g_assert_cmpuint (g_string_replace (expected, "(«Халықаралық1-қосымшада",
                                      "1-қосымшада(«Халықаралық", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (expected, "(«Халықаралық2-қосымшада",
                                      "2-қосымшада(«Халықаралық", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (expected, "жаhандық", "жаһандық", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (expected, "Жаhандық", "Жаһандық", 0), ==, 1);

  actual = without_whitespace (kel_document_get_text (kel_test_bundled (), NULL));
  if (!g_str_equal (expected->str, actual->str))
    {
      print_first_difference (expected->str, actual->str);
      g_test_fail ();
    }
}

/* -- No letter spacing ---------------------------------------------------- */

static gboolean
is_cyrillic (gunichar c)
{
  return (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0500 && c <= 0x052F);
}

static void
test_no_letter_spacing (void)
{
  const char *text = kel_document_get_text (kel_test_bundled (), NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint failures = 0;

  g_assert_cmpuint (g_strv_length (lines), >, 100);
  for (guint n = 0; lines[n]; n++)
    {
      guint run = 0;          /* consecutive one-letter Cyrillic words */
      guint word_len = 0;
      gunichar first = 0;
      const char *p = lines[n];

      for (;;)
        {
          gunichar c = *p ? g_utf8_get_char (p) : 0;

          if (c != 0 && g_unichar_isalpha (c))
            {
              if (word_len++ == 0)
                first = c;
            }
          else if (word_len > 0)
            {
              run = word_len == 1 && is_cyrillic (first) ? run + 1 : 0;
              word_len = 0;
              if (run == 3)
                {
                  g_test_message ("line %u has letter-spaced words: %s", n + 1, lines[n]);
                  failures++;
                }
            }
          if (c == 0)
            break;
          p = g_utf8_next_char (p);
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* -- Schema validation ---------------------------------------------------- */

static void
validate (const char *schema_option,
          const char *schema,
          const char *file)
{
  g_autofree char *schema_path = kel_test_shared_file (schema);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *path = source_file (file);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (schema_path == NULL)
    return;
  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed (Debian package libxml2-utils)");
      return;
    }
  {
    const char *argv[] = { xmllint, "--noout", "--nonet", schema_option, schema_path, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("xmllint %s %s %s:\n%s", schema_option, schema_path, path, err);
      g_test_fail ();
    }
}

static void
test_schema_akn (void)
{
  validate ("--schema", "akn/akomantoso30.xsd", "data/edition/agreement.kk.akn.xml");
}

static void
test_schema_tbx (void)
{
  validate ("--relaxng", "tbx/tbx-basic.rng", "data/edition/termbase.tbx");
}

/* -- Counts --------------------------------------------------------------- */

static void
test_articles (void)
{
  KelDocument *doc = kel_test_bundled ();
  guint n = 0;

  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);
      g_autofree char *eid = NULL;
      g_autofree char *num = NULL;

      if (node->kind != KEL_NODE_ARTICLE)
        continue;
      n++;
      eid = g_strdup_printf ("art_%u", n);
      num = g_strdup_printf ("%u-бап", n);
      g_assert_cmpstr (node->eid, ==, eid);
      g_assert_cmpstr (node->num, ==, num);
      g_assert_nonnull (node->heading);
      g_assert_cmpuint (strlen (node->heading), >, 0);
      g_assert_null (node->parent);
    }
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpstr (kel_document_lookup_node (doc, "art_7")->heading, ==, "Қаржыландыру");
}

/* The bundled edition as XML, with an XPath context for the AKN namespace. */
static xmlDoc *
bundled_xml (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data;

  kel_test_bundled ();   /* registers the resource */
  bytes = g_resources_lookup_data (EDITION_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &len);
  return xmlReadMemory (data, (int) len, "agreement.kk.akn.xml", "UTF-8", XML_PARSE_NONET);
}

static char *
xpath_string (xmlXPathContext *ctx,
              const char      *expr)
{
  xmlXPathObject *obj = xmlXPathEvalExpression ((const xmlChar *) expr, ctx);
  xmlChar *s;
  char *copy;

  g_assert_nonnull (obj);
  s = xmlXPathCastToString (obj);
  copy = g_strdup ((const char *) s);
  xmlFree (s);
  xmlXPathFreeObject (obj);
  return copy;
}

static void
test_signatures (void)
{
  static const char *governments[] = {
    "Қазақстан Республикасының", "Қытай Халық Республикасының", "Қырғыз Республикасының",
    "Ресей Федерациясының", "Тәжікстан Республикасының", "Өзбекстан Республикасының",
  };
  KelDocument *doc = kel_test_bundled ();
  const KelNode *conclusions = kel_document_lookup_node (doc, "conclusions");
  xmlDoc *xml = bundled_xml ();
  xmlXPathContext *ctx;
  guint n = 0;

  g_assert_nonnull (conclusions);
  g_assert_cmpint (conclusions->kind, ==, KEL_NODE_CONCLUSIONS);
  g_assert_nonnull (xml);
  ctx = xmlXPathNewContext (xml);
  xmlXPathRegisterNs (ctx, (const xmlChar *) "akn", (const xmlChar *) AKN_NS);

  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *expr = NULL;
      g_autofree char *party = NULL;
      g_autofree char *show_as = NULL;

      if (node->kind != KEL_NODE_SIGNATURE || node->parent != conclusions)
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (governments));
      text = kel_document_get_node_text (doc, node);
      expected = g_strdup_printf ("%s Үкіметі үшін", governments[n]);
      g_assert_cmpstr (text, ==, expected);

      /* the party it names is one of the governments in <references> */
      expr = g_strdup_printf ("string(//akn:blockContainer[@eId='%s']//akn:party/@refersTo)", node->eid);
      party = xpath_string (ctx, expr);
      g_assert_true (g_str_has_prefix (party, "#government"));
      g_clear_pointer (&expr, g_free);
      expr = g_strdup_printf ("string(//akn:references/akn:TLCOrganization[@eId='%s']/@showAs)", party + 1);
      show_as = xpath_string (ctx, expr);
      g_assert_true (g_str_has_prefix (expected, show_as));
      g_assert_cmpstr (expected + strlen (show_as), ==, " үшін");
      n++;
    }
  g_assert_cmpuint (n, ==, 6);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (xml);
}

static void
test_definitions (void)
{
  KelDocument *doc = kel_test_bundled ();
  GListModel *terms = kel_document_get_terms (doc);
  guint n_definitions = 0;

  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 13);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const KelNode *node = kel_term_get_definition_node (term);
      guint headwords = 0;
      g_autofree char *eid = g_strdup_printf ("att_1__definition_%u", i + 1);

      g_assert_cmpuint (kel_term_get_order (term), ==, i + 1);
      g_assert_nonnull (kel_term_get_definition (term));
      g_assert_cmpuint (strlen (kel_term_get_definition (term)), >, 20);
      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          const char *label = kel_term_get_label (term, lang);

          g_assert_nonnull (label);
          g_assert_cmpuint (strlen (label), >, 0);
          g_assert_cmpint (kel_term_get_status (term, lang), !=, KEL_STATUS_MISSING);
        }
      g_assert_nonnull (node);
      g_assert_cmpint (node->kind, ==, KEL_NODE_DEFINITION);
      g_assert_cmpstr (node->eid, ==, eid);
      g_assert_cmpstr (node->refers_to, ==, kel_term_get_id (term));
      for (guint k = 0; k < kel_term_get_n_occurrences (term); k++)
        if (kel_term_get_occurrence (term, k)->is_definition)
          headwords++;
      g_assert_cmpuint (headwords, ==, 1);
    }

  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    if (kel_document_get_node (doc, i)->kind == KEL_NODE_DEFINITION)
      n_definitions++;
  g_assert_cmpuint (n_definitions, ==, 13);
}

static gboolean
is_inside (const KelNode *node,
           const KelNode *ancestor)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

static void
test_threats (void)
{
  KelDocument *doc = kel_test_bundled ();
  GListModel *threats = kel_document_get_threats (doc);
  const KelNode *art_2 = kel_document_lookup_node (doc, "art_2");

  g_assert_cmpuint (g_list_model_get_n_items (threats), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(KelThreat) threat = g_list_model_get_item (threats, i);
      const KelNode *parts[] = {
        kel_threat_get_heading_node (threat),
        kel_threat_get_source_node (threat),
        kel_threat_get_signs_node (threat),
      };
      const KelNode *point = kel_threat_get_article_point (threat);
      g_autofree char *eid = g_strdup_printf ("att_2__threat_%u", i + 1);

      g_assert_cmpuint (kel_threat_get_number (threat), ==, i + 1);
      g_assert_cmpstr (kel_threat_get_node (threat)->eid, ==, eid);
      for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
        {
          g_autofree char *text = NULL;

          g_assert_nonnull (parts[k]);
          g_assert_true (is_inside (parts[k], kel_threat_get_node (threat)));
          text = kel_document_get_node_text (doc, parts[k]);
          g_assert_cmpuint (g_utf8_strlen (text, -1), >, 5);
        }
      g_assert_cmpint (parts[1]->kind, ==, KEL_NODE_THREAT_SOURCE);
      g_assert_cmpint (parts[2]->kind, ==, KEL_NODE_THREAT_SIGNS);
      {
        g_autofree char *signs = kel_document_get_node_text (doc, parts[2]);
        g_assert_true (g_str_has_prefix (signs, "Оның белгілері"));
      }

      g_assert_nonnull (point);
      g_assert_cmpint (point->kind, ==, KEL_NODE_POINT);
      g_assert_true (is_inside (point, art_2));
      g_assert_cmpuint (point->ordinal, ==, i + 1);
      g_assert_true (kel_document_get_threat_for_node (doc, point) == threat);
      g_assert_nonnull (kel_threat_get_article_wording (threat));
      g_assert_nonnull (kel_threat_get_label (threat, KEL_LANG_RU));
      g_assert_nonnull (kel_threat_get_label (threat, KEL_LANG_ZH));
    }
}

static void
test_threat_5_signs (void)
{
  KelDocument *doc = kel_test_bundled ();
  KelThreat *threat = g_list_model_get_item (kel_document_get_threats (doc), 4);
  const KelNode *signs = kel_threat_get_signs_node (threat);
  guint points = 0;

  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      if (node->kind == KEL_NODE_POINT && is_inside (node, signs))
        {
          g_autofree char *text = kel_document_get_node_text (doc, node);

          g_assert_cmpuint (strlen (text), >, 0);
          points++;
        }
    }
  g_assert_cmpuint (points, ==, 3);
  g_object_unref (threat);
}

static void
test_unique_eids (void)
{
  KelDocument *doc = kel_test_bundled ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlDoc *xml = bundled_xml ();
  xmlXPathContext *ctx = xmlXPathNewContext (xml);
  xmlXPathObject *obj;

  g_assert_cmpuint (kel_document_get_n_nodes (doc), >, 100);
  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      g_assert_cmpuint (node->index, ==, i);
      if (!g_hash_table_add (seen, (gpointer) node->eid))
        g_error ("the eId %s is used twice", node->eid);
      g_assert_true (kel_document_lookup_node (doc, node->eid) == node);
    }

  /* and in the file itself, meta included, for every AKN element */
  xmlXPathRegisterNs (ctx, (const xmlChar *) "akn", (const xmlChar *) AKN_NS);
  obj = xmlXPathEvalExpression ((const xmlChar *) "//akn:*[@eId]", ctx);
  g_assert_nonnull (obj);
  g_assert_nonnull (obj->nodesetval);
  g_assert_cmpint (obj->nodesetval->nodeNr, >, (int) kel_document_get_n_nodes (doc));
  for (int i = 0; i < obj->nodesetval->nodeNr; i++)
    {
      xmlChar *eid = xmlGetNoNsProp (obj->nodesetval->nodeTab[i], (const xmlChar *) "eId");
      char *copy = g_strdup ((const char *) eid);

      xmlFree (eid);
      if (!g_hash_table_add (in_file, copy))
        g_error ("the eId %s is used twice in the file (line %ld)", copy,
                 xmlGetLineNo (obj->nodesetval->nodeTab[i]));
    }
  xmlXPathFreeObject (obj);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (xml);
}

static void
test_targets_resolve (void)
{
  KelDocument *doc = kel_test_bundled ();
  guint terms = 0, refs = 0;

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, kel_document_get_n_chars (doc));
      if (span->kind == KEL_SPAN_TERM)
        {
          g_assert_nonnull (span->term);
          g_assert_true (kel_document_lookup_term (doc, span->target) == span->term);
          g_assert_true (kel_term_get_occurrence (span->term, span->occurrence) == span);
          terms++;
        }
      else if (span->kind == KEL_SPAN_REF)
        {
          g_assert_nonnull (kel_document_lookup_node (doc, span->target));
          refs++;
        }
    }
  g_assert_cmpuint (refs, ==, 6);

  /* every term span is an occurrence of its term, and nothing else is */
  {
    GListModel *list = kel_document_get_terms (doc);
    guint occurrences = 0;

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(KelTerm) term = g_list_model_get_item (list, i);
        occurrences += kel_term_get_n_occurrences (term);
      }
    g_assert_cmpuint (terms, ==, occurrences);
    g_assert_cmpuint (terms, >, 50);
  }

  /* the refersTo of definitions, threats and Article 2 points */
  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      if (node->kind == KEL_NODE_DEFINITION)
        g_assert_nonnull (kel_document_lookup_term (doc, node->refers_to));
      else if (node->kind == KEL_NODE_THREAT)
        g_assert_nonnull (kel_document_lookup_threat (doc, node->refers_to));
      else if (node->refers_to != NULL && node->kind == KEL_NODE_POINT)
        g_assert_nonnull (kel_document_lookup_threat (doc, node->refers_to));
    }
}

static void
test_cross_references (void)
{
  static const struct { const char *text, *target; } expected[] = {
    { "1-қосымшада", "att_1" },
    { "1-қосымша", "att_1" },
    { "2-қосымшада", "att_2" },
    { "2-қосымша", "att_2" },
    { "2-бабында", "art_2" },
    { "5-бабына", "art_5" },
  };
  KelDocument *doc = kel_test_bundled ();
  const char *text = kel_document_get_text (doc, NULL);
  const char *work;
  guint n = 0, start;

  for (guint i = 0; i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);
      g_autofree char *ref = NULL;

      if (span->kind != KEL_SPAN_REF)
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      ref = kel_document_get_range (doc, span->start, span->end);
      g_assert_cmpstr (ref, ==, expected[n].text);
      g_assert_cmpstr (span->target, ==, expected[n].target);
      n++;
    }
  g_assert_cmpuint (n, ==, 6);

  /* "жұмыс бабындағы" (working meetings) is not a reference to an article */
  work = strstr (text, "жұмыс бабындағы");
  g_assert_nonnull (work);
  start = (guint) g_utf8_pointer_to_offset (text, work);
  for (guint k = 0; k < (guint) g_utf8_strlen ("жұмыс бабындағы", -1); k++)
    g_assert_null (kel_document_get_span_at (doc, start + k, KEL_SPAN_REF));
}

/* -- Term marking --------------------------------------------------------- */

static void
test_terms_outside_annex_1 (void)
{
  KelDocument *doc = kel_test_bundled ();
  GListModel *terms = kel_document_get_terms (doc);
  const KelNode *att_1 = kel_document_lookup_node (doc, "att_1");
  guint used_outside = 0;

  g_assert_nonnull (att_1);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const char *id = kel_term_get_id (term);
      gboolean only_headword = g_str_equal (id, "unauthorizedInterferenceInInformationResources")
                               || g_str_equal (id, "informationSecurityThreat");
      guint outside = 0;

      for (guint k = 0; k < kel_term_get_n_occurrences (term); k++)
        {
          const KelSpan *span = kel_term_get_occurrence (term, k);
          const KelNode *node = kel_document_get_node_at (doc, span->start);

          if (!is_inside (node, att_1))
            outside++;
        }
      if (only_headword)
        g_assert_cmpuint (outside, ==, 0);
      else if (outside == 0)
        g_error ("the term %s has no marked occurrence outside Annex 1", id);
      else
        used_outside++;
    }
  g_assert_cmpuint (used_outside, ==, 11);
}

/* @needle, found in node @eid, is covered by one span of @term_id. */
static const KelSpan *
assert_term_at (const char *eid,
                const char *needle,
                const char *term_id)
{
  KelDocument *doc = kel_test_bundled ();
  guint start = offset_in_node (eid, needle);
  guint end = start + (guint) g_utf8_strlen (needle, -1);
  const KelSpan *span = kel_document_get_span_at (doc, start, KEL_SPAN_TERM);

  if (span == NULL)
    g_error ("“%s” in %s is not marked as a term", needle, eid);
  g_assert_cmpstr (span->target, ==, term_id);
  g_assert_cmpuint (span->start, <=, start);
  g_assert_cmpuint (span->end, >=, end);
  return span;
}

static void
test_inflected_forms (void)
{
  assert_term_at ("art_5__para_2", "ақпараттық қауіпсіздікке", "informationSecurity");
  assert_term_at ("art_4", "ақпараттық ресурстарға", "informationResources");
  assert_term_at ("att_2", "аса маңызды құрылымдарға", "criticallyImportantStructures");
  /* the original's own typo is still an occurrence */
  assert_term_at ("att_1", "ақпарттық кеңістікте", "informationSpace");
}

static void
test_longest_match (void)
{
  KelDocument *doc = kel_test_bundled ();
  const char *text = kel_document_get_text (doc, NULL);
  const char *needle = "халықаралық ақпараттық қауіпсіздікті";
  guint len = (guint) g_utf8_strlen (needle, -1);
  guint found = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    {
      guint start = (guint) g_utf8_pointer_to_offset (text, p);
      const KelSpan *span = kel_document_get_span_at (doc, start, KEL_SPAN_TERM);

      g_assert_nonnull (span);
      g_assert_cmpstr (span->target, ==, "internationalInformationSecurity");
      g_assert_cmpuint (span->start, ==, start);
      g_assert_cmpuint (span->end, ==, start + len);
      /* no shorter term inside it */
      for (guint i = kel_document_find_first_span (doc, start); i < kel_document_get_n_spans (doc); i++)
        {
          const KelSpan *other = kel_document_get_span (doc, i);

          if (other->start >= start + len)
            break;
          if (other->kind == KEL_SPAN_TERM)
            g_assert_true (other == span);
        }
      found++;
    }
  g_assert_cmpuint (found, >=, 3);
}

static void
test_occurrence_counts (void)
{
  KelDocument *doc = kel_test_bundled ();

  g_assert_cmpuint (kel_term_get_n_occurrences (kel_document_lookup_term (doc, "informationWar")), ==, 5);
  g_assert_cmpuint (kel_term_get_n_occurrences (kel_document_lookup_term (doc, "internationalInformationSecurity")), ==, 21);
}

/* -- Locations ------------------------------------------------------------ */

static void
assert_location (const char *eid,
                 KelLang     lang,
                 const char *expected)
{
  KelDocument *doc = kel_test_bundled ();
  const KelNode *node = kel_document_lookup_node (doc, eid);
  g_autofree char *location = NULL;

  g_assert_nonnull (node);
  location = kel_document_get_location (doc, node, lang);
  g_assert_cmpstr (location, ==, expected);
}

static void
test_locations (void)
{
  assert_location ("art_3", KEL_LANG_KK, "3-бап");
  assert_location ("art_5__para_2", KEL_LANG_KK, "5-бап, 2-тармақ");
  assert_location ("art_3__para_1__list_1__point_5", KEL_LANG_KK, "3-бап, 5) тармақша");
  assert_location ("art_5__para_2", KEL_LANG_RU, "статья 5, пункт 2");
  assert_location ("art_5__para_2", KEL_LANG_ZH, "第五条第二款");
}

/* kel_document_get_text_at() finds a character from its block's start: the
 * same place as counting from the start of the text, at every block's
 * first and last character, inside blocks, between them and past the end. */
static void
test_text_at (void)
{
  KelDocument *doc = kel_test_bundled ();
  gsize n_bytes = 0;
  const char *text = kel_document_get_text (doc, &n_bytes);
  guint n = kel_document_get_n_chars (doc);

  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *b = kel_document_get_block (doc, i);

      g_assert_true (kel_document_get_text_at (doc, b->start) == g_utf8_offset_to_pointer (text, b->start));
      g_assert_true (kel_document_get_text_at (doc, b->end) == g_utf8_offset_to_pointer (text, b->end));
    }
  for (guint offset = 0; offset <= n; offset += 7)
    g_assert_true (kel_document_get_text_at (doc, offset) == g_utf8_offset_to_pointer (text, offset));
  g_assert_true (kel_document_get_text_at (doc, n) == text + n_bytes);
  g_assert_true (kel_document_get_text_at (doc, n + 100) == text + n_bytes);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_init (&argc, &argv);

  g_test_add_func ("/edition/fidelity", test_fidelity);
  g_test_add_func ("/edition/no-letter-spacing", test_no_letter_spacing);
  g_test_add_func ("/edition/schema/akn", test_schema_akn);
  g_test_add_func ("/edition/schema/tbx", test_schema_tbx);
  g_test_add_func ("/edition/counts/articles", test_articles);
  g_test_add_func ("/edition/counts/signatures", test_signatures);
  g_test_add_func ("/edition/counts/definitions", test_definitions);
  g_test_add_func ("/edition/counts/threats", test_threats);
  g_test_add_func ("/edition/counts/threat-5-signs", test_threat_5_signs);
  g_test_add_func ("/edition/eids-unique", test_unique_eids);
  g_test_add_func ("/edition/targets-resolve", test_targets_resolve);
  g_test_add_func ("/edition/cross-references", test_cross_references);
  g_test_add_func ("/edition/terms/outside-annex-1", test_terms_outside_annex_1);
  g_test_add_func ("/edition/terms/inflected-forms", test_inflected_forms);
  g_test_add_func ("/edition/terms/longest-match", test_longest_match);
  g_test_add_func ("/edition/terms/occurrence-counts", test_occurrence_counts);
  g_test_add_func ("/edition/locations", test_locations);
  g_test_add_func ("/edition/text-at", test_text_at);

  return g_test_run ();
}
