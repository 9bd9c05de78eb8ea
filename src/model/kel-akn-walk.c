/* kel-akn-walk.c — the structure of an Akoma Ntoso act, walked in document order
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Containers hold parts, blocks (p, tblock, …) hold one line each (a
 * tblock of paragraphs is a part); the
 * walk keeps the context (list level, annex, title, preface, signature)
 * that decides what kind of line a block is.
 */
#include "kel-akn-loader-private.h"

/* Text directly inside @el, not only in its children: a <listIntroduction>,
 * a <from>, a <td> without <p>, an element Kelisim does not know. */
static gboolean
has_direct_text (xmlNode *el)
{
  for (xmlNode *c = el->children; c; c = c->next)
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
      for (const char *p = (const char *) c->content; p && *p; p = g_utf8_next_char (p))
        if (!kel_utf8_isspace (p))
          return TRUE;
  return FALSE;
}

/* @el holds one element, @name, and no text around it. */
static gboolean
only_child_is (xmlNode    *el,
               const char *name)
{
  xmlNode *only = kel_xml_first_child (el);

  return only != NULL && kel_xml_next (only) == NULL
         && g_str_equal ((const char *) only->name, name) && !has_direct_text (el);
}

static KelBlockKind
block_kind_for_context (Loader *l)
{
  if (l->title_depth > 0)
    return l->annex_depth > 0 ? KEL_BLOCK_ANNEX_TITLE : KEL_BLOCK_TITLE;
  if (l->preface_depth > 0)
    return l->annex_depth > 0 ? KEL_BLOCK_LABEL : KEL_BLOCK_TITLE;
  if (l->signature_depth > 0)
    return KEL_BLOCK_SIGNATURE;
  if (l->list_level > 0)
    return KEL_BLOCK_POINT;
  return KEL_BLOCK_PARAGRAPH;
}

static gboolean
emit_block (Loader        *l,
            xmlNode       *el,
            KelBlockKind   kind,
            const KelNode *node,
            GError       **error)
{
  g_autofree char *klass = kel_xml_get_attr (el, "class");
  const char *saved = l->klass;
  GPtrArray *saved_notes, *notes;
  const KelNode *saved_node;
  xmlNode *saved_el;
  gboolean ok;

  if (!kel_loader_check_refs (l, el, error))
    return FALSE;
  if (klass != NULL)
    l->klass = kel_document_intern (l->doc, klass);
  /* a paragraph that holds a signature is a signature block */
  for (xmlNode *c = kel_xml_first_child (el); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, "signature") && kind == KEL_BLOCK_PARAGRAPH)
      kind = KEL_BLOCK_SIGNATURE;

  /* a line that is only an editorial remark is a note, not a title */
  if (only_child_is (el, "remark"))
    {
      kind = KEL_BLOCK_PARAGRAPH;
      l->klass = "remark";
    }

  saved_notes = l->notes;
  l->notes = g_ptr_array_new ();
  saved_node = l->block_node;
  saved_el = l->block_el;
  l->block_node = node;
  l->block_el = el;
  kel_loader_begin_block (l, kind);
  ok = kel_loader_walk_inline (l, el, error);
  l->block_node = saved_node;
  l->block_el = saved_el;
  if (ok && l->doc->n_chars == l->block_start && l->doc->blocks->len > 0)
    {
      /* an empty paragraph: leave no empty line */
      g_string_truncate (l->doc->text, l->doc->text->len - 1);
      l->doc->n_chars--;
      l->in_block = FALSE;
    }
  else if (ok)
    {
      kel_loader_end_block (l, node);
      if (l->preface_depth > 0 && l->annex_depth == 0 && l->first_preface_block == 0)
        l->first_preface_block = l->doc->blocks->len;
    }
  l->klass = saved;

  /* the authorial notes of the line, each as lines of its own */
  notes = g_steal_pointer (&l->notes);
  l->notes = saved_notes;
  for (guint i = 0; ok && i < notes->len; i++)
    {
      xmlNode *note = g_ptr_array_index (notes, i);

      l->klass = "authorialNote";
      if (has_direct_text (note))
        ok = emit_block (l, note, KEL_BLOCK_PARAGRAPH, node, error);
      else
        ok = kel_loader_walk_container (l, note, node, error);
      l->klass = saved;
    }
  g_ptr_array_unref (notes);
  return ok;
}

gboolean
kel_loader_is_block_element (xmlNode *el)
{
  static const char *blocks[] = { "p", "tblock", "block", "ul", "ol" };
  const char *name = (const char *) el->name;

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (g_str_equal (name, blocks[i]))
      return TRUE;
  return FALSE;
}

/* A block element that holds lines, not text: a <tblock> with its num,
 * heading and paragraphs (the sections of an explanatory memorandum) is
 * read as a part, each paragraph a line of its own, not as one line. */
static gboolean
holds_lines (xmlNode *el)
{
  if (has_direct_text (el))
    return FALSE;
  for (xmlNode *c = kel_xml_first_child (el); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, NULL)
        && (kel_loader_is_block_element (c) || kel_xml_is (c, AKN_NS, "table")
            || kel_xml_is (c, AKN_NS, "blockList") || kel_xml_is (c, AKN_NS, "list")))
      return TRUE;
  return FALSE;
}

/* In the act's preface, a line is a title line when it names the
 * document (docTitle, docType, docNumber, shortTitle) or is part of the
 * long title; the preface's other lines (dates, chapters, remarks) are
 * ordinary lines. */
static KelBlockKind
block_kind_in_preface (Loader  *l,
                       xmlNode *p)
{
  static const char *naming[] = { "docTitle", "docType", "docNumber", "shortTitle", "docStage" };
  KelBlockKind kind = block_kind_for_context (l);

  if (kind != KEL_BLOCK_TITLE || l->title_depth > 0 || l->annex_depth > 0)
    return kind;
  for (xmlNode *c = kel_xml_first_child (p); c; c = kel_xml_next (c))
    for (guint i = 0; i < G_N_ELEMENTS (naming); i++)
      if (g_str_equal ((const char *) c->name, naming[i]))
        return kind;
  return KEL_BLOCK_PARAGRAPH;
}

/* An element that holds text itself, read as one line: a crossHeading or
 * subheading is a heading, a list's introduction and wrap-up stand at the
 * list's own level, a documentRef shows what it names, a tocItem is one
 * line of a table of contents ("1 Direction to offer …"). */
static gboolean
text_container (Loader         *l,
                xmlNode        *el,
                KelNode        *node,
                const KelNode  *owner,
                GError        **error)
{
  const char *name = (const char *) el->name;
  KelBlockKind kind = block_kind_in_preface (l, el);
  KelNode *own = NULL;
  gboolean ok;

  if (g_str_equal (name, "crossHeading") || g_str_equal (name, "subheading")
      || g_str_equal (name, "heading"))
    kind = KEL_BLOCK_HEADING;
  else if ((g_str_equal (name, "listIntroduction") || g_str_equal (name, "listWrapUp")
            || g_str_equal (name, "intro") || g_str_equal (name, "wrapUp"))
           && l->list_level > 0)
    kind = l->list_level > 1 ? KEL_BLOCK_POINT : KEL_BLOCK_PARAGRAPH;
  if (owner == NULL)
    {
      g_autofree char *eid = kel_loader_generate_eid (l, name, NULL);

      own = kel_loader_new_node (l, el, eid, NULL, error);
      if (own == NULL)
        return FALSE;
      owner = own;
    }

  if (g_str_equal (name, "documentRef"))
    {
      g_autofree char *show = kel_xml_get_attr (el, "showAs");
      g_autofree char *href = kel_xml_get_attr (el, "href");

      if (!kel_loader_check_refs (l, el, error))
        return FALSE;
      if (show == NULL && href == NULL)
        ok = TRUE;
      else
        {
          kel_loader_begin_block (l, KEL_BLOCK_PARAGRAPH);
          kel_loader_append_text (l, show ? show : href);
          if (show != NULL && href != NULL)
            {
              kel_loader_append_text (l, " (");
              kel_loader_append_text (l, href);
              kel_loader_append_text (l, ")");
            }
          kel_loader_end_block (l, owner);
          ok = TRUE;
        }
    }
  else
    ok = emit_block (l, el, kind, owner, error);
  if (ok && node != NULL && node->heading == NULL && kind == KEL_BLOCK_HEADING)
    {
      g_autofree char *text = kel_xml_get_text (el);
      node->heading = kel_document_intern (l->doc, text);
    }
  if (own != NULL)
    kel_loader_finish_node (l->doc, own);
  return ok;
}

/* Walks @el, a part of the act, and what it holds: its num and heading,
 * its lines (blocks) and its sub-parts, each with its node. */
gboolean
kel_loader_walk_container (Loader         *l,
                           xmlNode        *el,
                           const KelNode  *parent,
                           GError        **error)
{
  KelDocument *self = l->doc;
  g_autofree char *eid = kel_loader_element_eid (l, el);
  g_autofree char *klass = kel_xml_get_attr (el, "class");
  const char *name = (const char *) el->name;
  KelNode *node = NULL;
  const KelNode *owner;
  xmlNode *num_el = NULL, *heading_el = NULL;
  const char *saved_klass = l->klass;
  gboolean is_list = g_str_equal (name, "list") || g_str_equal (name, "blockList");
  gboolean is_annex = g_str_equal (name, "attachment") || g_str_equal (name, "component");
  gboolean is_title = g_str_equal (name, "longTitle");
  /* a cover page names the document as a preface does */
  gboolean is_preface = g_str_equal (name, "preface") || g_str_equal (name, "coverPage");
  gboolean is_signature = g_strcmp0 (klass, "signature") == 0;
  gboolean ok = TRUE;

  if (g_str_equal (name, "meta"))
    return TRUE;
  if (!kel_loader_check_refs (l, el, error))
    return FALSE;

  if (eid == NULL && kel_akn_is_citable (name))
    eid = kel_loader_generate_eid (l, kel_akn_eid_prefix (name), parent);
  else if (eid == NULL && parent == NULL
           && (g_str_equal (name, "preamble") || g_str_equal (name, "conclusions")
               || g_str_equal (name, "header") || g_str_equal (name, "coverPage")))
    eid = kel_loader_generate_eid (l, name, NULL);   /* a top-level part a reader goes to */
  else if (kel_akn_is_citable (name))
    kel_loader_count_part (l, kel_akn_eid_prefix (name), parent);
  if (eid != NULL)
    {
      node = kel_loader_new_node (l, el, eid, parent, error);
      if (node == NULL)
        return FALSE;
    }
  owner = node ? node : parent;

  if (!kel_akn_is_known (name))
    kel_loader_count_unknown (l, name);
  if (has_direct_text (el) || g_str_equal (name, "documentRef") || g_str_equal (name, "tocItem"))
    {
      ok = text_container (l, el, node, owner, error);
      if (node != NULL)
        kel_loader_finish_node (self, node);
      return ok;
    }

  if (klass != NULL)
    l->klass = kel_document_intern (self, klass);
  if (is_list)
    l->list_level++;
  if (is_annex)
    l->annex_depth++;
  if (is_title)
    l->title_depth++;
  if (is_preface)
    l->preface_depth++;
  if (is_signature)
    l->signature_depth++;

  for (xmlNode *c = kel_xml_first_child (el); c; c = kel_xml_next (c))
    {
      if (kel_xml_is (c, AKN_NS, "num") && num_el == NULL)
        num_el = c;
      else if (kel_xml_is (c, AKN_NS, "heading") && heading_el == NULL)
        heading_el = c;
    }

  if (node != NULL)
    {
      if (num_el != NULL)
        {
          g_autofree char *num = kel_xml_get_text (num_el);
          node->num = kel_document_intern (self, num);
        }
      if (heading_el != NULL)
        {
          g_autofree char *heading = kel_xml_get_text (heading_el);
          node->heading = kel_document_intern (self, heading);
        }
    }

  if (num_el != NULL && heading_el != NULL && g_str_equal (name, "article"))
    {
      /* "1-бап" on a line of its own, then the heading */
      g_autofree char *num = kel_xml_get_text (num_el);
      kel_loader_begin_block (l, KEL_BLOCK_NUM);
      kel_loader_append_text (l, num);
      kel_loader_end_block (l, owner);
      num_el = NULL;
    }
  else if (num_el != NULL)
    {
      g_autofree char *num = kel_xml_get_text (num_el);
      g_autofree char *both = NULL;

      /* a part's num not yet shown ("2.") goes before its first child's ("(1)") */
      if (l->pending_num != NULL)
        both = g_strconcat (l->pending_num, " ", num, NULL);
      l->pending_num = kel_document_intern (self, both ? both : num);
    }

  for (xmlNode *c = kel_xml_first_child (el); ok && c; c = kel_xml_next (c))
    {
      if (!kel_xml_is (c, AKN_NS, NULL))
        continue;
      if (c == num_el)
        continue;
      if (kel_xml_is (c, AKN_NS, "num"))
        continue;
      if (c == heading_el)
        {
          g_autofree char *heid = kel_loader_element_eid (l, c);
          KelNode *hnode = NULL;

          if (heid == NULL && owner == NULL)
            heid = kel_loader_generate_eid (l, (const char *) c->name, NULL);
          if (heid != NULL)
            {
              hnode = kel_loader_new_node (l, c, heid, owner, error);
              if (hnode == NULL)
                {
                  ok = FALSE;
                  break;
                }
              hnode->heading = node ? node->heading : NULL;
            }
          ok = emit_block (l, c, KEL_BLOCK_HEADING, hnode ? hnode : owner, error);
          if (hnode != NULL)
            kel_loader_finish_node (self, hnode);
          continue;
        }
      if (kel_loader_is_block_element (c) && !holds_lines (c))
        {
          g_autofree char *peid = kel_loader_element_eid (l, c);
          KelNode *pnode = NULL;

          /* every line belongs to a part: one outside any gets its own */
          if (peid == NULL && owner == NULL)
            peid = kel_loader_generate_eid (l, (const char *) c->name, NULL);
          if (peid != NULL)
            {
              pnode = kel_loader_new_node (l, c, peid, owner, error);
              if (pnode == NULL)
                {
                  ok = FALSE;
                  break;
                }
            }
          ok = emit_block (l, c, block_kind_in_preface (l, c), pnode ? pnode : owner, error);
          if (pnode != NULL)
            kel_loader_finish_node (self, pnode);
          continue;
        }
      ok = kel_loader_walk_container (l, c, owner, error);
    }
  l->pending_num = NULL;

  if (is_list)
    l->list_level--;
  if (is_annex)
    l->annex_depth--;
  if (is_title)
    l->title_depth--;
  if (is_preface)
    l->preface_depth--;
  if (is_signature)
    l->signature_depth--;
  l->klass = saved_klass;

  if (node != NULL)
    kel_loader_finish_node (self, node);
  return ok;
}
