/* test-print.c — the printed agreement, as a reader of the PDF gets it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `test-print KELISIM` drives `kelisim --export-pdf`, and paginates and
 * exports through the renderer (src/render/) in process, and reads the
 * results back with poppler-utils (pdftotext, pdfinfo, pdffonts).  It
 * links the renderer and the model only, no GTK: printing needs no
 * display.  The print dialog's glue is test-print-operation.c's.
 * Without poppler-utils the tests say SKIP.
 */
#define _GNU_SOURCE 1   /* RTLD_DEFAULT */
#include "config.h"

#include <dlfcn.h>

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "kel-document.h"
#include "kel-error.h"
#include "kel-notes.h"
#include "kel-print-job.h"
#include "print-pdf.h"

static const char *kelisim_path;

static char *
export (const char *dir,
        const char *name,
        const char *lang,
        gboolean    glosses)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[8] = { kelisim_path, "--export-pdf", path, NULL };
  int n = 3;

  if (lang != NULL)
    {
      argv[n++] = "--term-language";
      argv[n++] = lang;
    }
  if (glosses)
    argv[n++] = "--glosses";
  argv[n] = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static void
test_export_text (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;

  if (!have_poppler ())
    return;
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  path = export (dir, "agreement.pdf", NULL, FALSE);

  pages = pdf_info (path, "Pages");
  g_assert_nonnull (pages);
  g_assert_cmpint (atoi (pages), >, 1);
  title = pdf_info (path, "Title");
  g_assert_nonnull (title);
  g_assert_true (g_str_has_suffix (title, "КЕЛІСІМ"));
  creator = pdf_info (path, "Creator");
  g_assert_cmpstr (creator, ==, "Kelisim");

  text = pdf_text (path);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, ART_12_HEADING));
  g_assert_nonnull (strstr (flat, LAST_THREAT));
  /* the preamble's first words, and the publisher's note at the end */
  g_assert_nonnull (strstr (flat, "Бұдан әрі «Тараптар» деп аталатын"));
  g_assert_nonnull (strstr (flat, "© 2012."));
  /* no gloss without --glosses */
  g_assert_null (strstr (flat, ZH_GLOSS));

  g_unlink (path);
  g_rmdir (dir);
}

/* Another edition whose section has no eId (an optional attribute in Akoma
 * Ntoso): it prints, whole. */
static void
test_export_without_eids (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *edition = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data",
                                               "akn", "no-eid.akn.xml", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  const char *argv[] = { kelisim_path, "--edition", edition, "--export-pdf", NULL, NULL };

  if (!have_poppler ())
    return;
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  path = g_build_filename (dir, "no-eid.pdf", NULL);
  argv[4] = path;
  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = pdf_text (path);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, "1. Short title"));
  g_assert_nonnull (strstr (flat, "This Act may be cited as the Orchard Keeping Act."));

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
is_article_num (const char *line)
{
  const char *p = line;

  while (g_ascii_isdigit (*p))
    p++;
  return p != line && g_str_equal (p, "-бап");
}

/* Each page after the first opens with the running head; each page ends
 * with "n / N"; an article number is never the last thing on a page: its
 * heading and at least two lines of its text follow it there. */
static void
check_pages (const char *path)
{
  g_autofree char *text = NULL;
  g_autofree char *n_pages = NULL;
  g_auto(GStrv) pages = NULL;
  guint n, articles = 0;

  n_pages = pdf_info (path, "Pages");
  g_assert_nonnull (n_pages);
  n = (guint) atoi (n_pages);
  g_assert_cmpuint (n, >, 1);
  text = pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, n);

  for (guint p = 0; p < n; p++)
    {
      g_auto(GStrv) raw = g_strsplit (pages[p], "\n", -1);
      g_autoptr(GPtrArray) lines = g_ptr_array_new ();
      g_autofree char *folio = g_strdup_printf ("%u / %u", p + 1, n);
      gboolean has_folio = FALSE;

      for (guint i = 0; raw[i] != NULL; i++)
        {
          char *line = g_strstrip (raw[i]);

          if (*line == '\0')
            continue;
          if (g_str_equal (line, folio))
            has_folio = TRUE;
          else
            g_ptr_array_add (lines, line);
        }
      g_assert_true (has_folio);
      g_assert_cmpuint (lines->len, >, 0);
      if (p > 0)
        g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "Келісім");

      for (guint i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);

          /* on the pages after the first, the head repeats the article */
          if (p > 0 && i < 2)
            continue;
          if (is_article_num (line))
            {
              articles++;
              if (i + 3 >= lines->len)
                g_test_message ("%s: page %u ends with “%s”", path, p + 1, line);
              g_assert_cmpuint (i + 3, <, lines->len);
            }
        }
    }
  g_assert_cmpuint (articles, ==, 12);
}

static void
test_export_pages (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (!have_poppler ())
    return;
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  path = export (dir, "agreement.pdf", NULL, FALSE);
  check_pages (path);
  g_unlink (path);
  g_rmdir (dir);
}

/* The same rules on paper of many heights, so that page breaks fall
 * everywhere: before, inside and after headings and signatures. */
static void
test_job_page_sizes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  if (!have_poppler ())
    goto out;
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  path = g_build_filename (dir, "sized.pdf", NULL);
  for (double height = 360; height <= KEL_PRINT_A4_HEIGHT; height += 23)
    {
      g_autoptr(KelPrintJob) job = kel_print_job_new (doc, KEL_LANG_KK, FALSE);
      guint n = kel_print_job_paginate (job, cr, KEL_PRINT_A4_WIDTH, height);
      g_autofree char *pages = NULL;

      g_assert_true (kel_print_job_export_pdf (job, path, &error));
      g_assert_no_error (error);
      /* the PDF has the paper size and the pages that were paginated */
      pages = pdf_info (path, "Pages");
      g_assert_cmpuint ((guint) atoi (pages), ==, n);
      check_pages (path);
    }
  g_unlink (path);
  g_rmdir (dir);
out:
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* --notes: the reader's notes after their passages; without it, none */
static void
test_export_notes (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *notes_dir = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *plain_flat = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autoptr(KelNotes) notes = NULL;
  const KelNode *para;
  g_autofree char *para_text = NULL;
  const char *quote = "бірлесіп бағалау барысын қарау";
  guint start;
  const char *argv[] = { kelisim_path, "--export-pdf", NULL, "--notes", NULL };
  const char *old_data = g_getenv ("XDG_DATA_HOME");
  g_autofree char *saved_data = g_strdup (old_data);

  if (!have_poppler ())
    return;
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  data = g_build_filename (dir, "data", NULL);
  notes_dir = g_build_filename (data, "kelisim", "notes", NULL);
  notes = kel_notes_new (doc, notes_dir);
  para = kel_document_lookup_node (doc, "art_5__para_2");
  para_text = kel_document_get_range (doc, para->start, para->end);
  start = para->start + (guint) g_utf8_pointer_to_offset (para_text, strstr (para_text, quote));
  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_NOTE, "green", start, start + g_utf8_strlen (quote, -1),
                                   "Тексеру керек:\nорысша мәтін", &error));
  g_assert_nonnull (kel_notes_add (notes, KEL_ANNOTATION_HIGHLIGHT, "pink", start - 20, start - 5, NULL, &error));
  g_assert_no_error (error);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  with = g_build_filename (dir, "notes.pdf", NULL);
  argv[2] = with;
  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  without = export (dir, "plain.pdf", NULL, FALSE);
  if (saved_data != NULL)
    g_setenv ("XDG_DATA_HOME", saved_data, TRUE);
  else
    g_unsetenv ("XDG_DATA_HOME");

  text = pdf_text (with);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, "бірлесіп бағалау барысын қарау [Note: Тексеру керек: орысша мәтін], сондай-ақ мұндай"));
  plain = pdf_text (without);
  plain_flat = squeeze (plain);
  g_assert_null (strstr (plain_flat, "Note:"));
  g_assert_nonnull (strstr (plain_flat, "бірлесіп бағалау барысын қарау, сондай-ақ мұндай"));
  g_assert_cmpuint (strlen (flat), >, strlen (plain_flat));
}

static void
test_export_glosses (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GHashTable) plain_fonts = NULL;
  g_autoptr(GHashTable) zh_fonts = NULL;

  if (!have_poppler ())
    return;
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  plain = export (dir, "plain.pdf", NULL, FALSE);
  zh = export (dir, "zh.pdf", "zh", TRUE);

  text = pdf_text (zh);
  flat = squeeze (text);
  /* the gloss follows the term, in brackets */
  g_assert_nonnull (strstr (flat, "ақпараттық қауіпсіздік [" ZH_GLOSS "]"));
  g_assert_nonnull (strstr (flat, ART_12_HEADING));
  /* a gloss is never split between lines, even where Chinese could break
   * between any two characters ("[信息空 / 间]") */
  g_assert_false (g_regex_match_simple ("\\[[^\\]\n]*\n[^\\]]*\\]", text, 0, 0));
  /* nor put inside the quotation marks around its term */
  g_assert_false (g_regex_match_simple ("\\] ?[»”]", flat, 0, 0));
  /* simplified Chinese glyphs, not the Japanese forms */
  {
    g_autoptr(GHashTable) fonts = pdf_fonts (zh);
    GHashTableIter iter;
    gpointer name;

    if (fonts != NULL)
      {
        g_hash_table_iter_init (&iter, fonts);
        while (g_hash_table_iter_next (&iter, &name, NULL))
          g_assert_null (strstr (name, "CJKjp"));
      }
  }
  /* the running head cites articles in Chinese */
  g_assert_true (g_regex_match_simple ("第[一二三四五六七八九十]+条", flat, 0, 0));

  /* real glyphs: the Chinese comes from a font of its own, and every font
   * is embedded */
  plain_fonts = pdf_fonts (plain);
  zh_fonts = pdf_fonts (zh);
  if (plain_fonts != NULL)
    {
      GHashTableIter iter;
      gpointer name;
      guint extra = 0;

      g_hash_table_iter_init (&iter, zh_fonts);
      while (g_hash_table_iter_next (&iter, &name, NULL))
        if (!g_hash_table_contains (plain_fonts, name))
          {
            g_test_message ("font for the glosses: %s", (char *) name);
            extra++;
          }
      g_assert_cmpuint (extra, >, 0);
      g_assert_cmpuint (g_hash_table_size (plain_fonts), >, 0);
    }
  else
    g_test_message ("pdffonts is missing: fonts not checked");

  /* Kazakh glosses would repeat the Kazakh text: none */
  {
    g_autofree char *kk = export (dir, "kk.pdf", "kk", TRUE);
    g_autofree char *kk_text = pdf_text (kk);
    g_autofree char *plain_text = pdf_text (plain);

    g_assert_null (strstr (kk_text, "қауіпсіздік ["));
    g_assert_cmpstr (kk_text, ==, plain_text);
    g_unlink (kk);
  }

  /* the title's last line is not one word alone */
  {
    g_autofree char *plain_text = pdf_text (plain);
    g_auto(GStrv) lines = g_strsplit (plain_text, "\n", -1);
    guint i;

    for (i = 0; lines[i] != NULL && !g_str_equal (lines[i], "КЕЛІСІМ"); i++)
      ;
    g_assert_nonnull (lines[i]);
    g_assert_cmpuint (i, >=, 2);
    g_test_message ("the title's last line: %s", lines[i - 1]);
    g_assert_nonnull (strchr (g_strstrip (lines[i - 1]), ' '));
  }

  g_unlink (plain);
  g_unlink (zh);
  g_rmdir (dir);
}

static void
test_export_unwritable (void)
{
  const char *argv[] = { kelisim_path, "--export-pdf", "/nonexistent-dir/x.pdf", NULL };
  const char *bad_lang[] = { kelisim_path, "--export-pdf", "/nonexistent-dir/x.pdf", "--term-language", "fr", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  /* one readable line that names the path and the cause */
  g_assert_cmpstr (err, ==, "kelisim: Cannot write “/nonexistent-dir/x.pdf”: No such file or directory\n");
  g_assert_false (g_file_test ("/nonexistent-dir/x.pdf", G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (bad_lang, &out2, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "“fr”"));
}

/* The library call reports the same error in the KEL_ERROR domain, and a
 * file it could not finish is not left behind. */
static void
test_job_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autoptr(KelPrintJob) job = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *inside_file = NULL;

  g_assert_no_error (error);
  job = kel_print_job_new (doc, KEL_LANG_RU, TRUE);
  g_assert_false (kel_print_job_export_pdf (job, "/nonexistent-dir/x.pdf", &error));
  g_assert_error (error, KEL_ERROR, KEL_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "Cannot write “/nonexistent-dir/x.pdf”: No such file or directory");
  g_clear_error (&error);

  /* a directory where the file should go */
  dir = g_dir_make_tmp ("kelisim-print-XXXXXX", NULL);
  g_assert_false (kel_print_job_export_pdf (job, dir, &error));
  g_assert_error (error, KEL_ERROR, KEL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);

  /* and it works where it can write, with the pages it paginated */
  inside_file = g_build_filename (dir, "ok.pdf", NULL);
  g_assert_true (kel_print_job_export_pdf (job, inside_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kel_print_job_get_n_pages (job), >, 1);
  g_unlink (inside_file);
  g_rmdir (dir);
}

/* Smaller paper, more pages; every page can be drawn. */
static void
test_job_paper (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_bundled (&error);
  g_autoptr(KelPrintJob) job = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint a4, a5;

  g_assert_no_error (error);
  job = kel_print_job_new (doc, KEL_LANG_KK, FALSE);
  a4 = kel_print_job_paginate (job, cr, KEL_PRINT_A4_WIDTH, KEL_PRINT_A4_HEIGHT);
  a5 = kel_print_job_paginate (job, cr, KEL_PRINT_A4_HEIGHT / 2, KEL_PRINT_A4_WIDTH);
  g_assert_cmpuint (a4, >, 1);
  g_assert_cmpuint (a5, >, a4);
  for (guint i = 0; i < a5; i++)
    kel_print_job_draw_page (job, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The renderer needs no GTK: this program links it, and the model, and
 * nothing of GTK is in the process. */
static void
test_renderer_without_gtk (void)
{
  g_assert_null (dlsym (RTLD_DEFAULT, "gtk_init"));
  g_assert_null (dlsym (RTLD_DEFAULT, "gtk_print_operation_new"));
  g_assert_null (dlsym (RTLD_DEFAULT, "gdk_display_get_default"));
  /* and what it links is the renderer itself */
  g_assert_nonnull (dlsym (RTLD_DEFAULT, "pango_cairo_create_context"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    {
      kelisim_path = argv[1];
      g_test_add_func ("/print/export/text", test_export_text);
      g_test_add_func ("/print/export/pages", test_export_pages);
      g_test_add_func ("/print/export/glosses", test_export_glosses);
      g_test_add_func ("/print/export/notes", test_export_notes);
      g_test_add_func ("/print/export/unwritable", test_export_unwritable);
      g_test_add_func ("/print/export/without-eids", test_export_without_eids);
      g_test_add_func ("/print/job/error", test_job_error);
      g_test_add_func ("/print/job/paper", test_job_paper);
      g_test_add_func ("/print/job/page-sizes", test_job_page_sizes);
      g_test_add_func ("/print/renderer/without-gtk", test_renderer_without_gtk);
    }
  else
    g_error ("usage: test-print KELISIM");

  return g_test_run ();
}
