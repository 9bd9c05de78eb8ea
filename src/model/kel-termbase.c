/* kel-termbase.c — reading a TBX-Basic termbase
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Kelisim reads of TBX-Basic (see data/edition/README.md):
 *
 *   tbx/text/body/conceptEntry[@id]
 *     admin[@type="customerSubset"]     "definedTerm" or "threatType"
 *     langSec[@xml:lang = kk | ru | zh]
 *       descrip[@type="definition"]     the definition (kk)
 *       termSec
 *         term                          the label
 *         termNote[@type="administrativeStatus"]
 *                                       preferredTerm-admn-sts: the label;
 *                                       admittedTerm-admn-sts: a variant
 *         admin[@type="projectSubset"]  "checked" or "unchecked" (ru, zh)
 */
#include "kel-termbase.h"

#include <string.h>

#include "kel-error.h"
#include "kel-model-private.h"
#include "kel-xml.h"

#define TBX_NS "urn:iso:std:iso:30042:ed-2"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

struct _KelTermbase
{
  char       *name;
  GPtrArray  *entries;
  GHashTable *by_id;
};

static void
entry_free (KelTermbaseEntry *entry)
{
  g_free (entry->id);
  for (guint i = 0; i < KEL_N_LANGS; i++)
    g_free (entry->labels[i]);
  g_free (entry->definition);
  g_strfreev (entry->variants);
  g_free (entry->languages);
  g_free (entry->other_term);
  g_free (entry);
}

static gboolean
read_term_sec (KelTermbase       *self,
               KelTermbaseEntry  *entry,
               KelLang            lang,
               xmlNode           *sec,
               GPtrArray         *variants,
               GError           **error)
{
  g_autofree char *term = NULL;
  gboolean preferred = TRUE;
  KelStatus status = lang == KEL_LANG_KK ? KEL_STATUS_OFFICIAL : KEL_STATUS_UNCHECKED;

  for (xmlNode *c = kel_xml_first_child (sec); c; c = kel_xml_next (c))
    {
      g_autofree char *type = kel_xml_get_attr (c, "type");

      if (kel_xml_is (c, TBX_NS, "term"))
        {
          g_free (term);
          term = kel_xml_get_text (c);
        }
      else if (kel_xml_is (c, TBX_NS, "termNote") && g_strcmp0 (type, "administrativeStatus") == 0)
        {
          g_autofree char *value = kel_xml_get_text (c);
          preferred = g_strcmp0 (value, "preferredTerm-admn-sts") == 0;
        }
      else if (kel_xml_is (c, TBX_NS, "admin") && g_strcmp0 (type, "projectSubset") == 0)
        {
          g_autofree char *value = kel_xml_get_text (c);

          if (g_strcmp0 (value, "checked") == 0)
            status = KEL_STATUS_CHECKED;
          else if (g_strcmp0 (value, "unchecked") == 0)
            status = KEL_STATUS_UNCHECKED;
          else
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s:%d: concept “%s”: provenance “%s” is neither “checked” nor “unchecked”"),
                           self->name, kel_xml_line (c), entry->id, value);
              return FALSE;
            }
        }
    }

  if (term == NULL || *term == '\0')
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_TBX,
                   _("%s:%d: concept “%s”: a termSec without a term"),
                   self->name, kel_xml_line (sec), entry->id);
      return FALSE;
    }
  if (preferred && entry->labels[lang] == NULL)
    {
      entry->labels[lang] = g_steal_pointer (&term);
      entry->status[lang] = status;
    }
  else if (lang == KEL_LANG_KK)
    g_ptr_array_add (variants, g_steal_pointer (&term));
  return TRUE;
}

static KelTermbaseEntry *
read_entry (KelTermbase  *self,
            xmlNode      *concept,
            GError      **error)
{
  KelTermbaseEntry *entry = g_new0 (KelTermbaseEntry, 1);
  g_autoptr(GPtrArray) variants = g_ptr_array_new_with_free_func (g_free);

  entry->id = kel_xml_get_attr (concept, "id");
  entry->line = kel_xml_line (concept);
  for (guint i = 0; i < KEL_N_LANGS; i++)
    entry->status[i] = KEL_STATUS_MISSING;

  if (entry->id == NULL || *entry->id == '\0')
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_TBX,
                   _("%s:%d: a conceptEntry without an id"), self->name, entry->line);
      goto fail;
    }

  for (xmlNode *c = kel_xml_first_child (concept); c; c = kel_xml_next (c))
    {
      g_autofree char *type = kel_xml_get_attr (c, "type");

      if (kel_xml_is (c, TBX_NS, "admin") && g_strcmp0 (type, "customerSubset") == 0)
        {
          g_autofree char *value = kel_xml_get_text (c);
          entry->is_threat = g_strcmp0 (value, "threatType") == 0;
        }
      else if (kel_xml_is (c, TBX_NS, "langSec"))
        {
          xmlChar *code = xmlGetNsProp (c, (const xmlChar *) "lang", (const xmlChar *) XML_NS);
          KelLang lang;
          gboolean known = code != NULL && kel_lang_from_code ((const char *) code, &lang);

          if (code != NULL)
            {
              /* every language the concept has, as the file names it */
              char *list = entry->languages
                           ? g_strconcat (entry->languages, ", ", (const char *) code, NULL)
                           : g_strdup ((const char *) code);
              g_free (entry->languages);
              entry->languages = list;
            }
          xmlFree (code);
          if (!known)
            {
              /* another language: its first term stands for the concept
               * where it has none in Kazakh, Russian or Chinese */
              for (xmlNode *s = kel_xml_first_child (c); s && entry->other_term == NULL; s = kel_xml_next (s))
                for (xmlNode *t = kel_xml_first_child (s); t && entry->other_term == NULL; t = kel_xml_next (t))
                  if (kel_xml_is (t, TBX_NS, "term"))
                    entry->other_term = kel_xml_get_text (t);
              continue;
            }
          for (xmlNode *s = kel_xml_first_child (c); s; s = kel_xml_next (s))
            {
              g_autofree char *stype = kel_xml_get_attr (s, "type");

              if (kel_xml_is (s, TBX_NS, "termSec"))
                {
                  if (!read_term_sec (self, entry, lang, s, variants, error))
                    goto fail;
                }
              else if (kel_xml_is (s, TBX_NS, "descrip") && g_strcmp0 (stype, "definition") == 0
                       && lang == KEL_LANG_KK)
                {
                  g_free (entry->definition);
                  entry->definition = kel_xml_get_text (s);
                }
            }
        }
    }

  /* a concept without a Kazakh term is kept, with the languages it has */
  if (entry->labels[KEL_LANG_KK] == NULL && entry->labels[KEL_LANG_RU] == NULL
      && entry->labels[KEL_LANG_ZH] == NULL && entry->other_term == NULL)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                   _("%s:%d: concept “%s” has no term in any language"), self->name, entry->line, entry->id);
      goto fail;
    }
  if (variants->len > 0)
    {
      g_ptr_array_add (variants, NULL);
      entry->variants = (GStrv) g_ptr_array_steal (variants, NULL);
    }
  return entry;

fail:
  entry_free (entry);
  return NULL;
}

static KelTermbase *
load_from_bytes (GBytes      *bytes,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KelTermbase) self = NULL;
  xmlNode *root, *text, *body;

  doc = kel_xml_parse (bytes, name, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!kel_xml_is (root, TBX_NS, "tbx"))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_TBX,
                   _("%s:%d: not a TBX termbase: the root element is <%s>, expected <tbx> in namespace %s"),
                   name, root ? kel_xml_line (root) : 1, root ? (const char *) root->name : "", TBX_NS);
      return NULL;
    }

  self = g_new0 (KelTermbase, 1);
  self->name = g_strdup (name);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (text = kel_xml_first_child (root); text && !kel_xml_is (text, TBX_NS, "text"); text = kel_xml_next (text))
    ;
  for (body = kel_xml_first_child (text); body && !kel_xml_is (body, TBX_NS, "body"); body = kel_xml_next (body))
    ;
  if (body == NULL)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_TBX,
                   _("%s:%d: not a TBX termbase: no <text><body>"), name, kel_xml_line (root));
      return NULL;
    }

  for (xmlNode *c = kel_xml_first_child (body); c; c = kel_xml_next (c))
    {
      KelTermbaseEntry *entry;

      if (!kel_xml_is (c, TBX_NS, "conceptEntry"))
        continue;
      entry = read_entry (self, c, error);
      if (entry == NULL)
        return NULL;
      if (g_hash_table_contains (self->by_id, entry->id))
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s:%d: concept id “%s” is used twice"), name, entry->line, entry->id);
          entry_free (entry);
          return NULL;
        }
      g_ptr_array_add (self->entries, entry);
      g_hash_table_insert (self->by_id, entry->id, entry);
    }

  if (self->entries->len == 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_TBX,
                   _("%s: the termbase has no conceptEntry"), name);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * kel_termbase_new_from_bytes:
 * @bytes: the TBX file's content
 * @name: the file name for messages
 * @error: return location for a #KEL_ERROR
 *
 * Returns: (transfer full) (nullable): the termbase
 */
KelTermbase *
kel_termbase_new_from_bytes (GBytes      *bytes,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(GError) local = NULL;
  KelTermbase *termbase = load_from_bytes (bytes, name, &local);

  if (termbase == NULL)
    {
      /* messages quote the file: keep them one readable line */
      kel_error_clean (local);
      g_propagate_error (error, g_steal_pointer (&local));
    }
  return termbase;
}

/**
 * kel_termbase_get_name:
 * @self: a termbase
 *
 * Returns: the name it was loaded under, for messages
 */
const char *
kel_termbase_get_name (KelTermbase *self)
{
  return self->name;
}

/**
 * kel_termbase_get_n_entries:
 * @self: a termbase
 *
 * Returns: the number of concept entries
 */
guint
kel_termbase_get_n_entries (KelTermbase *self)
{
  return self->entries->len;
}

/**
 * kel_termbase_get_entry:
 * @self: a termbase
 * @index: less than kel_termbase_get_n_entries()
 *
 * Returns: (transfer none): the entry at @index, in file order
 */
const KelTermbaseEntry *
kel_termbase_get_entry (KelTermbase *self,
                        guint        index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, index);
}

/**
 * kel_termbase_lookup:
 * @self: a termbase
 * @id: a conceptEntry id
 *
 * Returns: (transfer none) (nullable): the entry with that id
 */
const KelTermbaseEntry *
kel_termbase_lookup (KelTermbase *self,
                     const char  *id)
{
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * kel_termbase_free:
 * @self: (nullable): a termbase
 *
 * Frees @self and its entries.
 */
void
kel_termbase_free (KelTermbase *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}
