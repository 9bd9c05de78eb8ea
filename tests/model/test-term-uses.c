/* test-term-uses.c — which terms a definition, or a stretch of text, uses
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the glossary shows under "Related terms" and the threats page under
 * "Terms used", read from the bundled edition's Annex 1.
 */
#include <locale.h>

#include "kel-document.h"
#include "kel-term.h"
#include "kel-term-uses.h"

static KelDocument *doc;   /* the bundled edition */

static KelTerm *
term (const char *id)
{
  GListModel *terms = kel_document_get_terms (doc);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(KelTerm) t = g_list_model_get_item (terms, i);

      if (g_str_equal (kel_term_get_id (t), id))
        return t;   /* the document holds a reference */
    }
  g_error ("no term %s in the bundled edition", id);
}

/* The ids of @terms, space-separated, to compare in one assertion. */
static char *
ids (GPtrArray *terms)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < terms->len; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, kel_term_get_id (g_ptr_array_index (terms, i)));
    }
  return g_string_free (out, FALSE);
}

static void
test_definition (void)
{
  g_autoptr(GPtrArray) crime = kel_term_uses_definition (doc, term ("informationCrime"));
  g_autoptr(GPtrArray) none = kel_term_uses_definition (doc, term ("criticallyImportantStructures"));
  g_autofree char *crime_ids = ids (crime);

  /* "информационная преступность": its definition names the information
   * space and information resources, listed in Annex 1 order */
  g_assert_cmpstr (crime_ids, ==, "informationSpace informationResources");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_used_by (void)
{
  g_autoptr(GPtrArray) space = kel_term_uses_used_by (doc, term ("informationSpace"));
  g_autoptr(GPtrArray) war = kel_term_uses_used_by (doc, term ("informationWar"));
  g_autofree char *space_ids = ids (space);
  g_autofree char *war_ids = ids (war);

  g_assert_cmpstr (space_ids, ==, "informationSecurity informationWar informationCrime "
                                  "informationTerrorism internationalInformationSecurity "
                                  "informationSecurityThreat");
  g_assert_cmpstr (war_ids, ==, "informationWeapon");
}

/* "uses" and "used by" are the two sides of one relation, and no term is
 * related to itself. */
static void
test_symmetric (void)
{
  GListModel *terms = kel_document_get_terms (doc);
  guint n = g_list_model_get_n_items (terms);
  guint pairs = 0;

  g_assert_cmpuint (n, ==, 13);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KelTerm) t = g_list_model_get_item (terms, i);
      g_autoptr(GPtrArray) uses = kel_term_uses_definition (doc, t);

      g_assert_false (g_ptr_array_find (uses, t, NULL));
      for (guint k = 0; k < uses->len; k++)
        {
          g_autoptr(GPtrArray) back = kel_term_uses_used_by (doc, g_ptr_array_index (uses, k));

          g_assert_true (g_ptr_array_find (back, t, NULL));
          pairs++;
        }
    }
  g_assert_cmpuint (pairs, ==, 12);
}

static void
test_range (void)
{
  KelTerm *crime = term ("informationCrime");
  guint start, end;
  g_autoptr(GPtrArray) in_definition = NULL;
  g_autoptr(GPtrArray) empty = NULL;
  g_autoptr(GPtrArray) reversed = NULL;
  g_autoptr(GPtrArray) past_end = NULL;
  g_autoptr(GPtrArray) whole = NULL;

  kel_term_get_definition_range (crime, &start, &end);
  g_assert_cmpuint (end, >, start);
  /* the headword is inside the range too; in order of first occurrence */
  in_definition = kel_term_uses_in_range (doc, start, end);
  g_assert_cmpuint (in_definition->len, >=, 2);
  g_assert_true (g_ptr_array_find (in_definition, term ("informationSpace"), NULL));
  g_assert_true (g_ptr_array_find (in_definition, term ("informationResources"), NULL));

  /* bad ranges give nothing and no crash */
  empty = kel_term_uses_in_range (doc, start, start);
  reversed = kel_term_uses_in_range (doc, end, start);
  past_end = kel_term_uses_in_range (doc, G_MAXUINT - 1, G_MAXUINT);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (reversed->len, ==, 0);
  g_assert_cmpuint (past_end->len, ==, 0);

  /* the whole text uses every term, each once */
  whole = kel_term_uses_in_range (doc, 0, kel_document_get_n_chars (doc));
  g_assert_cmpuint (whole->len, ==, 13);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  g_test_add_func ("/term-uses/definition", test_definition);
  g_test_add_func ("/term-uses/used-by", test_used_by);
  g_test_add_func ("/term-uses/symmetric", test_symmetric);
  g_test_add_func ("/term-uses/range", test_range);
  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
