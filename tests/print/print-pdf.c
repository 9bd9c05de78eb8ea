/* print-pdf.c — a printed PDF read back as a reader gets it, with
 * poppler-utils (pdftotext, pdfinfo, pdftohtml, pdffonts)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "print-pdf.h"

gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo are missing (install poppler-utils)");
      return FALSE;
    }
  return TRUE;
}

/* Runs @argv; returns its exit status, with its output in @out / @err. */
int
run (const char * const *argv,
     char              **out,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status))
    return WEXITSTATUS (status);
  return -1;
}

/* The text of @path, page by page (form feeds between pages). */
char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  return out;
}

/* Runs of white space, no-break spaces included, as one space: pdftotext
 * breaks lines where the page does. */
char *
squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("[\\s\\x{00a0}]+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* The outline of @path as pdftohtml reads it ("<item page=...>NAME</item>"
 * lines): newer cairo packs objects into compressed streams, so the bytes
 * of the file cannot be searched for it. */
char *
pdf_outline (const char *path)
{
  const char *argv[] = { "pdftohtml", "-xml", "-i", "-stdout", "-q", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *start;
  const char *end;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  start = strstr (out, "<outline>");
  end = start ? strstr (start, "</outline>") : NULL;
  return start && end ? g_strndup (start, end - start) : NULL;
}

char *
pdf_info (const char *path,
          const char *field)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (field) + 1));
  return NULL;
}

/* The names of the fonts in @path (subset prefixes removed), or NULL when
 * pdffonts is missing; asserts that every font is embedded. */
GHashTable *
pdf_fonts (const char *path)
{
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *fonts;

  if (pdffonts == NULL)
    return NULL;
  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      const char *name, *plus;
      gboolean embedded = FALSE;

      if (lines[i][0] == '\0' || lines[i][0] == ' ')
        continue;
      fields = g_strsplit_set (lines[i], " ", -1);
      name = fields[0];
      plus = strchr (name, '+');
      /* the "emb" column: the first yes/no after the encoding */
      for (guint k = 1; fields[k] != NULL; k++)
        if (g_str_equal (fields[k], "yes") || g_str_equal (fields[k], "no"))
          {
            embedded = g_str_equal (fields[k], "yes");
            break;
          }
      if (!embedded)
        g_test_message ("not embedded: %s", lines[i]);
      g_assert_true (embedded);
      g_hash_table_add (fonts, g_strdup (plus ? plus + 1 : name));
    }
  return fonts;
}
