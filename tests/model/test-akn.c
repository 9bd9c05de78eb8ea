/* test-akn.c — other Akoma Ntoso documents: the constructs real published
 * files use, each in a small document of the project's own in tests/data/akn
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-term.h"

static char *
fixture (const char *name)
{
  const char *root = g_getenv ("KELISIM_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", "akn", name, NULL);
}

static KelDocument *
load (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_from_files (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Every line belongs to a part that has an eId: a generated one when the
 * file gives none. */
static void
assert_every_block_has_a_node (KelDocument *doc)
{
  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);

      g_assert_nonnull (block->node);
      g_assert_true (kel_document_lookup_node (doc, block->node->eid) == block->node);
    }
}

/* A section without an eId gets "sec_1", the same on every load, and can
 * be found, gone to and cited like any other. */
static void
test_generated_eids (void)
{
  g_autoptr(KelDocument) doc = load ("no-eid.akn.xml");
  g_autoptr(KelDocument) again = load ("no-eid.akn.xml");
  const KelNode *sec;

  assert_every_block_has_a_node (doc);
  g_assert_cmpstr (kel_document_get_text (doc, NULL), ==,
                   "1. Short title\nThis Act may be cited as the Orchard Keeping Act.");
  sec = kel_document_lookup_node (doc, "sec_1");
  g_assert_nonnull (sec);
  g_assert_cmpstr (sec->num, ==, "1.");
  g_assert_cmpstr (sec->heading, ==, "Short title");
  g_assert_true (kel_document_get_node_at (doc, 20) == sec);
  g_assert_nonnull (kel_document_lookup_node (again, "sec_1"));
  g_assert_cmpuint (kel_document_get_n_nodes (doc), ==, kel_document_get_n_nodes (again));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/akn/generated-eids", test_generated_eids);

  return g_test_run ();
}
