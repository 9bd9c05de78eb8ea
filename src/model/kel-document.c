/* kel-document.c — loading an Akoma Ntoso edition and its termbase
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader walks the act once, in document order, and builds the reading
 * text, its blocks and spans, and the tree of nodes with eIds.  The profile
 * it reads is described in data/edition/README.md.
 */
#include "kel-document.h"

#include <string.h>
#include <libxml/tree.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kel-edition-resources.h"

#include "kel-akn.h"
#include "kel-error.h"
#include "kel-model-private.h"
#include "kel-termbase.h"
#include "kel-text.h"
#include "kel-xml.h"

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define KEL_NS "https://kelisim.github.io/ns/labels/1.0"
#define XML_NS "http://www.w3.org/XML/1998/namespace"
#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"
#define TERMBASE_RESOURCE "/io/github/kelisim/Kelisim/edition/termbase.tbx"

typedef struct
{
  char      *labels[KEL_N_LANGS];
  KelStatus  status[KEL_N_LANGS];
} NodeLabels;

struct _KelDocument
{
  GObject       parent_instance;

  char         *name;
  char         *title;
  char         *short_title;
  GString      *text;
  guint         n_chars;
  GArray       *blocks;        /* KelBlock */
  GArray       *spans;         /* KelSpan */
  GPtrArray    *nodes;         /* KelNode*, document order */
  GHashTable   *nodes_by_eid;
  GStringChunk *strings;
  GListStore   *terms;
  GListStore   *threats;
  GHashTable   *terms_by_id;
  GHashTable   *threats_by_id;
  GHashTable   *labels;        /* eId -> NodeLabels */
  gsize        *block_bytes;   /* byte offset of each block */
  GPtrArray    *notices;       /* char*, NULL-terminated */
  char         *language;      /* FRBRExpression/FRBRlanguage, or NULL */
  char         *named_title;   /* docTitle, shortTitle or FRBRalias, or NULL */
  char         *frbr_name;     /* FRBRWork/FRBRname, or NULL */
};

G_DEFINE_FINAL_TYPE (KelDocument, kel_document, G_TYPE_OBJECT)

static void
node_labels_free (NodeLabels *labels)
{
  for (guint i = 0; i < KEL_N_LANGS; i++)
    g_free (labels->labels[i]);
  g_free (labels);
}

static void
kel_document_finalize (GObject *object)
{
  KelDocument *self = KEL_DOCUMENT (object);

  g_free (self->name);
  g_free (self->title);
  g_free (self->short_title);
  g_string_free (self->text, TRUE);
  g_array_unref (self->blocks);
  g_array_unref (self->spans);
  g_ptr_array_unref (self->nodes);
  g_hash_table_unref (self->nodes_by_eid);
  g_string_chunk_free (self->strings);
  g_object_unref (self->terms);
  g_object_unref (self->threats);
  g_hash_table_unref (self->terms_by_id);
  g_hash_table_unref (self->threats_by_id);
  g_hash_table_unref (self->labels);
  g_free (self->block_bytes);
  g_ptr_array_unref (self->notices);
  g_free (self->language);
  g_free (self->named_title);
  g_free (self->frbr_name);

  G_OBJECT_CLASS (kel_document_parent_class)->finalize (object);
}

static void
kel_document_class_init (KelDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kel_document_finalize;
}

static void
kel_document_init (KelDocument *self)
{
  self->text = g_string_new (NULL);
  self->blocks = g_array_new (FALSE, FALSE, sizeof (KelBlock));
  self->spans = g_array_new (FALSE, FALSE, sizeof (KelSpan));
  self->nodes = g_ptr_array_new_with_free_func (g_free);
  self->nodes_by_eid = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (4096);
  self->terms = g_list_store_new (KEL_TYPE_TERM);
  self->threats = g_list_store_new (KEL_TYPE_THREAT);
  self->terms_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->threats_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) node_labels_free);
  self->notices = g_ptr_array_new_with_free_func (g_free);
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                  */
/* ------------------------------------------------------------------------ */

typedef struct
{
  char *target;   /* without '#' */
  int   line;
  char *attr;     /* "refersTo", "href", "as" */
} PendingRef;

typedef struct
{
  KelDocument *doc;
  const char  *name;
  GHashTable  *references;   /* TLC eId -> element name */
  GArray      *pending;      /* PendingRef */
  GHashTable  *term_lines;   /* term id -> first line it is used on */
  GPtrArray   *defs;         /* def spans' indices, Annex order */

  /* the block being built */
  gboolean     in_block;
  gboolean     space_pending;
  gboolean     last_was_space;
  guint        block_start;
  KelBlockKind block_kind;
  const char  *pending_num;

  /* eIds: every one the file gives, and how many of each kind were made
   * for parts without one */
  GHashTable  *explicit_eids;
  GHashTable  *generated;      /* "parent eId\037prefix" -> count */
  gboolean     id_is_eid;      /* Akoma Ntoso 2.0 and the drafts: `id` */
  guint        first_preface_block;   /* + 1; 0 for none */
  GHashTable  *ref_names;      /* reference eId -> its showAs */
  GHashTable  *unknown;        /* element name -> count */
  guint        n_dangling;
  char        *first_dangling;
  guint        n_renamed;
  char        *first_renamed;
  guint        n_notes;
  GPtrArray   *notes;          /* xmlNode*: authorial notes of the block being built */

  /* context */
  guint        list_level;
  guint        annex_depth;
  guint        title_depth;
  guint        preface_depth;
  guint        signature_depth;
  const char  *klass;
} Loader;

static void
pending_ref_clear (PendingRef *ref)
{
  g_free (ref->target);
  g_free (ref->attr);
}

static const char *
intern (KelDocument *self,
        const char  *s)
{
  return s ? g_string_chunk_insert_const (self->strings, s) : NULL;
}

/* The eId of @el: its `eId`, or in Akoma Ntoso 2.0 its `id`. */
static char *
element_eid (Loader  *l,
             xmlNode *el)
{
  char *eid = kel_xml_get_attr (el, "eId");

  if (eid == NULL && l->id_is_eid)
    eid = kel_xml_get_attr (el, "id");
  if (eid != NULL && *eid == '\0')
    g_clear_pointer (&eid, g_free);
  return eid;
}

static void
collect_eids (Loader  *l,
              xmlNode *el)
{
  for (xmlNode *c = el; c; c = c->next)
    {
      g_autofree char *eid = NULL;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      eid = element_eid (l, c);
      if (eid != NULL)
        g_hash_table_add (l->explicit_eids, g_steal_pointer (&eid));
      collect_eids (l, c->children);
    }
}

/* Counts the parts of one kind under one parent, with or without an eId. */
static guint
count_part (Loader        *l,
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
static char *
generate_eid (Loader        *l,
              const char    *prefix,
              const KelNode *parent)
{
  guint n = count_part (l, prefix, parent);
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

static gboolean
check_refs (Loader   *l,
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
static gboolean
check_eid (Loader      *l,
           xmlNode     *el,
           const char  *eid,
           GError     **error)
{
  gboolean space = FALSE;

  for (const char *p = eid; *p && !space; p = g_utf8_next_char (p))
    space = g_unichar_isspace (g_utf8_get_char (p));
  if (eid[0] != '#' && !space)
    return TRUE;
  g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
               _("%s:%d: the eId “%s” cannot be referred to: an eId may not start with “#” or hold spaces"),
               l->name, kel_xml_line (el), eid);
  return FALSE;
}

static KelNode *
new_node (Loader        *l,
          xmlNode       *el,
          const char    *eid,
          const KelNode *parent,
          GError       **error)
{
  KelDocument *self = l->doc;
  KelNode *node;
  g_autofree char *refers = kel_xml_get_attr (el, "refersTo");

  g_autofree char *renamed = NULL;

  if (!check_eid (l, el, eid, error))
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
  node->element = intern (self, (const char *) el->name);
  node->eid = intern (self, eid);
  node->parent = parent;
  node->index = self->nodes->len;
  node->depth = parent ? parent->depth + 1 : 0;
  node->start = self->n_chars + (self->n_chars > 0 ? 1 : 0);
  node->first_block = self->blocks->len;
  if (refers != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (refers, " ", 2);
      if (ids[0] && ids[0][0] == '#')
        node->refers_to = intern (self, ids[0] + 1);
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

static gboolean
is_collapsed_space (gunichar c)
{
  return g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F;
}

/* Appends @text with its runs of white space collapsed to one; a run of
 * other characters is copied as it is, not a character at a time. */
static void
append_text (Loader     *l,
             const char *text)
{
  const char *p = text;

  while (*p)
    {
      const char *run = p;
      guint n = 0;

      while (*p && !is_collapsed_space (g_utf8_get_char (p)))
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
  span.target = intern (l->doc, target);
  g_array_append_val (l->doc->spans, span);
  return l->doc->spans->len - 1;
}

static void
begin_block (Loader       *l,
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
  l->block_kind = kind;

  if (l->pending_num != NULL)
    {
      guint start = self->n_chars;

      append_text (l, l->pending_num);
      add_span (l, KEL_SPAN_NUM, start, self->n_chars, NULL);
      l->space_pending = TRUE;
      l->pending_num = NULL;
    }
}

static void
end_block (Loader        *l,
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
  l->in_block = FALSE;
}

static gboolean walk_inline (Loader *l, xmlNode *el, GError **error);
static gboolean is_block_element (xmlNode *el);

static void
count_unknown (Loader     *l,
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

static gboolean
inline_element (Loader   *l,
                xmlNode  *el,
                GError  **error)
{
  const char *name = (const char *) el->name;
  guint start, index;
  g_autofree char *target = NULL;

  if (!kel_xml_is (el, AKN_NS, NULL))
    return walk_inline (l, el, error);   /* foreign markup: its text only */
  if (!check_refs (l, el, error))
    return FALSE;
  if (!kel_akn_is_known (name))
    count_unknown (l, name);

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
      append_text (l, mark);
      if (l->notes != NULL)
        g_ptr_array_add (l->notes, el);
      return TRUE;
    }

  /* a structure quoted inside a line (mod/quotedStructure, a table in a
   * cell): its parts stay apart by a space */
  if (kel_akn_is_citable (name) || is_block_element (el) || g_str_equal (name, "num")
      || g_str_equal (name, "heading") || g_str_equal (name, "subheading")
      || g_str_equal (name, "content") || g_str_equal (name, "td") || g_str_equal (name, "th")
      || g_str_equal (name, "li") || g_str_equal (name, "listIntroduction")
      || g_str_equal (name, "listWrapUp") || g_str_equal (name, "intro") || g_str_equal (name, "wrapUp"))
    {
      gboolean ok;

      if (l->doc->n_chars > l->block_start && !l->last_was_space)
        l->space_pending = TRUE;
      ok = walk_inline (l, el, error);
      if (l->doc->n_chars > l->block_start && !l->last_was_space)
        l->space_pending = TRUE;
      return ok;
    }

  start = span_start (l);
  if (!walk_inline (l, el, error))
    return FALSE;

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

static gboolean
walk_inline (Loader   *l,
             xmlNode  *el,
             GError  **error)
{
  for (xmlNode *c = el->children; c; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        append_text (l, (const char *) c->content);
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

static gboolean walk_container (Loader *l, xmlNode *el, const KelNode *parent, GError **error);

/* Text directly inside @el, not only in its children: a <listIntroduction>,
 * a <from>, a <td> without <p>, an element Kelisim does not know. */
static gboolean
has_direct_text (xmlNode *el)
{
  for (xmlNode *c = el->children; c; c = c->next)
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
      for (const char *p = (const char *) c->content; p && *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
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
  gboolean ok;

  if (!check_refs (l, el, error))
    return FALSE;
  if (klass != NULL)
    l->klass = intern (l->doc, klass);
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
  begin_block (l, kind);
  ok = walk_inline (l, el, error);
  if (ok && l->doc->n_chars == l->block_start && l->doc->blocks->len > 0)
    {
      /* an empty paragraph: leave no empty line */
      g_string_truncate (l->doc->text, l->doc->text->len - 1);
      l->doc->n_chars--;
      l->in_block = FALSE;
    }
  else if (ok)
    {
      end_block (l, node);
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
        ok = walk_container (l, note, node, error);
      l->klass = saved;
    }
  g_ptr_array_unref (notes);
  return ok;
}

static gboolean
is_block_element (xmlNode *el)
{
  static const char *blocks[] = { "p", "tblock", "block", "ul", "ol" };
  const char *name = (const char *) el->name;

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (g_str_equal (name, blocks[i]))
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

static void finish_node (KelDocument *self, KelNode *node);

/* An element that holds text itself, read as one line: a crossHeading or
 * subheading is a heading, a list's introduction and wrap-up stand at the
 * list's own level, a documentRef shows what it names. */
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
      g_autofree char *eid = generate_eid (l, name, NULL);

      own = new_node (l, el, eid, NULL, error);
      if (own == NULL)
        return FALSE;
      owner = own;
    }

  if (g_str_equal (name, "documentRef"))
    {
      g_autofree char *show = kel_xml_get_attr (el, "showAs");
      g_autofree char *href = kel_xml_get_attr (el, "href");

      if (!check_refs (l, el, error))
        return FALSE;
      if (show == NULL && href == NULL)
        ok = TRUE;
      else
        {
          begin_block (l, KEL_BLOCK_PARAGRAPH);
          append_text (l, show ? show : href);
          if (show != NULL && href != NULL)
            {
              append_text (l, " (");
              append_text (l, href);
              append_text (l, ")");
            }
          end_block (l, owner);
          ok = TRUE;
        }
    }
  else
    ok = emit_block (l, el, kind, owner, error);
  if (ok && node != NULL && node->heading == NULL && kind == KEL_BLOCK_HEADING)
    {
      g_autofree char *text = kel_xml_get_text (el);
      node->heading = intern (l->doc, text);
    }
  if (own != NULL)
    finish_node (l->doc, own);
  return ok;
}

static void
finish_node (KelDocument *self,
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

static gboolean
walk_container (Loader         *l,
                xmlNode        *el,
                const KelNode  *parent,
                GError        **error)
{
  KelDocument *self = l->doc;
  g_autofree char *eid = element_eid (l, el);
  g_autofree char *klass = kel_xml_get_attr (el, "class");
  const char *name = (const char *) el->name;
  KelNode *node = NULL;
  const KelNode *owner;
  xmlNode *num_el = NULL, *heading_el = NULL;
  const char *saved_klass = l->klass;
  gboolean is_list = g_str_equal (name, "list") || g_str_equal (name, "blockList");
  gboolean is_annex = g_str_equal (name, "attachment") || g_str_equal (name, "component");
  gboolean is_title = g_str_equal (name, "longTitle");
  gboolean is_preface = g_str_equal (name, "preface");
  gboolean is_signature = g_strcmp0 (klass, "signature") == 0;
  gboolean ok = TRUE;

  if (g_str_equal (name, "meta"))
    return TRUE;
  if (!check_refs (l, el, error))
    return FALSE;

  if (eid == NULL && kel_akn_is_citable (name))
    eid = generate_eid (l, kel_akn_eid_prefix (name), parent);
  else if (eid == NULL && parent == NULL
           && (g_str_equal (name, "preamble") || g_str_equal (name, "conclusions")
               || g_str_equal (name, "header") || g_str_equal (name, "coverPage")))
    eid = generate_eid (l, name, NULL);   /* a top-level part a reader goes to */
  else if (kel_akn_is_citable (name))
    count_part (l, kel_akn_eid_prefix (name), parent);
  if (eid != NULL)
    {
      node = new_node (l, el, eid, parent, error);
      if (node == NULL)
        return FALSE;
    }
  owner = node ? node : parent;

  if (!kel_akn_is_known (name))
    count_unknown (l, name);
  if (has_direct_text (el) || g_str_equal (name, "documentRef"))
    {
      ok = text_container (l, el, node, owner, error);
      if (node != NULL)
        finish_node (self, node);
      return ok;
    }

  if (klass != NULL)
    l->klass = intern (self, klass);
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
          node->num = intern (self, num);
        }
      if (heading_el != NULL)
        {
          g_autofree char *heading = kel_xml_get_text (heading_el);
          node->heading = intern (self, heading);
        }
    }

  if (num_el != NULL && heading_el != NULL && g_str_equal (name, "article"))
    {
      /* "1-бап" on a line of its own, then the heading */
      g_autofree char *num = kel_xml_get_text (num_el);
      begin_block (l, KEL_BLOCK_NUM);
      append_text (l, num);
      end_block (l, owner);
      num_el = NULL;
    }
  else if (num_el != NULL)
    {
      g_autofree char *num = kel_xml_get_text (num_el);
      g_autofree char *both = NULL;

      /* a part's num not yet shown ("2.") goes before its first child's ("(1)") */
      if (l->pending_num != NULL)
        both = g_strconcat (l->pending_num, " ", num, NULL);
      l->pending_num = intern (self, both ? both : num);
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
          g_autofree char *heid = element_eid (l, c);
          KelNode *hnode = NULL;

          if (heid == NULL && owner == NULL)
            heid = generate_eid (l, (const char *) c->name, NULL);
          if (heid != NULL)
            {
              hnode = new_node (l, c, heid, owner, error);
              if (hnode == NULL)
                {
                  ok = FALSE;
                  break;
                }
              hnode->heading = node ? node->heading : NULL;
            }
          ok = emit_block (l, c, KEL_BLOCK_HEADING, hnode ? hnode : owner, error);
          if (hnode != NULL)
            finish_node (self, hnode);
          continue;
        }
      if (is_block_element (c))
        {
          g_autofree char *peid = element_eid (l, c);
          KelNode *pnode = NULL;

          /* every line belongs to a part: one outside any gets its own */
          if (peid == NULL && owner == NULL)
            peid = generate_eid (l, (const char *) c->name, NULL);
          if (peid != NULL)
            {
              pnode = new_node (l, c, peid, owner, error);
              if (pnode == NULL)
                {
                  ok = FALSE;
                  break;
                }
            }
          ok = emit_block (l, c, block_kind_in_preface (l, c), pnode ? pnode : owner, error);
          if (pnode != NULL)
            finish_node (self, pnode);
          continue;
        }
      ok = walk_container (l, c, owner, error);
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
    finish_node (self, node);
  return ok;
}

/* -- meta ----------------------------------------------------------------- */

static gboolean
read_references (Loader   *l,
                 xmlNode  *meta,
                 GError  **error)
{
  for (xmlNode *m = kel_xml_first_child (meta); m; m = kel_xml_next (m))
    {
      if (!kel_xml_is (m, AKN_NS, "references"))
        continue;
      for (xmlNode *r = kel_xml_first_child (m); r; r = kel_xml_next (r))
        {
          g_autofree char *eid = element_eid (l, r);

          if (eid == NULL)
            continue;
          if (!check_eid (l, r, eid, error))
            return FALSE;
          if (g_hash_table_contains (l->references, eid))
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s:%d: the eId “%s” is used twice; every eId must be unique"),
                           l->name, kel_xml_line (r), eid);
              return FALSE;
            }
          g_hash_table_insert (l->references, g_strdup (eid), g_strdup ((const char *) r->name));
          {
            char *show = kel_xml_get_attr (r, "showAs");

            if (show != NULL)
              g_hash_table_insert (l->ref_names, g_strdup (eid), show);
          }
          if (kel_xml_is (r, AKN_NS, "TLCTerm"))
            {
              g_autofree char *show = kel_xml_get_attr (r, "showAs");
              KelTerm *term = kel_term_new (eid, G_MAXUINT);

              kel_term_set_label (term, KEL_LANG_KK, show ? show : eid, KEL_STATUS_OFFICIAL);
              g_hash_table_insert (l->doc->terms_by_id, g_strdup (eid), term);
            }
        }
    }
  return TRUE;
}

static xmlNode *
find_element (xmlNode    *el,
              const char *name,
              guint       depth)
{
  if (depth > 64)
    return NULL;
  for (xmlNode *c = kel_xml_first_child (el); c; c = kel_xml_next (c))
    {
      xmlNode *found;

      if (kel_xml_is (c, AKN_NS, "meta") || kel_xml_is (c, AKN_NS, "components")
          || kel_xml_is (c, AKN_NS, "attachments"))
        continue;
      if (kel_xml_is (c, AKN_NS, name))
        return c;
      if ((found = find_element (c, name, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

/* What the document calls itself and the language it is in: docTitle or
 * shortTitle in its text, FRBRalias name="title" or FRBRname in meta. */
static void
read_identity (Loader  *l,
               xmlNode *act,
               xmlNode *meta)
{
  KelDocument *self = l->doc;
  xmlNode *named = find_element (act, "docTitle", 0);

  if (named == NULL)
    named = find_element (act, "shortTitle", 0);
  if (named != NULL)
    {
      g_autofree char *text = kel_xml_get_text (named);
      if (text != NULL && *g_strstrip (text) != '\0')
        self->named_title = g_steal_pointer (&text);
    }
  for (xmlNode *id = kel_xml_first_child (meta); meta && id; id = kel_xml_next (id))
    {
      if (!kel_xml_is (id, AKN_NS, "identification"))
        continue;
      for (xmlNode *f = kel_xml_first_child (id); f; f = kel_xml_next (f))
        for (xmlNode *e = kel_xml_first_child (f); e; e = kel_xml_next (e))
          {
            if (kel_xml_is (f, AKN_NS, "FRBRExpression") && kel_xml_is (e, AKN_NS, "FRBRlanguage")
                && self->language == NULL)
              self->language = kel_xml_get_attr (e, "language");
            else if (kel_xml_is (f, AKN_NS, "FRBRWork") && kel_xml_is (e, AKN_NS, "FRBRalias")
                     && self->named_title == NULL)
              {
                g_autofree char *alias_name = kel_xml_get_attr (e, "name");

                if (alias_name == NULL || g_ascii_strcasecmp (alias_name, "title") == 0
                    || g_ascii_strcasecmp (alias_name, "short title") == 0
                    || g_ascii_strcasecmp (alias_name, "shortTitle") == 0)
                  self->named_title = kel_xml_get_attr (e, "value");
              }
            else if (kel_xml_is (f, AKN_NS, "FRBRWork") && kel_xml_is (e, AKN_NS, "FRBRname")
                     && self->frbr_name == NULL)
              self->frbr_name = kel_xml_get_attr (e, "value");
          }
    }
}

static void
read_labels (Loader  *l,
             xmlNode *meta)
{
  for (xmlNode *m = kel_xml_first_child (meta); m; m = kel_xml_next (m))
    {
      if (!kel_xml_is (m, AKN_NS, "proprietary"))
        continue;
      for (xmlNode *g = kel_xml_first_child (m); g; g = kel_xml_next (g))
        {
          if (!kel_xml_is (g, KEL_NS, "labels"))
            continue;
          for (xmlNode *e = kel_xml_first_child (g); e; e = kel_xml_next (e))
            {
              g_autofree char *eid = kel_xml_get_attr (e, "eId");
              g_autofree char *status = kel_xml_get_attr (e, "status");
              xmlChar *code = xmlGetNsProp (e, (const xmlChar *) "lang", (const xmlChar *) XML_NS);
              NodeLabels *labels;
              KelLang lang;

              if (!kel_xml_is (e, KEL_NS, "label") || eid == NULL
                  || !kel_lang_from_code ((const char *) code, &lang))
                {
                  xmlFree (code);
                  continue;
                }
              xmlFree (code);
              labels = g_hash_table_lookup (l->doc->labels, eid);
              if (labels == NULL)
                {
                  labels = g_new0 (NodeLabels, 1);
                  for (guint i = 0; i < KEL_N_LANGS; i++)
                    labels->status[i] = KEL_STATUS_MISSING;
                  g_hash_table_insert (l->doc->labels, g_strdup (eid), labels);
                }
              g_free (labels->labels[lang]);
              labels->labels[lang] = kel_xml_get_text (e);
              labels->status[lang] = g_strcmp0 (status, "checked") == 0 ? KEL_STATUS_CHECKED
                                     : lang == KEL_LANG_KK ? KEL_STATUS_OFFICIAL
                                     : KEL_STATUS_UNCHECKED;
            }
        }
    }
}

/* -- after the walk ------------------------------------------------------- */

static void index_block_bytes (KelDocument *self);
static void add_notice (KelDocument *self, char *notice);

static gint
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const KelSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;   /* the span that holds the other first */
  return 0;
}

/* A span is added when its element ends, so a span that holds another (a
 * <term> around an <inline name="sic">) comes after the one it holds.  The
 * header promises text order, and kel_document_get_span_at() and
 * kel_document_find_first_span() rely on it: put the spans in order of
 * their start, and renumber the definitions' span indices to match. */
static void
sort_spans (Loader *l)
{
  GArray *spans = l->doc->spans;
  g_autofree guint *new_index = NULL;
  gboolean sorted = TRUE;

  for (guint i = 1; i < spans->len && sorted; i++)
    sorted = compare_spans (&g_array_index (spans, KelSpan, i - 1),
                            &g_array_index (spans, KelSpan, i)) <= 0;
  if (sorted)
    return;

  /* occurrence is not set yet: borrow it to remember each span's place */
  for (guint i = 0; i < spans->len; i++)
    g_array_index (spans, KelSpan, i).occurrence = i;
  g_array_sort (spans, compare_spans);   /* stable */
  new_index = g_new (guint, spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      KelSpan *span = &g_array_index (spans, KelSpan, i);

      new_index[span->occurrence] = i;
      span->occurrence = 0;
    }
  for (guint i = 0; i < l->defs->len; i++)
    l->defs->pdata[i] = GUINT_TO_POINTER (new_index[GPOINTER_TO_UINT (l->defs->pdata[i])]);
}

/* A reference that points to nothing is read as plain text; the count,
 * and the first, go into one notice. */
static gboolean
resolve_refs (Loader   *l,
              GError  **error)
{
  GArray *spans = l->doc->spans;
  g_autofree guint *new_index = NULL;
  guint kept = 0;

  for (guint i = 0; i < l->pending->len; i++)
    {
      PendingRef *ref = &g_array_index (l->pending, PendingRef, i);
      gboolean is_href = g_str_equal (ref->attr, "href");

      if (is_href ? (g_hash_table_contains (l->doc->nodes_by_eid, ref->target)
                     || g_hash_table_contains (l->references, ref->target))
                  : (g_hash_table_contains (l->references, ref->target)
                     || g_hash_table_contains (l->doc->nodes_by_eid, ref->target)
                     || g_hash_table_contains (l->term_lines, ref->target)))
        continue;
      if (l->n_dangling++ == 0)
        l->first_dangling = g_strdup_printf ("line %d: %s=“#%s”", ref->line, ref->attr, ref->target);
    }

  /* the links themselves become plain text */
  new_index = g_new (guint, spans->len + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      KelSpan *span = &g_array_index (spans, KelSpan, i);

      new_index[i] = kept;
      if (span->kind == KEL_SPAN_REF && !g_hash_table_contains (l->doc->nodes_by_eid, span->target))
        continue;
      if (kept != i)
        g_array_index (spans, KelSpan, kept) = *span;
      kept++;
    }
  if (kept != spans->len)
    {
      g_array_set_size (spans, kept);
      for (guint i = 0; i < l->defs->len; i++)
        l->defs->pdata[i] = GUINT_TO_POINTER (new_index[GPOINTER_TO_UINT (l->defs->pdata[i])]);
    }
  if (l->n_dangling > 0)
    add_notice (l->doc, g_strdup_printf ("%s: %u reference(s) point to nothing in the document and are "
                                         "shown as plain text (the first: %s)",
                                         l->name, l->n_dangling, l->first_dangling));
  return error == NULL || *error == NULL;
}

/* The definition in an Annex 1 entry: what follows the headword, its
 * closing quote and the dash, without the entry's final ';' or '.'. */
static gboolean
definition_range (KelDocument   *self,
                  const KelSpan *def,
                  guint         *start,
                  guint         *end)
{
  const KelBlock *block = &g_array_index (self->blocks, KelBlock, def->block);
  g_autofree char *text = kel_document_get_range (self, def->end, block->end);
  const char *p = text;
  guint skipped = 0;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00BB || c == '"' || c == 0x201D || c == '-' || c == 0x2013 || c == 0x2014
          || c == ':' || g_unichar_isspace (c))
        {
          p = g_utf8_next_char (p);
          skipped++;
        }
      else
        break;
    }
  *start = def->end + skipped;
  *end = block->end;
  while (*end > *start)
    {
      g_autofree char *last = kel_document_get_range (self, *end - 1, *end);
      if (!g_str_equal (last, ";") && !g_str_equal (last, ".") && !g_str_equal (last, " "))
        break;
      (*end)--;
    }
  return *end > *start;
}

static gint
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  guint oa = kel_term_get_order ((KelTerm *) a), ob = kel_term_get_order ((KelTerm *) b);

  if (oa != ob)
    return oa < ob ? -1 : 1;
  return g_strcmp0 (kel_term_get_id ((KelTerm *) a), kel_term_get_id ((KelTerm *) b));
}

static gboolean
build_terms (Loader       *l,
             KelTermbase  *termbase,
             GError      **error)
{
  KelDocument *self = l->doc;
  GHashTableIter iter;
  gpointer key, value;
  guint n_defs = 0;

  /* every term used in the text must be declared, and known to the termbase */
  g_hash_table_iter_init (&iter, l->term_lines);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *id = key;

      if (!g_hash_table_contains (self->terms_by_id, id))
        {
          /* a term that names a TLCConcept or another reference, or none:
           * its label is the reference's showAs, or its own words */
          const char *show = g_hash_table_lookup (l->ref_names, id);
          KelTerm *term = kel_term_new (id, G_MAXUINT);

          if (show == NULL && g_str_has_prefix (id, "kel-term:"))
            show = id + strlen ("kel-term:");
          kel_term_set_label (term, KEL_LANG_KK, show ? show : id, KEL_STATUS_OFFICIAL);
          g_hash_table_insert (self->terms_by_id, g_strdup (id), term);
        }
      if (termbase != NULL && kel_termbase_lookup (termbase, id) == NULL)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s: the termbase has no concept “%s”, which %s:%d uses; "
                         "the termbase does not belong to this edition"),
                       kel_termbase_get_name (termbase), id, l->name, GPOINTER_TO_INT (value));
          return FALSE;
        }
    }

  /* definitions, in Annex order */
  for (guint i = 0; i < l->defs->len; i++)
    {
      KelSpan *def = &g_array_index (self->spans, KelSpan, GPOINTER_TO_UINT (g_ptr_array_index (l->defs, i)));
      KelTerm *term = g_hash_table_lookup (self->terms_by_id, def->target);
      const KelBlock *block = &g_array_index (self->blocks, KelBlock, def->block);
      guint start, end;

      if (kel_term_get_order (term) != G_MAXUINT)
        continue;   /* a term defined twice keeps its first definition */
      kel_term_set_order (term, ++n_defs);
      if (definition_range (self, def, &start, &end))
        {
          g_autofree char *text = kel_document_get_range (self, start, end);
          const KelNode *node = block->node;

          while (node && node->kind != KEL_NODE_DEFINITION && node->parent)
            node = node->parent;
          kel_term_set_definition (term, text, start, end, node ? node : block->node);
        }
      if (g_str_equal (kel_term_get_label (term, KEL_LANG_KK), kel_term_get_id (term)))
        {
          g_autofree char *headword = kel_document_get_range (self, def->start, def->end);
          g_autofree char *lower = g_utf8_strdown (headword, -1);
          kel_term_set_label (term, KEL_LANG_KK, lower, KEL_STATUS_OFFICIAL);
        }
    }

  /* labels from the termbase */
  if (termbase != NULL)
    {
      for (guint i = 0; i < kel_termbase_get_n_entries (termbase); i++)
        {
          const KelTermbaseEntry *entry = kel_termbase_get_entry (termbase, i);
          KelTerm *term;

          if (entry->is_threat)
            continue;
          term = g_hash_table_lookup (self->terms_by_id, entry->id);
          if (term == NULL)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s:%d: the concept “%s” is not a term of %s; "
                             "the termbase does not belong to this edition"),
                           kel_termbase_get_name (termbase), entry->line, entry->id, l->name);
              return FALSE;
            }
          for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
            if (entry->labels[lang] != NULL)
              kel_term_set_label (term, lang, entry->labels[lang], entry->status[lang]);
          if (entry->variants != NULL)
            kel_term_set_variants (term, (const char * const *) entry->variants);
        }
    }

  /* occurrences */
  for (guint i = 0; i < self->spans->len; i++)
    {
      KelSpan *span = &g_array_index (self->spans, KelSpan, i);

      if (span->kind != KEL_SPAN_TERM)
        continue;
      span->term = g_hash_table_lookup (self->terms_by_id, span->target);
      span->occurrence = kel_term_get_n_occurrences (span->term);
      kel_term_add_occurrence (span->term, i);
    }

  g_hash_table_iter_init (&iter, self->terms_by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      kel_term_bind_spans (value, (const KelSpan *) self->spans->data);
      g_list_store_insert_sorted (self->terms, value, compare_terms, NULL);
    }
  return TRUE;
}

static char *
strip_final_punctuation (const char *text)
{
  char *copy = g_strdup (text);
  gsize len = strlen (copy);

  while (len > 0 && strchr (".;:, ", copy[len - 1]))
    copy[--len] = '\0';
  return copy;
}

static const KelNode *
child_of_kind (KelDocument   *self,
               const KelNode *parent,
               KelNodeKind    kind)
{
  for (guint i = parent->index + 1; i < self->nodes->len; i++)
    {
      const KelNode *n = g_ptr_array_index (self->nodes, i);

      if (n->depth <= parent->depth)
        break;
      if (n->parent == parent && n->kind == kind)
        return n;
    }
  return NULL;
}

static gboolean
build_threats (Loader       *l,
               KelTermbase  *termbase,
               GError      **error)
{
  KelDocument *self = l->doc;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const KelNode *node = g_ptr_array_index (self->nodes, i);
      g_autoptr(KelThreat) threat = NULL;
      g_autofree char *label = NULL;
      guint number;

      if (node->kind != KEL_NODE_THREAT)
        continue;
      if (node->refers_to == NULL)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s: the threat “%s” needs refersTo=“#conceptId”"), l->name, node->eid);
          return FALSE;
        }
      if (g_hash_table_contains (self->threats_by_id, node->refers_to))
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s: two threats refer to “%s”"), l->name, node->refers_to);
          return FALSE;
        }
      number = node->num ? (guint) g_ascii_strtoull (node->num, NULL, 10) : node->ordinal;
      threat = kel_threat_new (node->refers_to, number ? number : node->ordinal, node);
      kel_threat_set_parts (threat,
                            child_of_kind (self, node, KEL_NODE_HEADING),
                            child_of_kind (self, node, KEL_NODE_THREAT_SOURCE),
                            child_of_kind (self, node, KEL_NODE_THREAT_SIGNS));
      label = strip_final_punctuation (node->heading ? node->heading : node->refers_to);
      kel_threat_set_label (threat, KEL_LANG_KK, label, KEL_STATUS_OFFICIAL);

      if (termbase != NULL)
        {
          const KelTermbaseEntry *entry = kel_termbase_lookup (termbase, node->refers_to);

          if (entry == NULL || !entry->is_threat)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s: the termbase has no threat concept “%s”, which %s uses; "
                             "the termbase does not belong to this edition"),
                           kel_termbase_get_name (termbase), node->refers_to, node->eid);
              return FALSE;
            }
          for (KelLang lang = KEL_LANG_RU; lang < KEL_N_LANGS; lang++)
            if (entry->labels[lang] != NULL)
              kel_threat_set_label (threat, lang, entry->labels[lang], entry->status[lang]);
        }

      /* the list item outside the annex that names this threat */
      for (guint k = 0; k < self->nodes->len; k++)
        {
          const KelNode *point = g_ptr_array_index (self->nodes, k);

          if (point->kind == KEL_NODE_POINT && g_strcmp0 (point->refers_to, node->refers_to) == 0)
            {
              const KelBlock *block = &g_array_index (self->blocks, KelBlock, point->first_block);
              const KelSpan *num = NULL;
              g_autofree char *text = NULL;
              g_autofree char *wording = NULL;
              guint start = block->start;

              if (point->n_blocks == 0)
                continue;
              num = kel_document_get_span_at (self, block->start, KEL_SPAN_NUM);
              if (num != NULL)
                start = num->end + 1;
              text = kel_document_get_range (self, start, block->end);
              wording = strip_final_punctuation (text);
              kel_threat_set_article_point (threat, point, wording);
              break;
            }
        }

      g_list_store_append (self->threats, threat);
      g_hash_table_insert (self->threats_by_id, g_strdup (node->refers_to), g_object_ref (threat));
    }

  if (termbase != NULL)
    for (guint i = 0; i < kel_termbase_get_n_entries (termbase); i++)
      {
        const KelTermbaseEntry *entry = kel_termbase_get_entry (termbase, i);

        if (entry->is_threat && !g_hash_table_contains (self->threats_by_id, entry->id))
          {
            g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                         _("%s:%d: the threat concept “%s” is not a threat of %s; "
                           "the termbase does not belong to this edition"),
                         kel_termbase_get_name (termbase), entry->line, entry->id, l->name);
            return FALSE;
          }
      }
  return TRUE;
}

/* A line short enough to be a name, or NULL. */
static char *
short_line (KelDocument *self,
            guint        index)
{
  g_autofree char *text = NULL;

  if (index >= self->blocks->len)
    return NULL;
  text = kel_document_get_block_text (self, &g_array_index (self->blocks, KelBlock, index));
  if (*text == '\0' || g_utf8_strlen (text, -1) > 120)
    return NULL;
  return g_steal_pointer (&text);
}

static void
build_titles (KelDocument *self,
              guint        first_preface_block)
{
  /* a title the document gives itself, never a fragment of its text */
  if (self->named_title != NULL)
    self->title = g_strdup (self->named_title);
  for (guint i = 0; self->title == NULL && i < self->blocks->len; i++)
    {
      const KelBlock *block = &g_array_index (self->blocks, KelBlock, i);

      if (block->kind == KEL_BLOCK_TITLE)
        {
          self->title = kel_document_get_block_text (self, block);
          break;
        }
    }
  if (self->title == NULL && self->frbr_name != NULL)
    self->title = g_strdup (self->frbr_name);
  /* the preface's first line ("COURTS ACT"), else the first heading */
  if (self->title == NULL && first_preface_block > 0)
    self->title = short_line (self, first_preface_block - 1);
  for (guint i = 0; self->title == NULL && i < self->blocks->len; i++)
    if (g_array_index (self->blocks, KelBlock, i).kind == KEL_BLOCK_HEADING)
      {
        self->title = short_line (self, i);
        break;
      }
  if (self->title == NULL)
    self->title = g_path_get_basename (self->name);

  /* the short title: the label table's, else the last word of the title in
   * title case ("КЕЛІСІМ" -> "Келісім") */
  {
    NodeLabels *labels = g_hash_table_lookup (self->labels, "docType");

    if (labels != NULL && labels->labels[KEL_LANG_KK] != NULL)
      self->short_title = g_strdup (labels->labels[KEL_LANG_KK]);
    else
      {
        const char *last = strrchr (self->title, ' ');
        g_autofree char *lower = g_utf8_strdown (last ? last + 1 : self->title, -1);
        gunichar first = g_unichar_toupper (g_utf8_get_char (lower));
        char buf[8] = { 0 };

        g_unichar_to_utf8 (first, buf);
        self->short_title = g_strconcat (buf, g_utf8_next_char (lower), NULL);
      }
  }
}

static gboolean
find_act (const char  *name,
          xmlNode     *root,
          xmlNode    **act,
          GError     **error)
{
  if (root != NULL && g_str_equal ((const char *) root->name, "akomaNtoso")
      && !kel_xml_is (root, AKN_NS, NULL))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_AKN,
                   "%s:%d: <akomaNtoso> is in namespace “%s”; Kelisim reads Akoma Ntoso 3.0 "
                   "(%s, and the OASIS drafts %s/WD17, /CSD01 … /CSD14) and 2.0 (%s)",
                   name, kel_xml_line (root),
                   root->ns && root->ns->href ? (const char *) root->ns->href : "",
                   AKN_NS, AKN_NS, KEL_AKN20_NS);
      return FALSE;
    }
  if (!kel_xml_is (root, AKN_NS, "akomaNtoso"))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_AKN,
                   _("%s:%d: not an Akoma Ntoso document: the root element is <%s>, "
                     "expected <akomaNtoso> in namespace %s"),
                   name, root ? kel_xml_line (root) : 1, root ? (const char *) root->name : "", AKN_NS);
      return FALSE;
    }
  *act = kel_xml_first_child (root);
  if (*act == NULL || !kel_xml_is (*act, AKN_NS, NULL)
      || !kel_akn_is_document_type ((const char *) (*act)->name))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_AKN,
                   _("%s:%d: the Akoma Ntoso document holds no document: its first element "
                   "should be one of act, bill, doc, statement, portion, amendment, "
                   "amendmentList, judgment, debate, debateReport, officialGazette, "
                   "documentCollection"),
                   name, kel_xml_line (root));
      return FALSE;
    }
  return TRUE;
}

static void
add_notice (KelDocument *self,
            char        *notice)
{
  if (self->notices->len > 0)
    g_ptr_array_remove_index (self->notices, self->notices->len - 1);   /* the NULL */
  g_ptr_array_add (self->notices, notice);
  g_ptr_array_add (self->notices, NULL);
}

static void
add_unknown_notice (Loader *l)
{
  g_autoptr(GList) names = g_hash_table_get_keys (l->unknown);
  g_autoptr(GString) list = g_string_new (NULL);
  guint total = 0, shown = 0;

  if (names == NULL)
    return;
  names = g_list_sort (names, (GCompareFunc) g_strcmp0);
  for (GList *n = names; n; n = n->next)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (l->unknown, n->data));

      total += count;
      if (shown++ < 8)
        g_string_append_printf (list, "%s<%s> ×%u", list->len ? ", " : "", (const char *) n->data, count);
    }
  if (shown > 8)
    g_string_append (list, ", …");
  add_notice (l->doc, g_strdup_printf ("%s: %u element(s) of kinds Kelisim does not know, shown as plain text: %s",
                                       l->name, total, list->str));
}

static KelDocument *
load_from_bytes (GBytes      *edition,
                 const char  *edition_name,
                 GBytes      *termbase,
                 const char  *termbase_name,
                 GError     **error)
{
  g_autoptr(KelDocument) self = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KelTermbase) tb = NULL;
  xmlNode *act = NULL, *meta = NULL;
  KelAknVersion version = KEL_AKN_30;
  g_autofree char *found_ns = NULL;
  Loader l = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (edition != NULL, NULL);
  g_return_val_if_fail (edition_name != NULL, NULL);

  doc = kel_xml_parse (edition, edition_name, error);
  if (doc == NULL)
    return NULL;
  kel_akn_normalise_namespaces (doc, &version, &found_ns);
  if (!find_act (edition_name, xmlDocGetRootElement (doc), &act, error))
    return NULL;
  if (termbase != NULL)
    {
      tb = kel_termbase_new_from_bytes (termbase, termbase_name ? termbase_name : "termbase", error);
      if (tb == NULL)
        return NULL;
    }

  self = g_object_new (KEL_TYPE_DOCUMENT, NULL);
  self->name = g_strdup (edition_name);

  l.doc = self;
  l.name = edition_name;
  l.references = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  l.pending = g_array_new (FALSE, FALSE, sizeof (PendingRef));
  g_array_set_clear_func (l.pending, (GDestroyNotify) pending_ref_clear);
  l.term_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l.defs = g_ptr_array_new ();
  l.id_is_eid = version != KEL_AKN_30;
  l.ref_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  l.unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (found_ns != NULL)
    add_notice (self, g_strdup_printf (version == KEL_AKN_20
                                       ? "%s: read as Akoma Ntoso 3.0 from Akoma Ntoso 2.0 (%s), its id attributes as eIds"
                                       : "%s: read as Akoma Ntoso 3.0 from the pre-standard namespace %s",
                                       edition_name, found_ns));
  l.explicit_eids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l.generated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_eids (&l, xmlDocGetRootElement (doc));

  for (xmlNode *c = kel_xml_first_child (act); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, "meta"))
      meta = c;
  if (meta != NULL)
    {
      if (!read_references (&l, meta, error))
        goto out;
      read_labels (&l, meta);
    }
  kel_particulars_read (self, act);

  read_identity (&l, act, meta);
  if (!walk_container (&l, act, NULL, error))
    goto out;
  /* components after the document, beside it under <akomaNtoso> */
  for (xmlNode *c = kel_xml_next (act); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, NULL) && !walk_container (&l, c, NULL, error))
      goto out;
  if (l.n_renamed > 0)
    add_notice (self, g_strdup_printf ("%s: %u eId(s) are used twice; links go to the first, the others "
                                       "were renamed (the first: %s)",
                                       edition_name, l.n_renamed, l.first_renamed));
  add_unknown_notice (&l);
  if (self->blocks->len == 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_AKN,
                   _("%s: the act has no text"), edition_name);
      goto out;
    }
  sort_spans (&l);
  index_block_bytes (self);
  if (!resolve_refs (&l, error)
      || !build_terms (&l, tb, error)
      || !build_threats (&l, tb, error))
    goto out;

  /* each block's first span, for fast lookups */
  for (guint b = 0, s = 0; b < self->blocks->len; b++)
    {
      KelBlock *block = &g_array_index (self->blocks, KelBlock, b);

      while (s < self->spans->len && g_array_index (self->spans, KelSpan, s).start < block->start)
        s++;
      block->first_span = s;
    }
  build_titles (self, l.first_preface_block);
  ok = TRUE;

out:
  g_hash_table_unref (l.references);
  g_array_unref (l.pending);
  g_hash_table_unref (l.term_lines);
  g_ptr_array_unref (l.defs);
  g_hash_table_unref (l.explicit_eids);
  g_hash_table_unref (l.ref_names);
  g_hash_table_unref (l.unknown);
  g_free (l.first_dangling);
  g_free (l.first_renamed);
  g_hash_table_unref (l.generated);
  return ok ? g_steal_pointer (&self) : NULL;
}

/* Editions from this size on give their parser's memory back after loading
 * (malloc_trim); the bundled agreement, 0.1 MB, does not spend the time. */
#define KEL_DOCUMENT_TRIM_BYTES (1024 * 1024)

/**
 * kel_document_new_from_bytes:
 * @edition: the Akoma Ntoso file's content
 * @edition_name: its name, for messages
 * @termbase: (nullable): the TBX termbase's content
 * @termbase_name: (nullable): its name
 * @error: return location for a #KEL_ERROR
 *
 * Returns: (transfer full) (nullable): the document
 */
KelDocument *
kel_document_new_from_bytes (GBytes      *edition,
                             const char  *edition_name,
                             GBytes      *termbase,
                             const char  *termbase_name,
                             GError     **error)
{
  g_autoptr(GError) local = NULL;
  KelDocument *doc;

  g_return_val_if_fail (edition != NULL, NULL);
  g_return_val_if_fail (edition_name != NULL, NULL);

  doc = load_from_bytes (edition, edition_name, termbase, termbase_name, &local);
#ifdef __GLIBC__
  /* libxml2's tree of a large edition, freed now, lies between the
   * model's blocks: glibc keeps those pages unless asked to give back the
   * free ones (some 25 MB of a 100x edition's resident set) */
  if (g_bytes_get_size (edition) >= KEL_DOCUMENT_TRIM_BYTES)
    malloc_trim (0);
#endif
  if (doc == NULL)
    {
      /* messages quote the file: keep them one readable line */
      kel_error_clean (local);
      g_propagate_error (error, g_steal_pointer (&local));
    }
  return doc;
}

static GBytes *
read_file (GFile   *file,
           GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  char *data = NULL;
  gsize len = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local);
  if (info == NULL)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, "%s: %s", name, local->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, _("%s: is a folder, not a file"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > KEL_DOCUMENT_MAX_BYTES)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE,
                   _("%s: the file is %lu MB; Kelisim opens files of up to %d MB"),
                   name, (gulong) (g_file_info_get_size (info) / (1024 * 1024)), KEL_DOCUMENT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &data, &len, NULL, &local))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO, "%s: %s", name, local->message);
      return NULL;
    }
  return g_bytes_new_take (data, len);
}

/**
 * kel_document_new_from_files:
 * @edition: an Akoma Ntoso file
 * @termbase: (nullable): a TBX file
 * @error: return location for a #KEL_ERROR
 *
 * Returns: (transfer full) (nullable): the document
 */
KelDocument *
kel_document_new_from_files (GFile   *edition,
                             GFile   *termbase,
                             GError **error)
{
  g_autoptr(GBytes) ebytes = NULL;
  g_autoptr(GBytes) tbytes = NULL;
  g_autofree char *ename = NULL;
  g_autofree char *tname = NULL;

  g_return_val_if_fail (G_IS_FILE (edition), NULL);

  ename = g_file_get_parse_name (edition);
  ebytes = read_file (edition, error);
  if (ebytes == NULL)
    return NULL;
  if (termbase != NULL)
    {
      tname = g_file_get_parse_name (termbase);
      tbytes = read_file (termbase, error);
      if (tbytes == NULL)
        return NULL;
    }
  return kel_document_new_from_bytes (ebytes, ename, tbytes, tname, error);
}

/**
 * kel_document_new_bundled:
 * @error: return location for a #KEL_ERROR
 *
 * Loads the agreement and its termbase from the program's resources.
 *
 * Returns: (transfer full) (nullable): the document
 */
KelDocument *
kel_document_new_bundled (GError **error)
{
  g_autoptr(GBytes) edition = NULL;
  g_autoptr(GBytes) termbase = NULL;
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      kel_edition_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  edition = g_resources_lookup_data (EDITION_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (edition == NULL)
    return NULL;
  termbase = g_resources_lookup_data (TERMBASE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (termbase == NULL)
    return NULL;
  return kel_document_new_from_bytes (edition, "agreement.kk.akn.xml",
                                      termbase, "termbase.tbx", error);
}

/* ------------------------------------------------------------------------ */
/* Accessors                                                                */
/* ------------------------------------------------------------------------ */

const char *
kel_document_get_name (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->name;
}

/**
 * kel_document_get_title:
 * Returns: the act's long title, as the text has it
 */
/**
 * kel_document_get_language:
 *
 * Returns: (nullable): the language the document says it is in
 *   (FRBRExpression/FRBRlanguage: "kaz", "eng", "swa", …), or %NULL
 */
const char *
kel_document_get_language (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->language;
}

/**
 * kel_document_is_kazakh:
 *
 * Returns: %TRUE when the document is in Kazakh (or does not say): its
 *   parts are then cited as the agreement's are ("3-бап, 2-тармақ")
 */
gboolean
kel_document_is_kazakh (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), TRUE);
  if (self->language != NULL)
    return g_str_equal (self->language, "kaz") || g_str_equal (self->language, "kk");
  /* a document that does not say: Kazakh when it follows the agreement's
   * profile (a label table, threat types) */
  return g_hash_table_size (self->labels) > 0 || g_list_model_get_n_items (G_LIST_MODEL (self->threats)) > 0;
}

const char *
kel_document_get_title (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->title;
}

/**
 * kel_document_get_short_title:
 * Returns: the word by which the act cites itself ("Келісім")
 */
const char *
kel_document_get_short_title (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->short_title;
}

/**
 * kel_document_get_text:
 * @n_bytes: (out) (optional): its length in bytes
 *
 * Returns: the reading text, blocks joined by "\n"
 */
const char *
kel_document_get_text (KelDocument *self,
                       gsize       *n_bytes)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (n_bytes)
    *n_bytes = self->text->len;
  return self->text->str;
}

guint
kel_document_get_n_chars (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->n_chars;
}

/* Pointer to a character offset, found from the nearest block start. */
static const char *
pointer_at (KelDocument *self,
            guint        offset)
{
  const KelBlock *block;
  guint index;

  offset = MIN (offset, self->n_chars);
  block = kel_document_get_block_at (self, offset);
  if (block == NULL || self->block_bytes == NULL)
    return g_utf8_offset_to_pointer (self->text->str, offset);
  index = block - (const KelBlock *) self->blocks->data;
  return g_utf8_offset_to_pointer (self->text->str + self->block_bytes[index], offset - block->start);
}

static void
index_block_bytes (KelDocument *self)
{
  const char *q = self->text->str;
  guint chars = 0;

  self->block_bytes = g_new (gsize, self->blocks->len);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const KelBlock *b = &g_array_index (self->blocks, KelBlock, i);

      q = g_utf8_offset_to_pointer (q, b->start - chars);
      chars = b->start;
      self->block_bytes[i] = q - self->text->str;
    }
}

/**
 * kel_document_get_range:
 * @start: first character
 * @end: end (exclusive)
 *
 * Returns: (transfer full): the reading text from @start to @end
 */
char *
kel_document_get_range (KelDocument *self,
                        guint        start,
                        guint        end)
{
  const char *a, *b;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (end <= start)
    return g_strdup ("");
  a = pointer_at (self, start);
  b = pointer_at (self, end);
  return g_strndup (a, b - a);
}

guint
kel_document_get_n_blocks (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

const KelBlock *
kel_document_get_block (KelDocument *self,
                        guint        index)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return &g_array_index (self->blocks, KelBlock, index);
}

/**
 * kel_document_get_block_at:
 * @offset: a character offset
 *
 * Returns: (nullable): the block that holds @offset, or the block after it
 *   when @offset is a line break
 */
const KelBlock *
kel_document_get_block_at (KelDocument *self,
                           guint        offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  hi = self->blocks->len;
  if (hi == 0)
    return NULL;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->blocks, KelBlock, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return &g_array_index (self->blocks, KelBlock, lo);
}

char *
kel_document_get_block_text (KelDocument    *self,
                             const KelBlock *block)
{
  return kel_document_get_range (self, block->start, block->end);
}

guint
kel_document_get_n_spans (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->spans->len;
}

const KelSpan *
kel_document_get_span (KelDocument *self,
                       guint        index)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->spans->len, NULL);
  return &g_array_index (self->spans, KelSpan, index);
}

/**
 * kel_document_find_first_span:
 * @offset: a character offset
 *
 * Returns: the index of the first span that starts at or after @offset
 *   (kel_document_get_n_spans() when there is none)
 */
guint
kel_document_find_first_span (KelDocument *self,
                              guint        offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  hi = self->spans->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->spans, KelSpan, mid).start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/**
 * kel_document_get_span_at:
 * @offset: a character offset
 * @kind: the kind of span
 *
 * Returns: (nullable): the span of @kind that covers @offset
 */
const KelSpan *
kel_document_get_span_at (KelDocument *self,
                          guint        offset,
                          KelSpanKind  kind)
{
  const KelBlock *block;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  block = kel_document_get_block_at (self, offset);
  if (block == NULL)
    return NULL;
  for (guint i = block->first_span; i < self->spans->len; i++)
    {
      const KelSpan *span = &g_array_index (self->spans, KelSpan, i);

      if (span->start > offset || span->start >= block->end + 1)
        break;
      if (span->kind == kind && offset >= span->start && offset < span->end)
        return span;
    }
  return NULL;
}

guint
kel_document_get_n_nodes (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  return self->nodes->len;
}

const KelNode *
kel_document_get_node (KelDocument *self,
                       guint        index)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return g_ptr_array_index (self->nodes, index);
}

/**
 * kel_document_lookup_node:
 * @eid: an eId, with or without a leading '#'
 *
 * Returns: (nullable): the node with that eId
 */
const KelNode *
kel_document_lookup_node (KelDocument *self,
                          const char  *eid)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  if (eid == NULL)
    return NULL;
  if (eid[0] == '#')
    eid++;
  return g_hash_table_lookup (self->nodes_by_eid, eid);
}

/**
 * kel_document_get_node_at:
 * @offset: a character offset
 *
 * Returns: (nullable): the innermost node that holds @offset
 */
const KelNode *
kel_document_get_node_at (KelDocument *self,
                          guint        offset)
{
  const KelBlock *block;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  block = kel_document_get_block_at (self, offset);
  return block ? block->node : NULL;
}

/**
 * kel_document_get_section:
 * @node: a node
 *
 * Returns: (nullable): the top-level part that holds @node: the title, the
 *   preamble, an article, the conclusions, an annex or a component
 */
const KelNode *
kel_document_get_section (KelDocument   *self,
                          const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  while (node != NULL && node->parent != NULL)
    node = node->parent;
  return node;
}

/**
 * kel_document_get_node_text:
 * Returns: (transfer full): the text of @node, its blocks joined by "\n"
 */
char *
kel_document_get_node_text (KelDocument   *self,
                            const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);
  return kel_document_get_range (self, node->start, node->end);
}

/**
 * kel_document_get_node_label:
 * @node: a node
 * @lang: a language
 * @status: (out) (optional): the label's provenance
 *
 * Returns: (nullable): the label that the edition gives the node in @lang
 *   (in Kazakh, its heading; in Russian and Chinese, the label table's)
 */
const char *
kel_document_get_node_label (KelDocument   *self,
                             const KelNode *node,
                             KelLang        lang,
                             KelStatus     *status)
{
  NodeLabels *labels;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  labels = g_hash_table_lookup (self->labels, node->eid);
  if (labels != NULL && labels->labels[lang] != NULL)
    {
      if (status)
        *status = labels->status[lang];
      return labels->labels[lang];
    }
  if (status)
    *status = lang == KEL_LANG_KK && node->heading ? KEL_STATUS_OFFICIAL : KEL_STATUS_MISSING;
  return lang == KEL_LANG_KK ? node->heading : NULL;
}

/**
 * kel_document_get_label:
 * @eid: an eId of the label table, such as "docType" or "art_3"
 * @lang: a language
 * @status: (out) (optional): the label's provenance
 *
 * Returns: (nullable): the label table's label for @eid in @lang (the
 *   table in the edition's `<proprietary>` block), or %NULL
 */
const char *
kel_document_get_label (KelDocument *self,
                        const char  *eid,
                        KelLang      lang,
                        KelStatus   *status)
{
  NodeLabels *labels;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (lang < KEL_N_LANGS, NULL);
  labels = eid ? g_hash_table_lookup (self->labels, eid) : NULL;
  if (status)
    *status = labels && labels->labels[lang] ? labels->status[lang] : KEL_STATUS_MISSING;
  return labels ? labels->labels[lang] : NULL;
}

/**
 * kel_document_get_terms:
 * Returns: (transfer none): the defined terms, #KelTerm, in Annex 1 order
 */
GListModel *
kel_document_get_terms (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->terms);
}

/**
 * kel_document_lookup_term:
 * Returns: (transfer none) (nullable): the term with that id
 */
KelTerm *
kel_document_lookup_term (KelDocument *self,
                          const char  *id)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->terms_by_id, id) : NULL;
}

/**
 * kel_document_get_threats:
 * Returns: (transfer none): the threat types, #KelThreat, in annex order
 */
GListModel *
kel_document_get_threats (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->threats);
}

KelThreat *
kel_document_lookup_threat (KelDocument *self,
                            const char  *id)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->threats_by_id, id) : NULL;
}

/**
 * kel_document_get_threat_for_node:
 * @node: a node
 *
 * Returns: (transfer none) (nullable): the threat that @node or one of its
 *   ancestors refers to, such as the threat an Article 2 item names
 */
KelThreat *
kel_document_get_threat_for_node (KelDocument   *self,
                                  const KelNode *node)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  for (; node != NULL; node = node->parent)
    if (node->refers_to != NULL && g_hash_table_contains (self->threats_by_id, node->refers_to))
      return g_hash_table_lookup (self->threats_by_id, node->refers_to);
  return NULL;
}

/**
 * kel_document_get_notices:
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): what the
 *   loader read differently from the file, one line each, naming the file:
 *   a pre-standard namespace, references that point to nothing, elements
 *   it does not know.  %NULL when there is nothing to say.
 */
const char * const *
kel_document_get_notices (KelDocument *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT (self), NULL);
  return self->notices->len > 0 ? (const char * const *) self->notices->pdata : NULL;
}

/**
 * kel_document_get_memory_size:
 *
 * Returns: an estimate of the bytes the loaded model holds
 */
gsize
kel_document_get_memory_size (KelDocument *self)
{
  gsize size = sizeof *self;

  g_return_val_if_fail (KEL_IS_DOCUMENT (self), 0);
  size += self->text->allocated_len;
  size += self->blocks->len * sizeof (KelBlock);
  size += self->spans->len * sizeof (KelSpan);
  size += self->nodes->len * (sizeof (KelNode) + sizeof (gpointer) * 3);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const KelNode *n = g_ptr_array_index (self->nodes, i);
      size += strlen (n->eid) + 1 + (n->heading ? strlen (n->heading) + 1 : 0);
    }
  size += g_list_model_get_n_items (G_LIST_MODEL (self->terms)) * 512;
  size += g_list_model_get_n_items (G_LIST_MODEL (self->threats)) * 512;
  return size;
}
