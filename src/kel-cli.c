/* kel-cli.c — the command line: what the model knows, without a window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command prints to stdout and returns 0, or prints one readable line
 * to stderr and returns 1.  None of them needs a display.
 */
#include "config.h"

#include "kel-cli.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kel-document.h"
#include <string.h>

#include "kel-error.h"
#include "kel-termbase.h"
#include "kel-print-job.h"
#include "kel-term.h"
#include "kel-citation.h"
#include "kel-particulars.h"
#include "kel-resolve.h"
#include "kel-contents.h"
#include "kel-search.h"

/* One option: its long name, the type of its argument, its help and the
 * placeholder of its argument (NULL: it takes none). */
#define OPTION(name, type, help, placeholder) \
  { name, 0, 0, G_OPTION_ARG_##type, NULL, help, placeholder }

/**
 * kel_cli_entries:
 *
 * The options of the command line, for
 * g_application_add_main_option_entries(): the commands, which each print
 * to stdout and end the program, and the options that modify them.
 */
const GOptionEntry kel_cli_entries[] = {
  OPTION ("dump-text", NONE, N_("Print the text of the agreement, one block per line"), NULL),
  OPTION ("dump-terms", NONE, N_("Print the defined terms as a table: id, Kazakh, Russian, Chinese, occurrences"), NULL),
  OPTION ("dump-contents", NONE, N_("Print the contents, one part per line: eId, then the part indented by its level"), NULL),
  OPTION ("lookup", STRING, N_("Print the term that TEXT names, in any form or language"), N_("TEXT")),
  OPTION ("search", STRING, N_("Print every place QUERY matches, one per line: eId, location, snippet"), N_("QUERY")),
  OPTION ("whole-word", NONE, N_("With --search: match whole words in any inflected form only"), NULL),
  OPTION ("exact", NONE, N_("With --search: match the words in the form typed only"), NULL),
  OPTION ("info", NONE, N_("Print the agreement's particulars as the edition records them: title, signature, parties, languages, rules and where they are stated, certification, edition"), NULL),
  OPTION ("resolve", STRING, N_("Print where TEXT leads (a citation such as “5-бап, 2-тармақ”, “ст. 5 п. 2” or “第五条第二款”, a term, an eId): eId and location"), N_("TEXT")),
  OPTION ("show", STRING, N_("Print the text of the element with this eId"), N_("EID")),
  OPTION ("export-pdf", FILENAME, N_("Write the whole agreement, paginated for A4, to this PDF file"), N_("FILE")),
  OPTION ("term-language", STRING, N_("With --export-pdf: the language of the glosses and running heads (kk, ru or zh)"), N_("LANG")),
  OPTION ("glosses", NONE, N_("With --export-pdf: follow each defined term with its label in the term language"), NULL),
  OPTION ("notes", NONE, N_("With --export-pdf: print your highlights, and your notes after the passages they are on"), NULL),
  OPTION ("edition", FILENAME, N_("Read this Akoma Ntoso file instead of the bundled agreement"), N_("FILE")),
  OPTION ("termbase", FILENAME, N_("Read this TBX termbase instead of the bundled one"), N_("FILE")),
  { NULL }
};

static KelDocument *
load (GVariantDict  *options,
      GError       **error)
{
  g_autofree char *edition = NULL;
  g_autofree char *termbase = NULL;
  g_autoptr(GFile) efile = NULL;
  g_autoptr(GFile) tfile = NULL;
  KelDocument *doc;

  g_variant_dict_lookup (options, "edition", "^ay", &edition);
  g_variant_dict_lookup (options, "termbase", "^ay", &termbase);

  if (edition == NULL && termbase == NULL)
    return kel_document_new_bundled (error);
  if (edition == NULL)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_IO,
                   _("--termbase needs --edition: the bundled agreement has its own termbase"));
      return NULL;
    }
  efile = g_file_new_for_commandline_arg (edition);
  if (termbase != NULL)
    tfile = g_file_new_for_commandline_arg (termbase);
  doc = kel_document_new_from_files (efile, tfile, error);
  /* what was read differently from the file: one line each */
  if (doc != NULL && kel_document_get_notices (doc) != NULL)
    for (const char * const *n = kel_document_get_notices (doc); *n; n++)
      g_printerr ("kelisim: %s\n", *n);
  return doc;
}

static void
dump_text (KelDocument *doc)
{
  gsize len;
  const char *text = kel_document_get_text (doc, &len);

  fwrite (text, 1, len, stdout);
  fputc ('\n', stdout);
}

static void
dump_terms (KelDocument *doc)
{
  GListModel *terms = kel_document_get_terms (doc);

  printf ("id\tkk\tru\tzh\toccurrences\n");
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const char *ru = kel_term_get_label (term, KEL_LANG_RU);
      const char *zh = kel_term_get_label (term, KEL_LANG_ZH);

      printf ("%s\t%s\t%s\t%s\t%u\n",
              kel_term_get_id (term),
              kel_term_get_label (term, KEL_LANG_KK),
              ru ? ru : "", zh ? zh : "",
              kel_term_get_n_occurrences (term));
    }
}

/* --termbase F --dump-terms without --edition: the termbase on its own,
 * every concept with the languages it has. */
static int
dump_termbase (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  KelTermbase *tb;
  gsize len = 0;

  if (!g_file_load_contents (file, NULL, &data, &len, NULL, &error))
    {
      g_printerr ("kelisim: %s: %s\n", name, error->message);
      return 1;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  tb = kel_termbase_new_from_bytes (bytes, name, &error);
  if (tb == NULL)
    {
      g_printerr ("kelisim: %s\n", error->message);
      return 1;
    }
  printf ("id\tkk\tru\tzh\tlanguages\n");
  for (guint i = 0; i < kel_termbase_get_n_entries (tb); i++)
    {
      const KelTermbaseEntry *e = kel_termbase_get_entry (tb, i);

      printf ("%s\t%s\t%s\t%s\t%s%s%s\n", e->id,
              e->labels[KEL_LANG_KK] ? e->labels[KEL_LANG_KK] : "",
              e->labels[KEL_LANG_RU] ? e->labels[KEL_LANG_RU] : "",
              e->labels[KEL_LANG_ZH] ? e->labels[KEL_LANG_ZH] : "",
              e->languages ? e->languages : "",
              e->other_term ? ": " : "", e->other_term ? e->other_term : "");
    }
  kel_termbase_free (tb);
  return 0;
}

static int
lookup (KelDocument *doc,
        const char  *text)
{
  KelTerm *term = kel_document_find_term (doc, text);
  const char *definition;

  if (term == NULL)
    {
      g_printerr (_("kelisim: no defined term matches “%s”\n"), text);
      return 1;
    }
  definition = kel_term_get_definition (term);
  printf ("%s\t%s\t%s\n", kel_term_get_id (term), kel_term_get_label (term, KEL_LANG_KK),
          definition ? definition : "");
  return 0;
}

static int
search (GVariantDict *options,
        const char   *query)
{
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  KelSearchFlags flags = KEL_SEARCH_DEFAULT;

  doc = load (options, &error);
  if (doc == NULL)
    {
      g_printerr ("kelisim: %s\n", error->message);
      return 1;
    }
  if (g_variant_dict_contains (options, "whole-word"))
    flags |= KEL_SEARCH_WHOLE_WORD;
  if (g_variant_dict_contains (options, "exact"))
    flags |= KEL_SEARCH_EXACT_FORM;
  matches = kel_document_search (doc, query, flags, NULL);
  if (matches->len == 0)
    {
      g_printerr (_("kelisim: nothing in the agreement matches “%s”\n"), query);
      return 1;
    }
  for (guint i = 0; i < matches->len; i++)
    {
      const KelMatch *m = &g_array_index (matches, KelMatch, i);
      const KelNode *node = kel_document_get_range_node (doc, m->start, m->end);
      g_autofree char *location = NULL;
      g_autofree char *snippet = kel_document_get_snippet (doc, m->start, m->end, 40, NULL, NULL);

      if (node == NULL)
        node = kel_document_get_node_at (doc, m->start);
      location = node ? kel_document_get_location (doc, node, KEL_LANG_KK) : g_strdup ("");
      printf ("%s\t%s\t%s\n", node ? node->eid : "", location, snippet);
    }
  return 0;
}

/* "\teId\tlocation" of a fact's source, or nothing */
static void
print_source (KelDocument *doc,
              const char  *eid)
{
  const KelNode *node = eid ? kel_document_lookup_node (doc, eid) : NULL;
  g_autofree char *location = node ? kel_document_get_location (doc, node, KEL_LANG_KK) : NULL;

  if (node != NULL)
    printf ("\t%s\t%s", node->eid, location);
  printf ("\n");
}

static void
print_entity (KelDocument     *doc,
              const char      *field,
              const KelEntity *entity)
{
  if (entity == NULL)
    return;
  printf ("%s\t%s", field, entity->label);
  print_source (doc, entity->eid);
}

/* One fact a line: field, value, and where the text states it (eId,
 * location) when it does. */
static void
info (KelDocument *doc)
{
  const KelParticulars *p = kel_document_get_particulars (doc);

  /* the title in the edition's own language: "kk" for the agreement, the
   * FRBR language ("eng") of another */
  printf ("title\t%s\t%s\n", kel_document_is_kazakh (doc) || p->language == NULL ? "kk" : p->language,
          kel_document_get_title (doc));
  for (KelLang lang = KEL_LANG_RU; lang < KEL_N_LANGS && kel_document_is_kazakh (doc); lang++)
    {
      const char *title = kel_document_get_label (doc, "longTitle", lang, NULL);

      if (title != NULL)
        printf ("title\t%s\t%s\n", kel_lang_to_code (lang), title);
    }
  if (p->date != NULL)
    {
      printf ("date\t%s\t%s", p->date, p->date_name ? p->date_name : "");
      print_source (doc, p->date_eid);
    }
  print_entity (doc, "place", p->place);
  for (guint i = 0; i < p->parties->len; i++)
    print_entity (doc, "party", g_ptr_array_index (p->parties, i));
  for (guint i = 0; i < p->languages->len; i++)
    print_entity (doc, "authentic-language", g_ptr_array_index (p->languages, i));
  for (guint i = 0; i < p->provisions->len; i++)
    {
      const KelProvision *provision = g_ptr_array_index (p->provisions, i);

      for (guint k = 0; k < provision->eids->len; k++)
        {
          printf ("rule\t%s\t%s", provision->concept, provision->label ? provision->label : "");
          print_source (doc, g_ptr_array_index (provision->eids, k));
        }
    }
  if (p->certification_eid != NULL)
    {
      printf ("certification\t%s\t%s", p->certifier ? p->certifier->label : "",
              p->certifier_role ? p->certifier_role->label : "");
      print_source (doc, p->certification_eid);
    }
  if (p->publisher != NULL)
    {
      printf ("publisher\t%s\t%s", p->publisher, p->publication_date ? p->publication_date : "");
      print_source (doc, p->publisher_eid);
    }
  if (p->language != NULL)
    printf ("language\t%s\t%s\n", p->language,
            p->authoritative == 1 ? "authoritative" : p->authoritative == 0 ? "not authoritative" : "");
  if (p->work != NULL)
    printf ("work\t%s\n", p->work);
  if (p->expression != NULL)
    printf ("expression\t%s\n", p->expression);
  if (p->manifestation != NULL)
    printf ("edition\t%s\t%s\n", p->manifestation, p->markup_date ? p->markup_date : "");
}

static int
resolve (KelDocument *doc,
         const char  *text)
{
  g_autoptr(GError) error = NULL;
  const KelNode *node = kel_document_resolve (doc, text, NULL, &error);
  g_autofree char *location = NULL;

  if (node == NULL)
    {
      g_printerr (_("kelisim: nothing in the agreement is found for “%s”\n"), text);
      return 1;
    }
  location = kel_document_get_location (doc, node, KEL_LANG_KK);
  printf ("%s\t%s\n", node->eid, location);
  return 0;
}

static void
dump_contents (KelDocument *doc)
{
  g_autoptr(GArray) contents = kel_document_get_contents (doc);

  for (guint i = 0; i < contents->len; i++)
    {
      const KelContentsEntry *entry = &g_array_index (contents, KelContentsEntry, i);
      g_autofree char *where = kel_document_get_location (doc, entry->node, KEL_LANG_KK);
      g_autofree char *title = kel_document_is_kazakh (doc)
                               ? g_strdup (entry->node->heading)
                               : kel_document_get_contents_title (doc, entry->node);

      printf ("%s\t%*s%s", entry->node->eid, (int) (2 * entry->level), "", where);
      if (title != NULL && strstr (where, title) == NULL)
        printf (" — %s", title);
      printf ("\n");
    }
}

static int
show (KelDocument *doc,
      const char  *eid)
{
  const KelNode *node = kel_document_lookup_node (doc, eid);
  g_autofree char *text = NULL;

  if (node == NULL)
    {
      g_printerr (_("kelisim: no element has the eId “%s”\n"), eid);
      return 1;
    }
  text = kel_document_get_node_text (doc, node);
  printf ("%s\n", text);
  return 0;
}

static int
export_pdf (KelDocument  *doc,
            GVariantDict *options,
            const char   *path)
{
  g_autoptr(KelPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  KelLang lang = KEL_LANG_KK;

  if (g_variant_dict_lookup (options, "term-language", "s", &code) && !kel_lang_from_code (code, &lang))
    {
      g_printerr (_("kelisim: unknown term language “%s”: use kk, ru or zh\n"), code);
      return 1;
    }
  job = kel_print_job_new (doc, lang, g_variant_dict_contains (options, "glosses"));
  if (g_variant_dict_contains (options, "notes"))
    {
      g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);

      if (kel_notes_get_problem (notes) != NULL)
        g_printerr ("kelisim: %s\n", kel_notes_get_problem (notes));
      kel_print_job_set_notes (job, notes);
    }
  if (!kel_print_job_export_pdf (job, path, &error))
    {
      g_printerr ("kelisim: %s\n", error->message);
      return 1;
    }
  return 0;
}

/**
 * kel_cli_run:
 * @options: the parsed command line
 *
 * Returns: the exit status, or -1 when no command-line-only option was
 *   given and the window should open
 */
int
kel_cli_run (GVariantDict *options)
{
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lookup_text = NULL;
  g_autofree char *show_eid = NULL;
  g_autofree char *resolve_text = NULL;
  g_autofree char *search_query = NULL;
  g_autofree char *pdf_path = NULL;
  gboolean want_text = g_variant_dict_contains (options, "dump-text");
  gboolean want_terms = g_variant_dict_contains (options, "dump-terms");
  gboolean want_info = g_variant_dict_contains (options, "info");
  gboolean want_contents = g_variant_dict_contains (options, "dump-contents");

  if (g_variant_dict_lookup (options, "search", "s", &search_query))
    return search (options, search_query);
  if (g_variant_dict_contains (options, "whole-word") || g_variant_dict_contains (options, "exact"))
    {
      g_printerr (_("kelisim: --whole-word and --exact go with --search\n"));
      return 1;
    }
  g_variant_dict_lookup (options, "lookup", "s", &lookup_text);
  g_variant_dict_lookup (options, "show", "s", &show_eid);
  g_variant_dict_lookup (options, "resolve", "s", &resolve_text);
  g_variant_dict_lookup (options, "export-pdf", "^ay", &pdf_path);

  if (!want_text && !want_terms && !want_contents && lookup_text == NULL && show_eid == NULL && pdf_path == NULL &&
      resolve_text == NULL && !want_info)
    return -1;

  if (want_terms && !want_text && !want_contents && lookup_text == NULL && show_eid == NULL
      && pdf_path == NULL && !g_variant_dict_contains (options, "edition"))
    {
      g_autofree char *termbase = NULL;

      if (g_variant_dict_lookup (options, "termbase", "^ay", &termbase))
        return dump_termbase (termbase);
    }
  doc = load (options, &error);
  if (doc == NULL)
    {
      g_printerr ("kelisim: %s\n", error->message);
      return 1;
    }
  if (want_text)
    dump_text (doc);
  if (want_terms)
    dump_terms (doc);
  if (want_info)
    info (doc);
  if (want_contents)
    dump_contents (doc);
  if (pdf_path != NULL && export_pdf (doc, options, pdf_path) != 0)
    return 1;
  if (lookup_text != NULL)
    return lookup (doc, lookup_text);
  if (show_eid != NULL)
    return show (doc, show_eid);
  if (resolve_text != NULL)
    return resolve (doc, resolve_text);
  return 0;
}
