/* kel-contents.c — the parts a reader finds in the contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contents list the document's own hierarchy, nested: books, parts,
 * chapters, sections, articles and the like with their num and heading,
 * the preamble and the conclusions, annexes and components, the sections
 * of a debate and the parts of a judgment.  Paragraphs, points and the
 * entries of the agreement's annexes are not listed: they are what a part
 * is made of.  For documents others publish:
 *
 *  - a `level` is listed by its heading; one with only a num is a
 *    paragraph of its section (a bill's "(a)"), one with neither a block
 *    of text;
 *  - a court's heading paragraphs (class "ParaHeading1", "ParaSubHeading1"
 *    …) are listed by their num and words, nested by rank; the numbered
 *    paragraphs are not;
 *  - a debate section is listed by its heading; one without, only at the
 *    top of the debate, by its kind ("Debate section", "Prayers");
 *  - a heading that is a lead-in ("Section 94(8) provides:") is no title;
 *  - a part without num or heading is named by its kind in plain words
 *    ("Preamble", "Header", "Decision"), never by its first sentence; only
 *    an annex or a component takes its first line, cut short.
 */
#include "kel-contents.h"

#include <string.h>

/* Parts that are listed with or without a num or heading: the large
 * divisions of an act and the parts of a judgment. */
static const char *structural[] = {
  "book", "tome", "part", "subpart", "title", "subtitle", "chapter",
  "subchapter", "division", "subdivision", "section", "article", "rule",
  "transitional", "introduction", "background", "arguments", "remedies",
  "motivation", "decision", "crossHeading",
};

/* The sections of a debate: listed by their heading; one without a heading
 * only at the top of the debate, by its kind ("Prayers"), for what it holds
 * is speech, never a title. */
static const char *debate_parts[] = {
  "debateSection", "administrationOfOath", "rollCall", "prayers",
  "oralStatements", "writtenStatements", "personalStatements",
  "ministerialStatements", "resolutions", "nationalInterest",
  "declarationOfVote", "communication", "petitions", "papers",
  "noticesOfMotion", "questions", "address", "proceduralMotions",
  "pointOfOrder", "adjournment",
};

/* What a part is called when it has no num or heading of its own: its
 * kind in plain words. */
static const struct
{
  const char *element;
  const char *name;
} kind_names[] = {
  { "preamble", "Preamble" }, { "conclusions", "Conclusions" },
  { "header", "Header" }, { "introduction", "Introduction" },
  { "background", "Background" }, { "arguments", "Arguments" },
  { "remedies", "Remedies" }, { "motivation", "Motivation" },
  { "decision", "Decision" }, { "debateSection", "Debate section" },
  { "administrationOfOath", "Administration of oath" },
  { "rollCall", "Roll call" }, { "prayers", "Prayers" },
  { "oralStatements", "Oral statements" },
  { "writtenStatements", "Written statements" },
  { "personalStatements", "Personal statements" },
  { "ministerialStatements", "Ministerial statements" },
  { "resolutions", "Resolutions" }, { "nationalInterest", "National interest" },
  { "declarationOfVote", "Declaration of vote" },
  { "communication", "Communication" }, { "petitions", "Petitions" },
  { "papers", "Papers" }, { "noticesOfMotion", "Notices of motion" },
  { "questions", "Questions" }, { "address", "Address" },
  { "proceduralMotions", "Procedural motions" },
  { "pointOfOrder", "Point of order" }, { "adjournment", "Adjournment" },
  { "book", "Book" }, { "tome", "Tome" }, { "part", "Part" },
  { "subpart", "Subpart" }, { "title", "Title" }, { "subtitle", "Subtitle" },
  { "chapter", "Chapter" }, { "subchapter", "Subchapter" },
  { "division", "Division" }, { "subdivision", "Subdivision" },
  { "section", "Section" }, { "article", "Article" }, { "rule", "Rule" },
  { "transitional", "Transitional provisions" },
};

static gboolean
in_list (const char  *element,
         const char **list,
         guint        n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (element, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_debate_part (const char *element)
{
  return in_list (element, debate_parts, G_N_ELEMENTS (debate_parts));
}

static const char *
kind_name (const char *element)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (element, kind_names[i].element))
      return kind_names[i].name;
  return NULL;
}

/* The preamble in the words the app has for it in the document's
 * language, the agreement's three; else @fallback */
static const char *
preamble_name (const char *language,
               const char *fallback)
{
  static const struct
  {
    const char *codes[3];
    const char *name;
  } names[] = {
    { { "kaz", "kk", NULL }, "Кіріспе" },
    { { "rus", "ru", NULL }, "Преамбула" },
    { { "zho", "chi", "zh" }, "序言" },
  };

  for (guint i = 0; language != NULL && i < G_N_ELEMENTS (names); i++)
    for (guint k = 0; k < G_N_ELEMENTS (names[i].codes) && names[i].codes[k]; k++)
      if (g_ascii_strcasecmp (language, names[i].codes[k]) == 0)
        return names[i].name;
  return fallback;
}

/* A heading that ends in a colon and is longer than a name ("Lord Justice
 * Dingemans:") introduces what follows ("Section 94(8) provides:"): a
 * judgment's publisher marks such lead-ins as headings, but they are no
 * title for the contents. */
static gboolean
is_lead_in (const char *heading)
{
  gsize len = strlen (heading);
  guint words = 1;

  while (len > 0 && g_ascii_isspace (heading[len - 1]))
    len--;
  if (len == 0 || heading[len - 1] != ':')
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (heading[i]))
        return TRUE;
      if (heading[i] == ' ' && i + 1 < len && heading[i + 1] != ' ')
        words++;
    }
  return words > 4;
}

/* The node's heading as a title, or %NULL: one with a letter or a figure
 * in it, not a lead-in */
static const char *
own_heading (const KelNode *node)
{
  const char *p;

  if (node->heading == NULL || is_lead_in (node->heading))
    return NULL;
  for (p = node->heading; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return node->heading;
  return NULL;
}

/* A numbered paragraph that is only a heading, as a court's publisher
 * marks them ("1. Introduction", class "ParaHeading1"; "(1) The legal
 * framework", "ParaSubHeading1"): its rank among such headings, from 0,
 * or -1 for any other node. */
static int
heading_paragraph_rank (KelDocument   *self,
                        const KelNode *node)
{
  const KelBlock *block;
  const char *h, *digit;
  int rank = 0;

  if (node->kind != KEL_NODE_PARAGRAPH || node->heading != NULL || node->n_blocks != 1)
    return -1;
  block = kel_document_get_block (self, node->first_block);
  if (block->klass == NULL || block->node != node || (h = strstr (block->klass, "Heading")) == NULL)
    return -1;
  if (strstr (block->klass, "Sub") != NULL)
    rank++;
  digit = h + strlen ("Heading");
  if (g_ascii_isdigit (*digit) && *digit > '1')
    rank += MIN (*digit - '1', 3);
  return rank;
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
    case KEL_NODE_PARAGRAPH:
      return heading_paragraph_rank (self, node) >= 0;
    case KEL_NODE_DEFINITION:
    case KEL_NODE_THREAT:
    case KEL_NODE_THREAT_SOURCE:
    case KEL_NODE_THREAT_SIGNS:
    case KEL_NODE_HEADING:
    case KEL_NODE_TITLE:
    case KEL_NODE_LIST:
    case KEL_NODE_POINT:
    case KEL_NODE_RECITAL:
    case KEL_NODE_FORMULA:
    case KEL_NODE_SIGNATURE:
      return FALSE;
    case KEL_NODE_OTHER:
    default:
      if (g_str_equal (node->element, "hcontainer"))
        return node->num != NULL || own_heading (node) != NULL;
      /* a level is listed by its heading: one with only a num is a
       * paragraph of its section ("(a)"), one with neither is a block
       * of text (a judge's name line) */
      if (g_str_equal (node->element, "level"))
        return own_heading (node) != NULL;
      if (g_str_equal (node->element, "header"))
        return node->parent == NULL;
      if (is_debate_part (node->element))
        {
          if (own_heading (node) != NULL || node->num != NULL)
            return TRUE;
          for (const KelNode *up = node->parent; up != NULL; up = up->parent)
            if (is_debate_part (up->element))
              return FALSE;
          return TRUE;
        }
      return in_list (node->element, structural, G_N_ELEMENTS (structural));
    }
}

/**
 * kel_document_get_contents_entry_at:
 * @node: a node the reader is at
 *
 * The entry of the contents the reader is in at @node: the listed part
 * that holds it, or, after a court's heading paragraph in that part, the
 * last such heading before @node ("(2) The legal framework", which holds
 * none of the paragraphs under it in the file).
 *
 * Returns: (nullable): the entry, or %NULL when @node is outside any
 */
const KelNode *
kel_document_get_contents_entry_at (KelDocument   *self,
                                    const KelNode *node)
{
  const KelNode *holder;
  guint stop;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);
  for (holder = node; holder != NULL; holder = holder->parent)
    if (kel_document_is_contents_entry (self, holder))
      break;
  if (holder == node)
    return node;
  /* back through the nodes between the holder and @node, at most so many */
  stop = holder != NULL ? holder->index + 1 : 0;
  if (node->index > stop + 10000)
    stop = node->index - 10000;
  for (guint i = node->index; i > stop; i--)
    {
      const KelNode *before = kel_document_get_node (self, i - 1);
      const KelNode *up;

      if (heading_paragraph_rank (self, before) < 0)
        continue;
      for (up = before->parent; up != NULL; up = up->parent)
        if (kel_document_is_contents_entry (self, up))
          break;
      if (up == holder)
        return before;
    }
  return holder;
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
      int rank;

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
      rank = heading_paragraph_rank (self, node);
      if (rank > 0)
        entry.level += rank;
      /* a tree: never deeper than one below the entry before */
      if (entries->len == 0)
        entry.level = 0;
      else
        entry.level = MIN (entry.level, g_array_index (entries, KelContentsEntry, entries->len - 1).level + 1);
      g_hash_table_insert (levels, (gpointer) node, GUINT_TO_POINTER (entry.level));
      g_array_append_val (entries, entry);
    }
  return entries;
}

/* @text, cut at a word before @max characters */
static char *
cut_at (char  *text,
        glong  max)
{
  if (g_utf8_strlen (text, -1) > max)
    {
      char *cut = g_utf8_offset_to_pointer (text, max);
      char *space;
      char *shorter;

      *cut = '\0';
      space = strrchr (text, ' ');
      if (space != NULL && space > text)
        *space = '\0';
      shorter = g_strconcat (text, "…", NULL);
      g_free (text);
      return shorter;
    }
  return text;
}

/* A line of text standing for a part: its first words */
static char *
cut_short (char *text)
{
  return cut_at (text, 80);
}

/* A title the document gives: whole, unless it is a passage marked as a
 * heading */
static char *
cut_long (char *text)
{
  return cut_at (text, 160);
}

/* @heading without the colon a judge's name line ends with */
static char *
heading_title (const char *heading)
{
  char *title = g_strstrip (g_strdup (heading));
  gsize len = strlen (title);

  if (len > 1 && title[len - 1] == ':')
    title[len - 1] = '\0';
  return g_strchomp (title);
}

/**
 * kel_document_get_contents_title:
 * @node: a listed part
 *
 * Returns: (transfer full) (nullable): what the document itself calls
 *   @node: its num and heading ("Part 2 — Definitions"); without either,
 *   a heading paragraph's text, else the part's kind in plain words
 *   ("Decision", "Prayers"); an annex or component without them, its
 *   first line (at most 80 characters), else %NULL
 */
char *
kel_document_get_contents_title (KelDocument   *self,
                                 const KelNode *node)
{
  const char *heading;
  const char *kind;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);
  heading = own_heading (node);
  if (node->num != NULL && heading != NULL)
    {
      g_autofree char *title = heading_title (heading);

      return cut_long (g_strdup_printf ("%s %s", node->num, title));
    }
  if (heading != NULL)
    return cut_long (heading_title (heading));
  if (heading_paragraph_rank (self, node) >= 0)
    return cut_short (kel_document_get_block_text (self, kel_document_get_block (self, node->first_block)));
  if (node->num != NULL)
    return cut_long (g_strdup (node->num));
  kind = kind_name (node->element);
  if (kind != NULL && node->kind == KEL_NODE_PREAMBLE)
    kind = preamble_name (kel_document_get_language (self), kind);
  if (kind != NULL)
    return g_strdup (kind);
  if (node->n_blocks > 0)
    {
      /* an annex or a component: its label and title ("2013/0305 (COD)
       * Proposal for a Regulation …") when it opens with them, else its
       * first line ("Schedule"), cut at a word */
      const KelBlock *first = kel_document_get_block (self, node->first_block);
      g_autofree char *line = kel_document_get_block_text (self, first);

      for (guint i = 0; i < MIN (node->n_blocks, 3); i++)
        {
          const KelBlock *block = kel_document_get_block (self, node->first_block + i);

          if (block->kind == KEL_BLOCK_TITLE || block->kind == KEL_BLOCK_ANNEX_TITLE)
            {
              g_autofree char *title = kel_document_get_block_text (self, block);

              if (i > 0 && first->kind == KEL_BLOCK_LABEL)
                return cut_short (g_strdup_printf ("%s %s", line, title));
              return cut_short (g_steal_pointer (&title));
            }
        }
      return cut_short (g_steal_pointer (&line));
    }
  return NULL;
}
