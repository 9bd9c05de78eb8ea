/* kel-notes-json.c — reading the notes file's JSON in one quick pass
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib builds a JsonNode, a hash table per object and a copy of every
 * string, through GScanner: two thirds of opening a thousand notes went
 * there.  This reader makes a small tree of nodes from one block of memory,
 * decodes each string in place in its own copy of the text (a string never
 * grows when its escapes are decoded) and looks members up by walking an
 * object's few members.  It reads all of RFC 8259; what it cannot read it
 * says with the line and column.  Writing stays with json-glib
 * (kel-notes-jsonld.c).
 */
#include "kel-notes-private.h"

#include <string.h>

#include "kel-error.h"

#define BLOCK_NODES 4096

struct _KelJson
{
  char        *text;      /* the copy strings are decoded in */
  GPtrArray   *blocks;    /* of BLOCK_NODES nodes each */
  gsize        n_free;    /* nodes left in the last block */
  KelJsonNode *root;
};

typedef struct
{
  KelJson    *json;
  char       *p;
  char       *end;
  const char *start;
  int         max_depth;
  char       *error;
} Reader;

static void
fail (Reader     *r,
      const char *what)
{
  guint line = 1, column = 1;

  if (r->error != NULL)
    return;
  for (const char *q = r->start; q < r->p && q < r->end; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *q & 0xC0) != 0x80)
        column++;
    }
  /* Translators: "line 3, column 14: a value was expected" */
  r->error = g_strdup_printf (_("line %u, column %u: %s"), line, column, what);
}

static void
skip_space (Reader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
    r->p++;
}

static KelJsonNode *
new_node (Reader      *r,
          KelJsonType  type)
{
  KelJsonNode *n;

  /* nodes never move: children are linked by pointer */
  if (r->json->n_free == 0)
    {
      g_ptr_array_add (r->json->blocks, g_new (KelJsonNode, BLOCK_NODES));
      r->json->n_free = BLOCK_NODES;
    }
  n = (KelJsonNode *) g_ptr_array_index (r->json->blocks, r->json->blocks->len - 1) + (BLOCK_NODES - r->json->n_free--);
  memset (n, 0, sizeof *n);
  n->type = type;
  return n;
}

static int
hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* The string at r->p (its opening quote), decoded over itself; returns
 * its start, NUL-terminated where its closing quote or earlier. */
static char *
read_string (Reader *r)
{
  char *out = ++r->p;
  char *start = out;

  while (r->p < r->end)
    {
      guchar c = (guchar) *r->p;

      if (c == '"')
        {
          r->p++;
          *out = '\0';
          return start;
        }
      if (c < 0x20)
        {
          fail (r, _("a control character inside a string"));
          return NULL;
        }
      if (c != '\\')
        {
          *out++ = *r->p++;
          continue;
        }
      if (r->p + 1 >= r->end)
        break;
      r->p++;
      switch (*r->p)
        {
        case '"': case '\\': case '/':
          *out++ = *r->p++;
          break;
        case 'b': *out++ = '\b'; r->p++; break;
        case 'f': *out++ = '\f'; r->p++; break;
        case 'n': *out++ = '\n'; r->p++; break;
        case 'r': *out++ = '\r'; r->p++; break;
        case 't': *out++ = '\t'; r->p++; break;
        case 'u':
          {
            int u = r->end - r->p >= 5 ? hex4 (r->p + 1) : -1;
            gunichar ch;

            if (u < 0)
              {
                fail (r, _("a \\u escape without four hexadecimal digits"));
                return NULL;
              }
            r->p += 5;
            ch = (gunichar) u;
            if (u >= 0xD800 && u < 0xDC00 && r->end - r->p >= 6 && r->p[0] == '\\' && r->p[1] == 'u')
              {
                int low = hex4 (r->p + 2);

                if (low >= 0xDC00 && low < 0xE000)
                  {
                    ch = 0x10000 + ((gunichar) (u - 0xD800) << 10) + (gunichar) (low - 0xDC00);
                    r->p += 6;
                  }
              }
            /* a lone surrogate, or NUL, which would cut the string: U+FFFD */
            if ((ch >= 0xD800 && ch < 0xE000) || ch == 0)
              ch = 0xFFFD;
            out += g_unichar_to_utf8 (ch, out);
            break;
          }
        default:
          fail (r, _("an unknown escape inside a string"));
          return NULL;
        }
    }
  fail (r, _("the text ends inside a string"));
  return NULL;
}

static gboolean
read_literal (Reader     *r,
              const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (r->end - r->p) < n || memcmp (r->p, word, n) != 0)
    return FALSE;
  r->p += n;
  return TRUE;
}

static gboolean
read_number (Reader *r)
{
  char *q = r->p;

  if (q < r->end && *q == '-')
    q++;
  if (q >= r->end || !g_ascii_isdigit (*q))
    return FALSE;
  if (*q == '0')
    q++;
  else
    while (q < r->end && g_ascii_isdigit (*q))
      q++;
  if (q < r->end && *q == '.')
    {
      if (++q >= r->end || !g_ascii_isdigit (*q))
        return FALSE;
      while (q < r->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < r->end && (*q == 'e' || *q == 'E'))
    {
      q++;
      if (q < r->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= r->end || !g_ascii_isdigit (*q))
        return FALSE;
      while (q < r->end && g_ascii_isdigit (*q))
        q++;
    }
  r->p = q;
  return TRUE;
}

static KelJsonNode *read_value (Reader *r,
                                int     depth);

/* the members of an object or the elements of an array, r->p on '{' or '[' */
static KelJsonNode *
read_container (Reader      *r,
                KelJsonType  type,
                int          depth)
{
  KelJsonNode *node = new_node (r, type);
  KelJsonNode **tail = &node->first;
  char close = type == KEL_JSON_OBJECT ? '}' : ']';

  if (depth > r->max_depth)
    {
      fail (r, _("lists and objects nest too deep"));
      return NULL;
    }
  r->p++;
  skip_space (r);
  if (r->p < r->end && *r->p == close)
    {
      r->p++;
      return node;
    }
  for (;;)
    {
      const char *key = NULL;
      KelJsonNode *child;

      skip_space (r);
      if (type == KEL_JSON_OBJECT)
        {
          if (r->p >= r->end || *r->p != '"')
            {
              fail (r, _("a member name in quotes was expected"));
              return NULL;
            }
          if ((key = read_string (r)) == NULL)
            return NULL;
          skip_space (r);
          if (r->p >= r->end || *r->p != ':')
            {
              fail (r, _("“:” was expected after a member name"));
              return NULL;
            }
          r->p++;
        }
      if ((child = read_value (r, depth + 1)) == NULL)
        return NULL;
      child->key = key;
      *tail = child;
      tail = &child->next;
      node->n_children++;
      skip_space (r);
      if (r->p < r->end && *r->p == ',')
        {
          r->p++;
          continue;
        }
      if (r->p < r->end && *r->p == close)
        {
          r->p++;
          return node;
        }
      fail (r, type == KEL_JSON_OBJECT ? _("“,” or “}” was expected") : _("“,” or “]” was expected"));
      return NULL;
    }
}

static KelJsonNode *
read_value (Reader *r,
            int     depth)
{
  KelJsonNode *node;

  skip_space (r);
  if (r->p >= r->end)
    {
      fail (r, _("the text ends where a value was expected"));
      return NULL;
    }
  switch (*r->p)
    {
    case '{':
      return read_container (r, KEL_JSON_OBJECT, depth);
    case '[':
      return read_container (r, KEL_JSON_ARRAY, depth);
    case '"':
      node = new_node (r, KEL_JSON_STRING);
      node->string = read_string (r);
      return node->string ? node : NULL;
    default:
      break;
    }
  node = new_node (r, KEL_JSON_OTHER);
  if (read_literal (r, "true") || read_literal (r, "false") || read_literal (r, "null") || read_number (r))
    return node;
  fail (r, _("a value was expected"));
  return NULL;
}

/**
 * kel_json_parse:
 * @text: JSON text, valid UTF-8
 * @length: its length in bytes
 * @max_depth: how deep arrays and objects may nest
 * @error: (nullable): where the text is not JSON, and why
 *
 * Returns: (transfer full) (nullable): the parsed text, or %NULL
 */
KelJson *
kel_json_parse (const char  *text,
                gsize        length,
                int          max_depth,
                char       **error)
{
  KelJson *json = g_new0 (KelJson, 1);
  Reader r = { 0 };

  json->text = g_malloc (length + 1);
  memcpy (json->text, text, length);
  json->text[length] = '\0';
  json->blocks = g_ptr_array_new_with_free_func (g_free);
  r.json = json;
  r.p = json->text;
  r.start = json->text;
  r.end = json->text + length;
  r.max_depth = max_depth;
  json->root = read_value (&r, 1);
  if (json->root != NULL)
    {
      skip_space (&r);
      if (r.p < r.end)
        fail (&r, _("more text after the end of the value"));
    }
  if (r.error != NULL)
    {
      if (error != NULL)
        *error = g_steal_pointer (&r.error);
      g_free (r.error);
      kel_json_free (json);
      return NULL;
    }
  return json;
}

/**
 * kel_json_free:
 * Frees what kel_json_parse() made.
 */
void
kel_json_free (KelJson *json)
{
  if (json == NULL)
    return;
  g_ptr_array_unref (json->blocks);
  g_free (json->text);
  g_free (json);
}

/**
 * kel_json_get_root:
 * Returns: (transfer none): the value of the whole text
 */
const KelJsonNode *
kel_json_get_root (KelJson *json)
{
  return json->root;
}

/**
 * kel_json_member:
 * @object: (nullable): an object
 * @name: a member name
 *
 * Returns: (transfer none) (nullable): the first member called @name
 */
const KelJsonNode *
kel_json_member (const KelJsonNode *object,
                 const char        *name)
{
  if (object == NULL || object->type != KEL_JSON_OBJECT)
    return NULL;
  for (const KelJsonNode *m = object->first; m != NULL; m = m->next)
    if (strcmp (m->key, name) == 0)
      return m;
  return NULL;
}
