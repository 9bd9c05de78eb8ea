/* test-termbase.c — the bundled TBX termbase and the text agree
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The termbase holds the labels of the terms and threats in three
 * languages; the Kazakh definitions it carries must be the Annex 1 text
 * itself, and the Russian and Chinese labels and their provenance must be
 * those of the label table in ../shared/terms/labels.tsv.
 */
#include <string.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-term.h"
#include "kel-termbase.h"
#include "kel-threat.h"
#include "kel-test-util.h"

static KelTermbase *
termbase (void)
{
  static KelTermbase *tb = NULL;

  if (tb == NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"),
                                                "data", "edition", "termbase.tbx", NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      char *data = NULL;
      gsize len = 0;

      g_file_get_contents (path, &data, &len, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (data, len);
      tb = kel_termbase_new_from_bytes (bytes, path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (tb);
    }
  return tb;
}

static void
test_entries (void)
{
  KelTermbase *tb = termbase ();
  guint terms = 0, threats = 0;

  g_assert_cmpuint (kel_termbase_get_n_entries (tb), ==, 19);
  for (guint i = 0; i < kel_termbase_get_n_entries (tb); i++)
    {
      const KelTermbaseEntry *entry = kel_termbase_get_entry (tb, i);

      g_assert_true (kel_termbase_lookup (tb, entry->id) == entry);
      g_assert_cmpint (entry->line, >, 0);
      for (KelLang lang = 0; lang < KEL_N_LANGS; lang++)
        g_assert_nonnull (entry->labels[lang]);
      if (entry->is_threat)
        {
          threats++;
          g_assert_null (entry->definition);
          /* the Article 2 wording of the threat is its variant */
          g_assert_nonnull (entry->variants);
          g_assert_cmpuint (g_strv_length (entry->variants), ==, 1);
        }
      else
        {
          terms++;
          g_assert_nonnull (entry->definition);
        }
    }
  g_assert_cmpuint (terms, ==, 13);
  g_assert_cmpuint (threats, ==, 6);
  g_assert_null (kel_termbase_lookup (tb, "noSuchConcept"));
}

/* One source of truth: the termbase's definition is the Annex 1 text. */
static void
test_definitions_match_annex_1 (void)
{
  KelTermbase *tb = termbase ();
  GListModel *terms = kel_document_get_terms (kel_test_bundled ());

  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 13);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) term = g_list_model_get_item (terms, i);
      const KelTermbaseEntry *entry = kel_termbase_lookup (tb, kel_term_get_id (term));
      guint start, end;
      g_autofree char *annex_text = NULL;

      g_assert_nonnull (entry);
      g_assert_false (entry->is_threat);
      g_assert_cmpstr (entry->definition, ==, kel_term_get_definition (term));
      g_assert_cmpstr (entry->labels[KEL_LANG_KK], ==, kel_term_get_label (term, KEL_LANG_KK));

      /* and the model's definition is what Annex 1 shows at that place */
      kel_term_get_definition_range (term, &start, &end);
      annex_text = kel_document_get_range (kel_test_bundled (), start, end);
      g_assert_cmpstr (annex_text, ==, entry->definition);
    }
}

typedef struct
{
  char *id;
  char *kind;
  char *labels[KEL_N_LANGS];
  char *status[KEL_N_LANGS];
} Row;

static void
row_free (Row *row)
{
  g_free (row->id);
  g_free (row->kind);
  for (guint i = 0; i < KEL_N_LANGS; i++)
    {
      g_free (row->labels[i]);
      g_free (row->status[i]);
    }
  g_free (row);
}

/* labels.tsv as rows, or NULL (and SKIP) when ../shared is absent */
static GPtrArray *
read_labels (void)
{
  g_autofree char *path = kel_test_shared_file ("terms/labels.tsv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  GPtrArray *rows;
  int col[16];
  enum { ID, KIND, KK, RU, ZH, RU_STATUS, ZH_STATUS, N_COLS };
  static const char *names[] = { "id", "kind", "kk", "ru", "zh", "ru_status", "zh_status" };

  if (path == NULL)
    return NULL;
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  header = g_strsplit (lines[0], "\t", -1);
  for (guint c = 0; c < N_COLS; c++)
    {
      col[c] = -1;
      for (guint h = 0; header[h]; h++)
        if (g_str_equal (header[h], names[c]))
          col[c] = (int) h;
      g_assert_cmpint (col[c], >=, 0);
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  for (guint n = 1; lines[n]; n++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[n], "\t", -1);
      Row *row;

      if (*lines[n] == '\0')
        continue;
      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (header));
      row = g_new0 (Row, 1);
      row->id = g_strdup (cells[col[ID]]);
      row->kind = g_strdup (cells[col[KIND]]);
      row->labels[KEL_LANG_KK] = g_strdup (cells[col[KK]]);
      row->labels[KEL_LANG_RU] = g_strdup (cells[col[RU]]);
      row->labels[KEL_LANG_ZH] = g_strdup (cells[col[ZH]]);
      row->status[KEL_LANG_RU] = g_strdup (cells[col[RU_STATUS]]);
      row->status[KEL_LANG_ZH] = g_strdup (cells[col[ZH_STATUS]]);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static KelStatus
status_of (const char *word)
{
  if (g_strcmp0 (word, "checked") == 0)
    return KEL_STATUS_CHECKED;
  g_assert_cmpstr (word, ==, "unchecked");
  return KEL_STATUS_UNCHECKED;
}

static void
test_labels_match_table (void)
{
  KelTermbase *tb = termbase ();
  KelDocument *doc = kel_test_bundled ();
  g_autoptr(GPtrArray) rows = read_labels ();
  guint checked = 0;

  if (rows == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      const KelTermbaseEntry *entry;
      gboolean is_term = g_str_equal (row->kind, "term");

      if (!is_term && !g_str_equal (row->kind, "threat"))
        continue;
      entry = kel_termbase_lookup (tb, row->id);
      if (entry == NULL)
        g_error ("labels.tsv has %s “%s”, the termbase does not", row->kind, row->id);
      g_assert_cmpint (entry->is_threat, ==, !is_term);
      if (is_term)
        g_assert_cmpstr (entry->labels[KEL_LANG_KK], ==, row->labels[KEL_LANG_KK]);

      for (KelLang lang = KEL_LANG_RU; lang < KEL_N_LANGS; lang++)
        {
          KelStatus status = status_of (row->status[lang]);

          g_assert_cmpstr (entry->labels[lang], ==, row->labels[lang]);
          g_assert_cmpint (entry->status[lang], ==, status);

          /* and the model shows them with that provenance */
          if (is_term)
            {
              KelTerm *term = kel_document_lookup_term (doc, row->id);

              g_assert_nonnull (term);
              g_assert_cmpstr (kel_term_get_label (term, lang), ==, row->labels[lang]);
              g_assert_cmpint (kel_term_get_status (term, lang), ==, status);
            }
          else
            {
              KelThreat *threat = kel_document_lookup_threat (doc, row->id);

              g_assert_nonnull (threat);
              g_assert_cmpstr (kel_threat_get_label (threat, lang), ==, row->labels[lang]);
              g_assert_cmpint (kel_threat_get_status (threat, lang), ==, status);
            }
        }
      checked++;
    }
  g_assert_cmpuint (checked, ==, 19);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_init (&argc, &argv);

  g_test_add_func ("/termbase/entries", test_entries);
  g_test_add_func ("/termbase/definitions-match-annex-1", test_definitions_match_annex_1);
  g_test_add_func ("/termbase/labels-match-table", test_labels_match_table);

  return g_test_run ();
}
