/* test-notes.c — bookmarks, highlights and notes: anchored, kept, moved
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * $XDG_DATA_HOME is a throw-away folder, emptied before each test, so the
 * notes files are the ones the application would write.  (Not
 * G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 leaks the folder names it replaces,
 * which the sanitizer pass would report.)
 */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kel-citation.h"
#include "kel-error.h"
#include "kel-notes.h"
#include "kel-particulars.h"
#include "kel-test-util.h"

#define EDITION_RESOURCE "/io/github/kelisim/Kelisim/edition/agreement.kk.akn.xml"
#define QUOTE "бірлесіп бағалау барысын қарау"

static KelDocument *doc;
static char *data_home;

/* Each test starts without notes */
static void
fresh (gconstpointer data)
{
  g_autofree char *kelisim = g_build_filename (data_home, "kelisim", NULL);
  g_autofree char *elsewhere = g_build_filename (data_home, "elsewhere", NULL);

  kel_test_remove_tree (kelisim);
  kel_test_remove_tree (elsewhere);
  ((GTestFunc) data) ();
}

/* The character offset of @needle inside the element @eid */
static guint
offset_of (KelDocument *d,
           const char  *eid,
           const char  *needle)
{
  const KelNode *node = kel_document_lookup_node (d, eid);
  g_autofree char *text = NULL;
  const char *at;

  g_assert_nonnull (node);
  text = kel_document_get_range (d, node->start, node->end);
  at = strstr (text, needle);
  g_assert_nonnull (at);
  return node->start + (guint) g_utf8_pointer_to_offset (text, at);
}

static char *
range_text (KelDocument   *d,
            KelAnnotation *a)
{
  guint start, end;

  g_assert_true (kel_annotation_get_range (a, &start, &end));
  return kel_document_get_range (d, start, end);
}

static KelAnnotation *
item (KelNotes *notes,
      guint     i)
{
  KelAnnotation *a = g_list_model_get_item (G_LIST_MODEL (notes), i);

  g_assert_nonnull (a);
  g_object_unref (a);  /* the list keeps it */
  return a;
}

static char *
notes_path (void)
{
  g_autofree char *name = kel_notes_file_name (kel_document_get_particulars (doc)->expression);

  return g_build_filename (g_get_user_data_dir (), "kelisim", "notes", name, NULL);
}

static KelDocument *
edited (const char *const *pairs)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (EDITION_RESOURCE, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) changed = NULL;
  char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  KelDocument *d;

  for (guint i = 0; pairs[i]; i += 2)
    {
      g_auto(GStrv) parts = g_strsplit (text, pairs[i], -1);

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      g_free (text);
      text = g_strjoinv (pairs[i + 1], parts);
    }
  changed = g_bytes_new_take (text, strlen (text));
  d = kel_document_new_from_bytes (changed, "corrected.akn.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  return d;
}

static void
test_file_name (void)
{
  g_autofree char *a = kel_notes_file_name ("/akn/int/act/2009-06-16/sco-information-security/kaz@/!main");
  g_autofree char *b = kel_notes_file_name ("/akn/int/act/2009-06-16/sco-information-security/kaz@/!main?");
  g_autofree char *c = kel_notes_file_name ("../../etc/passwd");
  g_autofree char *d = kel_notes_file_name (NULL);

  g_assert_true (g_str_has_prefix (a, "akn_int_act_2009-06-16_sco-information-security_kaz_main-"));
  g_assert_true (g_str_has_suffix (a, ".json"));
  g_assert_cmpstr (a, !=, b);  /* the hash tells them apart */
  g_assert_null (strchr (c, '/'));
  g_assert_false (g_str_has_prefix (c, "."));
  g_assert_true (g_str_has_prefix (d, "untitled-"));
}

/* Editions without an FRBR expression: a file each, by their titles */
static void
test_untitled_editions (void)
{
  const char *a_xml = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"a\">"
                      "<preface><longTitle eId=\"longTitle\"><p>Бірінші келісім</p></longTitle></preface>"
                      "<body><article eId=\"art_1\"><num>1-бап</num><paragraph eId=\"art_1__para_1\"><content>"
                      "<p>Тараптар ынтымақтасады.</p></content></paragraph></article></body></act></akomaNtoso>";
  g_auto(GStrv) parts = g_strsplit (a_xml, "Бірінші", -1);
  g_autofree char *b_xml = g_strjoinv ("Екінші", parts);
  g_autoptr(GBytes) a_bytes = g_bytes_new_static (a_xml, strlen (a_xml));
  g_autoptr(GBytes) b_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) a = kel_document_new_from_bytes (a_bytes, "a.xml", NULL, NULL, &error);
  g_autoptr(KelDocument) b = NULL;
  g_autoptr(KelNotes) na = NULL;
  g_autoptr(KelNotes) nb = NULL;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;

  g_assert_no_error (error);
  b_bytes = g_bytes_new (b_xml, strlen (b_xml));
  b = kel_document_new_from_bytes (b_bytes, "b.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  na = kel_notes_new (a, NULL);
  nb = kel_notes_new (b, NULL);
  name_a = g_file_get_basename (kel_notes_get_file (na));
  name_b = g_file_get_basename (kel_notes_get_file (nb));
  g_assert_true (g_str_has_prefix (name_a, "untitled"));
  g_assert_cmpstr (name_a, !=, name_b);
  g_assert_nonnull (kel_notes_add (na, KEL_ANNOTATION_BOOKMARK, NULL, 3, 3, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (kel_notes_get_file (na), NULL));
  g_assert_false (g_file_query_exists (kel_notes_get_file (nb), NULL));
}

/* A highlight, a note at the caret, a bookmark: saved at once, read back
 * in reading order, each where it was made. */
static void
test_create (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
  g_autoptr(KelNotes) again = NULL;
  g_autofree char *path = notes_path ();
  g_autofree char *quoted = NULL;
  g_autofree char *paragraph = NULL;
  guint start = offset_of (doc, "art_5__para_2", QUOTE);
  guint caret = offset_of (doc, "art_12__para_1", "") + 3;
  KelAnnotation *a, *note, *mark;
  const KelNode *para3;

  g_assert_null (kel_notes_get_problem (notes));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  a = kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, "green", start, start + g_utf8_strlen (QUOTE, -1), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));  /* at once */
  g_assert_cmpstr (kel_annotation_get_eid (a), ==, "art_5__para_2");
  g_assert_cmpstr (kel_annotation_get_exact (a), ==, QUOTE);
  g_assert_true (g_str_has_suffix (kel_annotation_get_prefix (a), "қауіптерді талдау және "));
  g_assert_cmpint (g_utf8_strlen (kel_annotation_get_prefix (a), -1), ==, KEL_ANCHOR_CONTEXT);
  g_assert_true (g_str_has_prefix (kel_annotation_get_suffix (a), ", сондай-ақ"));

  note = kel_notes_add (notes, KEL_ANNOTATION_NOTE, NULL, caret, caret, "Бірінші жол\nсеконд line «quoted» \"x\"", &error);
  g_assert_no_error (error);
  mark = kel_notes_add (notes, KEL_ANNOTATION_BOOKMARK, "no-such-colour", caret + 5, caret + 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kel_annotation_get_eid (note), ==, "art_12__para_1");
  g_assert_cmpstr (kel_annotation_get_colour (mark), ==, "yellow");

  /* nothing to anchor to: nothing added, nothing saved */
  g_assert_null (kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, NULL, kel_document_get_n_chars (doc) + 10,
                                kel_document_get_n_chars (doc) + 20, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 3);

  again = kel_notes_new (doc, NULL);
  g_assert_null (kel_notes_get_problem (again));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  /* reading order: article 5 before article 12 */
  g_assert_cmpstr (kel_annotation_get_eid (item (again, 0)), ==, "art_5__para_2");
  g_assert_cmpstr (kel_annotation_get_eid (item (again, 2)), ==, "art_12__para_1");
  a = item (again, 0);
  g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_EXACT);
  g_assert_cmpstr (kel_annotation_get_colour (a), ==, "green");
  g_assert_cmpint (kel_annotation_get_kind (a), ==, KEL_ANNOTATION_HIGHLIGHT);
  quoted = range_text (doc, a);
  g_assert_cmpstr (quoted, ==, QUOTE);
  note = kel_notes_lookup (again, kel_annotation_get_id (note));
  g_assert_nonnull (note);
  g_assert_cmpint (kel_annotation_get_kind (note), ==, KEL_ANNOTATION_NOTE);
  g_assert_cmpstr (kel_annotation_get_text (note), ==, "Бірінші жол\nсеконд line «quoted» \"x\"");
  g_assert_cmpint (kel_annotation_get_created (note) / G_USEC_PER_SEC, >, 1700000000);
  /* the note at the caret holds its whole paragraph */
  para3 = kel_document_lookup_node (doc, "art_12__para_1");
  paragraph = range_text (doc, note);
  g_assert_cmpuint (g_utf8_strlen (paragraph, -1), >, 20);
  g_assert_cmpuint (g_utf8_strlen (paragraph, -1), <=, para3->end - para3->start);
}

/* Edit, delete, undo: each saved at once. */
static void
test_edit_delete_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
  g_autoptr(KelNotes) check = NULL;
  g_autoptr(KelNotes) check2 = NULL;
  guint start = offset_of (doc, "art_5__para_2", QUOTE);
  g_autoptr(KelAnnotation) a = NULL;

  a = g_object_ref (kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, "blue", start, start + 10, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kel_notes_update (notes, a, "pink", "a thought", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kel_annotation_get_kind (a), ==, KEL_ANNOTATION_NOTE);
  g_assert_cmpint (kel_annotation_get_modified (a), >=, kel_annotation_get_created (a));

  check = kel_notes_new (doc, NULL);
  g_assert_cmpstr (kel_annotation_get_text (item (check, 0)), ==, "a thought");
  g_assert_cmpstr (kel_annotation_get_colour (item (check, 0)), ==, "pink");

  g_assert_true (kel_notes_remove (notes, a, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 0);
  g_assert_true (kel_notes_reload (check));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check)), ==, 0);

  g_assert_true (kel_notes_restore (notes, a, &error));
  g_assert_no_error (error);
  check2 = kel_notes_new (doc, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check2)), ==, 1);
  g_assert_cmpstr (kel_annotation_get_id (item (check2, 0)), ==, kel_annotation_get_id (a));
  g_assert_cmpstr (kel_annotation_get_text (item (check2, 0)), ==, "a thought");
}

/* Notes made on one edition, opened on a corrected one. */
static void
test_corrected_edition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
  g_autofree char *path = notes_path ();
  guint start = offset_of (doc, "art_5__para_2", QUOTE);
  guint end = start + g_utf8_strlen (QUOTE, -1);
  const char *near[] = { "қауіптерді талдау және бірлесіп", "қауіптерді зерделеу және бірлесіп", NULL };
  const char *inside[] = { "бірлесіп бағалау барысын қарау", "бірлесіп бағалау барысы қарау", NULL };
  const char *renamed[] = { "<paragraph eId=\"art_5__para_2\">", "<paragraph eId=\"art_5__para_20\">", NULL };
  const char *removed[] = { "талдау және бірлесіп бағалау барысын қарау, ", "", NULL };
  g_autofree char *id = NULL;

  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_NOTE, "purple", start, end, "keep me", &error));
  g_assert_no_error (error);
  id = g_strdup (kel_annotation_get_id (item (notes, 0)));

  /* a word changed next to the quote: still exactly there */
  {
    g_autoptr(KelDocument) d = edited (near);
    g_autoptr(KelNotes) n = kel_notes_new (d, NULL);
    KelAnnotation *a = item (n, 0);
    g_autofree char *text = range_text (d, a);

    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_EXACT);
    g_assert_cmpstr (text, ==, QUOTE);
  }
  /* a word of the quote corrected: placed on the corrected words, said so */
  {
    g_autoptr(KelDocument) d = edited (inside);
    g_autoptr(KelNotes) n = kel_notes_new (d, NULL);
    KelAnnotation *a = item (n, 0);
    g_autofree char *text = range_text (d, a);
    guint s;

    g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_CHANGED);
    g_assert_true (g_str_has_prefix (text, "бірлесіп бағалау барысы"));
    g_assert_true (g_str_has_suffix (text, "қарау"));
    kel_annotation_get_range (a, &s, NULL);
    g_assert_cmpstr (kel_document_get_node_at (d, s)->eid, ==, "art_5__para_2");
  }
  /* the paragraph's eId changed: found where the text is now */
  {
    g_autoptr(KelDocument) d = edited (renamed);
    g_autoptr(KelNotes) n = kel_notes_new (d, NULL);
    KelAnnotation *a = item (n, 0);
    g_autofree char *text = range_text (d, a);
    guint s;

    g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_MOVED);
    g_assert_cmpstr (text, ==, QUOTE);
    kel_annotation_get_range (a, &s, NULL);
    g_assert_cmpstr (kel_document_get_node_at (d, s)->eid, ==, "art_5__para_20");
  }
  /* the passage is gone: kept, last, marked, and not lost on the next save */
  {
    g_autoptr(KelDocument) d = edited (removed);
    g_autoptr(KelNotes) n = kel_notes_new (d, NULL);
    KelAnnotation *orphan;
    guint caret = offset_of (d, "art_3__para_1", "") + 2;
    g_autofree char *md = NULL;

    g_assert_nonnull (kel_notes_add (n, KEL_ANNOTATION_BOOKMARK, NULL, caret, caret, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (n)), ==, 2);
    orphan = item (n, 1);
    g_assert_cmpstr (kel_annotation_get_id (orphan), ==, id);
    g_assert_cmpint (kel_annotation_get_placement (orphan), ==, KEL_PLACEMENT_NONE);
    g_assert_false (kel_annotation_get_range (orphan, NULL, NULL));
    g_assert_cmpstr (kel_annotation_get_text (orphan), ==, "keep me");
    md = kel_notes_to_markdown (n, KEL_LANG_KK);
    g_assert_nonnull (strstr (md, "## Cannot be placed in this edition\n\n> «" QUOTE "» — art_5__para_2"));
  }
  /* back on the first edition, both are in place */
  {
    g_autoptr(KelNotes) n = kel_notes_new (doc, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (n)), ==, 2);
    g_assert_cmpint (kel_annotation_get_placement (kel_notes_lookup (n, id)), ==, KEL_PLACEMENT_EXACT);
  }
}

/* A file that is not notes: kept aside, said so, and new notes still saved. */
static void
test_corrupt_file (void)
{
  g_autofree char *path = notes_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(KelNotes) notes = NULL;
  g_autoptr(KelNotes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *problem;
  const char *name;
  gboolean backup_found = FALSE;
  guint start = offset_of (doc, "art_5__para_2", QUOTE);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [", -1, NULL));
  notes = kel_notes_new (doc, NULL);
  problem = kel_notes_get_problem (notes);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "is not JSON"));
  g_assert_nonnull (strstr (problem, ".unreadable-"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 0);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, ".unreadable-") != NULL)
      {
        g_autofree char *backup = g_build_filename (dir, name, NULL);
        g_autofree char *content = NULL;

        g_assert_true (g_file_get_contents (backup, &content, NULL, NULL));
        g_assert_true (g_str_has_prefix (content, "{\"type\": \"AnnotationCollection\""));
        backup_found = TRUE;
      }
  g_assert_true (backup_found);

  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, NULL, start, start + 5, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (kel_notes_get_problem (notes));
  again = kel_notes_new (doc, NULL);
  g_assert_null (kel_notes_get_problem (again));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);

  /* not UTF-8, not an annotation, a directory where the file should be */
  {
    g_autoptr(KelNotes) n1 = NULL, n2 = NULL;

    g_assert_true (g_file_set_contents (path, "\xff\xfe{}", -1, NULL));
    n1 = kel_notes_new (doc, NULL);
    g_assert_nonnull (strstr (kel_notes_get_problem (n1), "not UTF-8"));
    g_assert_true (g_file_set_contents (path, "{\"type\": \"Person\"}", -1, NULL));
    n2 = kel_notes_new (doc, NULL);
    g_assert_nonnull (strstr (kel_notes_get_problem (n2), "no W3C Web Annotations"));
  }
  {
    g_autoptr(KelNotes) n3 = NULL;

    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
    n3 = kel_notes_new (doc, NULL);
    g_assert_nonnull (kel_notes_get_problem (n3));
    /* kept in the list for this session, but the reader is told */
    g_assert_nonnull (kel_notes_add (n3, KEL_ANNOTATION_HIGHLIGHT, NULL, start, start + 5, NULL, &error));
    g_assert_error (error, KEL_ERROR, KEL_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "not saved"));
    g_rmdir (path);
  }
}

/* A writer killed at random moments: the file always reads, and holds a
 * whole state (k notes, the last saying "k"). */
static void
test_kill_during_save (void)
{
  g_autofree char *path = notes_path ();
  guint start = offset_of (doc, "art_5__para_2", QUOTE);
  GRand *rand = g_rand_new_with_seed (16);
  guint last = 0;

  for (guint round = 0; round < 40; round++)
    {
      pid_t pid = fork ();
      int status = 0;

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          KelNotes *notes = kel_notes_new (doc, NULL);

          for (;;)
            {
              guint n = g_list_model_get_n_items (G_LIST_MODEL (notes));
              g_autofree char *text = g_strdup_printf ("%u", n + 1);

              if (kel_notes_add (notes, KEL_ANNOTATION_NOTE, NULL, start + n % 20, start + n % 20 + 8, text, NULL) == NULL)
                _exit (3);
            }
        }
      g_usleep (g_rand_int_range (rand, 1000, 30000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      {
        g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
        guint n = g_list_model_get_n_items (G_LIST_MODEL (notes));
        g_autofree char *expected = g_strdup_printf ("%u", n);
        gboolean found = FALSE;

        g_assert_null (kel_notes_get_problem (notes));
        g_assert_cmpuint (n, >=, last);
        for (guint i = 0; i < n; i++)
          found = found || g_str_equal (kel_annotation_get_text (item (notes, i)), expected);
        g_assert_true (n == 0 || found);
        last = n;
      }
    }
  g_test_message ("%u notes written by killed writers", last);
  g_assert_cmpuint (last, >, 0);
  g_rand_free (rand);
}

/* Export JSON-LD, import it elsewhere: the same annotations, anchored alike. */
static void
test_export_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "elsewhere", NULL);
  g_autoptr(KelNotes) other = kel_notes_new (doc, other_dir);
  guint start = offset_of (doc, "art_5__para_2", QUOTE);
  guint caret = offset_of (doc, "art_12__para_4", "") + 3;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  g_autofree char *md = NULL;
  g_autofree char *md_zh = NULL;

  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_NOTE, "blue", start, start + g_utf8_strlen (QUOTE, -1),
                                   "Мұны оқу керек", &error));
  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_BOOKMARK, NULL, caret, caret, NULL, &error));
  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, "pink", start + 3, start + 12, NULL, &error));
  g_assert_no_error (error);

  json = kel_notes_to_jsonld (notes);
  g_assert_nonnull (strstr (json, "\"@context\" : \"http://www.w3.org/ns/anno.jsonld\""));
  g_assert_nonnull (strstr (json, "\"type\" : \"TextQuoteSelector\""));
  g_assert_nonnull (strstr (json, "\"motivation\" : \"bookmarking\""));
  g_assert_nonnull (strstr (json, "\"source\" : \"/akn/int/act/2009-06-16/sco-information-security/kaz@/!main\""));

  g_assert_cmpint (kel_notes_import_jsonld (other, json, -1, &error), ==, 3);
  g_assert_no_error (error);
  /* again: nothing new */
  g_assert_cmpint (kel_notes_import_jsonld (other, json, -1, &error), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      KelAnnotation *a = item (notes, i), *b = item (other, i);
      guint sa, ea, sb, eb;

      g_assert_cmpstr (kel_annotation_get_id (a), ==, kel_annotation_get_id (b));
      g_assert_cmpint (kel_annotation_get_kind (a), ==, kel_annotation_get_kind (b));
      g_assert_cmpstr (kel_annotation_get_colour (a), ==, kel_annotation_get_colour (b));
      g_assert_cmpstr (kel_annotation_get_text (a), ==, kel_annotation_get_text (b));
      g_assert_cmpint (kel_annotation_get_created (a), ==, kel_annotation_get_created (b));
      g_assert_true (kel_annotation_get_range (a, &sa, &ea));
      g_assert_true (kel_annotation_get_range (b, &sb, &eb));
      g_assert_cmpuint (sa, ==, sb);
      g_assert_cmpuint (ea, ==, eb);
    }
  json2 = kel_notes_to_jsonld (other);
  g_assert_cmpstr (json, ==, json2);

  /* Markdown: each note under its location, cited in the chosen language */
  md = kel_notes_to_markdown (notes, KEL_LANG_RU);
  g_assert_nonnull (strstr (md, "## статья 5, пункт 2\n\n> «" QUOTE "» ("));
  g_assert_nonnull (strstr (md, "статья 5, пункт 2)\n"));
  g_assert_nonnull (strstr (md, "\nМұны оқу керек\n"));
  g_assert_nonnull (strstr (md, "*Bookmark* (yellow)"));
  /* the same words as the notes page's rows (kel_annotation_kind_to_label) */
  g_assert_cmpstr (kel_annotation_kind_to_label (KEL_ANNOTATION_BOOKMARK), ==, "Bookmark");
  g_assert_cmpstr (kel_annotation_kind_to_label (KEL_ANNOTATION_NOTE), ==, "Note");
  g_assert_cmpstr (kel_annotation_kind_to_label (KEL_ANNOTATION_HIGHLIGHT), ==, "Highlight");
  g_assert_nonnull (strstr (md, "## статья 12, пункт 4"));
  md_zh = kel_notes_to_markdown (notes, KEL_LANG_ZH);
  g_assert_nonnull (strstr (md_zh, "## 第五条第二款\n\n> “" QUOTE "”（"));
}

/* What cannot be imported says why and adds nothing. */
static void
test_import_bad (void)
{
  g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
  g_autofree char *path = notes_path ();
  const char *bad[] = {
    "",
    "not json",
    "[1, 2",
    "{\"type\": \"Person\"}",
    "42",
    "\"Annotation\"",
    "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": 5}}",
    "[{\"type\": \"Annotation\", \"target\": \"http://example.org/\"}]",
    "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": 7}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (kel_notes_import_jsonld (notes, bad[i], -1, &error), ==, -1);
      g_assert_error (error, KEL_ERROR, KEL_ERROR_INVALID);
      g_assert_cmpuint (strlen (error->message), >, 10);
    }
  /* nested a million deep: refused before the parser recurses into it */
  {
    g_autoptr(GError) error = NULL;
    GString *deep = g_string_new (NULL);

    for (guint i = 0; i < 1000000; i++)
      g_string_append_c (deep, '[');
    g_assert_cmpint (kel_notes_import_jsonld (notes, deep->str, (gssize) deep->len, &error), ==, -1);
    g_assert_error (error, KEL_ERROR, KEL_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "deep"));
    g_string_free (deep, TRUE);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* a lone surrogate in a note: json-glib 1.6 (Debian 12) hands it over and
   * it is kept as valid text; json-glib 1.10 refuses the file, which then
   * gets a clear error and adds nothing */
  {
    g_autoptr(GError) error = NULL;
    const char *odd = "{\"type\": \"Annotation\", \"bodyValue\": \"a\\ud800b\","
                      " \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"" QUOTE "\"}}}";
    int n = kel_notes_import_jsonld (notes, odd, -1, &error);

    if (n == 1)
      {
        g_assert_no_error (error);
        g_assert_true (g_utf8_validate (kel_annotation_get_text (item (notes, 0)), -1, NULL));
        g_assert_true (kel_notes_remove (notes, item (notes, 0), &error));
      }
    else
      {
        g_assert_cmpint (n, ==, -1);
        g_assert_error (error, KEL_ERROR, KEL_ERROR_INVALID);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 0);
      }
  }

  /* JSON's escapes, read as a reader wrote them: quotes, a backslash, a
   * line break, é as \u00e9 and an emoji as a surrogate pair */
  {
    g_autoptr(GError) error = NULL;
    const char *escaped = "{\"type\": \"Annotation\", \"id\": \"urn:x:escapes\","
                          " \"bodyValue\": \"\\\"q\\\" \\\\ a\\nb caf\\u00e9 \\ud83d\\ude00\","
                          " \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"" QUOTE "\"}}}";

    g_assert_cmpint (kel_notes_import_jsonld (notes, escaped, -1, &error), ==, 1);
    g_assert_no_error (error);
    g_assert_cmpstr (kel_annotation_get_text (kel_notes_lookup (notes, "urn:x:escapes")), ==,
                     "\"q\" \\ a\nb café 😀");
    g_assert_true (kel_notes_remove (notes, kel_notes_lookup (notes, "urn:x:escapes"), &error));
  }
  /* what is not JSON is said with its line and column */
  {
    const char *not_json[] = {
      "[{\"type\": \"Annotation\"}] trailing",
      "{\"type\":\n \"Annotation\", \"bodyValue\": \"\\x41\"}",
      "{\"type\": \"Annotation\" \"id\": \"a\"}",
      "[\"\\u12\"]",
      "[01]",
      "[\"unterminated]",
    };

    for (guint i = 0; i < G_N_ELEMENTS (not_json); i++)
      {
        g_autoptr(GError) error = NULL;

        g_assert_cmpint (kel_notes_import_jsonld (notes, not_json[i], -1, &error), ==, -1);
        g_assert_error (error, KEL_ERROR, KEL_ERROR_INVALID);
        g_assert_nonnull (strstr (error->message, "not JSON: line "));
      }
    {
      g_autoptr(GError) error = NULL;

      kel_notes_import_jsonld (notes, not_json[1], -1, &error);
      g_assert_nonnull (strstr (error->message, "line 2, column 31"));
    }
  }

  /* a single annotation from another client, with a quote: taken */
  {
    g_autoptr(GError) error = NULL;
    const char *one = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\","
                      " \"bodyValue\": \"from elsewhere\","
                      " \"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"" QUOTE "\"}]}}";

    g_assert_cmpint (kel_notes_import_jsonld (notes, one, -1, &error), ==, 1);
    g_assert_no_error (error);
    g_assert_cmpint (kel_annotation_get_placement (item (notes, 0)), ==, KEL_PLACEMENT_MOVED);
    g_assert_cmpint (kel_annotation_get_kind (item (notes, 0)), ==, KEL_ANNOTATION_NOTE);
    g_assert_cmpstr (kel_annotation_get_text (item (notes, 0)), ==, "from elsewhere");
  }
}

static gboolean
has_items (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (data)) > 0;
}

/* Two instances on the same file (two windows): each sees the other's
 * change, and a change made in one is not lost by the other's next save. */
static void
test_two_instances (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelNotes) a = kel_notes_new (doc, NULL);
  g_autoptr(KelNotes) b = kel_notes_new (doc, NULL);
  guint start = offset_of (doc, "art_5__para_2", QUOTE);
  gint64 end;
  guint changes = 0;

  kel_notes_watch (a);
  kel_notes_watch (b);
  g_signal_connect_swapped (b, "items-changed", G_CALLBACK (g_atomic_int_inc), &changes);

  g_assert_nonnull (kel_notes_add (a, KEL_ANNOTATION_HIGHLIGHT, NULL, start, start + 8, NULL, &error));
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!has_items (b) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 1);
  g_assert_cmpuint (changes, >=, 1);

  /* b adds without having seen a's second note yet: both are kept */
  g_assert_nonnull (kel_notes_add (a, KEL_ANNOTATION_HIGHLIGHT, NULL, start + 10, start + 18, NULL, &error));
  g_assert_nonnull (kel_notes_add (b, KEL_ANNOTATION_BOOKMARK, NULL, start, start, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 3);
  g_assert_true (kel_notes_reload (a));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 3);
}

/* One annotation of JSON-LD quoting @exact in the element @eid */
static void
append_quote (GString    *json,
              const char *id,
              const char *eid,
              const char *exact)
{
  g_string_append_printf (json, "%s{\"type\": \"Annotation\", \"id\": \"%s\", \"target\": {\"selector\": "
                          "{\"type\": \"FragmentSelector\", \"value\": \"%s\", \"refinedBy\": "
                          "{\"type\": \"TextQuoteSelector\", \"exact\": \"%s\"}}}}",
                          json->len > 1 ? ", " : "", id, eid, exact);
}

/* A file of many long quotes found nowhere (notes made on another text):
 * each needs the approximate search over the whole text, and those
 * searches are bounded for the whole import together
 * (KEL_NOTES_FUZZY_PER_BATCH), so the import ends at once however many
 * there are.  Every note is kept and marked as not placed; a quote found
 * exactly is placed after them all.  The price: a long quote with a word
 * corrected and no element, which only a search of the whole text finds,
 * is placed when it comes first, but not after the bound is spent. */
static void
test_many_unplaceable (void)
{
  g_autoptr(KelNotes) notes = kel_notes_new (doc, NULL);
  g_autoptr(GString) lost = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GString) first = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  const KelNode *para = kel_document_lookup_node (doc, "art_5__para_2");
  g_autofree char *range = kel_document_get_range (doc, para->start, para->end);
  /* the paragraph's sentence, after its number's line */
  const char *whole = strrchr (range, '\n') ? strrchr (range, '\n') + 1 : range;
  g_autoptr(GString) corrected = g_string_new (whole);
  const guint n_lost = 40;
  KelAnnotation *a;

  g_assert_null (strpbrk (whole, "\"\\"));
  g_assert_cmpuint (g_string_replace (corrected, "бастамашылық", "бастамашылык", 1), ==, 1);
  /* 1000 characters that the agreement does not hold: 22 M steps each */
  while (lost->len < 1000)
    g_string_append (lost, "zq0 ");
  for (guint i = 0; i < n_lost; i++)
    {
      g_autofree char *id = g_strdup_printf ("urn:x:lost-%u", i);

      append_quote (json, id, "art_5__para_2", lost->str);
    }
  append_quote (json, "urn:x:exact", "art_5__para_2", QUOTE);
  append_quote (json, "urn:x:corrected", "", corrected->str);
  g_string_append (json, "]");

  g_assert_cmpint (kel_notes_import_jsonld (notes, json->str, -1, &error), ==, n_lost + 2);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, n_lost + 2);
  for (guint i = 0; i < n_lost; i++)
    {
      g_autofree char *id = g_strdup_printf ("urn:x:lost-%u", i);

      a = kel_notes_lookup (notes, id);
      g_assert_nonnull (a);
      g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_NONE);
      g_assert_cmpstr (kel_annotation_get_exact (a), ==, lost->str);
    }
  a = kel_notes_lookup (notes, "urn:x:exact");
  g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_EXACT);
  a = kel_notes_lookup (notes, "urn:x:corrected");
  g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_NONE);
  g_assert_cmpstr (kel_annotation_get_exact (a), ==, corrected->str);

  /* the same corrected quote first in its file: found, over the paragraph */
  {
    g_autofree char *elsewhere = g_build_filename (data_home, "elsewhere", NULL);
    g_autoptr(KelNotes) other = kel_notes_new (doc, elsewhere);
    g_autofree char *text = NULL;

    append_quote (first, "urn:x:corrected", "", corrected->str);
    append_quote (first, "urn:x:lost-0", "art_5__para_2", lost->str);
    g_string_append (first, "]");
    g_assert_cmpint (kel_notes_import_jsonld (other, first->str, -1, &error), ==, 2);
    g_assert_no_error (error);
    a = kel_notes_lookup (other, "urn:x:corrected");
    g_assert_cmpint (kel_annotation_get_placement (a), ==, KEL_PLACEMENT_MOVED);
    text = range_text (doc, a);
    g_assert_cmpstr (text, ==, whole);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("kelisim-test-notes-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);

  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_data_func ("/notes/file-name", test_file_name, fresh);
  g_test_add_data_func ("/notes/create", test_create, fresh);
  g_test_add_data_func ("/notes/untitled-editions", test_untitled_editions, fresh);
  g_test_add_data_func ("/notes/edit-delete-undo", test_edit_delete_undo, fresh);
  g_test_add_data_func ("/notes/corrected-edition", test_corrected_edition, fresh);
  g_test_add_data_func ("/notes/corrupt-file", test_corrupt_file, fresh);
  g_test_add_data_func ("/notes/kill-during-save", test_kill_during_save, fresh);
  g_test_add_data_func ("/notes/export-import", test_export_import, fresh);
  g_test_add_data_func ("/notes/import-bad", test_import_bad, fresh);
  g_test_add_data_func ("/notes/many-unplaceable", test_many_unplaceable, fresh);
  g_test_add_data_func ("/notes/two-instances", test_two_instances, fresh);

  status = g_test_run ();
  g_object_unref (doc);
  kel_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
