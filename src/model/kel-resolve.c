/* kel-resolve.c — "Go to": where a citation, a term or a link leads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four readings are tried in turn, the first that leads somewhere wins:
 *
 *  1. an eId ("art_5__para_2", "kelisim:art_5__para_2", "#preamble");
 *  2. a location exactly as Kelisim writes it, in any of the three
 *     languages: a table from every node's locations (case, spaces and
 *     punctuation aside) to the first node that has it, built once;
 *  3. a loose citation: the text is cut into numbers and keywords
 *     ("бап", "статья", "art", "条", …), each number is paired with the
 *     keyword next to it (before it in "статья 5", after it in "5-бап" and
 *     "第五条"), numbers without a keyword fill the levels in order
 *     (article, paragraph, item: "5.2", "5(2)"), and the parts are looked up
 *     in the tree;
 *  4. a defined term or a threat type, in any of its languages.
 *
 * A whole citation ("«…» (Келісім, 5-бап, 2-тармақ)") that reads as none of
 * these is tried once more with what its last brackets hold.
 */
#include "kel-resolve.h"

#include <string.h>

#include "kel-error.h"
#include "kel-search.h"
#include "kel-term.h"
#include "kel-text.h"
#include "kel-threat.h"

/* Bigger numbers name no part of any act; they keep a number from
 * overflowing while it is read. */
#define MAX_NUMBER 100000

/* -- Chinese numerals ------------------------------------------------------ */

static int
zh_digit (gunichar c)
{
  switch (c)
    {
    case 0x96F6: case 0x3007: return 0;  /* 零 〇 */
    case 0x4E00: return 1;               /* 一 */
    case 0x4E8C: case 0x4E24: return 2;  /* 二 两 */
    case 0x4E09: return 3;               /* 三 */
    case 0x56DB: return 4;               /* 四 */
    case 0x4E94: return 5;               /* 五 */
    case 0x516D: return 6;               /* 六 */
    case 0x4E03: return 7;               /* 七 */
    case 0x516B: return 8;               /* 八 */
    case 0x4E5D: return 9;               /* 九 */
    default: return -1;
    }
}

static guint
zh_unit (gunichar c)
{
  switch (c)
    {
    case 0x5341: return 10;    /* 十 */
    case 0x767E: return 100;   /* 百 */
    case 0x5343: return 1000;  /* 千 */
    default: return 0;
    }
}

guint
kel_zh_parse_number (const char  *text,
                     const char **end)
{
  guint total = 0, digit = 0;
  gboolean any = FALSE;
  const char *p;

  g_return_val_if_fail (text != NULL, 0);

  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = zh_digit (c);
      guint unit = zh_unit (c);

      if (d >= 0)
        digit = (guint) d;
      else if (unit > 0)
        {
          /* "十二": a unit without a digit before it counts once */
          total += (digit > 0 ? digit : 1) * unit;
          digit = 0;
        }
      else
        break;
      any = TRUE;
    }
  if (end != NULL)
    *end = p;
  return any ? total + digit : 0;
}

/* -- Keywords -------------------------------------------------------------- */

typedef enum
{
  KW_NONE,
  KW_ARTICLE,
  KW_PARAGRAPH,
  KW_POINT,
  KW_ANNEX,
  KW_PREAMBLE,
  KW_TITLE,
  KW_SIGNATURES,
  KW_SOURCE,
  KW_SIGNS,
  KW_FILLER,     /* a word that changes nothing: "Келісім", "of" */
  KW_UNKNOWN,    /* any other word: the text is not a citation */
} Keyword;

/* Whether a keyword takes a number ("5-бап") or stands alone ("Кіріспе"). */
static gboolean
takes_number (Keyword kw)
{
  return kw == KW_ARTICLE || kw == KW_PARAGRAPH || kw == KW_POINT ||
         kw == KW_ANNEX || kw == KW_SIGNATURES;
}

/* Words, in any inflection: a prefix ('~') or the whole word.  The longer
 * prefix comes first where one begins another (тармақша, тармақ). */
static const struct
{
  const char *word;
  Keyword     kw;
} words[] = {
  /* Kazakh */
  { "тармақш~", KW_POINT }, { "тармақ~", KW_PARAGRAPH }, { "тармағ~", KW_PARAGRAPH },
  { "т", KW_PARAGRAPH }, { "бап~", KW_ARTICLE }, { "баб~", KW_ARTICLE },
  { "қосымша~", KW_ANNEX }, { "абзац~", KW_PARAGRAPH }, { "кіріспе~", KW_PREAMBLE },
  { "атау~", KW_TITLE }, { "қолтаңба~", KW_SIGNATURES }, { "көз~", KW_SOURCE },
  { "белгі~", KW_SIGNS }, { "келісім~", KW_FILLER }, { "қауіп", KW_FILLER },
  /* Russian */
  { "подпункт~", KW_POINT }, { "подп", KW_POINT }, { "пп", KW_POINT },
  { "пункт~", KW_PARAGRAPH }, { "п", KW_PARAGRAPH }, { "абз", KW_PARAGRAPH },
  { "стать~", KW_ARTICLE }, { "статей", KW_ARTICLE }, { "ст", KW_ARTICLE },
  { "приложени~", KW_ANNEX }, { "прил", KW_ANNEX }, { "преамбул~", KW_PREAMBLE },
  { "назван~", KW_TITLE }, { "подпис~", KW_SIGNATURES }, { "источник~", KW_SOURCE },
  { "признак~", KW_SIGNS }, { "соглашени~", KW_FILLER }, { "угроз~", KW_FILLER },
  /* English */
  { "article~", KW_ARTICLE }, { "art", KW_ARTICLE }, { "arts", KW_ARTICLE },
  { "subpara~", KW_POINT }, { "sub", KW_POINT }, { "item~", KW_POINT },
  { "point~", KW_POINT }, { "pt", KW_POINT }, { "para~", KW_PARAGRAPH },
  { "par", KW_PARAGRAPH }, { "annex~", KW_ANNEX }, { "att", KW_ANNEX },
  { "attachment~", KW_ANNEX }, { "appendi~", KW_ANNEX }, { "preamb~", KW_PREAMBLE },
  { "title", KW_TITLE }, { "signature~", KW_SIGNATURES }, { "source", KW_SOURCE },
  { "sign", KW_SIGNS }, { "signs", KW_SIGNS }, { "agreement", KW_FILLER },
  { "of", KW_FILLER }, { "the", KW_FILLER }, { "no", KW_FILLER }, { "nr", KW_FILLER },
};

/* Chinese: words are not spaced, so these are matched where they stand,
 * the longer first. */
static const struct
{
  const char *word;
  Keyword     kw;
} zh_words[] = {
  { "附件", KW_ANNEX }, { "序言", KW_PREAMBLE }, { "标题", KW_TITLE },
  { "签字", KW_SIGNATURES }, { "威胁来源", KW_SOURCE }, { "来源", KW_SOURCE },
  { "特征", KW_SIGNS }, { "协定", KW_FILLER }, { "条", KW_ARTICLE },
  { "款", KW_PARAGRAPH }, { "段", KW_PARAGRAPH }, { "项", KW_POINT },
  { "第", KW_FILLER },
};

static Keyword
classify_word (const char *folded)
{
  static char **table = NULL;

  if (g_once_init_enter (&table))
    {
      char **t = g_new0 (char *, G_N_ELEMENTS (words) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        t[i] = kel_text_fold (words[i].word);
      g_once_init_leave (&table, t);
    }

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *key = table[i];
      gsize len = strlen (key);

      if (len > 1 && key[len - 1] == '~')
        {
          if (strncmp (folded, key, len - 1) == 0)
            return words[i].kw;
        }
      else if (strcmp (folded, key) == 0)
        return words[i].kw;
    }
  return KW_UNKNOWN;
}

/* -- Tokens ---------------------------------------------------------------- */

typedef struct
{
  Keyword     kw;          /* KW_NONE for a number */
  guint       number;
  gboolean    open;        /* "(2": a number in brackets */
  gboolean    close;       /* "5)": a number followed by ')' */
  gboolean    used;        /* a keyword that has its number */
  Keyword     assigned;    /* for a number: what it numbers */
  const char *start;       /* the token in the text, for unknown words */
  const char *end;
} Token;

static gboolean
is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

static void
push (GArray     *tokens,
      Keyword     kw,
      guint       number,
      gboolean   *open,
      const char *start,
      const char *end)
{
  Token t = { kw, number, *open && kw == KW_NONE, FALSE, FALSE, KW_NONE, start, end };

  if (kw == KW_NONE)
    *open = FALSE;
  g_array_append_val (tokens, t);
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  gboolean open = FALSE;
  const char *p = text;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;

      if (g_unichar_digit_value (c) >= 0)
        {
          guint n = 0;

          for (; *p && g_unichar_digit_value (g_utf8_get_char (p)) >= 0; p = g_utf8_next_char (p))
            n = MIN (n * 10 + (guint) g_unichar_digit_value (g_utf8_get_char (p)), MAX_NUMBER);
          push (tokens, KW_NONE, n, &open, start, p);
          continue;
        }
      if (zh_digit (c) >= 0 || zh_unit (c) > 0)
        {
          guint n = kel_zh_parse_number (p, &p);

          push (tokens, KW_NONE, MIN (n, MAX_NUMBER), &open, start, p);
          continue;
        }
      if (is_han (c))
        {
          gboolean found = FALSE;

          /* the longest keyword that starts here */
          for (guint i = 0; i < G_N_ELEMENTS (zh_words) && !found; i++)
            if (g_str_has_prefix (p, zh_words[i].word))
              {
                p += strlen (zh_words[i].word);
                push (tokens, zh_words[i].kw, 0, &open, start, p);
                found = TRUE;
              }
          if (!found)
            {
              p = g_utf8_next_char (p);
              push (tokens, KW_UNKNOWN, 0, &open, start, p);
            }
          continue;
        }
      if (kel_text_is_word_char (c))
        {
          g_autofree char *word = NULL;
          g_autofree char *folded = NULL;

          while (*p)
            {
              gunichar w = g_utf8_get_char (p);

              if (!kel_text_is_word_char (w) || g_unichar_digit_value (w) >= 0 || is_han (w))
                break;
              p = g_utf8_next_char (p);
            }
          word = g_strndup (start, (gsize) (p - start));
          folded = kel_text_fold (word);
          push (tokens, classify_word (folded), 0, &open, start, p);
          continue;
        }

      p = g_utf8_next_char (p);
      if (c == '(' || c == 0xFF08)        /* ( （ */
        open = TRUE;
      else if (c == ')' || c == 0xFF09)   /* ) ） */
        {
          if (tokens->len > 0 && g_array_index (tokens, Token, tokens->len - 1).kw == KW_NONE)
            g_array_index (tokens, Token, tokens->len - 1).close = TRUE;
          open = FALSE;
        }
      else if (c == 0x00A7)               /* § */
        push (tokens, KW_PARAGRAPH, 0, &open, start, p);
    }
  return tokens;
}

/* -- A loose citation ------------------------------------------------------ */

typedef struct
{
  guint    article, paragraph, point, annex, signature;
  gboolean preamble, title, signatures, source, signs;
  gboolean paragraph_guessed;  /* the second of "3.5": a paragraph or an item */
  const char *words_start;     /* unknown words: perhaps a term in an annex */
  const char *words_end;
} Citation;

static gboolean
set_number (guint *slot,
            guint  n)
{
  if (*slot != 0 || n == 0)
    return FALSE;
  *slot = n;
  return TRUE;
}

static gboolean
assign (Citation *cite,
        Keyword   kw,
        guint     n)
{
  switch (kw)
    {
    case KW_ARTICLE: return set_number (&cite->article, n);
    case KW_PARAGRAPH: return set_number (&cite->paragraph, n);
    case KW_POINT: return set_number (&cite->point, n);
    case KW_ANNEX: return set_number (&cite->annex, n);
    case KW_SIGNATURES: cite->signatures = TRUE; return set_number (&cite->signature, n);
    default: return FALSE;
    }
}

/* Reads @text as a citation.  FALSE when it is not one: a word that is not
 * a keyword, two numbers for the same level, no number and no part. */
static gboolean
parse_citation (const char *text,
                Citation   *cite)
{
  g_autoptr(GArray) tokens = tokenize (text);
  gboolean any = FALSE;

  memset (cite, 0, sizeof *cite);

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);

      switch (t->kw)
        {
        case KW_PREAMBLE: cite->preamble = any = TRUE; break;
        case KW_TITLE: cite->title = any = TRUE; break;
        case KW_SIGNATURES: cite->signatures = any = TRUE; break;
        case KW_SOURCE: cite->source = TRUE; break;
        case KW_SIGNS: cite->signs = TRUE; break;
        case KW_UNKNOWN:
          if (cite->words_start == NULL)
            cite->words_start = t->start;
          cite->words_end = t->end;
          break;
        default: break;
        }
    }

  /* pair each number with its keyword: the one before it ("статья 5",
   * "附件二"), else the one after it ("5-бап", "第五条") */
  for (guint i = 0; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);
      Token *before = NULL, *after = NULL;
      guint j;

      if (t->kw != KW_NONE)
        continue;
      /* "第", "Келісім", "of" may stand between a number and its keyword */
      for (j = i; j > 0 && g_array_index (tokens, Token, j - 1).kw == KW_FILLER; j--)
        ;
      if (j > 0)
        before = &g_array_index (tokens, Token, j - 1);
      for (j = i + 1; j < tokens->len && g_array_index (tokens, Token, j).kw == KW_FILLER; j++)
        ;
      if (j < tokens->len)
        after = &g_array_index (tokens, Token, j);
      if (before != NULL && takes_number (before->kw) && !before->used)
        {
          before->used = TRUE;
          t->assigned = before->kw;
        }
      else if (after != NULL && takes_number (after->kw) && !after->used)
        {
          after->used = TRUE;
          t->assigned = after->kw;
        }
      else if (t->close && !t->open)
        t->assigned = KW_POINT;   /* "3-бап 5)": a тармақша */
    }

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);
      Keyword kw = t->assigned;

      if (t->kw != KW_NONE)
        continue;
      any = TRUE;
      if (kw == KW_NONE)
        {
          /* a bare number fills the next level: "5.2", "5(2)", "annex 2, 3" */
          if (cite->article == 0 && cite->annex == 0 && !cite->preamble && !cite->signatures)
            kw = KW_ARTICLE;
          else if (cite->signatures)
            kw = KW_SIGNATURES;
          else if (cite->paragraph == 0 && cite->point == 0)
            {
              /* in an annex, the paragraph level is the annex's item */
              kw = KW_PARAGRAPH;
              cite->paragraph_guessed = !t->open;
            }
          else
            kw = KW_POINT;
        }
      if (kw == KW_SIGNATURES)
        {
          if (!set_number (&cite->signature, t->number))
            return FALSE;
        }
      else if (!assign (cite, kw, t->number))
        return FALSE;
    }
  return any;
}

/* The first node under @scope (or anywhere, for %NULL) of one of the two
 * kinds, with number @n; @children_only: direct children only. */
static const KelNode *
find_below (KelDocument   *doc,
            const KelNode *scope,
            KelNodeKind    kind,
            KelNodeKind    kind2,
            guint          n,
            gboolean       children_only)
{
  guint first = scope ? scope->index + 1 : 0;

  for (guint i = first; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      if (scope != NULL && node->depth <= scope->depth)
        break;
      if (children_only && node->parent != scope)
        continue;
      if (node->kind != kind && node->kind != kind2)
        continue;
      /* annexes are numbered by position, whatever their num says */
      if (n == 0 || (node->kind == KEL_NODE_ANNEX ? node->ordinal : kel_node_get_number (node)) == n)
        return node;
    }
  return NULL;
}

static const KelNode *
preamble_paragraph (KelDocument   *doc,
                    const KelNode *preamble,
                    guint          n)
{
  if (n == 0 || n > preamble->n_blocks)
    return NULL;
  return kel_document_get_block (doc, preamble->first_block + n - 1)->node;
}

static const KelNode *
find_citation (KelDocument    *doc,
               const Citation *c)
{
  const KelNode *node = NULL;

  if (c->article)
    {
      const KelNode *para = NULL;

      if (c->annex || c->preamble || c->title || c->signatures || c->source || c->signs)
        return NULL;
      node = find_below (doc, NULL, KEL_NODE_ARTICLE, KEL_NODE_ARTICLE, c->article, FALSE);
      if (node == NULL)
        return NULL;
      if (c->paragraph)
        {
          para = find_below (doc, node, KEL_NODE_PARAGRAPH, KEL_NODE_PARAGRAPH, c->paragraph, TRUE);
          /* "3.5" where article 3 has one paragraph with a list: item 5 */
          if (para == NULL && c->paragraph_guessed && c->point == 0)
            return find_below (doc, node, KEL_NODE_POINT, KEL_NODE_POINT, c->paragraph, FALSE);
          if (para == NULL)
            return NULL;
          node = para;
        }
      if (c->point)
        node = find_below (doc, node, KEL_NODE_POINT, KEL_NODE_POINT, c->point, FALSE);
      return node;
    }

  if (c->annex)
    {
      if (c->preamble || c->title || c->signatures)
        return NULL;
      node = find_below (doc, NULL, KEL_NODE_ANNEX, KEL_NODE_ANNEX, c->annex, FALSE);
      if (node == NULL)
        return NULL;
      /* the annex's items: "2-қосымша, 3-тармақ", "附件二第三项" */
      if (c->paragraph && c->point)
        {
          node = find_below (doc, node, KEL_NODE_THREAT, KEL_NODE_DEFINITION, c->paragraph, TRUE);
          if (node == NULL)
            return NULL;
          return find_below (doc, node, KEL_NODE_POINT, KEL_NODE_POINT, c->point, FALSE);
        }
      if (c->paragraph || c->point)
        {
          guint n = c->paragraph ? c->paragraph : c->point;
          const KelNode *item = find_below (doc, node, KEL_NODE_THREAT, KEL_NODE_DEFINITION, n, TRUE);

          if (item == NULL)
            item = find_below (doc, node, KEL_NODE_PARAGRAPH, KEL_NODE_PARAGRAPH, n, TRUE);
          node = item;
        }
      if (node != NULL && (c->source || c->signs))
        {
          if (node->kind != KEL_NODE_THREAT)
            return NULL;
          node = find_below (doc, node, c->source ? KEL_NODE_THREAT_SOURCE : KEL_NODE_THREAT_SIGNS,
                             c->source ? KEL_NODE_THREAT_SOURCE : KEL_NODE_THREAT_SIGNS, 0, TRUE);
        }
      return node;
    }

  if (c->source || c->signs || c->point)
    return NULL;

  if (c->preamble)
    {
      if (c->title || c->signatures)
        return NULL;
      node = find_below (doc, NULL, KEL_NODE_PREAMBLE, KEL_NODE_PREAMBLE, 0, FALSE);
      if (node != NULL && c->paragraph)
        node = preamble_paragraph (doc, node, c->paragraph);
      return node;
    }
  if (c->paragraph)
    return NULL;
  if (c->title && !c->signatures)
    return find_below (doc, NULL, KEL_NODE_TITLE, KEL_NODE_TITLE, 0, FALSE);
  if (c->signatures && !c->title)
    {
      node = find_below (doc, NULL, KEL_NODE_CONCLUSIONS, KEL_NODE_CONCLUSIONS, 0, FALSE);
      if (node != NULL && c->signature)
        node = find_below (doc, node, KEL_NODE_SIGNATURE, KEL_NODE_SIGNATURE, c->signature, FALSE);
      return node;
    }
  return NULL;
}

/* -- Locations as Kelisim writes them -------------------------------------- */

/* Case, look-alikes, spaces and punctuation aside. */
static char *
location_key (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = kel_text_fold_char (g_utf8_get_char (p));

      if (kel_text_is_word_char (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static GHashTable *
get_locations (KelDocument *doc)
{
  GHashTable *table = g_object_get_data (G_OBJECT (doc), "kel-resolve-locations");

  if (table != NULL)
    return table;

  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *node = kel_document_get_node (doc, i);

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          g_autofree char *location = kel_document_get_location (doc, node, lang);
          char *key = location_key (location);

          /* the outermost node of a place: the article, not its heading */
          if (*key == '\0' || g_hash_table_contains (table, key))
            g_free (key);
          else
            g_hash_table_insert (table, key, (gpointer) node);
        }
    }
  g_object_set_data_full (G_OBJECT (doc), "kel-resolve-locations", table,
                          (GDestroyNotify) g_hash_table_unref);
  return table;
}

/* -- Terms ----------------------------------------------------------------- */

static const KelNode *
term_node (KelDocument *doc,
           KelTerm     *term)
{
  const KelNode *node = kel_term_get_definition_node (term);

  if (node == NULL && kel_term_get_n_occurrences (term) > 0)
    {
      const KelSpan *span = kel_term_get_occurrence (term, 0);

      node = kel_document_get_block (doc, span->block)->node;
    }
  return node;
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_digit_value (c) >= 0 || zh_digit (c) > 0)
        return TRUE;
    }
  return FALSE;
}

static const KelNode *
find_threat (KelDocument *doc,
             const char  *text)
{
  GListModel *threats = kel_document_get_threats (doc);
  g_autofree char *key = location_key (text);

  if (*key == '\0')
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (threats); i++)
    {
      g_autoptr(KelThreat) threat = g_list_model_get_item (threats, i);

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        {
          const char *label = kel_threat_get_label (threat, lang);
          g_autofree char *label_key = label ? location_key (label) : NULL;

          if (label_key != NULL && strcmp (label_key, key) == 0)
            return kel_threat_get_node (threat);
        }
    }
  return NULL;
}

/* A term by any label or form; while the reader is still typing, the one
 * term whose labels the words begin ("соғыс" is "ақпараттық соғыс"). */
static const KelNode *
find_term (KelDocument  *doc,
           const char   *text,
           KelTerm     **out)
{
  KelTerm *term = kel_document_find_term (doc, text);

  if (term == NULL && !has_digit (text))
    {
      GListModel *terms = kel_document_get_terms (doc);
      guint n = 0;

      for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
        {
          g_autoptr(KelTerm) t = g_list_model_get_item (terms, i);

          if (kel_search_term_matches (t, text))
            {
              term = t;
              n++;
            }
        }
      if (n != 1)
        term = NULL;
    }
  if (term == NULL)
    return NULL;
  *out = term;
  return term_node (doc, term);
}

/* -- All together ---------------------------------------------------------- */

static const KelNode *
resolve (KelDocument  *doc,
         const char   *text,
         KelTerm     **term,
         gboolean      retry)
{
  const KelNode *node;
  const char *eid = text;
  g_autofree char *key = NULL;
  Citation cite;

  if (g_str_has_prefix (eid, "kelisim:"))
    eid += strlen ("kelisim:");
  else if (eid[0] == '#')
    eid++;
  node = kel_document_lookup_node (doc, eid);
  if (node != NULL)
    return node;

  key = location_key (text);
  if (*key == '\0')
    return NULL;
  node = g_hash_table_lookup (get_locations (doc), key);
  if (node != NULL)
    return node;

  if (parse_citation (text, &cite))
    {
      if (cite.words_start == NULL)
        return find_citation (doc, &cite);
      /* "1-қосымша, «ақпараттық соғыс»": a term named in an annex */
      if (cite.annex && !cite.article && !cite.paragraph && !cite.point)
        {
          g_autofree char *words = g_strndup (cite.words_start, (gsize) (cite.words_end - cite.words_start));
          const KelNode *annex = find_citation (doc, &cite);

          node = annex ? find_term (doc, words, term) : NULL;
          if (node != NULL && node->start >= annex->start && node->end <= annex->end)
            return node;
          *term = NULL;
        }
    }

  node = find_term (doc, text, term);
  if (node != NULL)
    return node;
  node = find_threat (doc, text);
  if (node != NULL)
    return node;

  /* a whole citation: «…» (Келісім, 5-бап, 2-тармақ) or “…”（协定第五条第二款） */
  if (retry)
    {
      const char *close = NULL, *open = NULL;
      g_autofree char *inner = NULL;

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == '(' || c == 0xFF08)
            open = g_utf8_next_char (p);
          else if ((c == ')' || c == 0xFF09) && open != NULL)
            close = p;
        }
      if (open != NULL && close != NULL && close > open && open != g_utf8_next_char (text))
        {
          inner = g_strndup (open, (gsize) (close - open));
          return resolve (doc, inner, term, FALSE);
        }
    }
  return NULL;
}

const KelNode *
kel_document_resolve (KelDocument  *doc,
                      const char   *text,
                      KelTerm     **term,
                      GError      **error)
{
  KelTerm *found = NULL;
  const KelNode *node = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  if (term != NULL)
    *term = NULL;
  if (text != NULL && g_utf8_validate (text, -1, NULL))
    {
      stripped = g_strstrip (g_strdup (text));
      if (*stripped != '\0' && strlen (stripped) <= 4096)
        node = resolve (doc, stripped, &found, TRUE);
    }
  if (node == NULL)
    {
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND,
                     "the text to go to is not valid UTF-8");
      else
        g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_FOUND,
                     "nothing in %s is cited as “%s”",
                     kel_document_get_short_title (doc), stripped ? stripped : text);
      return NULL;
    }
  if (term != NULL)
    *term = found;
  return node;
}
