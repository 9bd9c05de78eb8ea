/* kel-contents.c — the parts a reader finds in the contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contents list the document's own hierarchy, nested: books, parts,
 * chapters, sections, articles and the like with their num and heading,
 * the preamble and the conclusions, annexes and components, the sections
 * of a debate and the parts of a judgment.  Paragraphs, points and the
 * entries of the agreement's annexes are not listed: they are what a part
 * is made of.
 */
#include "kel-contents.h"

#include <string.h>

static const char *structural[] = {
  "book", "tome", "part", "subpart", "title", "subtitle", "chapter",
  "subchapter", "division", "subdivision", "section", "article", "rule",
  "level", "transitional", "debateSection", "introduction", "background",
  "arguments", "remedies", "motivation", "decision", "crossHeading",
  "hcontainer",
};

static gboolean
is_structural (const char *element)
{
  for (guint i = 0; i < G_N_ELEMENTS (structural); i++)
    if (g_str_equal (element, structural[i]))
      return TRUE;
  return FALSE;
}

/**
 * kel_document_is_contents_entry:
 * @node: a node
 *
 * Returns: %TRUE when the contents list @node
 */
gboolean
kel_document_is_contents_entry (KelDocument   *self,
                                const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (node != NULL, FALSE);

  if (node->n_blocks == 0)
    return FALSE;
  switch (node->kind)
    {
    case KEL_NODE_PREAMBLE:
    case KEL_NODE_CONCLUSIONS:
      return node->parent == NULL;
    case KEL_NODE_ANNEX:
    case KEL_NODE_ARTICLE:
      return TRUE;
    case KEL_NODE_COMPONENT:
      {
        /* a component that opens with its own title (an embedded document);
         * of the others, the first (the agreement's certified copy) */
        const KelBlock *first = kel_document_get_block (self, node->first_block);
        return node->ordinal == 1 || first->kind != KEL_BLOCK_PARAGRAPH;
      }
    case KEL_NODE_DEFINITION:
    case KEL_NODE_THREAT:
    case KEL_NODE_THREAT_SOURCE:
    case KEL_NODE_THREAT_SIGNS:
    case KEL_NODE_HEADING:
    case KEL_NODE_TITLE:
    case KEL_NODE_PARAGRAPH:
    case KEL_NODE_LIST:
    case KEL_NODE_POINT:
    case KEL_NODE_RECITAL:
    case KEL_NODE_FORMULA:
    case KEL_NODE_SIGNATURE:
      return FALSE;
    case KEL_NODE_OTHER:
    default:
      if (g_str_equal (node->element, "hcontainer"))
        return node->num != NULL || node->heading != NULL;
      return is_structural (node->element);
    }
}

/**
 * kel_document_get_contents:
 *
 * Returns: (transfer full) (element-type KelContentsEntry): the listed
 *   parts, in document order, each with its nesting level
 */
GArray *
kel_document_get_contents (KelDocument *self)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (KelContentsEntry));
  g_autoptr(GHashTable) levels = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), entries);
  for (guint i = 0; i < kel_document_get_n_nodes (self); i++)
    {
      const KelNode *node = kel_document_get_node (self, i);
      KelContentsEntry entry = { node, 0 };

      if (!kel_document_is_contents_entry (self, node))
        continue;
      for (const KelNode *up = node->parent; up != NULL; up = up->parent)
        {
          gpointer level;

          if (g_hash_table_lookup_extended (levels, up, NULL, &level))
            {
              entry.level = GPOINTER_TO_UINT (level) + 1;
              break;
            }
        }
      g_hash_table_insert (levels, (gpointer) node, GUINT_TO_POINTER (entry.level));
      g_array_append_val (entries, entry);
    }
  return entries;
}

/**
 * kel_document_get_contents_title:
 * @node: a listed part
 *
 * Returns: (transfer full) (nullable): what the document itself calls
 *   @node: its num and heading ("Part 2 — Definitions"), else %NULL
 */
char *
kel_document_get_contents_title (KelDocument   *self,
                                 const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (node->num != NULL && node->heading != NULL)
    return g_strdup_printf ("%s %s", node->num, node->heading);
  if (node->num != NULL)
    return g_strdup (node->num);
  if (node->heading != NULL)
    return g_strdup (node->heading);
  if (node->n_blocks > 0)
    {
      /* an annex or a component: its first line ("Schedule"), cut at a word */
      g_autofree char *first = kel_document_get_block_text (self, kel_document_get_block (self, node->first_block));

      if (g_utf8_strlen (first, -1) > 80)
        {
          char *cut = g_utf8_offset_to_pointer (first, 80);
          char *space;

          *cut = '\0';
          space = strrchr (first, ' ');
          if (space != NULL)
            *space = '\0';
          return g_strconcat (first, "…", NULL);
        }
      return g_steal_pointer (&first);
    }
  return NULL;
}
