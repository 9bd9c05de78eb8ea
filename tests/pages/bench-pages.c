/* bench-pages.c — how long the glossary and threat pages take to follow
 * the term language and the filter
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, asserts nothing.  Each figure is a median over many
 * runs: the call alone (the work the page does), and the call until the
 * window has painted the result (which also waits for the frame clock).
 * Targets (issue 5): switching the term language under 50 ms, a filter
 * keystroke under 5 ms.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kel-glossary-page.h"
#include "kel-threats-page.h"
#include "kel-test-gtk.h"
#include "kel-test-util.h"

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;
  GtkWidget *window, *paned;
  KelGlossaryPage *glossary;
  KelThreatsPage *threats;
  g_autoptr(GArray) call = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  const char *query = "ресурстарға";
  const guint rounds = 30;

  gtk_init ();
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  glossary = g_object_new (KEL_TYPE_GLOSSARY_PAGE, NULL);
  threats = g_object_new (KEL_TYPE_THREATS_PAGE, NULL);
  gtk_paned_set_start_child (GTK_PANED (paned), GTK_WIDGET (glossary));
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (threats));
  gtk_window_set_child (GTK_WINDOW (window), paned);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 800);
  kel_glossary_page_set_document (glossary, doc);
  kel_threats_page_set_document (threats, doc);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  kel_test_wait_paint (window);

  /* the worst case: a term page and a threat page open, alphabetical order */
  kel_glossary_page_set_order (glossary, TRUE);
  kel_glossary_page_show_term (glossary, kel_document_lookup_term (doc, "internationalInformationSecurity"));
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (threats), 4);
  kel_test_wait_paint (window);

  for (guint i = 0; i < rounds * KEL_N_LANGS; i++)
    {
      KelLang lang = (i + 1) % KEL_N_LANGS;
      gint64 t0 = g_get_monotonic_time (), t1;
      double ms;

      kel_glossary_page_set_lang (glossary, lang);
      kel_threats_page_set_lang (threats, lang);
      t1 = g_get_monotonic_time ();
      kel_test_wait_paint (window);
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (call, ms);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (frame, ms);
    }
  g_print ("term language switch (glossary + threats, pages open): %.2f ms call, %.2f ms to painted frame (median of %u)\n",
           kel_test_median ((double *) call->data, call->len), kel_test_median ((double *) frame->data, frame->len), call->len);

  kel_glossary_page_set_lang (glossary, KEL_LANG_KK);
  kel_sidebar_page_show_list (KEL_SIDEBAR_PAGE (glossary));
  g_array_set_size (call, 0);
  g_array_set_size (frame, 0);
  for (guint r = 0; r < rounds; r++)
    {
      const char *p = query;

      kel_glossary_page_set_filter (glossary, "");
      kel_test_wait_paint (window);
      for (p = g_utf8_next_char (p);; p = g_utf8_next_char (p))
        {
          g_autofree char *typed = g_strndup (query, p - query);
          gint64 t0 = g_get_monotonic_time (), t1;
          double ms;

          kel_glossary_page_set_filter (glossary, typed);
          t1 = g_get_monotonic_time ();
          kel_test_wait_paint (window);
          ms = (t1 - t0) / 1000.0;
          g_array_append_val (call, ms);
          ms = (g_get_monotonic_time () - t0) / 1000.0;
          g_array_append_val (frame, ms);
          if (*p == '\0')
            break;
        }
    }
  g_print ("glossary filter keystroke (typing “%s”): %.2f ms call, %.2f ms to painted frame (median of %u)\n",
           query, kel_test_median ((double *) call->data, call->len), kel_test_median ((double *) frame->data, frame->len), call->len);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
