/* kel-note-row.c — one row of the Notes page: a line of controls over stacked text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays out as a vertical box (spacing 2) whose first child is a horizontal
 * box (spacing 6) would: the top line's children side by side at their
 * natural widths, the one that expands (the heading) taking the rest, the
 * line as tall as the tallest child or as the children lined up on their
 * baselines; below it the other children, each the full width and as tall
 * as its text needs at that width (tests/pages/test-note-row.c compares).
 *
 * Why not those two boxes: a box asks every child how wide it would like to
 * be, and a wrapping, ellipsized label answers only by laying out and
 * shaping its whole text, unwrapped and at width 0, several times over.
 * The Notes page's list view (GTK 4.8 makes 200 rows at once) then laid
 * out every note's text about nine times before its first frame (callgrind:
 * some 6,200 Pango layout queries for 680 labels; now 2,300, most of them
 * answered from the layout already made).  This row
 * never asks its text for a width: the list is as wide as the sidebar, so
 * each label is laid out once, at the width it gets, for its height.
 */
#include "config.h"

#include "kel-note-row.h"

#define LINE_SPACING 6
#define STACK_SPACING 2
#define MAX_TOP 8

struct _KelNoteRow
{
  GtkWidget  parent_instance;

  GPtrArray *top;     /* GtkWidget, not owned: the line of controls */
  GPtrArray *below;   /* GtkWidget, not owned: the text under it */
};

G_DEFINE_FINAL_TYPE (KelNoteRow, kel_note_row, GTK_TYPE_WIDGET)

/* The widths of the top line's children for a row @width wide (0 for
 * hidden ones); returns how many there are. */
static guint
top_widths (KelNoteRow *self,
            int         width,
            int        *widths)
{
  int fixed = 0, n_visible = 0;
  int expand = -1;

  for (guint i = 0; i < self->top->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->top, i);

      widths[i] = 0;
      if (!gtk_widget_should_layout (child))
        continue;
      n_visible++;
      if (expand < 0 && gtk_widget_get_hexpand (child))
        {
          expand = (int) i;
          continue;
        }
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &widths[i], NULL, NULL);
      fixed += widths[i];
    }
  if (n_visible > 1)
    fixed += (n_visible - 1) * LINE_SPACING;
  if (expand >= 0)
    widths[expand] = width < 0 ? -1 : MAX (0, width - fixed);
  return self->top->len;
}

/* The top line's height for a row @width wide, as a horizontal box
 * measures it: children with a baseline line up on it; FALSE when the
 * line shows nothing */
static gboolean
top_height (KelNoteRow *self,
            int         width,
            const int  *widths,
            int        *minimum,
            int        *natural)
{
  int min_above = 0, min_below = 0, nat_above = 0, nat_below = 0;
  gboolean any = FALSE, baseline = FALSE;

  *minimum = *natural = 0;
  for (guint i = 0; i < self->top->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->top, i);
      int min, nat, min_base = -1, nat_base = -1;

      if (!gtk_widget_should_layout (child))
        continue;
      any = TRUE;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width < 0 ? -1 : widths[i],
                          &min, &nat, &min_base, &nat_base);
      if (min_base >= 0)
        {
          baseline = TRUE;
          min_below = MAX (min_below, min - min_base);
          nat_below = MAX (nat_below, nat - nat_base);
          min_above = MAX (min_above, min_base);
          nat_above = MAX (nat_above, nat_base);
        }
      else
        {
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
    }
  if (baseline)
    {
      *minimum = MAX (*minimum, min_above + min_below);
      *natural = MAX (*natural, nat_above + nat_below);
    }
  return any;
}

/* The height of the top line's children that do not expand */
static void
measure_controls (KelNoteRow *self,
                  int        *minimum,
                  int        *natural)
{
  *minimum = *natural = 0;
  for (guint i = 0; i < self->top->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->top, i);
      int min, nat;

      if (!gtk_widget_should_layout (child) || gtk_widget_get_hexpand (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
kel_note_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  KelNoteRow *self = KEL_NOTE_ROW (widget);
  int widths[MAX_TOP];
  gboolean first = TRUE;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int sum = 0, n_visible = 0;

      /* the controls at their widths; the text none of its own */
      top_widths (self, 0, widths);
      for (guint i = 0; i < self->top->len; i++)
        if (gtk_widget_should_layout (g_ptr_array_index (self->top, i)))
          {
            sum += widths[i];
            n_visible++;
          }
      *minimum = *natural = sum + MAX (0, n_visible - 1) * LINE_SPACING;
      return;
    }

  /* Asked for its height at no width in particular (a scrolled window
   * does, and uses the answer only to propagate a natural height, which
   * the Notes page does not): the height at the width it has, or, before
   * it has one, the controls' without the text, rather than lay out every
   * text unwrapped for nothing. */
  if (for_size < 0)
    {
      for_size = gtk_widget_get_width (widget);
      if (for_size <= 0)
        {
          measure_controls (self, minimum, natural);
          return;
        }
    }
  top_widths (self, for_size, widths);
  first = !top_height (self, for_size, widths, minimum, natural);
  for (guint i = 0; i < self->below->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->below, i);
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_size, &min, &nat, NULL, NULL);
      if (!first)
        {
          *minimum += STACK_SPACING;
          *natural += STACK_SPACING;
        }
      *minimum += min;
      *natural += nat;
      first = FALSE;
    }
}

static void
kel_note_row_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KelNoteRow *self = KEL_NOTE_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int widths[MAX_TOP];
  int line, unused, x = 0, y;
  gboolean first;

  top_widths (self, width, widths);
  first = !top_height (self, width, widths, &line, &unused);
  for (guint i = 0; i < self->top->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->top, i);
      GtkAllocation a = { x, 0, widths[i], line };

      if (!gtk_widget_should_layout (child))
        continue;
      if (rtl)
        a.x = width - x - widths[i];
      gtk_widget_size_allocate (child, &a, -1);
      x += widths[i] + LINE_SPACING;
    }
  y = line;
  for (guint i = 0; i < self->below->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->below, i);
      GtkAllocation a = { 0, 0, width, 0 };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &a.height, NULL, NULL, NULL);
      if (!first)
        y += STACK_SPACING;
      first = FALSE;
      a.y = y;
      gtk_widget_size_allocate (child, &a, -1);
      y += a.height;
    }
}

static void
kel_note_row_dispose (GObject *object)
{
  KelNoteRow *self = KEL_NOTE_ROW (object);
  GtkWidget *child;

  g_ptr_array_set_size (self->top, 0);
  g_ptr_array_set_size (self->below, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_note_row_parent_class)->dispose (object);
}

static void
kel_note_row_finalize (GObject *object)
{
  KelNoteRow *self = KEL_NOTE_ROW (object);

  g_ptr_array_unref (self->top);
  g_ptr_array_unref (self->below);
  G_OBJECT_CLASS (kel_note_row_parent_class)->finalize (object);
}

static GtkSizeRequestMode
kel_note_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kel_note_row_class_init (KelNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_note_row_dispose;
  object_class->finalize = kel_note_row_finalize;
  widget_class->measure = kel_note_row_measure;
  widget_class->size_allocate = kel_note_row_size_allocate;
  widget_class->get_request_mode = kel_note_row_get_request_mode;
  /* to style sheets and screen readers, the box it stands for */
  gtk_widget_class_set_css_name (widget_class, "box");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kel_note_row_init (KelNoteRow *self)
{
  self->top = g_ptr_array_new ();
  self->below = g_ptr_array_new ();
}

/**
 * kel_note_row_new:
 *
 * Returns: (transfer floating): an empty row
 */
GtkWidget *
kel_note_row_new (void)
{
  return g_object_new (KEL_TYPE_NOTE_ROW, NULL);
}

/**
 * kel_note_row_append_top:
 * @child: a control, or the one text of the top line (set it to expand
 *   horizontally: it takes the width the others leave)
 *
 * Adds @child at the end of the top line (at most eight).
 */
void
kel_note_row_append_top (KelNoteRow *self,
                         GtkWidget  *child)
{
  g_return_if_fail (KEL_IS_NOTE_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (self->top->len < MAX_TOP);

  gtk_widget_insert_before (child, GTK_WIDGET (self), self->below->len ? g_ptr_array_index (self->below, 0) : NULL);
  g_ptr_array_add (self->top, child);
}

/**
 * kel_note_row_append:
 * @child: a text that wraps to the row's width
 *
 * Adds @child below the top line and the children added before it.
 */
void
kel_note_row_append (KelNoteRow *self,
                     GtkWidget  *child)
{
  g_return_if_fail (KEL_IS_NOTE_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
  g_ptr_array_add (self->below, child);
}
