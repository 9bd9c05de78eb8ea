/* kel-location-row.c — a sidebar row: where in the text, and a snippet or heading
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the search results and of a term's "Used in" (the location
 * over a snippet with the occurrence in bold; the contents tree has its
 * own rows, kel-contents-row.c).  The location is in the term language; the
 * snippet is the Kazakh text.  A screen reader hears the row as one label,
 * "location: snippet" or "location. heading"; the tooltip gives the whole
 * of a snippet or heading cut short, without being read a second time.
 */
#include "config.h"

#include "kel-location-row.h"
#include "kel-markup.h"
#include "kel-search.h"

/* Characters of context a snippet shows on either side of the occurrence */
#define SNIPPET_CONTEXT 32

struct _KelLocationRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *box;
  GtkWidget     *location_label;
  GtkWidget     *text_label;

  char          *location;
  char          *text;         /* the snippet or heading, plain; NULL if none */
  const char    *separator;    /* between the two in the accessible label */
};

G_DEFINE_FINAL_TYPE (KelLocationRow, kel_location_row, GTK_TYPE_LIST_BOX_ROW)

static void
update_accessible (KelLocationRow *self)
{
  g_autofree char *label = self->text ? g_strconcat (self->location ? self->location : "",
                                                     self->separator, self->text, NULL)
                                      : g_strdup (self->location ? self->location : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The whole row through ::query-tooltip: gtk_widget_set_tooltip_text()
 * would make it the accessible description too, and a screen reader
 * would say each row twice. */
static gboolean
kel_location_row_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  KelLocationRow *self = KEL_LOCATION_ROW (widget);

  if (self->text == NULL && self->location == NULL)
    return FALSE;
  if (self->text != NULL && g_str_equal (self->separator, ": "))
    gtk_tooltip_set_text (tooltip, self->text);   /* the snippet, uncut */
  else if (self->text != NULL)
    {
      g_autofree char *both = g_strconcat (self->location, self->separator, self->text, NULL);
      gtk_tooltip_set_text (tooltip, both);
    }
  else
    gtk_tooltip_set_text (tooltip, self->location);
  return TRUE;
}

/**
 * kel_location_row_new:
 *
 * Returns: (transfer floating): a row with no location yet
 */
GtkWidget *
kel_location_row_new (void)
{
  return g_object_new (KEL_TYPE_LOCATION_ROW, NULL);
}

/**
 * kel_location_row_set_location:
 * @location: where the row points, capitalised to head it ("Статья 2")
 * @lang: the language of @location
 *
 * Sets the row's caption; the snippet or heading stays.
 */
void
kel_location_row_set_location (KelLocationRow *self,
                               const char     *location,
                               KelLang         lang)
{
  g_return_if_fail (KEL_IS_LOCATION_ROW (self));
  g_free (self->location);
  self->location = g_strdup (location ? location : "");
  gtk_label_set_text (GTK_LABEL (self->location_label), self->location);
  kel_label_set_language (GTK_LABEL (self->location_label), lang);
  update_accessible (self);
}

/**
 * kel_location_row_set_snippet:
 * @document: the document of the occurrence
 * @start: the first character of the occurrence
 * @end: its end
 *
 * Shows under the location a snippet of the text around [@start, @end),
 * cut by kel_document_get_snippet(), the occurrence in bold; a screen
 * reader hears "location: snippet".
 */
void
kel_location_row_set_snippet (KelLocationRow *self,
                              KelDocument    *document,
                              guint           start,
                              guint           end)
{
  guint hl_start = 0, hl_end = 0;
  g_autofree char *snippet = NULL;
  g_autofree char *before = NULL, *inside = NULL, *after = NULL, *markup = NULL;
  const char *a, *b;

  g_return_if_fail (KEL_IS_LOCATION_ROW (self));
  g_return_if_fail (KEL_IS_DOCUMENT (document));
  snippet = kel_document_get_snippet (document, start, end, SNIPPET_CONTEXT, &hl_start, &hl_end);
  a = g_utf8_offset_to_pointer (snippet, hl_start);
  b = g_utf8_offset_to_pointer (snippet, hl_end);
  before = g_markup_escape_text (snippet, a - snippet);
  inside = g_markup_escape_text (a, b - a);
  after = g_markup_escape_text (b, -1);
  markup = g_strdup_printf ("<span lang=\"%s\">%s<b>%s</b>%s</span>",
                            kel_lang_to_pango (KEL_LANG_KK), before, inside, after);

  gtk_label_set_markup (GTK_LABEL (self->text_label), markup);
  gtk_label_set_lines (GTK_LABEL (self->text_label), 2);
  gtk_widget_add_css_class (self->text_label, "snippet");
  gtk_widget_set_visible (self->text_label, TRUE);
  g_free (self->text);
  self->text = g_steal_pointer (&snippet);
  self->separator = ": ";
  update_accessible (self);
}

/**
 * kel_location_row_set_title:
 * @title: (nullable): the heading of the part the row points to, or
 *   %NULL for a row that is its location alone
 * @lang: the language of @title
 *
 * Shows @title under the location, up to three lines; a screen reader
 * hears "location. title".  Without a title, the location is the row's
 * title and looks like one.
 */
void
kel_location_row_set_title (KelLocationRow *self,
                            const char     *title,
                            KelLang         lang)
{
  g_return_if_fail (KEL_IS_LOCATION_ROW (self));
  g_free (self->text);
  self->text = g_strdup (title);
  self->separator = ". ";
  gtk_widget_set_visible (self->text_label, title != NULL);
  if (title == NULL)
    {
      gtk_widget_remove_css_class (self->location_label, "caption-heading");
      gtk_widget_add_css_class (self->location_label, "contents-title");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->text_label), title);
      kel_label_set_language (GTK_LABEL (self->text_label), lang);
      gtk_label_set_lines (GTK_LABEL (self->text_label), 3);
      gtk_widget_add_css_class (self->text_label, "contents-title");
    }
  update_accessible (self);
}

/**
 * kel_location_row_get_text:
 *
 * Returns: (transfer full): what the row shows: the location, and on a
 *   second line the snippet or title when there is one
 */
char *
kel_location_row_get_text (KelLocationRow *self)
{
  g_return_val_if_fail (KEL_IS_LOCATION_ROW (self), NULL);
  if (!gtk_widget_get_visible (self->text_label))
    return g_strdup (gtk_label_get_text (GTK_LABEL (self->location_label)));
  return g_strdup_printf ("%s\n%s", gtk_label_get_text (GTK_LABEL (self->location_label)),
                          gtk_label_get_text (GTK_LABEL (self->text_label)));
}

static void
kel_location_row_finalize (GObject *object)
{
  KelLocationRow *self = KEL_LOCATION_ROW (object);

  g_free (self->location);
  g_free (self->text);
  G_OBJECT_CLASS (kel_location_row_parent_class)->finalize (object);
}

static void
kel_location_row_class_init (KelLocationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kel_location_row_finalize;
  widget_class->query_tooltip = kel_location_row_query_tooltip;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-location-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KelLocationRow, box);
  gtk_widget_class_bind_template_child (widget_class, KelLocationRow, location_label);
  gtk_widget_class_bind_template_child (widget_class, KelLocationRow, text_label);
}

static void
kel_location_row_init (KelLocationRow *self)
{
  self->separator = ": ";
  gtk_widget_init_template (GTK_WIDGET (self));
}
