/* kel-contents-row.c — a row of the contents tree: expander, location, heading
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contents page's list view makes a few of these and binds them to the
 * parts on screen.  A row shows the part's location ("Статья 2", "Part 1")
 * over its heading, indented by its depth, with an expander when the part
 * holds listed parts.
 *
 * The keyboard focus and the screen reader's attention are on the list
 * view's own row widget, this row's parent, which GTK 4.8 gives no API to
 * label: the row labels it ("location. heading"), says whether it is
 * expanded and at which level, and marks it "current" for the part being
 * read (a CSS class, not the list's selection, which Orca would follow out
 * of the text).
 *
 * The location and heading sit beside the expander, not inside it, and
 * the row lays them out itself: the expander's box layout measures its
 * child's width for a given height, which for a wrapping label is a
 * binary search of a dozen Pango layouts; here the labels are only asked
 * their height for the width they get, once.
 *
 * No template: the list view makes a row for every part on screen before
 * the window's first frame, and GtkBuilder cost more per row than the
 * three widgets it built (see kel_contents_row_init).
 */
#include "config.h"

#include "kel-contents-row.h"
#include "kel-markup.h"

struct _KelContentsRow
{
  GtkWidget       parent_instance;

  GtkWidget      *expander;
  GtkWidget      *location_label;
  GtkWidget      *text_label;

  GtkTreeListRow *list_row;
  gulong          expanded_id;
  char           *location;
  char           *text;       /* the heading, or NULL */
  gboolean        current;
};

G_DEFINE_FINAL_TYPE (KelContentsRow, kel_contents_row, GTK_TYPE_WIDGET)

/* What the list view focuses: the row widget GTK made for this row. */
static GtkAccessible *
focused_widget (KelContentsRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  return parent != NULL ? GTK_ACCESSIBLE (parent) : NULL;
}

static void
update_accessible (KelContentsRow *self)
{
  GtkAccessible *row = focused_widget (self);
  g_autofree char *label = NULL;

  if (row == NULL)
    return;
  label = self->text ? g_strconcat (self->location ? self->location : "", ". ", self->text, NULL)
                     : g_strdup (self->location ? self->location : "");
  gtk_accessible_update_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (self->list_row != NULL)
    gtk_accessible_update_property (row, GTK_ACCESSIBLE_PROPERTY_LEVEL,
                                    gtk_tree_list_row_get_depth (self->list_row) + 1, -1);
  if (self->list_row != NULL && gtk_tree_list_row_is_expandable (self->list_row))
    gtk_accessible_update_state (row, GTK_ACCESSIBLE_STATE_EXPANDED,
                                 gtk_tree_list_row_get_expanded (self->list_row), -1);
  else
    gtk_accessible_reset_state (row, GTK_ACCESSIBLE_STATE_EXPANDED);
}

static void
on_expanded (GtkTreeListRow *list_row,
             GParamSpec     *pspec,
             KelContentsRow *self)
{
  update_accessible (self);
}

static void
update_current (KelContentsRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent == NULL)
    return;
  if (self->current)
    gtk_widget_add_css_class (parent, "current");
  else
    gtk_widget_remove_css_class (parent, "current");
}

/* The whole row through ::query-tooltip, not as the accessible
 * description a screen reader would say after the label. */
static gboolean
kel_contents_row_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  KelContentsRow *self = KEL_CONTENTS_ROW (widget);
  g_autofree char *text = NULL;

  if (self->location == NULL)
    return FALSE;
  text = self->text ? g_strconcat (self->location, ". ", self->text, NULL) : g_strdup (self->location);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * kel_contents_row_new:
 *
 * Returns: (transfer floating): an empty row
 */
GtkWidget *
kel_contents_row_new (void)
{
  return g_object_new (KEL_TYPE_CONTENTS_ROW, NULL);
}

/**
 * kel_contents_row_set_list_row:
 * @list_row: (nullable): the tree row the row shows
 *
 * Gives the expander its row: its depth, whether it can open, whether it
 * is open.
 */
void
kel_contents_row_set_list_row (KelContentsRow *self,
                               GtkTreeListRow *list_row)
{
  g_return_if_fail (KEL_IS_CONTENTS_ROW (self));
  if (self->list_row == list_row)
    return;
  if (self->list_row != NULL)
    g_clear_signal_handler (&self->expanded_id, self->list_row);
  g_set_object (&self->list_row, list_row);
  if (list_row != NULL)
    self->expanded_id = g_signal_connect (list_row, "notify::expanded", G_CALLBACK (on_expanded), self);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (self->expander), list_row);
  update_accessible (self);
}

/**
 * kel_contents_row_get_list_row:
 *
 * Returns: (transfer none) (nullable): the tree row the row shows
 */
GtkTreeListRow *
kel_contents_row_get_list_row (KelContentsRow *self)
{
  g_return_val_if_fail (KEL_IS_CONTENTS_ROW (self), NULL);
  return self->list_row;
}

/**
 * kel_contents_row_set_text:
 * @location: where the part is, capitalised to head the row ("Статья 2")
 * @title: (nullable): its heading
 * @lang: the language of both
 *
 * Shows @location over @title (up to three lines); without a title, the
 * location is the row's title and looks like one, up to three lines.
 */
void
kel_contents_row_set_text (KelContentsRow *self,
                           const char     *location,
                           const char     *title,
                           KelLang         lang)
{
  g_return_if_fail (KEL_IS_CONTENTS_ROW (self));
  g_free (self->location);
  g_free (self->text);
  self->location = g_strdup (location ? location : "");
  self->text = g_strdup (title);
  gtk_label_set_text (GTK_LABEL (self->location_label), self->location);
  kel_label_set_language (GTK_LABEL (self->location_label), lang);
  if (title == NULL)
    {
      gtk_widget_remove_css_class (self->location_label, "caption-heading");
      gtk_widget_add_css_class (self->location_label, "contents-title");
      /* a part's own num and heading ("38. Uchaguzi wa rais"): whole, up
       * to three lines, however deep the row is indented */
      gtk_label_set_wrap (GTK_LABEL (self->location_label), TRUE);
      gtk_label_set_lines (GTK_LABEL (self->location_label), 3);
    }
  else
    {
      gtk_widget_remove_css_class (self->location_label, "contents-title");
      gtk_widget_add_css_class (self->location_label, "caption-heading");
      gtk_label_set_wrap (GTK_LABEL (self->location_label), FALSE);
      gtk_label_set_lines (GTK_LABEL (self->location_label), -1);
      gtk_label_set_text (GTK_LABEL (self->text_label), title);
      kel_label_set_language (GTK_LABEL (self->text_label), lang);
    }
  gtk_widget_set_visible (self->text_label, title != NULL);
  update_accessible (self);
}

/**
 * kel_contents_row_set_indent_for_icon:
 * @indent: whether a row without an expander leaves room for one
 *
 * In a tree, a part without listed parts lines up with its siblings that
 * have an expander; in a flat list (the agreement's) nothing is indented.
 */
void
kel_contents_row_set_indent_for_icon (KelContentsRow *self,
                                      gboolean        indent)
{
  g_return_if_fail (KEL_IS_CONTENTS_ROW (self));
  gtk_tree_expander_set_indent_for_icon (GTK_TREE_EXPANDER (self->expander), indent);
}

/**
 * kel_contents_row_set_current:
 * @current: whether the row is the part being read
 *
 * Marks the row with the "current" style class.
 */
void
kel_contents_row_set_current (KelContentsRow *self,
                              gboolean        current)
{
  g_return_if_fail (KEL_IS_CONTENTS_ROW (self));
  self->current = current;
  update_current (self);
}

/**
 * kel_contents_row_get_text:
 *
 * Returns: (transfer full): what the row shows: the location, and on a
 *   second line the heading when there is one
 */
char *
kel_contents_row_get_text (KelContentsRow *self)
{
  g_return_val_if_fail (KEL_IS_CONTENTS_ROW (self), NULL);
  return self->text ? g_strdup_printf ("%s\n%s", self->location, self->text) : g_strdup (self->location);
}

/* The gap between the expander's icons and the labels: the theme's
 * treeexpander border-spacing (Adwaita's), which GTK 4.8 gives no API to
 * read. */
#define EXPANDER_SPACING 4
/* Above and below the labels, and between them */
#define LABELS_MARGIN 4
#define LABELS_SPACING 2

/* The expander (its indent and icon) at the start, as wide as it likes,
 * and the gap after it when it shows anything; the labels take the rest. */
static int
expander_width (KelContentsRow *self)
{
  int width = 0;

  if (gtk_widget_should_layout (self->expander))
    gtk_widget_measure (self->expander, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width > 0 ? width + EXPANDER_SPACING : 0;
}

/* The labels' heights at @width, one over the other: the location's and
 * the heading's (0 when hidden); returns the whole, margins included. */
static int
labels_height (KelContentsRow *self,
               int             width,
               int            *location_height,
               int            *text_height)
{
  int total = 2 * LABELS_MARGIN;

  *location_height = *text_height = 0;
  if (gtk_widget_should_layout (self->location_label))
    gtk_widget_measure (self->location_label, GTK_ORIENTATION_VERTICAL, width, NULL, location_height, NULL, NULL);
  if (gtk_widget_should_layout (self->text_label))
    {
      gtk_widget_measure (self->text_label, GTK_ORIENTATION_VERTICAL, width, NULL, text_height, NULL, NULL);
      total += LABELS_SPACING;
    }
  return total + *location_height + *text_height;
}

/* Ten characters of @label's font, the least width a label asks for (as
 * GtkLabel's width-chars would, which asks Pango for the font's metrics on
 * every measure: a shaping of a sample text, for each of the some 200 rows
 * GTK 4.8's list view makes before the first frame).  The metrics are
 * asked once per font and language. */
static int
ten_chars (GtkWidget *label)
{
  static GHashTable *widths;    /* "font|language" -> pixels */
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  PangoLanguage *language = pango_context_get_language (context);
  g_autofree char *font = pango_font_description_to_string (desc);
  char *key = g_strconcat (font, "|", pango_language_to_string (language), NULL);
  gpointer width;
  PangoFontMetrics *metrics;
  int pixels;

  if (widths == NULL)
    widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (widths, key, NULL, &width))
    {
      g_free (key);
      return GPOINTER_TO_INT (width);
    }
  metrics = pango_context_get_metrics (context, desc, language);
  pixels = PANGO_PIXELS_CEIL (10 * MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                        pango_font_metrics_get_approximate_digit_width (metrics)));
  pango_font_metrics_unref (metrics);
  g_hash_table_insert (widths, key, GINT_TO_POINTER (pixels));
  return pixels;
}

static GtkSizeRequestMode
kel_contents_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kel_contents_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KelContentsRow *self = KEL_CONTENTS_ROW (widget);
  int e_width = expander_width (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* the width never depends on the height: no width-for-height
       * search through the wrapping labels */
      int l_min = 0, l_nat = 0, t_min = 0, t_nat = 0;

      if (gtk_widget_should_layout (self->location_label))
        {
          gtk_widget_measure (self->location_label, orientation, -1, &l_min, &l_nat, NULL, NULL);
          l_min = MAX (l_min, ten_chars (self->location_label));
        }
      if (gtk_widget_should_layout (self->text_label))
        {
          gtk_widget_measure (self->text_label, orientation, -1, &t_min, &t_nat, NULL, NULL);
          t_min = MAX (t_min, ten_chars (self->text_label));
        }
      *minimum = e_width + MAX (l_min, t_min);
      *natural = e_width + MAX (MAX (l_nat, t_nat), MAX (l_min, t_min));
    }
  else
    {
      int e_min = 0, e_nat = 0, location_height, text_height, height;

      if (gtk_widget_should_layout (self->expander))
        gtk_widget_measure (self->expander, orientation, -1, &e_min, &e_nat, NULL, NULL);
      height = labels_height (self, for_size >= 0 ? MAX (for_size - e_width, 0) : -1,
                              &location_height, &text_height);
      *minimum = MAX (e_min, height);
      *natural = MAX (e_nat, height);
    }
}

static void
kel_contents_row_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KelContentsRow *self = KEL_CONTENTS_ROW (widget);
  int e_width = MIN (expander_width (self), width);
  int l_width = width - e_width, l_x = 0, y;
  int location_height, text_height;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (gtk_widget_should_layout (self->expander))
    {
      int icons = MAX (e_width - EXPANDER_SPACING, 0);

      gtk_widget_size_allocate (self->expander,
                                &(GtkAllocation) { rtl ? width - icons : 0, 0, icons, height }, -1);
    }
  if (!rtl)
    l_x = e_width;
  /* the labels centred, one over the other */
  y = MAX (height - labels_height (self, l_width, &location_height, &text_height), 0) / 2 + LABELS_MARGIN;
  if (gtk_widget_should_layout (self->location_label))
    gtk_widget_size_allocate (self->location_label,
                              &(GtkAllocation) { l_x, y, l_width, location_height }, -1);
  if (gtk_widget_should_layout (self->text_label))
    gtk_widget_size_allocate (self->text_label,
                              &(GtkAllocation) { l_x, y + location_height + LABELS_SPACING, l_width, text_height }, -1);
}

/* The parent came or changed: label it, mark it. */
static void
kel_contents_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kel_contents_row_parent_class)->root (widget);
  update_accessible (KEL_CONTENTS_ROW (widget));
  update_current (KEL_CONTENTS_ROW (widget));
}

static void
kel_contents_row_dispose (GObject *object)
{
  KelContentsRow *self = KEL_CONTENTS_ROW (object);

  if (self->list_row != NULL)
    g_clear_signal_handler (&self->expanded_id, self->list_row);
  g_clear_object (&self->list_row);
  g_clear_pointer (&self->expander, gtk_widget_unparent);
  g_clear_pointer (&self->location_label, gtk_widget_unparent);
  g_clear_pointer (&self->text_label, gtk_widget_unparent);
  G_OBJECT_CLASS (kel_contents_row_parent_class)->dispose (object);
}

static void
kel_contents_row_finalize (GObject *object)
{
  KelContentsRow *self = KEL_CONTENTS_ROW (object);

  g_free (self->location);
  g_free (self->text);
  G_OBJECT_CLASS (kel_contents_row_parent_class)->finalize (object);
}

static void
kel_contents_row_class_init (KelContentsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_contents_row_dispose;
  object_class->finalize = kel_contents_row_finalize;
  widget_class->query_tooltip = kel_contents_row_query_tooltip;
  widget_class->root = kel_contents_row_root;
  widget_class->get_request_mode = kel_contents_row_get_request_mode;
  widget_class->measure = kel_contents_row_measure;
  widget_class->size_allocate = kel_contents_row_size_allocate;

}

/* A label of the row: the location (a caption) or the heading under it */
static GtkWidget *
new_label (const char *css_class)
{
  /* the list item's accessible label says both (update_accessible) */
  GtkWidget *label = kel_row_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* at least ten characters wide: the row's measure says so (ten_chars) */
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The expander, the location and the heading (up to three lines), as
 * ui/kel-location-row.ui has them for the other lists: built here, not by
 * GtkBuilder, which took more than building them, once per row. */
static void
kel_contents_row_init (KelContentsRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_hexpand (widget, TRUE);
  self->expander = gtk_tree_expander_new ();
  gtk_widget_set_parent (self->expander, widget);
  self->location_label = new_label ("caption-heading");
  gtk_widget_set_parent (self->location_label, widget);
  self->text_label = new_label ("contents-title");
  gtk_label_set_wrap (GTK_LABEL (self->text_label), TRUE);
  gtk_label_set_lines (GTK_LABEL (self->text_label), 3);
  gtk_widget_set_visible (self->text_label, FALSE);
  gtk_widget_set_parent (self->text_label, widget);
}
