/* kel-location.c — where a node is, as a reader cites it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Locations follow the citation habits of each language:
 *
 *   kk  3-бап, 2-тармақ      3-бап, 5) тармақша      1-қосымша
 *   ru  статья 3, пункт 2    статья 3, подпункт 5    приложение 1
 *   zh  第三条第二款          第三条第五项             附件一
 *
 * A numbered paragraph is a "тармақ" (пункт, 款); an unnumbered one is
 * counted as an "абзац" (абзац, 款: Chinese legal style calls both 款); a list
 * item is a "тармақша" (подпункт, 项).
 */
#include "kel-document.h"
#include "kel-contents.h"
#include "kel-term.h"
#include "kel-text.h"

#include <string.h>

static const KelNode *
ancestor (const KelNode *node,
          KelNodeKind    kind)
{
  for (; node != NULL; node = node->parent)
    if (node->kind == kind)
      return node;
  return NULL;
}

/* How many children of @parent are of @kind. */
static guint
count_children (KelDocument   *doc,
                const KelNode *parent,
                KelNodeKind    kind)
{
  guint n = 0;

  for (guint i = parent->index + 1; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *other = kel_document_get_node (doc, i);

      if (other->depth <= parent->depth)
        break;
      if (other->parent == parent && other->kind == kind)
        n++;
    }
  return n;
}

static void
append_article (GString       *out,
                const KelNode *article,
                KelLang        lang)
{
  guint n = kel_node_get_number (article);
  g_autofree char *zh = kel_zh_number (n);

  switch (lang)
    {
    case KEL_LANG_KK:
      g_string_append_printf (out, "%u-бап", n);
      break;
    case KEL_LANG_RU:
      g_string_append_printf (out, "статья %u", n);
      break;
    default:
      g_string_append_printf (out, "第%s条", zh);
    }
}

static void
append_annex (GString       *out,
              const KelNode *annex,
              KelLang        lang)
{
  guint n = annex->ordinal;
  g_autofree char *zh = kel_zh_number (n);

  switch (lang)
    {
    case KEL_LANG_KK:
      g_string_append_printf (out, "%u-қосымша", n);
      break;
    case KEL_LANG_RU:
      g_string_append_printf (out, "приложение %u", n);
      break;
    default:
      g_string_append_printf (out, "附件%s", zh);
    }
}

/* "2-тармақ" / "пункт 2" / "第二款", or the unnumbered "абзац" forms. */
static void
append_paragraph (GString       *out,
                  const KelNode *para,
                  KelLang        lang)
{
  gboolean numbered = para->num != NULL;
  guint n = kel_node_get_number (para);
  g_autofree char *zh = kel_zh_number (n);

  switch (lang)
    {
    case KEL_LANG_KK:
      g_string_append_printf (out, numbered ? ", %u-тармақ" : ", %u-абзац", n);
      break;
    case KEL_LANG_RU:
      g_string_append_printf (out, numbered ? ", пункт %u" : ", абзац %u", n);
      break;
    default:
      g_string_append_printf (out, "第%s款", zh);
    }
}

static void
append_point (GString       *out,
              const KelNode *point,
              KelLang        lang)
{
  guint n = kel_node_get_number (point);
  gboolean bracket = point->num != NULL && g_str_has_suffix (point->num, ")");
  g_autofree char *zh = kel_zh_number (n);

  switch (lang)
    {
    case KEL_LANG_KK:
      g_string_append_printf (out, bracket ? ", %u) тармақша" : ", %u-тармақша", n);
      break;
    case KEL_LANG_RU:
      g_string_append_printf (out, ", подпункт %u", n);
      break;
    default:
      g_string_append_printf (out, "第%s项", zh);
    }
}

static void
append_preamble_paragraph (KelDocument   *doc,
                           GString       *out,
                           const KelNode *preamble,
                           const KelNode *node,
                           KelLang        lang)
{
  guint n = node->first_block - preamble->first_block + 1;
  g_autofree char *zh = kel_zh_number (n);

  switch (lang)
    {
    case KEL_LANG_KK:
      g_string_append_printf (out, "Кіріспе, %u-абзац", n);
      break;
    case KEL_LANG_RU:
      g_string_append_printf (out, "преамбула, абзац %u", n);
      break;
    default:
      g_string_append_printf (out, "序言第%s段", zh);
    }
}

static const char *
fixed (KelLang     lang,
       const char *kk,
       const char *ru,
       const char *zh)
{
  return lang == KEL_LANG_KK ? kk : lang == KEL_LANG_RU ? ru : zh;
}

static void
append_component (GString       *out,
                  KelDocument   *doc,
                  const KelNode *component,
                  KelLang        lang)
{
  g_autofree char *text = kel_document_get_node_text (doc, component);

  if (g_str_has_prefix (text, "©"))
    g_string_append (out, fixed (lang, "Жариялаушы туралы мәлімет", "сведения об издателе", "出版者信息"));
  else if (component->ordinal == 1 && strstr (text, "растаймын") != NULL)
    g_string_append (out, fixed (lang, "Куәландыру жазбасы", "удостоверительная надпись", "核证说明"));
  else
    g_string_append (out, fixed (lang, "Қосымша материал", "дополнительный материал", "附加材料"));
}

/**
 * kel_document_get_location:
 * @node: a node
 * @lang: the language of the citation
 *
 * Returns: (transfer full): where @node is, as a reader cites it:
 *   "3-бап, 2-тармақ", "статья 3, пункт 2", "第三条第二款"
 */
/* A document in another language is cited with its own words: the num and
 * heading of the innermost part the contents list, then the nums of the
 * paragraphs and points inside it: "12. Powers of the Minister (2)(a)". */
static char *
own_location (KelDocument   *doc,
              const KelNode *node)
{
  g_autoptr(GPtrArray) inner = g_ptr_array_new ();
  const KelNode *part = node;
  GString *out = g_string_new (NULL);

  for (; part != NULL && !kel_document_is_contents_entry (doc, part); part = part->parent)
    if (part->num != NULL)
      g_ptr_array_insert (inner, 0, (gpointer) part);
  if (part != NULL)
    {
      g_autofree char *title = kel_document_get_contents_title (doc, part);

      g_string_append (out, title ? title : part->element);
    }
  for (guint i = 0; i < inner->len; i++)
    {
      const KelNode *n = g_ptr_array_index (inner, i);

      if (out->len > 0 && !g_str_has_prefix (n->num, "("))
        g_string_append_c (out, ' ');
      else if (out->len > 0 && i == 0)
        g_string_append_c (out, ' ');
      g_string_append (out, n->num);
    }
  if (out->len == 0 && node->n_blocks > 0)
    {
      /* outside any listed part (a preface line): its first words */
      g_autofree char *text = kel_document_get_block_text (doc, kel_document_get_block (doc, node->first_block));

      if (g_utf8_strlen (text, -1) > 40)
        {
          *g_utf8_offset_to_pointer (text, 40) = '\0';
          g_string_append_printf (out, "%s…", text);
        }
      else
        g_string_append (out, text);
    }
  if (out->len == 0)
    {
      /* a part with neither num nor heading nor text: what it is, and which */
      g_autofree char *first = g_utf8_strup (node->element, 1);

      g_string_append_printf (out, "%s%s %u", first, node->element + 1, node->ordinal);
    }
  return g_string_free (out, FALSE);
}

/**
 * kel_document_get_location:
 * @doc: a document
 * @node: one of its nodes
 * @lang: the citation style
 *
 * Returns: (transfer full): where @node is, in the citation style of @lang
 *   ("5-бап, 2-тармақ", "статья 5, пункт 2", "第五条第二款")
 */
char *
kel_document_get_location (KelDocument   *doc,
                           const KelNode *node,
                           KelLang        lang)
{
  GString *out;
  const KelNode *section, *article, *para, *point, *annex, *threat, *preamble;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (node != NULL, NULL);

  if (!kel_document_is_kazakh (doc))
    return own_location (doc, node);
  out = g_string_new (NULL);

  section = kel_document_get_section (doc, node);
  article = ancestor (node, KEL_NODE_ARTICLE);
  para = ancestor (node, KEL_NODE_PARAGRAPH);
  point = ancestor (node, KEL_NODE_POINT);
  annex = ancestor (node, KEL_NODE_ANNEX);
  threat = ancestor (node, KEL_NODE_THREAT);
  preamble = ancestor (node, KEL_NODE_PREAMBLE);

  if (article != NULL)
    {
      append_article (out, article, lang);
      if (point != NULL)
        {
          if (para != NULL && para->num != NULL)
            append_paragraph (out, para, lang);
          append_point (out, point, lang);
        }
      else if (para != NULL && (para->num != NULL || count_children (doc, article, KEL_NODE_PARAGRAPH) > 1))
        append_paragraph (out, para, lang);
    }
  else if (annex != NULL)
    {
      append_annex (out, annex, lang);
      if (threat != NULL)
        {
          guint n = kel_node_get_number (threat);
          g_autofree char *zh = kel_zh_number (n);

          if (lang == KEL_LANG_KK)
            g_string_append_printf (out, ", %u-тармақ", n);
          else if (lang == KEL_LANG_RU)
            g_string_append_printf (out, ", пункт %u", n);
          else
            g_string_append_printf (out, "第%s项", zh);
          if (ancestor (node, KEL_NODE_THREAT_SOURCE))
            g_string_append (out, fixed (lang, " (қауіп көзі)", " (источник угрозы)", "（威胁来源）"));
          else if (ancestor (node, KEL_NODE_THREAT_SIGNS))
            g_string_append (out, fixed (lang, " (белгілері)", " (признаки)", "（特征）"));
        }
      else
        {
          const KelNode *def = ancestor (node, KEL_NODE_DEFINITION);
          KelTerm *term = def ? kel_document_lookup_term (doc, def->refers_to) : NULL;
          const char *label = term ? kel_term_get_label (term, lang) : NULL;

          if (label == NULL && term != NULL)
            label = kel_term_get_label (term, KEL_LANG_KK);
          if (label != NULL)
            g_string_append_printf (out, lang == KEL_LANG_ZH ? "“%s”" : ", «%s»", label);
        }
    }
  else if (preamble != NULL)
    {
      if (node == preamble)
        g_string_append (out, fixed (lang, "Кіріспе", "преамбула", "序言"));
      else
        append_preamble_paragraph (doc, out, preamble, node, lang);
    }
  else if (section != NULL && section->kind == KEL_NODE_TITLE)
    g_string_append (out, fixed (lang, "Атауы", "название", "标题"));
  else if (section != NULL && section->kind == KEL_NODE_CONCLUSIONS)
    {
      if (node == section || ancestor (node, KEL_NODE_SIGNATURE) != NULL)
        g_string_append (out, fixed (lang, "Қолтаңбалар", "подписи", "签字"));
      else
        g_string_append (out, fixed (lang, "Жасалған жері мен күні", "место и дата подписания", "签订地点和日期"));
    }
  else if (ancestor (node, KEL_NODE_COMPONENT) != NULL)
    append_component (out, doc, ancestor (node, KEL_NODE_COMPONENT), lang);
  else
    g_string_append (out, node->eid);

  return g_string_free (out, FALSE);
}
