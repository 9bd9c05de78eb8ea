/* fuzz-contents.c — libFuzzer harness: the contents of any document
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the input as an Akoma Ntoso edition; when it loads, builds its
 * contents as the sidebar and --dump-contents do and checks what
 * kel-contents.h promises: every entry a node of the document, in document
 * order, nested one level at most deeper than the entry before, under the
 * nearest listed ancestor; every title and location valid UTF-8; every
 * block with a node (generated eIds included) that can be looked up.
 *
 *   build-fuzz/fuzz/fuzz-contents -max_len=200000 fuzz/corpus/edition
 */
#include "fuzz-common.h"

#include "kel-contents.h"

FUZZ_DEFINE_INITIALIZE_BUNDLED ()

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GArray) contents = NULL;
  guint prev_index = 0, prev_level = 0;

  doc = fuzz_load_edition (data, size);
  if (doc == NULL)
    return 0;

  /* every line belongs to a part that has an eId */
  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *b = kel_document_get_block (doc, i);

      FUZZ_CHECK (b->node != NULL);
      FUZZ_CHECK (kel_document_lookup_node (doc, b->node->eid) == b->node);
    }

  contents = kel_document_get_contents (doc);
  for (guint i = 0; i < contents->len; i++)
    {
      const KelContentsEntry *e = &g_array_index (contents, KelContentsEntry, i);
      g_autofree char *title = kel_document_get_contents_title (doc, e->node);
      g_autofree char *where = kel_document_get_location (doc, e->node, (KelLang) (i % KEL_N_LANGS));
      guint listed_ancestors = 0;

      FUZZ_CHECK (e->node != NULL);
      FUZZ_CHECK (e->node->index < kel_document_get_n_nodes (doc));
      FUZZ_CHECK (kel_document_get_node (doc, e->node->index) == e->node);
      FUZZ_CHECK (kel_document_is_contents_entry (doc, e->node));
      FUZZ_CHECK (i == 0 || e->node->index > prev_index);
      FUZZ_CHECK (i > 0 || e->level == 0);
      FUZZ_CHECK (i == 0 || e->level <= prev_level + 1);
      for (const KelNode *up = e->node->parent; up != NULL; up = up->parent)
        if (kel_document_is_contents_entry (doc, up))
          listed_ancestors++;
      /* a court's heading paragraph is nested by its rank as well */
      FUZZ_CHECK (e->level >= listed_ancestors);
      FUZZ_CHECK (where != NULL && g_utf8_validate (where, -1, NULL));
      FUZZ_CHECK (title == NULL || g_utf8_validate (title, -1, NULL));
      prev_index = e->node->index;
      prev_level = e->level;
    }
  return 0;
}
