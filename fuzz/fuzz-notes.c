/* fuzz-notes.c — libFuzzer harness: any bytes as a notes file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader's notes come back from two places: the notes file Kelisim keeps
 * beside each edition, and a W3C Web Annotation (JSON-LD) file the reader
 * imports.  Both go through the JSON reader of kel-notes-json.c and then
 * kel_notes_jsonld_parse().  The input is given to both, and these
 * promises are checked:
 *
 *  - kel_json_parse() gives a tree or says why not, never both, never
 *    neither; every node's n_children is the length of its list, every
 *    member of an object has a name, every string of a UTF-8 text is UTF-8;
 *  - importing gives a count, or -1 with an error of kel-error.h;
 *  - what was imported is exported and imported again into an empty set of
 *    notes: the same number of notes, none skipped;
 *  - the notes file, written with the input, is read back without a
 *    warning, and a problem is said in words.
 *
 *   build-fuzz/fuzz/fuzz-notes -max_len=65536 fuzz/corpus/notes
 */
#include "fuzz-common.h"

#include <glib/gstdio.h>

#include "kel-notes.h"
#include "kel-notes-private.h"

static char *directory;

static void
check_tree (const KelJsonNode *node,
            gboolean           utf8,
            int                depth)
{
  guint n = 0;

  FUZZ_CHECK (depth < 1000);
  if (node->type == KEL_JSON_STRING)
    {
      FUZZ_CHECK (node->string != NULL);
      FUZZ_CHECK (!utf8 || g_utf8_validate (node->string, -1, NULL));
    }
  for (const KelJsonNode *child = node->first; child != NULL; child = child->next)
    {
      n++;
      FUZZ_CHECK (node->type == KEL_JSON_ARRAY || node->type == KEL_JSON_OBJECT);
      if (node->type == KEL_JSON_OBJECT)
        {
          FUZZ_CHECK (child->key != NULL);
          FUZZ_CHECK (!utf8 || g_utf8_validate (child->key, -1, NULL));
          FUZZ_CHECK (kel_json_member (node, child->key) != NULL);
        }
      check_tree (child, utf8, depth + 1);
    }
  FUZZ_CHECK (n == node->n_children);
}

static void
remove_notes_file (KelNotes *notes)
{
  g_autofree char *path = g_file_get_path (kel_notes_get_file (notes));

  g_unlink (path);
}

/* a file that cannot be read is kept aside under another name: gone too */
static void
empty_directory (void)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  FUZZ_CHECK (dir != NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      g_unlink (path);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  (void) fuzz_bundled ();
  directory = g_dir_make_tmp ("kelisim-fuzz-notes-XXXXXX", NULL);
  FUZZ_CHECK (directory != NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  KelDocument *doc = fuzz_bundled ();
  gboolean utf8 = g_utf8_validate ((const char *) data, (gssize) size, NULL);

  /* the reader on its own */
  {
    g_autofree char *problem = NULL;
    g_autoptr(KelJson) json = kel_json_parse ((const char *) data, size, 64, &problem);

    FUZZ_CHECK ((json == NULL) != (problem == NULL));
    if (json != NULL)
      check_tree (kel_json_get_root (json), utf8, 0);
    else
      FUZZ_CHECK (*problem != '\0');
  }

  /* an import, then what it made exported and imported again */
  {
    g_autoptr(KelNotes) notes = kel_notes_new (doc, directory);
    g_autoptr(GError) error = NULL;
    int added;

    FUZZ_CHECK (kel_notes_get_problem (notes) == NULL);
    added = kel_notes_import_jsonld (notes, (const char *) data, (gssize) size, &error);
    if (added < 0)
      {
        FUZZ_CHECK (error != NULL && error->domain == KEL_ERROR);
        FUZZ_CHECK (error->message != NULL && *error->message != '\0');
      }
    else
      {
        g_autofree char *exported = NULL;
        g_autoptr(KelNotes) again = NULL;
        g_autoptr(GError) again_error = NULL;
        guint n = g_list_model_get_n_items (G_LIST_MODEL (notes));

        FUZZ_CHECK (error == NULL);
        FUZZ_CHECK ((guint) added == n);
        exported = kel_notes_to_jsonld (notes);
        FUZZ_CHECK (exported != NULL);
        for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
          {
            g_autofree char *markdown = kel_notes_to_markdown (notes, lang);

            FUZZ_CHECK (markdown != NULL && g_utf8_validate (markdown, -1, NULL));
          }
        remove_notes_file (notes);
        again = kel_notes_new (doc, directory);
        FUZZ_CHECK (g_list_model_get_n_items (G_LIST_MODEL (again)) == 0);
        if (n > 0)
          {
            FUZZ_CHECK (kel_notes_import_jsonld (again, exported, -1, &again_error) == (int) n);
            FUZZ_CHECK (again_error == NULL);
          }
        remove_notes_file (again);
      }
    remove_notes_file (notes);
  }

  /* the input as the notes file itself */
  {
    g_autoptr(KelNotes) probe = kel_notes_new (doc, directory);
    g_autofree char *path = g_file_get_path (kel_notes_get_file (probe));
    g_autoptr(KelNotes) notes = NULL;
    const char *problem;

    FUZZ_CHECK (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
    notes = kel_notes_new (doc, directory);
    problem = kel_notes_get_problem (notes);
    FUZZ_CHECK (problem == NULL || *problem != '\0');
    FUZZ_CHECK (problem == NULL || g_utf8_validate (problem, -1, NULL));
    empty_directory ();
  }
  return 0;
}
