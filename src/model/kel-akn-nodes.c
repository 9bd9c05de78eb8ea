/* kel-akn-nodes.c — the parts of an Akoma Ntoso act: eIds and nodes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every element with an eId becomes a KelNode; a citable part the file
 * gives no eId gets one made after the naming convention, and a repeated
 * eId is renamed.  References are noted here and checked after the walk.
 */
#include <string.h>

#include "kel-akn-loader-private.h"

/* The eId of @el: its `eId`, or in Akoma Ntoso 2.0 its `id`. */
char *
kel_loader_element_eid (Loader  *l,
                        xmlNode *el)
{
  char *eid = kel_xml_get_attr (el, "eId");

  if (eid == NULL && l->id_is_eid)
    eid = kel_xml_get_attr (el, "id");
  if (eid != NULL && *eid == '\0')
    g_clear_pointer (&eid, g_free);
  return eid;
}

void
kel_loader_collect_eids (Loader  *l,
                         xmlNode *el)
{
  for (xmlNode *c = el; c; c = c->next)
    {
      g_autofree char *eid = NULL;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      eid = kel_loader_element_eid (l, c);
      if (eid != NULL)
        g_hash_table_add (l->explicit_eids, g_steal_pointer (&eid));
      kel_loader_collect_eids (l, c->children);
    }
}

/* Counts the parts of one kind under one parent, with or without an eId. */
guint
kel_loader_count_part (Loader        *l,
                       const char    *prefix,
                       const KelNode *parent)
{
  g_autofree char *key = g_strconcat (parent ? parent->eid : "", "\037", prefix, NULL);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (l->generated, key)) + 1;

  g_hash_table_insert (l->generated, g_steal_pointer (&key), GUINT_TO_POINTER (n));
  return n;
}

/* An eId for a part the file gives none: the parent's eId, "__", the
 * element's short name as the Akoma Ntoso naming convention has it ("sec",
 * "para", "item") and its position among the parent's parts of that kind,
 * counted from 1 with or without eIds: "chp_2__sec_3".  A name the file
 * already uses gets "_2", "_3", … after it.  The same file always gives
 * the same eIds. */
char *
kel_loader_generate_eid (Loader        *l,
                         const char    *prefix,
                         const KelNode *parent)
{
  guint n = kel_loader_count_part (l, prefix, parent);
  char *eid;

  if (parent != NULL)
    eid = g_strdup_printf ("%s__%s_%u", parent->eid, prefix, n);
  else
    eid = g_strdup_printf ("%s_%u", prefix, n);
  for (guint k = 2; g_hash_table_contains (l->explicit_eids, eid)
                    || g_hash_table_contains (l->doc->nodes_by_eid, eid); k++)
    {
      g_autofree char *base = eid;
      char *tail = strrchr (base, '_');

      /* drop a suffix added by this loop before adding the next */
      if (k > 2 && tail != NULL)
        *tail = '\0';
      eid = g_strdup_printf ("%s_%u", base, k);
    }
  return eid;
}

gboolean
kel_loader_check_refs (Loader   *l,
                       xmlNode  *el,
                       GError  **error)
{
  static const char *attrs[] = { "refersTo", "as", "href" };

  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      g_autofree char *value = kel_xml_get_attr (el, attrs[i]);
      g_auto(GStrv) ids = NULL;

      if (value == NULL)
        continue;
      if (i == 2 && value[0] != '#')
        continue;     /* an external link: not Kelisim's to resolve */
      ids = g_strsplit_set (value, " \t\n", -1);
      for (guint k = 0; ids[k]; k++)
        {
          PendingRef ref;

          if (ids[k][0] == '\0')
            continue;
          /* "#id" is the standard's form; "id" alone is read the same; a
           * path or URI ("/ontology/…") is not Kelisim's to resolve */
          if (ids[k][0] != '#' && strchr (ids[k], '/') != NULL)
            continue;
          if (ids[k][0] == '#' && ids[k][1] == '\0')
            continue;
          ref.target = g_strdup (ids[k][0] == '#' ? ids[k] + 1 : ids[k]);
          ref.line = kel_xml_line (el);
          ref.attr = g_strdup (attrs[i]);
          g_array_append_val (l->pending, ref);
        }
    }
  return TRUE;
}

static KelNodeKind
node_kind_for (xmlNode *el)
{
  const char *name = (const char *) el->name;
  g_autofree char *hname = NULL;
  g_autofree char *klass = NULL;

  if (g_str_equal (name, "longTitle"))
    return KEL_NODE_TITLE;
  if (g_str_equal (name, "preamble"))
    return KEL_NODE_PREAMBLE;
  if (g_str_equal (name, "recital") || (g_str_equal (name, "intro") && el->parent
                                         && kel_xml_is (el->parent, AKN_NS, "recitals")))
    return KEL_NODE_RECITAL;
  if (g_str_equal (name, "formula"))
    return KEL_NODE_FORMULA;
  if (g_str_equal (name, "article"))
    return KEL_NODE_ARTICLE;
  if (g_str_equal (name, "paragraph") || g_str_equal (name, "subparagraph"))
    return KEL_NODE_PARAGRAPH;
  if (g_str_equal (name, "list"))
    return KEL_NODE_LIST;
  if (g_str_equal (name, "point") || g_str_equal (name, "item"))
    return KEL_NODE_POINT;
  if (g_str_equal (name, "conclusions"))
    return KEL_NODE_CONCLUSIONS;
  if (g_str_equal (name, "attachment"))
    return KEL_NODE_ANNEX;
  if (g_str_equal (name, "component"))
    return KEL_NODE_COMPONENT;
  if (g_str_equal (name, "heading"))
    return KEL_NODE_HEADING;
  klass = kel_xml_get_attr (el, "class");
  if (g_strcmp0 (klass, "signature") == 0)
    return KEL_NODE_SIGNATURE;
  if (g_str_equal (name, "hcontainer"))
    {
      hname = kel_xml_get_attr (el, "name");
      if (g_strcmp0 (hname, "definition") == 0)
        return KEL_NODE_DEFINITION;
      if (g_strcmp0 (hname, "threat") == 0)
        return KEL_NODE_THREAT;
      if (g_strcmp0 (hname, "source") == 0)
        return KEL_NODE_THREAT_SOURCE;
      if (g_strcmp0 (hname, "signs") == 0)
        return KEL_NODE_THREAT_SIGNS;
    }
  return KEL_NODE_OTHER;
}

/* An eId that a reference can name: "#" + eId, one whitespace-free token.
 * One that starts with '#' would be found under another eId by
 * kel_document_lookup_node(), which takes "#id" and "id" alike. */
gboolean
kel_loader_check_eid (Loader      *l,
                      xmlNode     *el,
                      const char  *eid,
                      GError     **error)
{
  gboolean space = FALSE;

  for (const char *p = eid; *p && !space; p = g_utf8_next_char (p))
    space = kel_utf8_isspace (p);
  if (eid[0] != '#' && !space)
    return TRUE;
  g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
               _("%s:%d: the eId “%s” cannot be referred to: an eId may not start with “#” or hold spaces"),
               l->name, kel_xml_line (el), eid);
  return FALSE;
}

KelNode *
kel_loader_new_node (Loader        *l,
                     xmlNode       *el,
                     const char    *eid,
                     const KelNode *parent,
                     GError       **error)
{
  KelDocument *self = l->doc;
  KelNode *node;
  g_autofree char *refers = kel_xml_get_attr (el, "refersTo");

  g_autofree char *renamed = NULL;

  if (!kel_loader_check_eid (l, el, eid, error))
    return NULL;
  if (g_hash_table_contains (self->nodes_by_eid, eid) || g_hash_table_contains (l->references, eid))
    {
      /* published files do repeat an eId: links go to the first, and the
       * others get one of their own ("sec_2_2") */
      for (guint k = 2; renamed == NULL || g_hash_table_contains (l->explicit_eids, renamed)
                        || g_hash_table_contains (self->nodes_by_eid, renamed); k++)
        {
          g_free (renamed);
          renamed = g_strdup_printf ("%s_%u", eid, k);
        }
      if (l->n_renamed++ == 0)
        l->first_renamed = g_strdup_printf ("“%s” (line %d)", eid, kel_xml_line (el));
      eid = renamed;
    }

  node = g_new0 (KelNode, 1);
  node->kind = node_kind_for (el);
  node->element = kel_document_intern (self, (const char *) el->name);
  node->eid = kel_document_intern (self, eid);
  node->parent = parent;
  node->index = self->nodes->len;
  node->depth = parent ? parent->depth + 1 : 0;
  node->start = self->n_chars + (self->n_chars > 0 ? 1 : 0);
  node->first_block = self->blocks->len;
  if (refers != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (refers, " ", 2);
      if (ids[0] && ids[0][0] == '#')
        node->refers_to = kel_document_intern (self, ids[0] + 1);
    }
  /* ordinal among siblings of the same kind */
  node->ordinal = 1;
  for (guint i = self->nodes->len; i > 0; i--)
    {
      const KelNode *other = g_ptr_array_index (self->nodes, i - 1);

      if (other == parent)
        break;
      if (other->parent == parent && other->kind == node->kind)
        {
          node->ordinal = other->ordinal + 1;
          break;
        }
    }
  g_ptr_array_add (self->nodes, node);
  g_hash_table_insert (self->nodes_by_eid, (char *) node->eid, node);
  return node;
}

void
kel_loader_finish_node (KelDocument *self,
                        KelNode     *node)
{
  node->n_blocks = self->blocks->len - node->first_block;
  if (node->n_blocks == 0)
    node->start = node->end = MIN (node->start, self->n_chars);
  else
    {
      const KelBlock *first = &g_array_index (self->blocks, KelBlock, node->first_block);
      const KelBlock *last = &g_array_index (self->blocks, KelBlock, self->blocks->len - 1);
      node->start = first->start;
      node->end = last->end;
    }
}
