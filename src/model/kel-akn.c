/* kel-akn.c — what Kelisim knows about Akoma Ntoso vocabularies
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tables of element names: the document types, the parts a reader cites
 * (which get an eId when the file gives them none), and every element the
 * loader knows how to show.  And the namespaces it reads as Akoma Ntoso 3.0.
 */
#include "kel-akn.h"

#include <string.h>

#define AKN_DRAFT_PREFIX KEL_AKN_NS "/"

static const char *document_types[] = {
  "act", "bill", "doc", "statement", "portion", "amendment", "amendmentList",
  "judgment", "debate", "debateReport", "officialGazette", "documentCollection",
  "debateRecord",   /* the name of `debate` in Akoma Ntoso 2.0 drafts */
};

/* The parts a reader cites, goes to and finds in the contents: the
 * hierarchy, lists and their items, annexes and components, speeches and
 * the parts of a judgment. */
static const struct { const char *element; const char *prefix; } citable[] = {
  { "alinea", "al" }, { "article", "art" }, { "book", "book" },
  { "chapter", "chp" }, { "clause", "cl" }, { "division", "dvs" },
  { "indent", "indent" }, { "level", "lvl" }, { "list", "list" },
  { "paragraph", "para" }, { "part", "part" }, { "point", "point" },
  { "proviso", "proviso" }, { "rule", "rule" }, { "section", "sec" },
  { "subchapter", "subchp" }, { "subclause", "subcl" },
  { "subdivision", "subdvs" }, { "sublist", "sublist" },
  { "subparagraph", "subpara" }, { "subpart", "subpart" },
  { "subrule", "subrule" }, { "subsection", "subsec" },
  { "subtitle", "subtitle" }, { "title", "title" }, { "tome", "tome" },
  { "transitional", "transitional" }, { "hcontainer", "hcontainer" },
  { "blockList", "list" }, { "item", "item" }, { "attachment", "att" },
  { "component", "cmp" }, { "recital", "recital" },
  { "debateSection", "dbsect" }, { "speech", "speech" },
  { "question", "question" }, { "answer", "answer" },
  { "introduction", "introduction" }, { "background", "background" },
  { "arguments", "arguments" }, { "remedies", "remedies" },
  { "motivation", "motivation" }, { "decision", "decision" },
  { "crossHeading", "crossHeading" }, { "table", "table" },
};

/* Elements that may carry text a reader sees, and the containers around it.
 * Anything else in the Akoma Ntoso namespace is shown as plain text and
 * counted. */
static const char *known[] = {
  "a", "abbr", "act", "body", "collectionBody", "attachments", "mainBody",
  "judgmentBody", "debateBody", "amendmentBody", "portionBody", "fragmentBody",
  "colgroup", "col", "caption", "signatures", "longTitle", "intro", "administrationOfOath", "affectedDocument", "akomaNtoso",
  "alinea", "amendment", "amendmentBody", "amendmentContent",
  "amendmentHeading", "amendmentJustification", "amendmentList",
  "amendmentReference", "answer", "argument", "arguments", "article",
  "attachment", "attachmentOf", "attachments", "authorialNote", "b",
  "background", "bill", "block", "blockContainer", "blockList", "blockQuote",
  "book", "br", "caption", "chapter", "citation", "citations", "clause",
  "collectionBody", "component", "componentRef", "components", "concept",
  "conclusions", "container", "content", "courtType", "coverPage",
  "crossHeading", "date", "debate", "debateBody", "debateReport",
  "debateSection", "decision", "declarationOfVote", "def", "del", "division",
  "doc", "docAuthority", "docCommittee", "docDate", "docIntroducer",
  "docJurisdiction", "docketNumber", "docNumber", "docProponent",
  "docPurpose", "docStage", "docStatus", "docTitle", "docType",
  "documentCollection", "documentRef", "embeddedStructure", "embeddedText",
  "entity", "eol", "eop", "event", "extractStructure", "extractText",
  "formula", "fragment", "fragmentBody", "from", "hcontainer", "header",
  "heading", "i", "img", "indent", "inline", "ins", "interstitial",
  "introduction", "item", "judge", "judgment", "judgmentBody", "lawyer",
  "legislature", "level", "li", "list", "listIntroduction", "listWrapUp",
  "location", "longTitle", "mainBody", "marker", "meta", "mmod", "mod",
  "motivation", "mref", "narrative", "neutralCitation", "noteRef", "num",
  "object", "officialGazette", "ol", "omissis", "opinion", "organization",
  "outcome", "p", "paragraph", "part", "party", "person", "placeholder",
  "point", "portion", "portionBody", "preamble", "preface", "process",
  "proviso", "quantity", "question", "quotedStructure", "quotedText",
  "recital", "recitals", "ref", "relatedDocument", "remark", "remedies",
  "role", "rmod", "rref", "rule", "scene", "section", "session",
  "shortTitle", "sign", "signature", "span", "speech", "speechGroup",
  "statement", "sub", "subchapter", "subclause", "subdivision", "subFlow",
  "subheading", "sublist", "subparagraph", "subpart", "subrule",
  "subsection", "subtitle", "summary", "sup", "table", "tblock", "td",
  "term", "th", "time", "title", "tocItem", "tome", "toc", "tr",
  "transitional", "u", "ul", "vote", "wrapUp", "wrap", "intro", "caption",
  "address", "adjournment", "communication", "debateRecord", "def",
  "defBody", "ministerialStatements", "nationalInterest", "noticesOfMotion",
  "oralStatements", "papers", "personalStatements", "petitions",
  "pointOfOrder", "prayers", "proceduralMotions", "questions", "resolutions",
  "rollCall", "writtenStatements", "legalSystem", "signature", "foreign",
  "judicialBody", "outcome", "ministry", "voting", "quorum", "quorumVerification",
  "count", "recount", "other", "exitHierarchy", "change", "argument",
  "recordedTime", "componentInfo",
};

/**
 * kel_akn_is_document_type:
 * @element: an Akoma Ntoso element name
 *
 * Returns: %TRUE when @element is one of the document types that
 *   <akomaNtoso> may hold (act, bill, doc, …)
 */
gboolean
kel_akn_is_document_type (const char *element)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_types); i++)
    if (g_str_equal (element, document_types[i]))
      return TRUE;
  return FALSE;
}

/**
 * kel_akn_is_citable:
 * @element: an Akoma Ntoso element name
 *
 * Returns: %TRUE when @element is a part a citation can name, one that
 *   the naming convention gives an eId prefix (kel_akn_eid_prefix())
 */
gboolean
kel_akn_is_citable (const char *element)
{
  return kel_akn_eid_prefix (element) != NULL;
}

/**
 * kel_akn_eid_prefix:
 * @element: an Akoma Ntoso element name
 *
 * Returns: (nullable): the eId prefix the Akoma Ntoso naming convention
 *   gives @element ("art", "para", "item", …), or %NULL
 */
const char *
kel_akn_eid_prefix (const char *element)
{
  static GHashTable *prefixes;

  /* asked of every element a document has: a table, not a list to scan */
  if (g_once_init_enter (&prefixes))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (citable); i++)
        if (!g_hash_table_contains (t, citable[i].element))
          g_hash_table_insert (t, (gpointer) citable[i].element, (gpointer) citable[i].prefix);
      g_once_init_leave (&prefixes, t);
    }
  return g_hash_table_lookup (prefixes, element);
}

/**
 * kel_akn_is_known:
 * @element: an element name
 *
 * Returns: %TRUE when @element belongs to the Akoma Ntoso 3.0 vocabulary
 */
gboolean
kel_akn_is_known (const char *element)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *s = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (known); i++)
        g_hash_table_add (s, (gpointer) known[i]);
      for (guint i = 0; i < G_N_ELEMENTS (document_types); i++)
        g_hash_table_add (s, (gpointer) document_types[i]);
      for (guint i = 0; i < G_N_ELEMENTS (citable); i++)
        g_hash_table_add (s, (gpointer) citable[i].element);
      g_once_init_leave (&set, s);
    }
  return g_hash_table_contains (set, element);
}

static void
normalise (xmlNode       *node,
           KelAknVersion *version,
           char         **found)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      for (xmlNs *ns = n->nsDef; ns; ns = ns->next)
        {
          const char *href = (const char *) ns->href;
          KelAknVersion v;

          if (href == NULL)
            continue;
          if (g_str_has_prefix (href, AKN_DRAFT_PREFIX))
            v = KEL_AKN_30_DRAFT;
          else if (g_str_equal (href, KEL_AKN20_NS))
            v = KEL_AKN_20;
          else
            continue;
          if (*found == NULL)
            *found = g_strdup (href);
          *version = MAX (*version, v);
          xmlFree ((xmlChar *) ns->href);
          ns->href = xmlStrdup ((const xmlChar *) KEL_AKN_NS);
        }
      normalise (n->children, version, found);
    }
}

/**
 * kel_akn_normalise_namespaces:
 * @doc: a parsed file
 * @version: (out): the oldest vocabulary found
 * @found: (out) (transfer full) (nullable): the first namespace that was
 *   not Akoma Ntoso 3.0's, or %NULL
 *
 * Reads the drafts of Akoma Ntoso 3.0 that OASIS published before the
 * standard (…/akn/3.0/WD17, …/akn/3.0/CSD02, …) and Akoma Ntoso 2.0 as
 * Akoma Ntoso 3.0: their elements are renamed into the 3.0 namespace.
 *
 * Returns: %TRUE when something was renamed
 */
gboolean
kel_akn_normalise_namespaces (xmlDoc        *doc,
                              KelAknVersion *version,
                              char         **found)
{
  *version = KEL_AKN_30;
  *found = NULL;
  normalise (xmlDocGetRootElement (doc), version, found);
  return *found != NULL;
}
