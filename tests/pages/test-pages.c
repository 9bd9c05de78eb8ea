/* test-pages.c — the glossary and threat pages, driven as a reader would
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  Each page is put alone in a
 * window on the bundled agreement; the tests act through the page's rows,
 * entry and actions and check what the page shows and what it asks the
 * window to do.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kel-glossary-page.h"
#include "kel-term.h"
#include "kel-text.h"
#include "kel-threat.h"
#include "kel-threats-page.h"
#include "kel-test-gtk.h"

static KelDocument *doc;

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static GtkWidget *
present (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 320, 760);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  settle (200);
  return window;
}

static KelGlossaryPage *
open_glossary (GtkWidget **window)
{
  KelGlossaryPage *page = g_object_new (KEL_TYPE_GLOSSARY_PAGE, NULL);

  kel_glossary_page_set_document (page, doc);
  *window = present (GTK_WIDGET (page));
  return page;
}

static KelThreatsPage *
open_threats (GtkWidget **window)
{
  KelThreatsPage *page = g_object_new (KEL_TYPE_THREATS_PAGE, NULL);

  kel_threats_page_set_document (page, doc);
  *window = present (GTK_WIDGET (page));
  return page;
}

static void
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle (50);
}

static KelTerm *
term_at (guint index)
{
  return g_list_model_get_item (kel_document_get_terms (doc), index);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first line of visible row @index: the name in the term language. */
static char *
row_name (KelGlossaryPage *page,
          guint            index)
{
  g_autofree char *text = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), index);
  char *nl;

  g_assert_nonnull (text);
  nl = strchr (text, '\n');
  return nl ? g_strndup (text, nl - text) : g_steal_pointer (&text);
}

static guint
find_row (KelGlossaryPage *page,
          const char      *name)
{
  for (guint i = 0; i < kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)); i++)
    {
      g_autofree char *text = row_name (page, i);

      if (g_str_equal (text, name))
        return i;
    }
  g_assert_not_reached ();
}

/* 13 rows, in Annex 1 order, each the Kazakh headword. */
static void
test_glossary_rows (void)
{
  GtkWidget *window;
  KelGlossaryPage *page = open_glossary (&window);
  GListModel *terms = kel_document_get_terms (doc);

  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 13);
  for (guint i = 0; i < 13; i++)
    {
      g_autoptr(KelTerm) term = term_at (i);
      g_autofree char *text = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), i);

      g_assert_cmpuint (kel_term_get_order (term), ==, i + 1);
      g_assert_cmpstr (text, ==, kel_term_get_label (term, KEL_LANG_KK));
    }
  g_assert_null (kel_glossary_page_get_placeholder_text (page));
  g_assert_null (kel_glossary_page_get_term (page));
  close_window (window);
}

/* An inflected form finds the terms that contain the word, and only them;
 * nonsense shows the placeholder; clearing brings all back. */
static void
test_glossary_filter (void)
{
  GtkWidget *window;
  KelGlossaryPage *page = open_glossary (&window);
  const char *expected[] = {
    "ақпараттық ресурстар",
    "ақпараттық ресурстарды заңсыз пайдалану",
    "ақпараттық ресурстарға рұқсатсыз араласу",
  };

  kel_glossary_page_set_filter (page, "ресурстарға");
  settle (50);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = row_name (page, i);
      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_null (kel_glossary_page_get_placeholder_text (page));

  /* letter case and the other languages */
  kel_glossary_page_set_filter (page, "ИНФОРМАЦИОННОЙ ВОЙНЫ");
  settle (20);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 1);
  {
    g_autofree char *war = row_name (page, 0);
    g_assert_cmpstr (war, ==, "ақпараттық соғыс");
  }
  kel_glossary_page_set_filter (page, "信息战");
  settle (20);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 1);

  kel_glossary_page_set_filter (page, "zzz");
  settle (50);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 0);
  g_assert_cmpstr (kel_glossary_page_get_placeholder_text (page), ==, "No term matches “zzz”");

  /* Escape in the entry (its ::stop-search) clears the filter */
  g_signal_emit_by_name (find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY), "stop-search");
  settle (20);
  g_assert_cmpstr (kel_glossary_page_get_filter (page), ==, "");
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 13);
  g_assert_null (kel_glossary_page_get_placeholder_text (page));

  /* typing goes through the entry's own delay, then filters */
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY)), "терроризм");
  settle (400);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 1);
  close_window (window);
}

static void
on_activate_occurrence (KelGlossaryPage *page,
                        const KelSpan   *span,
                        const KelSpan  **out)
{
  *out = span;
}

/* "ақпараттық соғыс": its page shows the Annex 1 definition, every use but
 * the headword, and the first use asks the window to go there. */
static void
test_glossary_term_page (void)
{
  GtkWidget *window;
  KelGlossaryPage *page = open_glossary (&window);
  KelTerm *war = kel_document_lookup_term (doc, "informationWar");
  const KelSpan *first_use = NULL;
  const KelSpan *emitted = NULL;
  g_autofree char *headwords = NULL;
  g_autofree char *occurrence = NULL;

  g_assert_nonnull (war);
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (page), find_row (page, "ақпараттық соғыс"));
  settle (100);
  g_assert_true (kel_glossary_page_get_term (page) == war);

  headwords = kel_glossary_page_get_headword_text (page);
  g_assert_true (g_str_has_prefix (headwords, "ақпараттық соғыс\nинформационная война\n"));
  g_assert_nonnull (strstr (headwords, "信息战"));
  if (kel_term_get_status (war, KEL_LANG_RU) == KEL_STATUS_UNCHECKED)
    g_assert_nonnull (strstr (headwords, "unverified translation"));

  g_assert_cmpstr (kel_glossary_page_get_definition_text (page), ==, kel_term_get_definition (war));

  g_assert_cmpuint (kel_term_get_n_occurrences (war), ==, 5);
  g_assert_cmpuint (kel_glossary_page_get_n_occurrence_rows (page), ==, kel_term_get_n_occurrences (war) - 1);
  for (guint i = 0; i < kel_term_get_n_occurrences (war) && first_use == NULL; i++)
    if (!kel_term_get_occurrence (war, i)->is_definition)
      first_use = kel_term_get_occurrence (war, i);
  g_assert_nonnull (first_use);

  /* the row says where, and shows the words around the term */
  occurrence = kel_glossary_page_get_occurrence_text (page, 0);
  g_assert_true (g_str_has_prefix (occurrence, "2-бап, 1-тармақша\n"));
  g_assert_nonnull (strstr (occurrence, "ақпараттық соғыс"));

  g_signal_connect (page, "activate-occurrence", G_CALLBACK (on_activate_occurrence), &emitted);
  kel_glossary_page_activate_occurrence_row (page, 0);
  g_assert_true (emitted == first_use);

  /* "Show in Annex 1" asks for the headword */
  emitted = NULL;
  gtk_widget_activate_action (GTK_WIDGET (page), "glossary.show-definition", NULL);
  g_assert_nonnull (emitted);
  g_assert_true (emitted->is_definition && emitted->term == war);

  /* Back returns to the list, the term's row selected */
  gtk_widget_activate_action (GTK_WIDGET (page), "glossary.back", NULL);
  settle (50);
  g_assert_null (kel_glossary_page_get_term (page));
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 13);
  close_window (window);
}

/* Related terms come from the definitions: ақпараттық қауіпсіздік is used
 * by the definition of халықаралық ақпараттық қауіпсіздік; following a
 * link in a definition opens that term's page. */
static void
test_glossary_related (void)
{
  GtkWidget *window;
  KelGlossaryPage *page = open_glossary (&window);
  KelTerm *term = NULL;
  guint start, end;
  const KelSpan *link = NULL;
  g_autofree char *related = NULL;

  /* find a definition with a term in it */
  for (guint i = 0; i < 13 && link == NULL; i++)
    {
      g_autoptr(KelTerm) t = term_at (i);

      kel_term_get_definition_range (t, &start, &end);
      for (guint s = kel_document_find_first_span (doc, start); s < kel_document_get_n_spans (doc); s++)
        {
          const KelSpan *span = kel_document_get_span (doc, s);

          if (span->start >= end)
            break;
          if (span->kind == KEL_SPAN_TERM && span->term != NULL && span->term != t)
            {
              link = span;
              term = t;
              break;
            }
        }
    }
  g_assert_nonnull (link);

  kel_glossary_page_show_term (page, term);
  settle (50);
  related = kel_glossary_page_get_related_text (page);
  g_assert_nonnull (strstr (related, kel_term_get_label (link->term, KEL_LANG_KK)));

  /* the other side: the linked term's page lists @term as using it */
  kel_glossary_page_show_term (page, link->term);
  settle (50);
  g_clear_pointer (&related, g_free);
  related = kel_glossary_page_get_related_text (page);
  g_assert_nonnull (strstr (strstr (related, "\n\n"), kel_term_get_label (term, KEL_LANG_KK)));
  close_window (window);
}

/* Chinese: the first row reads 信息安全 with its Kazakh headword under it;
 * the filter and the open page survive the switch. */
static void
test_glossary_lang (void)
{
  GtkWidget *window;
  KelGlossaryPage *page = open_glossary (&window);
  g_autofree char *first = NULL;
  g_autofree char *headwords = NULL;
  KelTerm *war = kel_document_lookup_term (doc, "informationWar");

  kel_glossary_page_set_lang (page, KEL_LANG_ZH);
  settle (50);
  first = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), 0);
  g_assert_cmpstr (first, ==, "信息安全\nақпараттық қауіпсіздік");

  kel_glossary_page_set_filter (page, "соғыс");
  kel_glossary_page_show_term (page, war);
  settle (50);
  kel_glossary_page_set_lang (page, KEL_LANG_RU);
  settle (50);
  g_assert_true (kel_glossary_page_get_term (page) == war);
  g_assert_cmpstr (kel_glossary_page_get_filter (page), ==, "соғыс");
  headwords = kel_glossary_page_get_headword_text (page);
  g_assert_true (g_str_has_prefix (headwords, "информационная война\n"));
  g_assert_cmpuint (kel_glossary_page_get_n_occurrence_rows (page), ==, 4);
  {
    g_autofree char *occurrence = kel_glossary_page_get_occurrence_text (page, 0);
    g_assert_true (g_str_has_prefix (occurrence, "Статья 2, подпункт 1\n"));
  }

  kel_sidebar_page_show_list (KEL_SIDEBAR_PAGE (page));
  settle (50);
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 1);
  {
    g_autofree char *war_ru = row_name (page, 0);
    g_assert_cmpstr (war_ru, ==, "информационная война");
  }
  close_window (window);
}

/* Alphabetical order follows the term language's alphabet. */
static void
test_glossary_order (void)
{
  GtkWidget *window;
  KelGlossaryPage *page = open_glossary (&window);
  g_autofree char *kk = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *annex_first = NULL;

  kel_glossary_page_set_order (page, TRUE);
  settle (50);
  /* қ comes before с in the Kazakh alphabet: every "ақпараттық ..." precedes
   * "аса маңызды құрылымдар" (code point order would put it first) */
  kk = row_name (page, 0);
  g_assert_cmpstr (kk, ==, "ақпараттық инфрақұрылым");
  {
    g_autofree char *asa = row_name (page, 11);
    g_assert_cmpstr (asa, ==, "аса маңызды құрылымдар");
  }
  for (guint i = 1; i < 13; i++)
    {
      g_autofree char *a = row_name (page, i - 1);
      g_autofree char *b = row_name (page, i);
      g_assert_cmpint (kel_text_collate (a, b, KEL_LANG_KK), <, 0);
    }
  /* халықаралық (х) sorts last, after every ақпараттық */
  {
    g_autofree char *last = row_name (page, 12);
    g_assert_cmpstr (last, ==, "халықаралық ақпараттық қауіпсіздік");
  }

  kel_glossary_page_set_lang (page, KEL_LANG_ZH);
  settle (50);
  zh = row_name (page, 0);
  g_assert_cmpstr (zh, ==, "非法使用信息资源");   /* fēi */

  kel_glossary_page_set_order (page, FALSE);
  settle (50);
  annex_first = row_name (page, 0);
  g_assert_cmpstr (annex_first, ==, "信息安全");
  close_window (window);
}

/* Six threats, numbered, named in the term language. */
static void
test_threat_rows (void)
{
  GtkWidget *window;
  KelThreatsPage *page = open_threats (&window);
  GListModel *threats = kel_document_get_threats (doc);

  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page)), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(KelThreat) threat = g_list_model_get_item (threats, i);
      g_autofree char *text = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), i);
      g_autofree char *expected = g_strdup_printf ("%u %s", i + 1, kel_threat_get_label (threat, KEL_LANG_KK));

      g_assert_cmpstr (text, ==, expected);
    }

  kel_threats_page_set_lang (page, KEL_LANG_ZH);
  settle (20);
  {
    g_autoptr(KelThreat) threat = g_list_model_get_item (threats, 1);
    g_autofree char *text = kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), 1);
    g_autofree char *expected = g_strdup_printf ("2 %s", kel_threat_get_label (threat, KEL_LANG_ZH));

    g_assert_cmpstr (text, ==, expected);
  }
  close_window (window);
}

static void
on_goto_node (KelThreatsPage *page,
              const KelNode  *node,
              const KelNode **out)
{
  *out = node;
}

/* Threat 5: both wordings, signs as a three-item list, terms, and the
 * buttons that ask for Annex 2 and for Article 2. */
static void
test_threat_page (void)
{
  GtkWidget *window;
  KelThreatsPage *page = open_threats (&window);
  g_autoptr(KelThreat) threat = g_list_model_get_item (kel_document_get_threats (doc), 4);
  const KelNode *node = NULL;
  g_autofree char *text = NULL;
  g_autofree char *item = NULL;
  g_autofree char *terms = NULL;

  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (page), 4);
  settle (100);
  g_assert_true (kel_threats_page_get_threat (page) == threat);
  g_assert_cmpuint (kel_threat_get_number (threat), ==, 5);

  text = kel_threats_page_get_threat_text (page);
  g_assert_nonnull (strstr (text, kel_threat_get_label (threat, KEL_LANG_KK)));
  g_assert_nonnull (strstr (text, kel_threat_get_article_wording (threat)));
  g_assert_nonnull (strstr (text, "2-қосымша, 5-тармақ"));
  g_assert_nonnull (strstr (text, "2-бап, 5-тармақша"));

  g_assert_cmpuint (kel_threats_page_get_n_sign_items (page), ==, 3);
  item = kel_threats_page_get_sign_item (page, 1);
  g_assert_cmpstr (item, ==, "• терроризм, сепаратизм және экстремизм идеясын насихаттайтын;");

  terms = kel_threats_page_get_terms_text (page);
  g_assert_nonnull (strstr (terms, "ақпараттық инфрақұрылым"));

  g_signal_connect (page, "goto-node", G_CALLBACK (on_goto_node), &node);
  gtk_widget_activate_action (GTK_WIDGET (page), "threats.show-annex", NULL);
  g_assert_true (node == kel_threat_get_node (threat));
  g_assert_cmpstr (node->eid, ==, "att_2__threat_5");
  node = NULL;
  gtk_widget_activate_action (GTK_WIDGET (page), "threats.show-article", NULL);
  g_assert_true (node == kel_threat_get_article_point (threat));
  g_assert_cmpstr (node->eid, ==, "art_2__para_1__list_1__point_5");

  /* a threat with no list keeps its signs as one paragraph */
  kel_sidebar_page_show_list (KEL_SIDEBAR_PAGE (page));
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (page), 0);
  settle (50);
  g_assert_cmpuint (kel_threats_page_get_n_sign_items (page), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "threats.back", NULL);
  settle (50);
  g_assert_null (kel_threats_page_get_threat (page));
  close_window (window);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  kel_test_gtk_init (&argc, &argv);
  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/glossary/rows", test_glossary_rows);
  g_test_add_func ("/glossary/filter", test_glossary_filter);
  g_test_add_func ("/glossary/term-page", test_glossary_term_page);
  g_test_add_func ("/glossary/related", test_glossary_related);
  g_test_add_func ("/glossary/lang", test_glossary_lang);
  g_test_add_func ("/glossary/order", test_glossary_order);
  g_test_add_func ("/threats/rows", test_threat_rows);
  g_test_add_func ("/threats/page", test_threat_page);

  status = g_test_run ();
  g_object_unref (doc);
  return status;
}
