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
#include "kel-error.h"
#include "kel-term.h"

const GOptionEntry kel_cli_entries[] = {
  { "dump-text", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the text of the agreement, one block per line"), NULL },
  { "dump-terms", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the defined terms as a table: id, Kazakh, Russian, Chinese, occurrences"), NULL },
  { "lookup", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the term that TEXT names, in any form or language"), N_("TEXT") },
  { "show", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the text of the element with this eId"), N_("EID") },
  { "edition", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read this Akoma Ntoso file instead of the bundled agreement"), N_("FILE") },
  { "termbase", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read this TBX termbase instead of the bundled one"), N_("FILE") },
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
  return kel_document_new_from_files (efile, tfile, error);
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
  gboolean want_text = g_variant_dict_contains (options, "dump-text");
  gboolean want_terms = g_variant_dict_contains (options, "dump-terms");

  g_variant_dict_lookup (options, "lookup", "s", &lookup_text);
  g_variant_dict_lookup (options, "show", "s", &show_eid);

  if (!want_text && !want_terms && lookup_text == NULL && show_eid == NULL)
    return -1;

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
  if (lookup_text != NULL)
    return lookup (doc, lookup_text);
  if (show_eid != NULL)
    return show (doc, show_eid);
  return 0;
}
