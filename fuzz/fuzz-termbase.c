/* fuzz-termbase.c — libFuzzer harness: any bytes as a TBX termbase
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the input with kel_termbase_new_from_bytes(): a termbase or a
 * KEL_ERROR, never a crash, a hang or a leak.  A termbase that reads is
 * checked entry by entry, then given to the bundled agreement as its
 * termbase (kel_document_new_from_bytes()), which must accept it or say
 * why it does not belong to the agreement.
 *
 *   build-fuzz/fuzz/fuzz-termbase -max_len=100000 fuzz/corpus/termbase
 */
#include "fuzz-common.h"

#include "kel-termbase.h"
#include "kel-term.h"

#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"

static GBytes *edition;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_init_glib ();
  (void) fuzz_bundled ();   /* registers the resource */
  edition = g_resources_lookup_data (EDITION_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (edition == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      abort ();
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(KelTermbase) termbase = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  termbase = kel_termbase_new_from_bytes (bytes, "fuzz.tbx", &error);
  if (termbase == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  FUZZ_CHECK (g_str_equal (kel_termbase_get_name (termbase), "fuzz.tbx"));
  n = kel_termbase_get_n_entries (termbase);
  FUZZ_CHECK (n > 0);
  for (guint i = 0; i < n; i++)
    {
      const KelTermbaseEntry *entry = kel_termbase_get_entry (termbase, i);

      FUZZ_CHECK (entry->id != NULL && entry->id[0] != '\0');
      FUZZ_CHECK (kel_termbase_lookup (termbase, entry->id) == entry);
      /* a concept has a term in some language, not always Kazakh nor one
       * of the three (a termbase of another document) */
      gboolean labelled = FALSE;

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        if (entry->labels[lang] != NULL)
          {
            labelled = TRUE;
            FUZZ_CHECK (g_utf8_validate (entry->labels[lang], -1, NULL));
          }
      FUZZ_CHECK (labelled || entry->other_term != NULL
                  || (entry->variants != NULL && entry->variants[0] != NULL));
      for (guint k = 0; entry->variants != NULL && entry->variants[k]; k++)
        FUZZ_CHECK (g_utf8_validate (entry->variants[k], -1, NULL));
    }

  /* the same bytes as the agreement's termbase */
  doc = kel_document_new_from_bytes (edition, "agreement.kk.akn.xml", bytes, "fuzz.tbx", &error);
  if (doc == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (kel_document_get_terms (doc)); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (kel_document_get_terms (doc), i);

      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        (void) kel_term_get_label (term, lang);
      (void) kel_document_find_term (doc, kel_term_get_label (term, KEL_LANG_KK));
    }
  return 0;
}
