/* kel-xml.c — parsing untrusted XML safely
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edition or termbase that Kelisim opens may come from a stranger, so
 * the parser is configured to do nothing but read the bytes it is given:
 *
 *  - the input must be UTF-8 (an optional BOM is allowed) and no larger than
 *    the caller's limit, checked before libxml2 sees it;
 *  - a DOCTYPE stops the parse at once, before any entity declaration in it
 *    is read, so neither entity expansion (billion laughs, quadratic blowup)
 *    nor external entities or DTDs can happen;
 *  - the network is off and the external entity loader refuses everything;
 *  - elements nested deeper than KEL_XML_MAX_DEPTH (below libxml2's own
 *    limit in every version) are refused as KEL_ERROR_TOO_LARGE, in words a
 *    reader understands and the same whichever libxml2 is installed;
 *  - a first pass that builds no tree checks all of the above and counts
 *    the elements (at most KEL_XML_MAX_ELEMENTS), so that a broken or
 *    hostile file is refused in memory proportional to its size, and the
 *    tree (some 200 bytes per element) is built only for a file that
 *    passed;
 *  - errors are collected, never printed, and become one GError naming the
 *    file, the line and what is wrong.
 */
#include "kel-xml.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "kel-error.h"
#include "kel-model-private.h"
#include "kel-xml-arena.h"

typedef struct
{
  xmlParserCtxt *ctxt;
  gboolean       doctype;
  int            doctype_line;
  GString       *message;
  int            line;
  int            code;
  char          *str1;         /* the first error's details, for plain words */
  char          *str2;
  int            int1;
  guint          n_elements;
  gboolean       too_many;
  int            too_many_line;
  guint          depth;
  gboolean       too_deep;
  int            too_deep_line;
} ParseState;

/* The parse in progress on this thread, for the SAX callback below. */
static GPrivate current_state;

static xmlParserInputPtr
refuse_external_entity (const char     *url,
                        const char     *id,
                        xmlParserCtxtPtr ctxt)
{
  /* Kelisim never loads anything that a document points to. */
  return NULL;
}

/* libxml2 2.12 made the error handed to a structured handler const */
#if LIBXML_VERSION >= 21200
typedef const xmlError *KelXmlError;
#else
typedef xmlError *KelXmlError;
#endif

static void
collect_error (void       *user_data,
               KelXmlError error)
{
  ParseState *state = user_data;

  if (error == NULL || error->level < XML_ERR_ERROR || state->message->len > 0)
    return;

  g_string_append (state->message, error->message ? error->message : "unknown error");
  g_strchomp (state->message->str);
  state->message->len = strlen (state->message->str);
  state->line = error->line;
  state->code = error->code;
  state->str1 = g_strdup (error->str1);
  state->str2 = g_strdup (error->str2);
  state->int1 = error->int1;
}

/* libxml2's message for the errors a hand-edited file has most often, in
 * plain words and translated; %NULL for the others.  libxml2 reports a
 * mismatch on the line of the closing tag and names the line of the opening
 * one inside its text ("bad.xml:2: … p line 1 and act"): said here as two
 * places of one mistake. */
static char *
plain_xml_error (const ParseState *state)
{
  const char *s1 = state->str1 ? state->str1 : "";
  const char *s2 = state->str2 ? state->str2 : "";

  switch (state->code)
    {
    case XML_ERR_TAG_NAME_MISMATCH:
      if (state->str1 == NULL || state->str2 == NULL || state->int1 <= 0)
        return NULL;
      if (state->int1 == state->line)
        return g_strdup_printf (_("</%s> closes <%s>, which opens on the same line; "
                                  "a closing tag is missing or misspelt"), s2, s1);
      return g_strdup_printf (_("</%s> closes <%s>, which opens on line %d; "
                                "a closing tag is missing or misspelt"), s2, s1, state->int1);
    case XML_ERR_TAG_NOT_FINISHED:
      if (state->str1 == NULL || state->int1 <= 0)
        return NULL;
      return g_strdup_printf (_("the file ends before <%s>, opened on line %d, is closed "
                                "(is the file truncated?)"), s1, state->int1);
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("the file does not start with an XML element (is it an XML file?)"));
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("more text or a second root element follows the end of the document"));
    case XML_ERR_GT_REQUIRED:
      if (state->str1 == NULL)
        return NULL;
      return g_strdup_printf (_("the tag <%s> does not end with “>” (is the file truncated?)"), s1);
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      if (state->str1 == NULL)
        return NULL;
      return g_strdup_printf (_("“&%s;” is not an XML entity; write the character itself"), s1);
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
      return g_strdup (_("an “&” that starts no entity; write it as “&amp;”"));
    case XML_ERR_LT_IN_ATTRIBUTE:
      return g_strdup (_("an attribute's value holds “<”; write it as “&lt;”"));
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
      return g_strdup (_("an attribute's value is not in quotes"));
    case XML_ERR_ATTRIBUTE_REDEFINED:
      if (state->str1 == NULL)
        return NULL;
      return g_strdup_printf (_("the attribute %s appears twice in one tag"), s1);
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
      if (state->str1 == NULL || state->str2 == NULL)
        return NULL;
      return g_strdup_printf (_("the prefix “%s:” of <%s:%s> is not declared with xmlns:%s"),
                              s1, s1, s2, s1);
    case XML_ERR_COMMENT_NOT_FINISHED:
      return g_strdup (_("a comment “<!--” does not end with “-->”"));
    case XML_ERR_RESERVED_XML_NAME:
      return g_strdup (_("the XML declaration “<?xml …?>” is not at the very start of the file"));
    case XML_ERR_INVALID_CHAR:
      return g_strdup (_("a character that XML does not allow in a document, such as a control character"));
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
      return g_strdup (_("a character reference “&#…;” names a character that XML does not allow"));
    default:
      return NULL;
    }
}

static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = g_private_get (&current_state);

  xmlStopParser (ctxt);
  if (state != NULL)
    {
      state->doctype = TRUE;
      state->doctype_line = xmlSAX2GetLineNumber (ctxt);
    }
}

static int
line_of_offset (const char *data,
                gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static gboolean
check_encoding (const char  *data,
                gsize        len,
                const char  *name,
                GError     **error)
{
  const char *end = NULL;

  if (len >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    goto utf16;
  if (len >= 2 && ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))
    goto utf16;
  /* UTF-16 without a byte order mark: "<" followed or preceded by NUL */
  if (len >= 2 && ((data[0] == '<' && data[1] == '\0') || (data[0] == '\0' && data[1] == '<')))
    goto utf16;

  if (!g_utf8_validate_len (data, len, &end))
    {
      gsize offset = end - data;

      if (offset < len && data[offset] == '\0')
        {
          gsize zeros = 0;

          while (offset + zeros < len && data[offset + zeros] == '\0')
            zeros++;
          if (zeros == len)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_ENCODING,
                           _("%s: the file contains only zero bytes, not text"), name);
              return FALSE;
            }
          g_set_error (error, KEL_ERROR, KEL_ERROR_ENCODING,
                       _("%s:%d: a zero byte at byte %lu: the file is not UTF-8 text"),
                       name, line_of_offset (data, offset), (gulong) offset);
          return FALSE;
        }
      g_set_error (error, KEL_ERROR, KEL_ERROR_ENCODING,
                   _("%s:%d: invalid UTF-8 at byte %lu; Kelisim reads UTF-8 files only"),
                   name, line_of_offset (data, offset), (gulong) offset);
      return FALSE;
    }
  return TRUE;

utf16:
  g_set_error (error, KEL_ERROR, KEL_ERROR_ENCODING,
               _("%s: the file is UTF-16; Kelisim reads UTF-8 files only"), name);
  return FALSE;
}

/* In the pass without a tree: count the elements and the depth, stop
 * past either limit.  The depth limit is the project's own, below every
 * libxml2's (256 before 2.14 and after it, without XML_PARSE_HUGE), so a
 * reader gets the same message whichever libxml2 is installed. */
static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = g_private_get (&current_state);

  if (state == NULL)
    return;
  if (++state->n_elements > KEL_XML_MAX_ELEMENTS)
    {
      state->too_many = TRUE;
      state->too_many_line = xmlSAX2GetLineNumber (ctxt);
      xmlStopParser (ctxt);
    }
  else if (++state->depth > KEL_XML_MAX_DEPTH)
    {
      state->too_deep = TRUE;
      state->too_deep_line = xmlSAX2GetLineNumber (ctxt);
      xmlStopParser (ctxt);
    }
}

static void
on_end_element (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  ParseState *state = g_private_get (&current_state);

  if (state != NULL && state->depth > 0)
    state->depth--;
}

/* One parse of @data: with @build_tree, into *@doc; without, only to
 * check it, through SAX callbacks that keep nothing. */
static gboolean
parse_pass (const char  *data,
            gsize        len,
            const char  *name,
            gboolean     build_tree,
            xmlDoc     **doc,
            GError     **error)
{
  ParseState state = { 0 };
  xmlStructuredErrorFunc old_serror = xmlStructuredError;
  void *old_serror_data = xmlStructuredErrorContext;
  /* the bytes are known to be UTF-8: no encoding argument and no heed to
   * the declaration spare libxml2 a UTF-8 to UTF-8 copy of the whole file */
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC;
  xmlDoc *result = NULL;
  gboolean ok = FALSE;

  state.message = g_string_new (NULL);
  state.ctxt = xmlNewParserCtxt ();
  if (state.ctxt == NULL)
    {
      g_string_free (state.message, TRUE);
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, _("%s: out of memory"), name);
      return FALSE;
    }
  g_private_set (&current_state, &state);
  state.ctxt->sax->internalSubset = on_internal_subset;
  state.ctxt->sax->externalSubset = NULL;
  state.ctxt->sax->entityDecl = NULL;
  state.ctxt->sax->resolveEntity = NULL;
  if (!build_tree)
    {
      xmlSAXHandler *sax = state.ctxt->sax;

      sax->startDocument = NULL;
      sax->endDocument = NULL;
      sax->startElement = NULL;
      sax->endElement = NULL;
      sax->startElementNs = on_start_element;
      sax->endElementNs = on_end_element;
      sax->characters = NULL;
      sax->cdataBlock = NULL;
      sax->ignorableWhitespace = NULL;
      sax->comment = NULL;
      sax->processingInstruction = NULL;
      sax->reference = NULL;
    }

  xmlSetStructuredErrorFunc (&state, collect_error);
  result = xmlCtxtReadMemory (state.ctxt, data, (int) len, name, NULL, options);
  xmlSetStructuredErrorFunc (old_serror_data, old_serror);

  if (state.doctype)
    g_set_error (error, KEL_ERROR, KEL_ERROR_FORBIDDEN,
                 _("%s:%d: the file has a DOCTYPE declaration; Kelisim refuses DTDs and entities for safety"),
                 name, state.doctype_line);
  else if (state.too_many)
    g_set_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE,
                 _("%s:%d: the file has more than %d elements; Kelisim opens files of up to %d elements"),
                 name, state.too_many_line, KEL_XML_MAX_ELEMENTS, KEL_XML_MAX_ELEMENTS);
  else if (state.too_deep)
    g_set_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE,
                 _("%s:%d: the elements are nested more than %d deep; Kelisim refuses files nested that deep"),
                 name, state.too_deep_line, KEL_XML_MAX_DEPTH);
  else if ((build_tree && result == NULL) || !state.ctxt->wellFormed || state.message->len > 0)
    {
      g_autofree char *plain = plain_xml_error (&state);

      /* libxml2's own words, in English, only for the rarer mistakes */
      if (plain == NULL && state.message->len == 0)
        plain = g_strdup (_("the parser gave up"));
      else if (plain == NULL)
        {
          if (state.code == XML_ERR_DOCUMENT_END || state.code == XML_ERR_DOCUMENT_EMPTY
              || state.code == XML_ERR_GT_REQUIRED || state.code == XML_ERR_TAG_NOT_FINISHED
              || state.code == XML_ERR_LTSLASH_REQUIRED)
            plain = g_strdup_printf (_("%s (is the file truncated?)"), state.message->str);
          else
            plain = g_strdup (state.message->str);
        }
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_XML, _("%s:%d: not well-formed XML: %s"),
                   name, state.line, plain);
    }
  else
    ok = TRUE;

  if (ok && build_tree)
    *doc = g_steal_pointer (&result);
  g_clear_pointer (&result, xmlFreeDoc);
  g_private_set (&current_state, NULL);
  xmlFreeParserCtxt (state.ctxt);
  g_string_free (state.message, TRUE);
  g_free (state.str1);
  g_free (state.str2);
  return ok;
}

/**
 * kel_xml_parse:
 * @bytes: the file's content
 * @name: the file name to put in messages
 * @error: return location for a #KEL_ERROR
 *
 * Returns: (transfer full): the parsed document, or %NULL with @error set
 */
xmlDoc *
kel_xml_parse (GBytes      *bytes,
               const char  *name,
               GError     **error)
{
  static gsize initialised = 0;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlDoc *doc = NULL;
  KelXmlArena *arena;

  if (g_once_init_enter (&initialised))
    {
      kel_xml_arena_init ();
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&initialised, 1);
    }

  if (len == 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_XML, _("%s: the file is empty"), name);
      return NULL;
    }
  if (len > KEL_XML_MAX_BYTES)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE,
                   _("%s: the file is %lu MB; Kelisim opens files of up to %d MB"),
                   name, (gulong) (len / (1024 * 1024)), KEL_XML_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!check_encoding (data, len, name, error))
    return NULL;

  /* A first pass builds no tree: a file that is not well-formed, has a
   * DOCTYPE, is nested too deep or holds too many elements is refused
   * holding no more than the bytes (and libxml2's copy of them), however
   * large it is; libxml2's tree costs some 200 bytes per element, up to
   * 30 times the size of densely marked-up input. */
  if (!parse_pass (data, len, name, FALSE, NULL, error))
    return NULL;
  /* the tree, in an arena of its own (kel-xml-arena.c) */
  arena = kel_xml_arena_open ();
  if (!parse_pass (data, len, name, TRUE, &doc, error))
    {
      kel_xml_arena_close (arena);
      return NULL;
    }
  doc->_private = arena;
  return doc;
}

/**
 * kel_xml_free_doc:
 * @doc: (nullable) (transfer full): a document from kel_xml_parse(), on
 *   the thread that parsed it
 *
 * Frees @doc: its arena is unmapped, without a visit to each node.
 */
void
kel_xml_free_doc (xmlDoc *doc)
{
  KelXmlArena *arena;

  if (doc == NULL)
    return;
  arena = doc->_private;
  if (kel_xml_arena_spilled (arena))
    xmlFreeDoc (doc);
  kel_xml_arena_close (arena);
}

/**
 * kel_xml_is:
 * @node: (nullable): a node
 * @ns: (nullable): a namespace URI, or %NULL for any
 * @name: (nullable): an element name, or %NULL for any
 *
 * Returns: %TRUE when @node is an element in @ns named @name
 */
gboolean
kel_xml_is (xmlNode    *node,
            const char *ns,
            const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (name != NULL && strcmp ((const char *) node->name, name) != 0)
    return FALSE;
  if (ns == NULL)
    return TRUE;
  return node->ns != NULL && node->ns->href != NULL
         && strcmp ((const char *) node->ns->href, ns) == 0;
}

/**
 * kel_xml_get_attr:
 * Returns: (transfer full) (nullable): the attribute without namespace
 */
char *
kel_xml_get_attr (xmlNode    *node,
                  const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/**
 * kel_xml_first_child:
 * @node: (nullable): a node
 *
 * Returns: (nullable): the first child of @node that is an element
 */
xmlNode *
kel_xml_first_child (xmlNode *node)
{
  for (xmlNode *c = node ? node->children : NULL; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      return c;
  return NULL;
}

/**
 * kel_xml_next:
 * @node: (nullable): a node
 *
 * Returns: (nullable): the next sibling of @node that is an element
 */
xmlNode *
kel_xml_next (xmlNode *node)
{
  for (xmlNode *c = node ? node->next : NULL; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      return c;
  return NULL;
}

/**
 * kel_xml_line:
 * @node: (nullable): a node
 *
 * Returns: the line of @node, for messages
 */
int
kel_xml_line (xmlNode *node)
{
  long line = node ? xmlGetLineNo (node) : 0;

  return line > 0 && line < G_MAXINT ? (int) line : 0;
}

/**
 * kel_xml_get_text:
 * @node: an element
 *
 * Returns: (transfer full): the text of @node and its descendants, with
 *   runs of whitespace collapsed to one space and none at either end
 */
char *
kel_xml_get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = kel_xml_collapse_space ((const char *) content);

  xmlFree (content);
  return text;
}

/**
 * kel_xml_collapse_space:
 * @raw: (nullable): UTF-8 text
 *
 * Collapses each run of whitespace in @raw to one space, with none at
 * either end, as a reader sees text laid out.
 *
 * Returns: (transfer full): the collapsed text ("" for %NULL)
 */
char *
kel_xml_collapse_space (const char *raw)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = raw; p && *p; p = g_utf8_next_char (p))
    {
      if (kel_utf8_isspace (p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
  return g_string_free (out, FALSE);
}
