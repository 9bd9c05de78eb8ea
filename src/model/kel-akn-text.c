/* kel-akn-text.c — the reading text of an Akoma Ntoso act: lines and spans
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is appended with its white space collapsed, one block per line;
 * inline markup (terms, definitions, references, line breaks, authorial
 * notes) becomes spans.
 */
#include "kel-akn-loader-private.h"

/* -- building blocks ------------------------------------------------------ */

static void
append_char (Loader   *l,
             gunichar  c)
{
  KelDocument *self = l->doc;

  if (l->space_pending)
    {
      g_string_append_c (self->text, ' ');
      self->n_chars++;
      l->space_pending = FALSE;
    }
  g_string_append_unichar (self->text, c);
  self->n_chars++;
  l->last_was_space = c == ' ';
}

/* White space that collapses: not the no-break spaces U+00A0 and U+202F */
static gboolean
is_collapsed_space (const char *p)
{
  gunichar c;

  if (!kel_utf8_isspace (p))
    return FALSE;
  c = g_utf8_get_char (p);
  return c != 0x00A0 && c != 0x202F;
}

/* Appends @text with its runs of white space collapsed to one; a run of
 * other characters is copied as it is, not a character at a time. */
void
kel_loader_append_text (Loader     *l,
                        const char *text)
{
  const char *p = text;

  while (*p)
    {
      const char *run = p;
      guint n = 0;

      while (*p && !is_collapsed_space (p))
        {
          p = g_utf8_next_char (p);
          n++;
        }
      if (n > 0)
        {
          if (l->space_pending)
            {
              g_string_append_c (l->doc->text, ' ');
              l->doc->n_chars++;
              l->space_pending = FALSE;
            }
          g_string_append_len (l->doc->text, run, p - run);
          l->doc->n_chars += n;
          l->last_was_space = FALSE;
        }
      if (*p)
        {
          if (l->doc->n_chars > l->block_start && !l->last_was_space)
            l->space_pending = TRUE;
          p = g_utf8_next_char (p);
        }
    }
}

static guint
span_start (Loader *l)
{
  return l->doc->n_chars + (l->space_pending ? 1 : 0);
}

static guint
add_span (Loader      *l,
          KelSpanKind  kind,
          guint        start,
          guint        end,
          const char  *target)
{
  KelSpan span = { 0 };

  span.kind = kind;
  span.start = start;
  span.end = end;
  span.block = l->doc->blocks->len;
  span.target = kel_document_intern (l->doc, target);
  g_array_append_val (l->doc->spans, span);
  return l->doc->spans->len - 1;
}

void
kel_loader_begin_block (Loader       *l,
                        KelBlockKind  kind)
{
  KelDocument *self = l->doc;

  if (self->n_chars > 0 || self->blocks->len > 0)
    {
      g_string_append_c (self->text, '\n');
      self->n_chars++;
    }
  l->in_block = TRUE;
  l->space_pending = FALSE;
  l->last_was_space = FALSE;
  l->block_start = self->n_chars;
  /* within a block the text only grows, or loses its trailing spaces */
  l->block_start_byte = self->text->len;
  l->block_kind = kind;

  if (l->pending_num != NULL)
    {
      guint start = self->n_chars;

      kel_loader_append_text (l, l->pending_num);
      add_span (l, KEL_SPAN_NUM, start, self->n_chars, NULL);
      l->space_pending = TRUE;
      l->pending_num = NULL;
    }
}

void
kel_loader_end_block (Loader        *l,
                      const KelNode *node)
{
  KelDocument *self = l->doc;
  KelBlock block = { 0 };

  l->space_pending = FALSE;
  /* a trailing line break or space is not part of the block */
  while (self->n_chars > l->block_start && self->text->str[self->text->len - 1] == ' ')
    {
      g_string_truncate (self->text, self->text->len - 1);
      self->n_chars--;
    }
  for (guint i = self->spans->len; i > 0; i--)
    {
      KelSpan *span = &g_array_index (self->spans, KelSpan, i - 1);

      if (span->block != self->blocks->len)
        break;
      span->end = MIN (span->end, self->n_chars);
      span->start = MIN (span->start, span->end);
    }

  block.kind = l->block_kind;
  /* a long title that runs to a paragraph ("An Act to provide for …") is
   * read as one, not set in the title's large type */
  if (block.kind == KEL_BLOCK_TITLE && self->n_chars - l->block_start > 250)
    block.kind = KEL_BLOCK_PARAGRAPH;
  block.klass = l->klass;
  block.node = node;
  block.start = l->block_start;
  block.end = self->n_chars;
  block.level = l->list_level;
  g_array_append_val (self->blocks, block);
  g_array_append_val (l->block_bytes, l->block_start_byte);
  l->in_block = FALSE;
}

void
kel_loader_count_unknown (Loader     *l,
                          const char *name)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (l->unknown, name));

  if (n == 0)
    g_hash_table_insert (l->unknown, g_strdup (name), GUINT_TO_POINTER (1));
  else
    g_hash_table_insert (l->unknown, g_strdup (name), GUINT_TO_POINTER (n + 1));
}

/* The term a <term> or <def> names: its refersTo ("#id" or "id"), else
 * one made from its words, so that a definition and the uses written
 * the same way meet: "kel-term:public body". */
static char *
term_id (Loader  *l,
         xmlNode *el,
         guint    start)
{
  g_autofree char *refers = kel_xml_get_attr (el, "refersTo");
  g_autofree char *words = NULL;
  g_autofree char *lower = NULL;

  if (refers != NULL)
    {
      g_auto(GStrv) ids = g_strsplit_set (refers, " \t\n", -1);

      for (guint k = 0; ids[k]; k++)
        if (ids[k][0] != '\0' && !g_str_equal (ids[k], "#"))
          return g_strdup (ids[k]);
    }
  GString *id = g_string_new ("kel-term:");

  words = kel_document_get_range (l->doc, start, l->doc->n_chars);
  lower = g_utf8_strdown (words, -1);
  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ispunct (c) || g_unichar_isspace (c))
        {
          if (id->len > 9 && id->str[id->len - 1] != ' ')
            g_string_append_c (id, ' ');
        }
      else
        g_string_append_unichar (id, c);
    }
  if (id->len > 9 && id->str[id->len - 1] == ' ')
    g_string_truncate (id, id->len - 1);
  return g_string_free (id, FALSE);
}

/* Inside a quoted structure a new line may start at @el: the line has
 * text, and no element between the line's own element and @el marks a
 * span that the break would cut (a term, a reference). */
static gboolean
can_break_line (Loader  *l,
                xmlNode *el)
{
  if (l->block_el == NULL || l->doc->n_chars <= l->block_start)
    return FALSE;
  for (xmlNode *p = el->parent; p != NULL && p != l->block_el; p = p->parent)
    {
      const char *name = (const char *) p->name;

      if (p->type != XML_ELEMENT_NODE)
        return FALSE;
      if (g_str_equal (name, "term") || g_str_equal (name, "def") || g_str_equal (name, "ref")
          || g_str_equal (name, "inline"))
        return FALSE;
    }
  return TRUE;
}

/* Ends the line being built and starts another of the same kind, for the
 * same part. */
static void
break_line (Loader *l)
{
  KelBlockKind kind = l->block_kind;

  kel_loader_end_block (l, l->block_node);
  kel_loader_begin_block (l, kind);
  l->quoted_line_has_block = FALSE;
}

/* Whether @node holds a letter or digit, looking at no more than *budget
 * nodes (a hostile file of many empty quoted structures stays linear). */
static gboolean
has_words (xmlNode *node,
           guint   *budget)
{
  if (*budget == 0)
    return FALSE;
  (*budget)--;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      for (const char *p = (const char *) node->content; p && *p; p = g_utf8_next_char (p))
        if (g_unichar_isalnum (g_utf8_get_char (p)))
          return TRUE;
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  for (xmlNode *c = node->children; c != NULL && *budget > 0; c = c->next)
    if (has_words (c, budget))
      return TRUE;
  return FALSE;
}

/* Words follow @el in its line: the rest of an amending sentence after
 * the structure it quotes ("… and omit subsection (4)"). */
static gboolean
words_follow (Loader  *l,
              xmlNode *el)
{
  guint budget = 64;

  for (xmlNode *at = el; at != NULL && at != l->block_el && budget > 0; at = at->parent)
    for (xmlNode *n = at->next; n != NULL && budget > 0; n = n->next)
      if (has_words (n, &budget))
        return TRUE;
  return FALSE;
}

static gboolean
inline_element (Loader   *l,
                xmlNode  *el,
                GError  **error)
{
  const char *name = (const char *) el->name;
  guint start, before, index;
  g_autofree char *target = NULL;

  if (!kel_xml_is (el, AKN_NS, NULL))
    return kel_loader_walk_inline (l, el, error);   /* foreign markup: its text only */
  if (!kel_loader_check_refs (l, el, error))
    return FALSE;
  if (!kel_akn_is_known (name))
    kel_loader_count_unknown (l, name);

  if (g_str_equal (name, "eol") || g_str_equal (name, "br"))
    {
      if (l->doc->n_chars > l->block_start)
        {
          l->space_pending = FALSE;
          if (!l->last_was_space)
            append_char (l, ' ');
          add_span (l, KEL_SPAN_LINE_BREAK, l->doc->n_chars - 1, l->doc->n_chars, NULL);
        }
      return TRUE;
    }
  if (g_str_equal (name, "noteRef"))
    return TRUE;   /* the note itself is read where it stands */
  if (g_str_equal (name, "authorialNote"))
    {
      /* its marker here, its text as a note after the line */
      g_autofree char *marker = kel_xml_get_attr (el, "marker");
      g_autofree char *mark = NULL;

      l->n_notes++;
      mark = g_strdup_printf ("[%s]", marker ? marker : "*");
      if (marker == NULL)
        {
          g_free (mark);
          mark = g_strdup_printf ("[%u]", l->n_notes);
        }
      kel_loader_append_text (l, mark);
      if (l->notes != NULL)
        g_ptr_array_add (l->notes, el);
      return TRUE;
    }

  /* a structure an amendment quotes ("insert— 264A …"): each of its parts
   * and paragraphs a line of its own, for the part the amendment is in */
  if (g_str_equal (name, "quotedStructure") || g_str_equal (name, "embeddedStructure"))
    {
      gboolean ok;

      if (can_break_line (l, el))
        break_line (l);
      l->quoted_depth++;
      l->quoted_line_has_block = FALSE;
      ok = kel_loader_walk_inline (l, el, error);
      l->quoted_depth--;
      if (ok && can_break_line (l, el) && words_follow (l, el))
        break_line (l);
      return ok;
    }
  if (l->quoted_depth > 0 && can_break_line (l, el))
    {
      if (kel_akn_is_citable (name) || g_str_equal (name, "crossHeading"))
        break_line (l);
      else if (g_str_equal (name, "heading") || g_str_equal (name, "subheading"))
        l->quoted_line_has_block = TRUE;   /* the text after a heading is a line of its own */
      else if (kel_loader_is_block_element (el) || g_str_equal (name, "table"))
        {
          /* a part's first paragraph goes on with its number */
          if (l->quoted_line_has_block)
            break_line (l);
          l->quoted_line_has_block = TRUE;
        }
    }

  /* a structure quoted inside a line (mod/quotedStructure, a table in a
   * cell), the number and heading of a table-of-contents line, names
   * given one after another (docProponent): its parts stay apart by a space */
  if (kel_akn_is_citable (name) || kel_loader_is_block_element (el) || g_str_equal (name, "num")
      || (el->parent != NULL && el->parent->type == XML_ELEMENT_NODE
          && g_str_equal ((const char *) el->parent->name, "tocItem"))
      || g_str_equal (name, "docProponent")
      || g_str_equal (name, "heading") || g_str_equal (name, "subheading")
      || g_str_equal (name, "content") || g_str_equal (name, "td") || g_str_equal (name, "th")
      || g_str_equal (name, "li") || g_str_equal (name, "listIntroduction")
      || g_str_equal (name, "listWrapUp") || g_str_equal (name, "intro") || g_str_equal (name, "wrapUp"))
    {
      gboolean ok;

      if (l->doc->n_chars > l->block_start && !l->last_was_space)
        l->space_pending = TRUE;
      ok = kel_loader_walk_inline (l, el, error);
      if (l->doc->n_chars > l->block_start && !l->last_was_space)
        l->space_pending = TRUE;
      return ok;
    }

  start = span_start (l);
  before = l->doc->n_chars;
  if (!kel_loader_walk_inline (l, el, error))
    return FALSE;

  /* an empty <ref> that names a reference of <meta>
   * (a drafting system's "#varBillTitle") reads as what that reference
   * shows */
  if (g_str_equal (name, "ref") && l->doc->n_chars == before)
    {
      g_autofree char *href = kel_xml_get_attr (el, "href");
      const char *show = href && href[0] == '#' ? g_hash_table_lookup (l->ref_names, href + 1) : NULL;

      if (show != NULL)
        kel_loader_append_text (l, show);
    }

  if (g_str_equal (name, "term") || g_str_equal (name, "def"))
    {
      const char *id;

      if (l->doc->n_chars <= start)
        return TRUE;   /* an empty term marks nothing */
      target = term_id (l, el, start);
      id = target[0] == '#' ? target + 1 : target;
      index = add_span (l, KEL_SPAN_TERM, start, l->doc->n_chars, id);
      if (!g_hash_table_contains (l->term_lines, id))
        g_hash_table_insert (l->term_lines, g_strdup (id), GINT_TO_POINTER (kel_xml_line (el)));
      if (g_str_equal (name, "def"))
        {
          g_array_index (l->doc->spans, KelSpan, index).is_definition = TRUE;
          g_ptr_array_add (l->defs, GUINT_TO_POINTER (index));
        }
    }
  else if (g_str_equal (name, "ref"))
    {
      target = kel_xml_get_attr (el, "href");
      if (target != NULL && target[0] == '#')
        add_span (l, KEL_SPAN_REF, start, l->doc->n_chars, target + 1);
    }
  else if (g_str_equal (name, "inline"))
    {
      g_autofree char *iname = kel_xml_get_attr (el, "name");

      if (g_strcmp0 (iname, "sic") == 0)
        add_span (l, KEL_SPAN_SIC, start, l->doc->n_chars, NULL);
    }
  return TRUE;
}

gboolean
kel_loader_walk_inline (Loader   *l,
                        xmlNode  *el,
                        GError  **error)
{
  for (xmlNode *c = el->children; c; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        kel_loader_append_text (l, (const char *) c->content);
      else if (c->type == XML_ELEMENT_NODE)
        {
          if (!inline_element (l, c, error))
            return FALSE;
        }
      else if (c->type == XML_ENTITY_REF_NODE)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_FORBIDDEN,
                       _("%s:%d: the entity reference “&%s;” is not allowed"),
                       l->name, kel_xml_line (el), c->name);
          return FALSE;
        }
    }
  return TRUE;
}
