/* kel-results-page.c — the sidebar's list of search results
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per match: where it is ("5-бап, 2-тармақ", in the term language)
 * and a one-line snippet with the match in bold.  Long result lists stop
 * at KEL_RESULTS_MAX_ROWS rows and say so; the bar still counts them all.
 */
#include "config.h"

#include "kel-results-page.h"
#include "kel-location-row.h"
#include "kel-markup.h"
#include "kel-text.h"

#include <glib/gi18n.h>

#include "kel-search.h"

struct _KelResultsPage
{
  GtkWidget  parent_instance;

  GtkWidget *summary_label;
  GtkWidget *list;
  gboolean   updating;
};

static void kel_results_page_sidebar_page_init (KelSidebarPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KelResultsPage, kel_results_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KEL_TYPE_SIDEBAR_PAGE, kel_results_page_sidebar_page_init))

enum {
  ACTIVATE_RESULT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
make_row (KelDocument    *doc,
          const KelMatch *match,
          KelLang         lang)
{
  GtkWidget *row = kel_location_row_new ();
  const KelNode *node = kel_document_get_node_at (doc, match->start);
  g_autofree char *location = node ? kel_document_get_location (doc, node, lang) : g_strdup ("");
  g_autofree char *where = kel_text_capitalise (location);

  kel_location_row_set_location (KEL_LOCATION_ROW (row), where, lang);
  kel_location_row_set_snippet (KEL_LOCATION_ROW (row), doc, match->start, match->end);
  return row;
}

/**
 * kel_results_page_set_results:
 * @document: (nullable): the document searched
 * @matches: (nullable) (element-type KelMatch): the matches
 * @lang: the language of the locations
 * @summary: (nullable): a line above the list
 */
void
kel_results_page_set_results (KelResultsPage *self,
                              KelDocument    *document,
                              GArray         *matches,
                              KelLang         lang,
                              const char     *summary)
{
  GtkWidget *child;
  guint n;

  g_return_if_fail (KEL_IS_RESULTS_PAGE (self));
  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  n = matches && document ? MIN (matches->len, KEL_RESULTS_MAX_ROWS) : 0;
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list),
                         make_row (document, &g_array_index (matches, KelMatch, i), lang));
  self->updating = FALSE;

  if (matches != NULL && matches->len > KEL_RESULTS_MAX_ROWS)
    {
      /* Translators: %s is "312 matches" or "«term» — 5 occurrences" */
      g_autofree char *more = g_strdup_printf (_("%s. The list shows the first %d; Enter steps through them all."),
                                               summary ? summary : "", KEL_RESULTS_MAX_ROWS);
      gtk_label_set_text (GTK_LABEL (self->summary_label), more);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->summary_label), summary ? summary : "");
}

/**
 * kel_results_page_set_current:
 * @index: the current match, or -1 for none
 *
 * Selects the row of the current match, without emitting
 * ::activate-result.
 */
void
kel_results_page_set_current (KelResultsPage *self,
                              int             index)
{
  GtkListBoxRow *row;

  g_return_if_fail (KEL_IS_RESULTS_PAGE (self));
  row = index >= 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), index) : NULL;
  self->updating = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
  else
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->list));
  self->updating = FALSE;
}

/* How many rows the list shows: at most KEL_RESULTS_MAX_ROWS. */
static guint
get_n_rows (KelSidebarPage *page)
{
  GtkListBox *list = GTK_LIST_BOX (KEL_RESULTS_PAGE (page)->list);
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static char *
get_row_text (KelSidebarPage *page,
              guint           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (KEL_RESULTS_PAGE (page)->list), (int) index);

  return row ? kel_location_row_get_text (KEL_LOCATION_ROW (row)) : NULL;
}

/* As a click or Enter would: emits ::activate-result with the row's index. */
static void
activate_row (KelSidebarPage *page,
              guint           index)
{
  GtkWidget *list = KEL_RESULTS_PAGE (page)->list;
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) index);

  if (row != NULL)
    g_signal_emit_by_name (list, "row-activated", row);
}

/* The results have rows and take the focus as any page does (Tab's first
 * stop); they show matches, not the document, so they have no "document"
 * or "term-language" property. */
static void
kel_results_page_sidebar_page_init (KelSidebarPageInterface *iface)
{
  iface->get_n_rows = get_n_rows;
  iface->get_row_text = get_row_text;
  iface->activate_row = activate_row;
}

static void
on_row_activated (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  KelResultsPage *self)
{
  g_signal_emit (self, signals[ACTIVATE_RESULT], 0, gtk_list_box_row_get_index (row));
}

static void
kel_results_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), KEL_TYPE_RESULTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_results_page_parent_class)->dispose (object);
}

static void
kel_results_page_class_init (KelResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_results_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KelResultsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KelResultsPage, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * KelResultsPage::activate-result:
   * @index: the index of the match
   */
  signals[ACTIVATE_RESULT] =
    g_signal_new ("activate-result", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
kel_results_page_init (KelResultsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}
