/* kel-akn-meta.c — what an Akoma Ntoso act says about itself in <meta>
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its references (TLC terms and others), its names and language, and the
 * label table of the Kelisim profile in <proprietary>.
 */
#include "kel-akn-loader-private.h"

/* -- meta ----------------------------------------------------------------- */

gboolean
kel_loader_read_references (Loader   *l,
                            xmlNode  *meta,
                            GError  **error)
{
  for (xmlNode *m = kel_xml_first_child (meta); m; m = kel_xml_next (m))
    {
      if (!kel_xml_is (m, AKN_NS, "references"))
        continue;
      for (xmlNode *r = kel_xml_first_child (m); r; r = kel_xml_next (r))
        {
          g_autofree char *eid = kel_loader_element_eid (l, r);

          if (eid == NULL)
            continue;
          if (!kel_loader_check_eid (l, r, eid, error))
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

/* The first <docTitle> under @el, in the order of the text, outside
 * <meta>, <components> and <attachments>; on the way, *@short_title is
 * set to the first <shortTitle>, for a document without a docTitle.  One
 * walk, since a document without either is walked to its end. */
static xmlNode *
find_title (xmlNode  *el,
            xmlNode **short_title,
            guint     depth)
{
  if (depth > 64)
    return NULL;
  for (xmlNode *c = kel_xml_first_child (el); c; c = kel_xml_next (c))
    {
      xmlNode *found;

      if (kel_xml_is (c, AKN_NS, "meta") || kel_xml_is (c, AKN_NS, "components")
          || kel_xml_is (c, AKN_NS, "attachments"))
        continue;
      if (kel_xml_is (c, AKN_NS, "docTitle"))
        return c;
      if (*short_title == NULL && kel_xml_is (c, AKN_NS, "shortTitle"))
        *short_title = c;
      if ((found = find_title (c, short_title, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

/* The text of @el as a reader sees it: a line break is a space, and an
 * empty <ref> to a reference of <meta> reads as what that reference shows
 * (a drafting system's <ref href="#varBillTitle"/>). */
static void
append_shown_text (Loader  *l,
                   xmlNode *el,
                   GString *out,
                   guint    depth)
{
  if (depth > 64)
    return;
  for (xmlNode *c = el->children; c; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) c->content);
      else if (c->type != XML_ELEMENT_NODE)
        continue;
      else if (kel_xml_is (c, AKN_NS, "br") || kel_xml_is (c, AKN_NS, "eol"))
        g_string_append_c (out, ' ');
      else if (kel_xml_is (c, AKN_NS, "ref") && c->children == NULL)
        {
          g_autofree char *href = kel_xml_get_attr (c, "href");
          const char *show = href && href[0] == '#' ? g_hash_table_lookup (l->ref_names, href + 1) : NULL;

          if (show != NULL)
            g_string_append (out, show);
        }
      else
        append_shown_text (l, c, out, depth + 1);
    }
}

static char *
shown_text (Loader  *l,
            xmlNode *el)
{
  g_autoptr(GString) raw = g_string_new (NULL);

  append_shown_text (l, el, raw, 0);
  return kel_xml_collapse_space (raw->str);
}

/* A name in <meta> that is a reference ("#varBillTitle") reads as what
 * that reference shows. */
static char *
shown_value (Loader *l,
             char   *value)
{
  const char *show = value && value[0] == '#' ? g_hash_table_lookup (l->ref_names, value + 1) : NULL;

  if (show == NULL || *show == '\0')
    return value;
  g_free (value);
  return g_strdup (show);
}

/* What the document calls itself and the language it is in: docTitle or
 * shortTitle in its text, FRBRalias name="title" or FRBRname in meta. */
void
kel_loader_read_identity (Loader  *l,
                          xmlNode *act,
                          xmlNode *meta)
{
  KelDocument *self = l->doc;
  xmlNode *short_title = NULL;
  xmlNode *named = find_title (act, &short_title, 0);

  if (named == NULL)
    named = short_title;
  if (named != NULL)
    {
      g_autofree char *text = shown_text (l, named);
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
                  self->named_title = shown_value (l, kel_xml_get_attr (e, "value"));
              }
            else if (kel_xml_is (f, AKN_NS, "FRBRWork") && kel_xml_is (e, AKN_NS, "FRBRname")
                     && self->frbr_name == NULL)
              {
                g_autofree char *value = shown_value (l, kel_xml_get_attr (e, "value"));

                /* "title", "act": a kind of document, not this one's name */
                if (value != NULL && !kel_akn_is_known (value) && !kel_akn_is_document_type (value))
                  self->frbr_name = g_steal_pointer (&value);
              }
          }
    }
}

void
kel_loader_read_labels (Loader  *l,
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
              g_autofree char *text = NULL;
              KelLabels *labels;
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
                  labels = kel_labels_new ();
                  g_hash_table_insert (l->doc->labels, g_strdup (eid), labels);
                }
              text = kel_xml_get_text (e);
              kel_labels_set (labels, lang, text,
                              g_strcmp0 (status, "checked") == 0 ? KEL_STATUS_CHECKED
                              : lang == KEL_LANG_KK ? KEL_STATUS_OFFICIAL
                              : KEL_STATUS_UNCHECKED);
            }
        }
    }
}
