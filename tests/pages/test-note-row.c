/* test-note-row.c — a Notes page row shows exactly what its two boxes showed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  KelNoteRow stands in for a
 * vertical box (spacing 2) holding a horizontal box (spacing 6) of swatch,
 * heading, Edit and Delete, then the passage and the note, only faster.
 * Each test builds both, with the same texts, and checks that every child
 * gets the same place and size at the widths a sidebar has, right to left
 * too, with and without a note, with texts long enough to wrap and to be
 * cut short, and with none.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kel-note-row.h"
#include "kel-test-gtk.h"

#define N_CHILDREN 6

static const char *quote_long =
  "халықаралық ақпараттық қауіпсіздікті қамтамасыз ету саласындағы ынтымақтастық туралы "
  "Шанхай ынтымақтастық ұйымына мүше мемлекеттердің үкіметтері арасындағы келісім";
static const char *note_long =
  "Бұл бапты келесі сабақта талқылау керек: ақпараттық кеңістіктегі қауіптер, олардың "
  "көздері және мемлекеттердің өзара іс-қимылының негізгі бағыттары, сондай-ақ "
  "құзыретті органдардың арасындағы ақпарат алмасу тәртібі.";

typedef struct
{
  const char *heading;
  const char *quote;
  const char *note;    /* NULL: no note, the label is hidden */
} RowTexts;

static GtkWidget *
text_label (const char *text,
            int         lines,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), lines);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
icon_button (const char *icon)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  return button;
}

/* The children of one row, in the order of kel-notes-page.c */
static void
make_children (const RowTexts *t,
               GtkWidget     **children)
{
  children[0] = gtk_label_new ("●");
  gtk_widget_set_valign (children[0], GTK_ALIGN_START);
  children[1] = text_label (t->heading, 2, "caption-heading");
  gtk_widget_set_hexpand (children[1], TRUE);
  children[2] = icon_button ("document-edit-symbolic");
  children[3] = icon_button ("user-trash-symbolic");
  children[4] = text_label (t->quote, 2, NULL);
  children[5] = text_label (t->note ? t->note : "", 3, "dim-label");
  gtk_widget_set_visible (children[5], t->note != NULL);
}

static GtkWidget *
boxes_row (const RowTexts *t,
           GtkWidget     **children)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  make_children (t, children);
  for (guint i = 0; i < 4; i++)
    gtk_box_append (GTK_BOX (top), children[i]);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), children[4]);
  gtk_box_append (GTK_BOX (box), children[5]);
  return box;
}

static GtkWidget *
note_row (const RowTexts *t,
          GtkWidget     **children)
{
  GtkWidget *row = kel_note_row_new ();

  make_children (t, children);
  for (guint i = 0; i < 4; i++)
    kel_note_row_append_top (KEL_NOTE_ROW (row), children[i]);
  kel_note_row_append (KEL_NOTE_ROW (row), children[4]);
  kel_note_row_append (KEL_NOTE_ROW (row), children[5]);
  return row;
}

/* Lays @row out @width wide in a window of its own, as tall as it asks */
static GtkWidget *
lay_out (GtkWidget *row,
         int        width)
{
  GtkWidget *window = gtk_window_new ();
  int min, nat;

  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, >, 0);
  gtk_widget_allocate (row, width, min, -1, NULL);
  return window;
}

static void
check_same (const RowTexts   *t,
            int               width,
            GtkTextDirection  dir)
{
  GtkWidget *old_children[N_CHILDREN], *new_children[N_CHILDREN];
  GtkWidget *old_row, *new_row, *old_window, *new_window;

  /* as in a right-to-left locale: every widget */
  gtk_widget_set_default_direction (dir);
  old_row = boxes_row (t, old_children);
  new_row = note_row (t, new_children);
  old_window = lay_out (old_row, width);
  new_window = lay_out (new_row, width);

  g_test_message ("%d px wide, %s, %s", width, dir == GTK_TEXT_DIR_RTL ? "right to left" : "left to right",
                  t->note ? "with a note" : "no note");
  g_assert_cmpint (gtk_widget_get_height (new_row), ==, gtk_widget_get_height (old_row));
  for (guint i = 0; i < N_CHILDREN; i++)
    {
      graphene_rect_t a, b;

      g_assert_cmpint (gtk_widget_get_visible (new_children[i]), ==, gtk_widget_get_visible (old_children[i]));
      if (!gtk_widget_get_visible (old_children[i]))
        continue;
      g_assert_true (gtk_widget_compute_bounds (old_children[i], old_row, &a));
      g_assert_true (gtk_widget_compute_bounds (new_children[i], new_row, &b));
      if (!graphene_rect_equal (&a, &b))
        g_error ("child %u: the boxes put it at %g,%g %g×%g, the row at %g,%g %g×%g", i,
                 a.origin.x, a.origin.y, a.size.width, a.size.height,
                 b.origin.x, b.origin.y, b.size.width, b.size.height);
    }
  gtk_window_destroy (GTK_WINDOW (old_window));
  gtk_window_destroy (GTK_WINDOW (new_window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
check_all (const RowTexts *t)
{
  static const int widths[] = { 220, 296, 320, 480, 900 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      check_same (t, widths[i], GTK_TEXT_DIR_LTR);
      check_same (t, widths[i], GTK_TEXT_DIR_RTL);
    }
}

static void
test_short_texts (void)
{
  RowTexts t = { "Highlight · Атауы", "ынтымақтастық", NULL };

  check_all (&t);
  t.note = "note 12";
  check_all (&t);
}

static void
test_long_texts (void)
{
  RowTexts t = { "Note · 3-қосымша, 12-тармақ, 4) тармақша", quote_long, note_long };

  check_all (&t);
  t.heading = "Cannot be placed in this edition";
  t.note = NULL;
  check_all (&t);
}

static void
test_empty_texts (void)
{
  RowTexts t = { "", "", "" };

  check_all (&t);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);
  g_test_add_func ("/note-row/short-texts", test_short_texts);
  g_test_add_func ("/note-row/long-texts", test_long_texts);
  g_test_add_func ("/note-row/empty-texts", test_empty_texts);
  return g_test_run ();
}
