/* kel-resolve-parse.c — reading a loose citation: numbers and keywords
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The third reading of "Go to" (kel-resolve.c): the text is cut into
 * numbers (digits or Chinese numerals) and keywords ("бап", "статья",
 * "art", "条", …), each number is paired with the keyword next to it, and
 * numbers without a keyword fill the levels in order.
 */
#include "kel-resolve-private.h"

#include <string.h>

#include "kel-text.h"
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

/**
 * kel_zh_parse_number:
 * @text: UTF-8 text starting with Chinese numerals (一 … 九, 十, 百, 千, 零,
 *   〇, 两)
 * @end: (out) (optional): where the numerals end
 *
 * The inverse of kel_zh_number(): "五" is 5, "十二" 12, "二十一" 21,
 * "九十九" 99, "一百零五" 105.
 *
 * Returns: the number, or 0 when @text does not start with a numeral
 */
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
assign (KelCitationParts *cite,
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
gboolean
kel_citation_parts_parse (const char       *text,
                          KelCitationParts *cite)
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

/* A number in @text, in digits or Chinese numerals. */
gboolean
kel_citation_parts_has_digit (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_digit_value (c) >= 0 || zh_digit (c) > 0)
        return TRUE;
    }
  return FALSE;
}
