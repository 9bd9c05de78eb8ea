/* kel-akn-loader.c — loading an Akoma Ntoso edition and its termbase
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader walks the act once, in document order, and builds the reading
 * text, its blocks and spans, and the tree of nodes with eIds.  The profile
 * it reads is described in data/edition/README.md.  The walk's parts live
 * in kel-akn-nodes.c, kel-akn-text.c, kel-akn-walk.c, kel-akn-meta.c and
 * kel-akn-terms.c.
 */
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kel-edition-resources.h"

#include "kel-akn-loader-private.h"

#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"
#define TERMBASE_RESOURCE "/io/github/kelisim/Kelisim/edition/termbase.tbx"

static void
pending_ref_clear (PendingRef *ref)
{
  g_free (ref->target);
  g_free (ref->attr);
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

/* @text if a reader would see something in it, else NULL (@text freed) */
static char *
visible_or_null (char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!kel_utf8_isspace (p))
      return g_strstrip (text);
  g_free (text);
  return NULL;
}

static void
build_titles (KelDocument *self,
              guint        first_preface_block)
{
  /* a title the document gives itself, never a fragment of its text */
  if (self->named_title != NULL)
    self->title = visible_or_null (g_strdup (self->named_title));
  for (guint i = 0; self->title == NULL && i < self->blocks->len; i++)
    {
      const KelBlock *block = &g_array_index (self->blocks, KelBlock, i);

      if (block->kind == KEL_BLOCK_TITLE)
        {
          self->title = visible_or_null (kel_document_get_block_text (self, block));
          break;
        }
    }
  if (self->title == NULL && self->frbr_name != NULL)
    self->title = visible_or_null (g_strdup (self->frbr_name));
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
    KelLabels *labels = g_hash_table_lookup (self->labels, "docType");

    if (labels != NULL && labels->text[KEL_LANG_KK] != NULL)
      self->short_title = g_strdup (labels->text[KEL_LANG_KK]);
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
  kel_document_add_notice (l->doc, g_strdup_printf ("%s: %u element(s) of kinds Kelisim does not know, shown as plain text: %s",
                                       l->name, total, list->str));
}

/* Reads @edition and @termbase into @self, a new document that has its name. */
static gboolean
load (KelDocument  *self,
      GBytes       *edition,
      GBytes       *termbase,
      const char   *termbase_name,
      GError      **error)
{
  const char *edition_name = self->name;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KelTermbase) tb = NULL;
  xmlNode *act = NULL, *meta = NULL;
  KelAknVersion version = KEL_AKN_30;
  g_autofree char *found_ns = NULL;
  Loader l = { 0 };
  gboolean ok = FALSE;

  doc = kel_xml_parse (edition, edition_name, error);
  if (doc == NULL)
    return FALSE;
  kel_akn_normalise_namespaces (doc, &version, &found_ns);
  if (!find_act (edition_name, xmlDocGetRootElement (doc), &act, error))
    return FALSE;
  if (termbase != NULL)
    {
      tb = kel_termbase_new_from_bytes (termbase, termbase_name ? termbase_name : "termbase", error);
      if (tb == NULL)
        return FALSE;
    }

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
  l.block_bytes = g_array_new (FALSE, FALSE, sizeof (gsize));
  if (found_ns != NULL)
    kel_document_add_notice (self, g_strdup_printf (version == KEL_AKN_20
                                       ? "%s: read as Akoma Ntoso 3.0 from Akoma Ntoso 2.0 (%s), its id attributes as eIds"
                                       : "%s: read as Akoma Ntoso 3.0 from the pre-standard namespace %s",
                                       edition_name, found_ns));
  l.explicit_eids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l.generated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kel_loader_collect_eids (&l, xmlDocGetRootElement (doc));

  for (xmlNode *c = kel_xml_first_child (act); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, "meta"))
      meta = c;
  if (meta != NULL)
    {
      if (!kel_loader_read_references (&l, meta, error))
        goto out;
      kel_loader_read_labels (&l, meta);
    }
  kel_particulars_read (self, act);

  kel_loader_read_identity (&l, act, meta);
  if (!kel_loader_walk_container (&l, act, NULL, error))
    goto out;
  /* components after the document, beside it under <akomaNtoso> */
  for (xmlNode *c = kel_xml_next (act); c; c = kel_xml_next (c))
    if (kel_xml_is (c, AKN_NS, NULL) && !kel_loader_walk_container (&l, c, NULL, error))
      goto out;
  if (l.n_renamed > 0)
    kel_document_add_notice (self, g_strdup_printf ("%s: %u eId(s) are used twice; links go to the first, the others "
                                       "were renamed (the first: %s)",
                                       edition_name, l.n_renamed, l.first_renamed));
  add_unknown_notice (&l);
  if (self->blocks->len == 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_NOT_AKN,
                   _("%s: the act has no text"), edition_name);
      goto out;
    }
  kel_loader_sort_spans (&l);
  self->block_bytes = (gsize *) (gpointer) g_array_free (g_steal_pointer (&l.block_bytes), FALSE);
  if (!kel_loader_resolve_refs (&l, error)
      || !kel_loader_build_terms (&l, tb, error)
      || !kel_loader_build_threats (&l, tb, error))
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
  if (l.block_bytes != NULL)
    g_array_unref (l.block_bytes);
  g_free (l.first_dangling);
  g_free (l.first_renamed);
  g_hash_table_unref (l.generated);
  return ok;
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
  g_autoptr(KelDocument) doc = NULL;

  g_return_val_if_fail (edition != NULL, NULL);
  g_return_val_if_fail (edition_name != NULL, NULL);

  doc = g_object_new (KEL_TYPE_DOCUMENT, NULL);
  doc->name = g_strdup (edition_name);
  /* the lists' item types are the loader's to give, so that kel-document.c
   * needs neither kel-term.h nor kel-threat.h (which include kel-document.h) */
  doc->terms = g_list_store_new (KEL_TYPE_TERM);
  doc->threats = g_list_store_new (KEL_TYPE_THREAT);
  if (!load (doc, edition, termbase, termbase_name, &local))
    g_clear_object (&doc);
#ifdef __GLIBC__
  /* libxml2's tree went with its arena (kel-xml-arena.c); what the
   * model's text and arrays left behind as they grew lies between the
   * model's blocks, and glibc keeps those pages unless asked to give back
   * the free ones (some 4 MB of a 100x edition's resident set) */
  if (g_bytes_get_size (edition) >= KEL_DOCUMENT_TRIM_BYTES)
    malloc_trim (0);
#endif
  if (doc == NULL)
    {
      /* messages quote the file: keep them one readable line */
      kel_error_clean (local);
      g_propagate_error (error, g_steal_pointer (&local));
    }
  return g_steal_pointer (&doc);
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
