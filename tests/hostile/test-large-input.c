/* test-large-input.c — hostile files at scale: refused, quickly, in bounded memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures are generated at run time into a temporary folder (never
 * committed): a 200 MB file, elements nested 100,000 deep, a quadratic
 * entity blow-up (one big entity referenced a million times) and the
 * billion laughs of tests/data/hostile/.  Each is opened three ways:
 *
 *  - as an edition, kel_document_new_from_files() in a child process;
 *  - as the termbase of a small valid edition, the same way;
 *  - by the real program, `kelisim --edition FILE --dump-text`.
 *
 * Each must be refused with the KEL_ERROR it is about (the program: status
 * 1 and one line on stderr naming the file), and the child's peak resident
 * memory (VmHWM; for the program, ru_maxrss from wait4()) must stay under
 * 2 × the file size + 50 MB.  The 200 MB file must be refused before it is
 * read: the child's peak memory grows by less than a few megabytes.  A hang
 * is caught by the child's timeout and meson's.
 *
 * Under AddressSanitizer the memory bound is not asserted (its shadow
 * memory and quarantine are not the program's); the figures are printed.
 *
 *   test-large-input /path/to/kelisim
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-test-util.h"

#define MB (1024 * 1024)
#define AKN_OPEN "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<act name=\"big\">\n<body>\n"
#define AKN_CLOSE "</body>\n</act>\n</akomaNtoso>\n"

/* How much a refused-before-reading file may add to the peak, in KiB. */
#define NOT_READ_SLACK_KIB (8 * 1024)

static const char *kelisim;
static char *workdir;

/* -- memory ---------------------------------------------------------------- */

/* The peak resident set of this process, in KiB (VmHWM). */
static gsize
peak_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "\nVmHWM:");
  return line ? (gsize) g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10) : 0;
}

static gsize
bound_kib (gsize file_bytes)
{
  return (2 * file_bytes + 50 * (gsize) MB) / 1024;
}

/* -- fixtures --------------------------------------------------------------- */

static void
write_all (FILE       *f,
           const char *data,
           gsize       len)
{
  g_assert_cmpuint (fwrite (data, 1, len, f), ==, len);
}

/* 200 MB of real text in the profile: refused for its size, not its content. */
static void
make_too_large (FILE *f)
{
  static const char para[] =
    "<paragraph><content><p>Тараптар ақпараттық кеңістікте ынтымақтасады.</p></content></paragraph>\n";
  g_autoptr(GString) chunk = g_string_new (NULL);
  gsize written = 0;

  while (chunk->len < MB)
    g_string_append (chunk, para);
  write_all (f, AKN_OPEN, strlen (AKN_OPEN));
  while (written < 200 * (gsize) MB)
    {
      write_all (f, chunk->str, chunk->len);
      written += chunk->len;
    }
  write_all (f, AKN_CLOSE, strlen (AKN_CLOSE));
}

/* Elements nested 100,000 deep, each closed. */
static void
make_deep (FILE *f)
{
  write_all (f, AKN_OPEN, strlen (AKN_OPEN));
  for (guint i = 0; i < 100000; i++)
    write_all (f, "<hcontainer name=\"x\">", strlen ("<hcontainer name=\"x\">"));
  write_all (f, "<p>deep</p>", strlen ("<p>deep</p>"));
  for (guint i = 0; i < 100000; i++)
    write_all (f, "</hcontainer>", strlen ("</hcontainer>"));
  write_all (f, AKN_CLOSE, strlen (AKN_CLOSE));
}

/* One 1 MB entity referenced a million times: a terabyte if expanded. */
static void
make_quadratic (FILE *f)
{
  static const char head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE akomaNtoso [\n<!ENTITY a \"";
  static const char mid[] =
    "\">\n]>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
    "<act name=\"big\"><body><paragraph eId=\"p\"><content><p>";
  static const char tail[] = "</p></content></paragraph></body></act></akomaNtoso>\n";
  g_autofree char *entity = g_malloc (MB);
  g_autoptr(GString) refs = g_string_new (NULL);

  memset (entity, 'a', MB);
  for (guint i = 0; i < 1000; i++)
    g_string_append (refs, "&a;");
  write_all (f, head, strlen (head));
  write_all (f, entity, MB);
  write_all (f, mid, strlen (mid));
  for (guint i = 0; i < 1000; i++)
    write_all (f, refs->str, refs->len);
  write_all (f, tail, strlen (tail));
}

/* 60 MB of the agreement's own markup (its body again and again, with
 * unique eIds), cut off in the middle: the largest truncated file Kelisim
 * reads up to its end. */
static void
make_truncated (FILE *f)
{
  g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "data", "edition",
                                            "agreement.kk.akn.xml", NULL);
  g_autofree char *data = NULL;
  const char *start, *end;
  gsize written = 0;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  start = strstr (data, "<body>");
  end = strstr (data, "</body>");
  g_assert_true (start != NULL && end != NULL);
  start += strlen ("<body>");
  write_all (f, AKN_OPEN, strlen (AKN_OPEN));
  for (guint copy = 0; written < 60 * (gsize) MB; copy++)
    {
      g_autoptr(GString) body = g_string_new_len (start, end - start);
      g_autofree char *eid = g_strdup_printf ("eId=\"copy%u_", copy);

      g_string_replace (body, "eId=\"", eid, 0);
      write_all (f, body->str, body->len);
      written += body->len;
    }
  /* no end: the file stops inside the last copy's closing tags */
}

/* Eight million empty elements (60 MB): well-formed, but a tree of them
 * would take two gigabytes. */
static void
make_dense (FILE *f)
{
  static const char para[] = "<paragraph><content>";
  g_autoptr(GString) chunk = g_string_new (NULL);

  while (chunk->len < MB)
    g_string_append (chunk, "<p>x</p>");
  write_all (f, AKN_OPEN, strlen (AKN_OPEN));
  write_all (f, para, strlen (para));
  for (guint i = 0; i < 60; i++)
    write_all (f, chunk->str, chunk->len);
  write_all (f, "</content></paragraph>\n", strlen ("</content></paragraph>\n"));
  write_all (f, AKN_CLOSE, strlen (AKN_CLOSE));
}

static void
make_billion_laughs (FILE *f)
{
  g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data",
                                            "hostile", "billion-laughs.akn.xml", NULL);
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  write_all (f, data, len);
}

typedef struct
{
  const char *name;
  void      (*make) (FILE *f);
  KelError    code;
  int         line;       /* the line the message names, 0 for none, -1 for any */
  const char *what;       /* words of the message */
  gboolean    not_read;   /* refused before it is read */
} Case;

static const Case cases[] = {
  { "too-large-200mb", make_too_large, KEL_ERROR_TOO_LARGE, 0, "Kelisim opens files of up to 64 MB", TRUE },
  { "nested-100000-deep", make_deep, KEL_ERROR_TOO_LARGE, 5, "nested more than 200 deep", FALSE },
  { "truncated-60mb", make_truncated, KEL_ERROR_NOT_XML, -1, "is the file truncated?", FALSE },
  { "dense-markup-60mb", make_dense, KEL_ERROR_TOO_LARGE, 5, "more than 1000000 elements", FALSE },
  { "quadratic-blowup", make_quadratic, KEL_ERROR_FORBIDDEN, 2, "DOCTYPE", FALSE },
  { "billion-laughs", make_billion_laughs, KEL_ERROR_FORBIDDEN, 2, "DOCTYPE", FALSE },
};

/* The fixture's path, generated on first use. */
static const char *
fixture (const Case *c,
         gsize      *size)
{
  static GHashTable *made = NULL;
  char *path;
  GStatBuf st;

  if (made == NULL)
    made = g_hash_table_new (g_str_hash, g_str_equal);
  path = g_hash_table_lookup (made, c->name);
  if (path == NULL)
    {
      FILE *f;
      gint64 start = g_get_monotonic_time ();

      path = g_strdup_printf ("%s/%s.akn.xml", workdir, c->name);
      f = fopen (path, "wb");
      g_assert_nonnull (f);
      c->make (f);
      g_assert_cmpint (fclose (f), ==, 0);
      g_hash_table_insert (made, (char *) c->name, path);
      g_test_message ("generated %s in %.1f s", path, (g_get_monotonic_time () - start) / 1e6);
    }
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  *size = (gsize) st.st_size;
  return path;
}

/* A small valid edition, for the termbase cases. */
static char *
minimal_edition (void)
{
  return g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "hostile",
                           "minimal.akn.xml", NULL);
}

/* Does @message start with "@path: ", "@path:@line: " or, for a @line of
 * -1, "@path:N: " for some N? */
static gboolean
names_place (const char *message,
             const char *path,
             int         line)
{
  g_autofree char *prefix = line > 0 ? g_strdup_printf ("%s:%d: ", path, line)
                            : line < 0 ? g_strdup_printf ("%s:", path)
                            : g_strdup_printf ("%s: ", path);
  const char *rest;

  if (!g_str_has_prefix (message, prefix))
    return FALSE;
  if (line >= 0)
    return TRUE;
  rest = message + strlen (prefix);
  if (!g_ascii_isdigit (*rest))
    return FALSE;
  while (g_ascii_isdigit (*rest))
    rest++;
  return g_str_has_prefix (rest, ": ");
}

static void
assert_message (const GError *error,
                const char   *path,
                int           line,
                const char   *what)
{
  g_test_message ("%s", error->message);
  if (!names_place (error->message, path, line))
    g_error ("the message does not start with “%s:%d: ”: %s", path, line, error->message);
  if (strstr (error->message, what) == NULL)
    g_error ("the message does not say “%s”: %s", what, error->message);
  g_assert_null (strchr (error->message, '\n'));
}

static void
report_peak (const char *who,
             gsize       peak,
             gsize       bound,
             gsize       file_bytes)
{
  g_autofree char *figures =
    g_strdup_printf ("%s: peak resident memory %.1f MB for a %.1f MB file (bound %.1f MB)%s",
                     who, peak / 1024.0, file_bytes / (double) MB, bound / 1024.0,
                     KEL_TEST_UNDER_ASAN ? ", not asserted under AddressSanitizer" : "");

  /* a child's stdout is captured: its figures go to stderr, which is not */
  if (g_test_subprocess ())
    g_printerr ("# %s\n", figures);
  else
    g_test_message ("%s", figures);
  if (!KEL_TEST_UNDER_ASAN)
    g_assert_cmpuint (peak, <, bound);
}

/* -- in a child process: the model -------------------------------------- */

static void
open_in_child (const Case *c,
               gboolean    as_termbase)
{
  const char *path = g_getenv ("KELISIM_LARGE_FILE");
  gsize file_bytes = (gsize) g_ascii_strtoull (g_getenv ("KELISIM_LARGE_SIZE"), NULL, 10);
  g_autofree char *edition_path = as_termbase ? minimal_edition () : g_strdup (path);
  g_autoptr(GFile) edition = g_file_new_for_path (edition_path);
  g_autoptr(GFile) termbase = as_termbase ? g_file_new_for_path (path) : NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  gsize before = peak_kib (), after;

  doc = kel_document_new_from_files (edition, termbase, &error);
  after = peak_kib ();
  g_assert_null (doc);
  g_assert_error (error, KEL_ERROR, (int) c->code);
  assert_message (error, path, c->line, c->what);
  report_peak (as_termbase ? "as a termbase" : "as an edition", after, bound_kib (file_bytes), file_bytes);
  if (c->not_read)
    {
      g_printerr ("# the peak grew by %.1f MB while refusing\n", (after - before) / 1024.0);
      g_assert_cmpuint (after - before, <, NOT_READ_SLACK_KIB);
    }
}

static void
run_in_child (const Case *c,
              gboolean    as_termbase)
{
  gsize size = 0;
  const char *path = fixture (c, &size);
  g_autofree char *size_text = g_strdup_printf ("%" G_GSIZE_FORMAT, size);

  g_setenv ("KELISIM_LARGE_FILE", path, TRUE);
  g_setenv ("KELISIM_LARGE_SIZE", size_text, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_edition (gconstpointer data)
{
  if (g_test_subprocess ())
    open_in_child (data, FALSE);
  else
    run_in_child (data, FALSE);
}

static void
test_termbase (gconstpointer data)
{
  if (g_test_subprocess ())
    open_in_child (data, TRUE);
  else
    run_in_child (data, TRUE);
}

/* -- the program -------------------------------------------------------- */

static void
test_command_line (gconstpointer data)
{
  const Case *c = data;
  gsize size = 0;
  const char *path = fixture (c, &size);
  const char *argv[] = { kelisim, "--edition", path, "--dump-text", NULL };
  g_auto(GStrv) envp = g_environ_unsetenv (g_environ_unsetenv (g_get_environ (), "DISPLAY"),
                                           "WAYLAND_DISPLAY");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) err = g_string_new (NULL);
  struct rusage usage;
  GPid pid;
  int err_fd, status = 0;
  char buf[4096];
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, envp,
                                           G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                           NULL, NULL, &pid, NULL, NULL, &err_fd, &error));
  g_assert_no_error (error);
  while ((n = read (err_fd, buf, sizeof buf)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (err, buf, n);
    }
  close (err_fd);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_spawn_close_pid (pid);

  g_test_message ("kelisim said: %.*s", (int) strcspn (err->str, "\n"), err->str);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  /* one line: the file, the line, what is wrong */
  g_assert_true (g_str_has_prefix (err->str, "kelisim: "));
  g_assert_true (names_place (err->str + strlen ("kelisim: "), path, c->line));
  g_assert_nonnull (strstr (err->str, c->what));
  g_assert_nonnull (strchr (err->str, '\n'));
  g_assert_cmpstr (strchr (err->str, '\n'), ==, "\n");
  report_peak ("kelisim --edition", (gsize) usage.ru_maxrss, bound_kib (size), size);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  kel_test_init (&argc, &argv);
  /* a child of g_test_trap_subprocess() gets no arguments, nor needs them */
  if (argc < 2 && !g_test_subprocess ())
    {
      g_printerr ("usage: %s PATH-TO-KELISIM\n", argv[0]);
      return 2;
    }
  kelisim = argc > 1 ? argv[1] : NULL;

  if (!g_test_subprocess ())
    {
      workdir = g_dir_make_tmp ("kelisim-large-XXXXXX", &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *edition = g_strdup_printf ("/large-input/%s/edition", cases[i].name);
      g_autofree char *termbase = g_strdup_printf ("/large-input/%s/termbase", cases[i].name);
      g_autofree char *command_line = g_strdup_printf ("/large-input/%s/command-line", cases[i].name);

      g_test_add_data_func (edition, &cases[i], test_edition);
      g_test_add_data_func (termbase, &cases[i], test_termbase);
      g_test_add_data_func (command_line, &cases[i], test_command_line);
    }
  status = g_test_run ();

  if (workdir != NULL)
    {
      kel_test_remove_tree (workdir);
      g_free (workdir);
    }
  return status;
}
