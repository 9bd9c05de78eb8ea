/* kel-particulars.c — the agreement's particulars, as its edition records them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read once while the edition loads (kel_particulars_read(), called by the
 * loader with the act element) and kept with the document.  Only eIds are
 * stored: the nodes are looked up when asked for.
 */
#include "kel-particulars.h"

#include <string.h>

#include "kel-model-private.h"
#include "kel-xml.h"

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define PARTICULARS_KEY "kel-particulars"

static void
entity_free (KelEntity *entity)
{
  if (entity == NULL)
    return;
  g_free (entity->id);
  g_free (entity->label);
  g_free (entity->eid);
  g_free (entity);
}

static void
provision_free (KelProvision *provision)
{
  g_free (provision->concept);
  g_free (provision->label);
  g_ptr_array_unref (provision->eids);
  g_free (provision);
}

static KelParticulars *
particulars_new (void)
{
  KelParticulars *self = g_new0 (KelParticulars, 1);

  self->authoritative = -1;
  self->parties = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  self->languages = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  self->provisions = g_ptr_array_new_with_free_func ((GDestroyNotify) provision_free);
  return self;
}

static void
particulars_free (KelParticulars *self)
{
  g_free (self->work);
  g_free (self->expression);
  g_free (self->manifestation);
  g_free (self->language);
  g_free (self->date);
  g_free (self->date_name);
  g_free (self->date_text);
  g_free (self->date_eid);
  g_free (self->markup_date);
  entity_free (self->place);
  g_ptr_array_unref (self->parties);
  g_ptr_array_unref (self->languages);
  g_ptr_array_unref (self->provisions);
  g_free (self->publisher);
  g_free (self->publication_date);
  g_free (self->publisher_eid);
  g_free (self->certification_eid);
  entity_free (self->certifier);
  entity_free (self->certifier_role);
  g_free (self);
}

typedef struct
{
  KelParticulars *p;
  GHashTable     *names;     /* TLC eId -> showAs */
  GHashTable     *concepts;  /* TLCConcept eId -> KelProvision (not yet kept) */
  GPtrArray      *order;     /* TLCConcept eIds, in references order */
  GHashTable     *threats;   /* concepts a threat hcontainer refers to */
} Reader;

static xmlNode *
child (xmlNode    *parent,
       const char *name)
{
  for (xmlNode *c = kel_xml_first_child (parent); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, name))
      return c;
  return NULL;
}

/* "#a #b" -> { "a", "b" } */
static GStrv
ids_of (xmlNode    *node,
        const char *attr)
{
  g_autofree char *value = kel_xml_get_attr (node, attr);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) parts = NULL;

  /* most elements have none: asked of every element of the text */
  if (value == NULL)
    return g_new0 (char *, 1);
  builder = g_strv_builder_new ();
  parts = g_strsplit_set (value, " \t\n", -1);
  for (guint i = 0; parts[i]; i++)
    if (parts[i][0] == '#' && parts[i][1] != '\0')
      g_strv_builder_add (builder, parts[i] + 1);
  return g_strv_builder_end (builder);
}

/* The eId of @node or of its nearest ancestor that has one. */
static char *
enclosing_eid (xmlNode *node)
{
  for (; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    {
      char *eid = kel_xml_get_attr (node, "eId");

      if (eid != NULL)
        return eid;
    }
  return NULL;
}

static void
append_text (GString *out,
             xmlNode *node)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE && c->content != NULL)
        g_string_append (out, (const char *) c->content);
      else if (kel_xml_is (c, AKN_NS, "eol") || kel_xml_is (c, AKN_NS, "br"))
        g_string_append_c (out, ' ');
      else if (c->type == XML_ELEMENT_NODE)
        append_text (out, c);
    }
}

/* The text of @node as it reads: a line break of the original is a space,
 * runs of whitespace one space. */
static char *
text_of (xmlNode *node)
{
  GString *raw = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  append_text (raw, node);
  words = g_strsplit_set (raw->str, " \t\n\r", -1);
  g_string_free (raw, TRUE);
  g_string_truncate (raw = g_string_new (NULL), 0);
  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0')
      {
        if (raw->len > 0)
          g_string_append_c (raw, ' ');
        g_string_append (raw, words[i]);
      }
  return g_string_free (raw, FALSE);
}

static KelEntity *
entity_new (Reader     *r,
            const char *id,
            char       *eid)
{
  KelEntity *entity = g_new0 (KelEntity, 1);
  const char *label = g_hash_table_lookup (r->names, id);

  entity->id = g_strdup (id);
  entity->label = g_strdup (label ? label : id);
  entity->eid = eid;
  return entity;
}

static void
read_identification (Reader  *r,
                     xmlNode *identification)
{
  KelParticulars *p = r->p;
  xmlNode *work = child (identification, "FRBRWork");
  xmlNode *expression = child (identification, "FRBRExpression");
  xmlNode *manifestation = child (identification, "FRBRManifestation");
  xmlNode *n;

  if ((n = child (work, "FRBRthis")) != NULL)
    p->work = kel_xml_get_attr (n, "value");
  if ((n = child (work, "FRBRdate")) != NULL)
    {
      p->date = kel_xml_get_attr (n, "date");
      p->date_name = kel_xml_get_attr (n, "name");
    }
  for (n = kel_xml_first_child (work); n; n = kel_xml_next (n))
    if (kel_xml_is (n, AKN_NS, "FRBRauthor"))
      {
        g_autofree char *href = kel_xml_get_attr (n, "href");

        if (href != NULL && href[0] == '#')
          g_ptr_array_add (p->parties, entity_new (r, href + 1, NULL));
      }
  if ((n = child (expression, "FRBRthis")) != NULL)
    p->expression = kel_xml_get_attr (n, "value");
  if ((n = child (expression, "FRBRlanguage")) != NULL)
    p->language = kel_xml_get_attr (n, "language");
  if ((n = child (expression, "FRBRauthoritative")) != NULL)
    {
      g_autofree char *value = kel_xml_get_attr (n, "value");

      p->authoritative = g_strcmp0 (value, "true") == 0 ? 1 : g_strcmp0 (value, "false") == 0 ? 0 : -1;
    }
  if ((n = child (manifestation, "FRBRthis")) != NULL)
    p->manifestation = kel_xml_get_attr (n, "value");
  if ((n = child (manifestation, "FRBRdate")) != NULL)
    p->markup_date = kel_xml_get_attr (n, "date");
}

static void
read_meta (Reader  *r,
           xmlNode *meta)
{
  xmlNode *references = child (meta, "references");
  xmlNode *publication = child (meta, "publication");
  xmlNode *identification = child (meta, "identification");

  /* names first: the FRBR authors are named by them */
  for (xmlNode *c = kel_xml_first_child (references); c; c = kel_xml_next (c))
    {
      char *eid = kel_xml_get_attr (c, "eId");
      char *show_as = kel_xml_get_attr (c, "showAs");

      if (eid == NULL || show_as == NULL)
        {
          g_free (eid);
          g_free (show_as);
          continue;
        }
      if (kel_xml_is (c, AKN_NS, "TLCConcept"))
        g_ptr_array_add (r->order, g_strdup (eid));
      g_hash_table_replace (r->names, eid, show_as);
    }
  if (identification != NULL)
    read_identification (r, identification);
  if (publication != NULL)
    {
      r->p->publisher = kel_xml_get_attr (publication, "showAs");
      r->p->publication_date = kel_xml_get_attr (publication, "date");
    }
}

static void
note_concept (Reader     *r,
              const char *concept,
              xmlNode    *element)
{
  KelProvision *provision = g_hash_table_lookup (r->concepts, concept);
  char *eid = kel_xml_get_attr (element, "eId");

  if (eid == NULL)
    return;
  if (provision == NULL)
    {
      provision = g_new0 (KelProvision, 1);
      provision->concept = g_strdup (concept);
      provision->label = g_strdup (g_hash_table_lookup (r->names, concept));
      provision->eids = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (r->concepts, provision->concept, provision);
    }
  g_ptr_array_add (provision->eids, eid);
}

/* Everything under @node except meta, in document order. */
static void
walk (Reader  *r,
      xmlNode *node)
{
  for (xmlNode *c = kel_xml_first_child (node); c; c = kel_xml_next (c))
    {
      const char *name = (const char *) c->name;
      g_auto(GStrv) refers = NULL;

      if (!kel_xml_is (c, AKN_NS, NULL) || kel_xml_is (c, AKN_NS, "meta"))
        continue;
      refers = ids_of (c, "refersTo");

      if (strcmp (name, "hcontainer") == 0)
        {
          g_autofree char *hname = kel_xml_get_attr (c, "name");

          if (g_strcmp0 (hname, "threat") == 0)
            for (guint i = 0; refers[i]; i++)
              g_hash_table_add (r->threats, g_strdup (refers[i]));
        }
      if (strcmp (name, "location") == 0 && refers[0] && r->p->place == NULL)
        r->p->place = entity_new (r, refers[0], enclosing_eid (c));
      else if (strcmp (name, "date") == 0 && r->p->date_text == NULL)
        {
          g_autofree char *date = kel_xml_get_attr (c, "date");

          if (g_strcmp0 (date, r->p->date) == 0)
            {
              r->p->date_text = text_of (c);
              r->p->date_eid = enclosing_eid (c);
            }
        }
      else if (strcmp (name, "party") == 0 && refers[0])
        {
          for (guint i = 0; i < r->p->parties->len; i++)
            {
              KelEntity *party = g_ptr_array_index (r->p->parties, i);

              if (party->eid == NULL && strcmp (party->id, refers[0]) == 0)
                party->eid = enclosing_eid (c);
            }
        }
      else if (strcmp (name, "inline") == 0 && refers[0])
        {
          g_autofree char *iname = kel_xml_get_attr (c, "name");

          if (g_strcmp0 (iname, "language") == 0)
            g_ptr_array_add (r->p->languages, entity_new (r, refers[0], enclosing_eid (c)));
        }
      else if (strcmp (name, "doc") == 0 && c->parent != NULL &&
               kel_xml_is (c->parent, AKN_NS, "component"))
        {
          g_autofree char *dname = kel_xml_get_attr (c, "name");

          if (g_strcmp0 (dname, "certification") == 0 && r->p->certification_eid == NULL)
            r->p->certification_eid = enclosing_eid (c);
          else if (g_strcmp0 (dname, "publisher") == 0 && r->p->publisher_eid == NULL)
            r->p->publisher_eid = enclosing_eid (c);
        }
      else if (strcmp (name, "person") == 0 && refers[0] && r->p->certifier == NULL)
        r->p->certifier = entity_new (r, refers[0], enclosing_eid (c));
      else if (strcmp (name, "role") == 0 && refers[0] && r->p->certifier_role == NULL)
        {
          /* the text's own words name the office better than showAs */
          r->p->certifier_role = entity_new (r, refers[0], enclosing_eid (c));
          g_free (r->p->certifier_role->label);
          r->p->certifier_role->label = text_of (c);
        }

      /* a part that states a rule: an element with an eId that refers to
       * a concept (threat types are sorted out below) */
      for (guint i = 0; refers[i]; i++)
        if (g_ptr_array_find_with_equal_func (r->order, refers[i], g_str_equal, NULL))
          note_concept (r, refers[i], c);

      walk (r, c);
    }
}

/**
 * kel_particulars_read: (skip)
 * @doc: the document being loaded
 * @act: its act element
 *
 * Reads the particulars and keeps them with @doc.  Never fails: what the
 * edition does not record stays empty.
 */
void
kel_particulars_read (KelDocument *doc,
                      xmlNode     *act)
{
  Reader r = { 0 };
  xmlNode *meta = child (act, "meta");

  r.p = particulars_new ();
  r.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r.concepts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) provision_free);
  r.order = g_ptr_array_new_with_free_func (g_free);
  r.threats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (meta != NULL)
    read_meta (&r, meta);
  walk (&r, act);

  /* the rules, in the order of their concepts; not the threat types */
  for (guint i = 0; i < r.order->len; i++)
    {
      const char *concept = g_ptr_array_index (r.order, i);
      gpointer key, value;

      if (g_hash_table_contains (r.threats, concept))
        continue;
      if (g_hash_table_steal_extended (r.concepts, concept, &key, &value))
        g_ptr_array_add (r.p->provisions, value);
    }

  g_hash_table_unref (r.names);
  g_hash_table_unref (r.concepts);
  g_ptr_array_unref (r.order);
  g_hash_table_unref (r.threats);
  g_object_set_data_full (G_OBJECT (doc), PARTICULARS_KEY, r.p, (GDestroyNotify) particulars_free);
}

/**
 * kel_document_get_particulars:
 * @doc: a document
 *
 * Returns: (transfer none): what the edition records about the instrument;
 *   never %NULL (an edition without meta has empty particulars)
 */
const KelParticulars *
kel_document_get_particulars (KelDocument *doc)
{
  KelParticulars *p;

  g_return_val_if_fail (KEL_IS_DOCUMENT (doc), NULL);

  p = g_object_get_data (G_OBJECT (doc), PARTICULARS_KEY);
  if (p == NULL)
    {
      p = particulars_new ();
      g_object_set_data_full (G_OBJECT (doc), PARTICULARS_KEY, p, (GDestroyNotify) particulars_free);
    }
  return p;
}

/**
 * kel_particulars_find_provision:
 * @particulars: particulars
 * @concept: a concept eId ("entryIntoForce")
 *
 * Returns: (transfer none) (nullable): the provision, if the edition has it
 */
const KelProvision *
kel_particulars_find_provision (const KelParticulars *particulars,
                                const char           *concept)
{
  g_return_val_if_fail (particulars != NULL, NULL);
  g_return_val_if_fail (concept != NULL, NULL);

  for (guint i = 0; i < particulars->provisions->len; i++)
    {
      const KelProvision *provision = g_ptr_array_index (particulars->provisions, i);

      if (strcmp (provision->concept, concept) == 0)
        return provision;
    }
  return NULL;
}
