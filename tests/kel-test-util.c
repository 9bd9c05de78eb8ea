/* kel-test-util.c — what the tests and benchmarks share, without GTK
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-test-util.h"

#include "kel-citation.h"
#include "kel-notes.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

/**
 * kel_test_init:
 * @argc: main's argument count
 * @argv: main's arguments
 *
 * setlocale() from the environment (meson runs the tests in C.UTF-8),
 * then g_test_init().
 */
void
kel_test_init (int    *argc,
               char ***argv)
{
  setlocale (LC_ALL, "");
  g_test_init (argc, argv, NULL);
}

/**
 * kel_test_load_bundled:
 *
 * Loads the bundled agreement; a test fails if it does not load.
 *
 * Returns: (transfer full): a new document
 */
KelDocument *
kel_test_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  KelDocument *doc = kel_document_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/**
 * kel_test_bundled:
 *
 * The bundled agreement, loaded the first time it is asked for and kept
 * for the rest of the program.
 *
 * Returns: (transfer none): the document
 */
KelDocument *
kel_test_bundled (void)
{
  static KelDocument *doc = NULL;

  if (doc == NULL)
    doc = kel_test_load_bundled ();
  return doc;
}

/**
 * kel_test_shared_file:
 * @relative: a path inside ../shared
 *
 * A file of the read-only reference folder, which meson names in
 * KELISIM_SHARED.  When the variable is unset or the file absent, the
 * running test is skipped, saying why.
 *
 * Returns: (transfer full) (nullable): the path, or %NULL (skipped)
 */
char *
kel_test_shared_file (const char *relative)
{
  const char *shared = g_getenv ("KELISIM_SHARED");
  g_autofree char *path = NULL;

  if (shared == NULL)
    {
      g_test_skip ("KELISIM_SHARED is not set");
      return NULL;
    }
  path = g_build_filename (shared, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *msg = g_strdup_printf ("%s is absent", path);
      g_test_skip (msg);
      return NULL;
    }
  return g_steal_pointer (&path);
}

/**
 * kel_test_first_span_in:
 * @doc: a document
 * @eid: a part of it, which must exist
 * @kind: the kind of span
 * @target: (nullable): the span's target, or %NULL for any
 *
 * Returns: (transfer none) (nullable): the first span of @kind (and
 *   @target) inside @eid, or %NULL
 */
const KelSpan *
kel_test_first_span_in (KelDocument *doc,
                        const char  *eid,
                        KelSpanKind  kind,
                        const char  *target)
{
  const KelNode *node = kel_document_lookup_node (doc, eid);

  g_assert_nonnull (node);
  for (guint i = kel_document_find_first_span (doc, node->start); i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      if (span->start >= node->end)
        break;
      if (span->kind == kind && (target == NULL || g_strcmp0 (span->target, target) == 0))
        return span;
    }
  return NULL;
}

/**
 * kel_test_remove_tree:
 * @path: a folder a test made (g_dir_make_tmp())
 *
 * Removes @path and everything in it; links are removed, not followed.
 *
 * Returns: whether @path is gone
 */
gboolean
kel_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        kel_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}

/**
 * kel_test_run_clear:
 * @run: what a run printed
 *
 * Frees what kel_test_run() kept of a run.
 */
void
kel_test_run_clear (KelTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/**
 * kel_test_run_argv:
 * @run: (out caller-allocates): what it printed and its exit status
 * @program: the program, usually the built kelisim
 * @args: its arguments, up to the first %NULL
 *
 * Runs @program as a script would, without a display (DISPLAY and
 * WAYLAND_DISPLAY unset: the command line must not need one), and waits
 * for it.  The test fails if it cannot start or does not exit normally.
 */
void
kel_test_run_argv (KelTestRun  *run,
                   const char  *program,
                   const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/**
 * kel_test_run:
 * @run: (out caller-allocates): what it printed and its exit status
 * @program: the program, usually the built kelisim
 * @...: its arguments, then %NULL
 *
 * kel_test_run_argv() with the arguments in the call.
 */
void
kel_test_run (KelTestRun *run,
              const char *program,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, program);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  kel_test_run_argv (run, program, (const char **) args->pdata);
}

/**
 * kel_test_make_notes:
 * @doc: a document
 * @dir: (nullable): the folder of its notes file, as kel_notes_new() takes it
 * @n_notes: how many
 *
 * For benchmarks: writes @n_notes notes on @doc through the model, in one
 * import: quotes of 20 to 80 characters at places drawn from a fixed seed
 * (the same notes every run), one in three with a comment, in the five
 * colours by turn.
 */
void
kel_test_make_notes (KelDocument *doc,
                     const char  *dir,
                     guint        n_notes)
{
  g_autoptr(KelNotes) seed = kel_notes_new (doc, dir);
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (1000);
  GString *items = g_string_new ("[");
  guint n = kel_document_get_n_chars (doc);
  char utf8[129];

  /* g_strescape() writes bytes past ASCII as octal escapes, which JSON
   * does not have: leave them as they are */
  for (guint b = 0; b < 128; b++)
    utf8[b] = (char) (0x80 + b);
  utf8[128] = '\0';
  for (guint i = 0; i < n_notes; i++)
    {
      guint start = g_rand_int_range (rand, 0, n - 100);
      guint len = g_rand_int_range (rand, 20, 80);
      g_autofree char *exact = kel_document_get_range (doc, start, start + len);
      g_autofree char *prefix = kel_document_get_range (doc, start >= 32 ? start - 32 : 0, start);
      g_autofree char *suffix = kel_document_get_range (doc, start + len, MIN (n, start + len + 32));
      const KelNode *node = kel_document_get_range_node (doc, start, start + len);
      g_autofree char *e_exact = g_strescape (exact, utf8);
      g_autofree char *e_prefix = g_strescape (prefix, utf8);
      g_autofree char *e_suffix = g_strescape (suffix, utf8);

      g_string_append_printf (items,
                              "%s{\"id\": \"urn:uuid:bench-%u\", \"type\": \"Annotation\", \"motivation\": \"%s\","
                              " \"created\": \"2026-11-30T12:00:00Z\", \"bodyValue\": \"note %u\","
                              " \"target\": {\"styleClass\": \"%s\", \"selector\": {\"type\": \"FragmentSelector\","
                              " \"value\": \"%s\", \"refinedBy\": {\"type\": \"TextQuoteSelector\","
                              " \"exact\": \"%s\", \"prefix\": \"%s\", \"suffix\": \"%s\"}}}}",
                              i ? ",\n" : "", i, i % 3 == 0 ? "commenting" : "highlighting", i,
                              kel_annotation_colours ()[i % 5], node ? node->eid : "",
                              e_exact, e_prefix, e_suffix);
    }
  g_string_append (items, "]");
  g_assert_cmpint (kel_notes_import_jsonld (seed, items->str, -1, &error), ==, n_notes);
  g_assert_no_error (error);
  g_string_free (items, TRUE);
  g_rand_free (rand);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * kel_test_sort_doubles:
 * @values: (array length=n): figures
 * @n: how many
 *
 * For benchmarks: sorts @values in ascending order.
 */
void
kel_test_sort_doubles (double *values,
                       guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
}

/**
 * kel_test_median:
 * @values: (array length=n): figures, sorted in place
 * @n: how many
 *
 * For benchmarks: after the call @values is in ascending order, so that
 * @values[@n - 1] is the slowest.
 *
 * Returns: the median of @values, 0 when @n is 0
 */
double
kel_test_median (double *values,
                 guint   n)
{
  if (n == 0)
    return 0;
  kel_test_sort_doubles (values, n);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/**
 * kel_test_resident_bytes:
 *
 * For benchmarks: the resident set size, from /proc/self/statm.
 *
 * Returns: bytes, 0 where /proc cannot tell
 */
gsize
kel_test_resident_bytes (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL)
      || sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return (gsize) resident * (gsize) sysconf (_SC_PAGESIZE);
}

/**
 * kel_test_cpu_ms:
 *
 * For benchmarks: the processor time this process has used, user and
 * system, all threads: steadier than the clock on a loaded machine.
 *
 * Returns: milliseconds
 */
double
kel_test_cpu_ms (void)
{
  struct rusage u;

  getrusage (RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
         + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}
