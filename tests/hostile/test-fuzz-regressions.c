/* test-fuzz-regressions.c — the inputs that once broke the model, replayed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with one of the libFuzzer harnesses of fuzz/ (built here without
 * libFuzzer), this program feeds files to the harness's
 * LLVMFuzzerTestOneInput() exactly as the fuzzer does: every file of
 * tests/data/fuzz-regressions/ (the inputs the fuzzers found crashes, leaks
 * and broken promises with, kept once fixed), the harness's own seed
 * corpus in fuzz/corpus/, and the bundled edition and termbase and the
 * test editions of tests/data/, which the fuzzers start from too.  Each must give a document or a clean KEL_ERROR
 * and keep the promises the harness checks; a broken one aborts with the
 * promise and the file named.  The sanitizer pass of tools/run-tests.sh
 * runs it too, so a memory error or a leak comes back as it was found.
 *
 *   test-fuzz-regressions-edition DIR...
 */
#include <locale.h>
#include <stdio.h>

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  /* named on stderr first, so that an abort in the harness says which file */
  fprintf (stderr, "replaying %s (%" G_GSIZE_FORMAT " bytes)\n", path, len);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) contents, len), ==, 0);
}

static void
add_dir (const char *dir,
         const char *label)
{
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  d = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (name[0] != '.' && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/%s/%s", label, file);

      g_test_add_data_func_full (test_path, g_build_filename (dir, file, NULL), replay, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s DIR...\n", argv[0]);
      return 2;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *base = g_path_get_basename (argv[i]);
      g_autofree char *parent = g_path_get_dirname (argv[i]);
      g_autofree char *parent_base = g_path_get_basename (parent);
      g_autofree char *label = g_strdup_printf ("%s/%s", parent_base, base);

      add_dir (argv[i], label);
    }
  return g_test_run ();
}
