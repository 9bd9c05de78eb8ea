/* test-contents-page.c — the contents tree: nesting, keys, the part being read
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  The page alone in a window,
 * given a deep act of the tests' own (contents-tree.akn.xml: a preamble,
 * three parts of two chapters of twelve sections) or the bundled
 * agreement; the tests read the rows a reader sees through the sidebar
 * page interface, press keys on the focused row, and follow the reading.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kel-contents-page.h"
#include "kel-contents-row.h"
#include "kel-test-gtk.h"

static KelDocument *deep;
static KelDocument *bundled;

static GtkWidget *
present (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 320, 600);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  kel_test_settle (100);
  return window;
}

static char *
row_text (KelContentsPage *page,
          guint            index)
{
  return kel_sidebar_page_get_row_text (KEL_SIDEBAR_PAGE (page), index);
}

static guint
n_rows (KelContentsPage *page)
{
  return kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (page));
}

/* The position of the row that says @text, or -1 */
static int
find_row (KelContentsPage *page,
          const char      *text)
{
  for (guint i = 0; i < n_rows (page); i++)
    {
      g_autofree char *t = row_text (page, i);

      if (g_strcmp0 (t, text) == 0)
        return (int) i;
    }
  return -1;
}

static GtkWidget *
find_list (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = GTK_IS_LIST_VIEW (c) ? c : find_list (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list's vertical scrolling, through GtkScrollable */
static GtkAdjustment *
list_vadjustment (GtkWidget *list)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
}

/* What the row with the keyboard focus says, or NULL */
static char *
focused_text (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      GtkWidget *child = gtk_widget_get_first_child (focus);

      if (KEL_IS_CONTENTS_ROW (child))
        return kel_contents_row_get_text (KEL_CONTENTS_ROW (child));
    }
  return NULL;
}

/* The labels of the row with the focus are shown, not read: the row's
 * accessible name says them, and a screen reader that also read the first
 * label said the location twice (Orca 51). */
static void
assert_labels_not_read (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  guint n_labels = 0;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (KEL_IS_CONTENTS_ROW (gtk_widget_get_first_child (focus)))
      break;
  g_assert_nonnull (focus);
  for (GtkWidget *c = gtk_widget_get_first_child (gtk_widget_get_first_child (focus)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c))
      {
        g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (c)), ==,
                         GTK_ACCESSIBLE_ROLE_PRESENTATION);
        n_labels++;
      }
  g_assert_cmpuint (n_labels, ==, 2);
}

/* The rows on screen marked as the part being read */
static void
collect_current (GtkWidget *root,
                 GPtrArray *out)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (gtk_widget_has_css_class (c, "current") && KEL_IS_CONTENTS_ROW (gtk_widget_get_first_child (c)))
        g_ptr_array_add (out, kel_contents_row_get_text (KEL_CONTENTS_ROW (gtk_widget_get_first_child (c))));
      collect_current (c, out);
    }
}

static char *
current_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  collect_current (root, found);
  g_assert_cmpuint (found->len, <=, 1);
  return found->len ? g_strdup (g_ptr_array_index (found, 0)) : NULL;
}

/* Presses @keyval on the list's focused row, as the list's key handler
 * gets it (GTK 4 has no way to synthesise a key event in a test). */
static gboolean
press (GtkWidget       *list,
       guint            keyval,
       GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          break;
        }
    }
  g_clear_object (&controllers);
  kel_test_settle (50);
  return handled;
}

/* A deep act: the parts and their chapters show, the sections wait in
 * closed chapters; num and heading on every row. */
static void
test_tree_shape (void)
{
  KelContentsPage *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, "document", deep, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  const char *expected[] = {
    "Preamble",
    "Part 1 Orchards of the north",
    "Chapter 1 Planting",
    "Chapter 2 Pruning",
    "Part 2 Orchards of the south",
    "Chapter 1 Planting",
    "Chapter 2 Pruning",
    "Part 3 Orchards of the east",
    "Chapter 1 Planting",
    "Chapter 2 Pruning",
  };

  g_assert_cmpuint (n_rows (page), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = row_text (page, i);
      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_null (row_text (page, G_N_ELEMENTS (expected)));
  /* a section's row: activating a chapter's row goes to the chapter */
  g_assert_cmpint (find_row (page, "1. Rule 1"), ==, -1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_activate_node (KelContentsPage  *page,
                  const KelNode    *node,
                  const KelNode   **out)
{
  *out = node;
}

/* Right and Left, + and -, open and close the focused part and move
 * between a part and the parts it holds; Enter's activation names the
 * focused row's part. */
static void
test_keys (void)
{
  KelContentsPage *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, "document", deep, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  GtkWidget *list = find_list (GTK_WIDGET (page));
  const KelNode *activated = NULL;
  g_autofree char *text = NULL;
  guint closed = n_rows (page);

  g_assert_nonnull (list);
  g_signal_connect (page, "activate-node", G_CALLBACK (on_activate_node), &activated);

  /* no part being read yet: the focus on the first row */
  g_assert_true (kel_sidebar_page_grab_focus (KEL_SIDEBAR_PAGE (page)));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "Preamble");
  g_clear_pointer (&text, g_free);

  /* Part 2, Chapter 1: Right opens it, its twelve sections under it */
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "part_2__chp_1"));
  g_assert_true (kel_sidebar_page_grab_focus (KEL_SIDEBAR_PAGE (page)));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "Chapter 1 Planting");
  g_clear_pointer (&text, g_free);
  assert_labels_not_read (window);
  g_assert_cmpint (find_row (page, "25. Rule 25"), ==, -1);
  g_assert_true (press (list, GDK_KEY_Right, 0));
  g_assert_cmpuint (n_rows (page), ==, closed + 12);
  g_assert_cmpint (find_row (page, "25. Rule 25"), ==, 6);

  /* Right again: into it, on its first section; Right on a section that
   * holds nothing stays there */
  g_assert_true (press (list, GDK_KEY_Right, 0));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "25. Rule 25");
  g_clear_pointer (&text, g_free);
  g_assert_true (press (list, GDK_KEY_Right, 0));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "25. Rule 25");
  g_clear_pointer (&text, g_free);

  /* Enter would activate the focused row: the list's activation */
  g_signal_emit_by_name (list, "activate", (guint) find_row (page, "25. Rule 25"));
  g_assert_true (activated == kel_document_lookup_node (deep, "sec_25"));

  /* Left: back to the chapter; Left again closes it; Left again goes up
   * to the part */
  g_assert_true (press (list, GDK_KEY_Left, 0));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "Chapter 1 Planting");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (n_rows (page), ==, closed + 12);
  g_assert_true (press (list, GDK_KEY_Left, 0));
  g_assert_cmpuint (n_rows (page), ==, closed);
  g_assert_true (press (list, GDK_KEY_Left, 0));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "Part 2 Orchards of the south");
  g_clear_pointer (&text, g_free);

  /* - closes the part, + opens it again; Shift+Left and Shift+Right only
   * open and close, the focus stays */
  g_assert_true (press (list, GDK_KEY_minus, 0));
  g_assert_cmpuint (n_rows (page), ==, closed - 2);
  g_assert_true (press (list, GDK_KEY_plus, GDK_SHIFT_MASK));
  g_assert_cmpuint (n_rows (page), ==, closed);
  g_assert_true (press (list, GDK_KEY_Left, GDK_SHIFT_MASK));
  g_assert_cmpuint (n_rows (page), ==, closed - 2);
  g_assert_true (press (list, GDK_KEY_Left, GDK_SHIFT_MASK));
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "Part 2 Orchards of the south");
  g_clear_pointer (&text, g_free);
  g_assert_true (press (list, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (n_rows (page), ==, closed);
  text = focused_text (window);
  g_assert_cmpstr (text, ==, "Part 2 Orchards of the south");
  g_clear_pointer (&text, g_free);

  /* other keys and Ctrl+arrows are not the tree's */
  g_assert_false (press (list, GDK_KEY_Down, 0));
  g_assert_false (press (list, GDK_KEY_Right, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_rows (page), ==, closed);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
focus_within (GtkWidget *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
count_selection (GtkSelectionModel *model,
                 guint              position,
                 guint              n_items,
                 guint             *count)
{
  (*count)++;
}

/* The reading goes to a closed chapter: its part and chapter open, the
 * section's row is marked, no row is selected, and the keyboard focus
 * stays in the text. */
static void
test_current (void)
{
  KelContentsPage *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, "document", deep, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *window;
  GtkWidget *list;
  GtkSelectionModel *model;
  guint selection_changes = 0;
  g_autofree char *marked = NULL;

  gtk_box_append (GTK_BOX (box), entry);
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  window = present (box);
  list = find_list (GTK_WIDGET (page));
  model = gtk_list_view_get_model (GTK_LIST_VIEW (list));
  g_signal_connect (model, "selection-changed", G_CALLBACK (count_selection), &selection_changes);
  gtk_widget_grab_focus (entry);
  g_assert_true (focus_within (window, entry));
  g_assert_null (kel_contents_page_get_current (page));
  g_assert_null (current_text (window));

  /* a paragraph of section 40 (Part 2, Chapter 2): its row is marked */
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "sec_40"));
  kel_test_settle (100);
  g_assert_true (kel_contents_page_get_current (page) == kel_document_lookup_node (deep, "sec_40"));
  g_assert_cmpint (find_row (page, "40. Rule 40"), >, 0);
  g_assert_cmpint (find_row (page, "1. Rule 1"), ==, -1);
  marked = current_text (window);
  g_assert_cmpstr (marked, ==, "40. Rule 40");
  g_clear_pointer (&marked, g_free);
  g_assert_true (focus_within (window, entry));

  /* far down the list, in a short window: scrolled into sight, still
   * marked; the mark moves, one row at a time */
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "sec_72"));
  kel_test_settle (100);
  marked = current_text (window);
  g_assert_cmpstr (marked, ==, "72. Rule 72");
  g_clear_pointer (&marked, g_free);
  g_assert_true (focus_within (window, entry));

  g_assert_cmpfloat (gtk_adjustment_get_value (list_vadjustment (list)), >, 0);

  /* back before the first part: the preamble, the list at its top */
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "preamble__p_1"));
  kel_test_settle (100);
  marked = current_text (window);
  g_assert_cmpstr (marked, ==, "Preamble");
  g_clear_pointer (&marked, g_free);
  g_assert_cmpfloat (gtk_adjustment_get_value (list_vadjustment (list)), ==, 0);

  /* hidden while the reading moves far down: scrolled there once shown */
  gtk_widget_set_visible (GTK_WIDGET (page), FALSE);
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "sec_70"));
  kel_test_settle (50);
  gtk_widget_set_visible (GTK_WIDGET (page), TRUE);
  kel_test_settle (150);
  marked = current_text (window);
  g_assert_cmpstr (marked, ==, "70. Rule 70");
  g_clear_pointer (&marked, g_free);
  g_assert_cmpfloat (gtk_adjustment_get_value (list_vadjustment (list)), >, 0);
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "preamble__p_1"));
  kel_test_settle (100);

  /* focus in the list goes to the marked row */
  g_assert_true (kel_sidebar_page_grab_focus (KEL_SIDEBAR_PAGE (page)));
  marked = focused_text (window);
  g_assert_cmpstr (marked, ==, "Preamble");
  g_clear_pointer (&marked, g_free);

  /* nothing was ever selected */
  g_assert_cmpuint (selection_changes, ==, 0);
  for (guint i = 0; i < n_rows (page); i++)
    g_assert_false (gtk_selection_model_is_selected (model, i));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The agreement: one level, no expander, as before; its rows unchanged;
 * the mark follows the reading. */
static void
test_agreement_flat (void)
{
  KelContentsPage *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, "document", bundled, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  g_autofree char *row1 = NULL;
  g_autofree char *marked = NULL;

  g_assert_cmpuint (n_rows (page), ==, 17);
  row1 = row_text (page, 1);
  g_assert_cmpstr (row1, ==, "1-бап\nНегізгі ұғымдар");
  kel_contents_page_set_current (page, kel_document_lookup_node (bundled, "art_2"));
  kel_test_settle (100);
  marked = current_text (window);
  g_assert_cmpstr (marked, ==, "2-бап\nХалықаралық ақпараттық қауіпсіздікті қамтамасыз ету саласындағы негізгі қауіптер");
  /* nothing to open: Right changes nothing */
  g_assert_true (kel_sidebar_page_grab_focus (KEL_SIDEBAR_PAGE (page)));
  press (find_list (GTK_WIDGET (page)), GDK_KEY_Right, 0);
  g_assert_cmpuint (n_rows (page), ==, 17);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* No document, a row that is not there, a node of no listed part: no
 * rows, no crash, nothing marked. */
static void
test_bad_input (void)
{
  KelContentsPage *page = g_object_new (KEL_TYPE_CONTENTS_PAGE, NULL);
  GtkWidget *window = present (GTK_WIDGET (page));
  const KelNode *activated = NULL;

  g_signal_connect (page, "activate-node", G_CALLBACK (on_activate_node), &activated);
  g_assert_cmpuint (n_rows (page), ==, 0);
  g_assert_null (row_text (page, 0));
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (page), 3);
  kel_contents_page_set_current (page, NULL);
  g_assert_false (kel_sidebar_page_grab_focus (KEL_SIDEBAR_PAGE (page)));
  g_assert_null (activated);

  kel_contents_page_set_document (page, deep);
  kel_sidebar_page_activate_row (KEL_SIDEBAR_PAGE (page), 1000);
  g_assert_null (activated);
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "sec_3"));
  kel_contents_page_set_current (page, NULL);
  g_assert_null (kel_contents_page_get_current (page));
  kel_test_settle (50);
  g_assert_null (current_text (window));

  /* another document: the mark does not carry over */
  kel_contents_page_set_current (page, kel_document_lookup_node (deep, "sec_3"));
  kel_contents_page_set_document (page, bundled);
  g_assert_null (kel_contents_page_get_current (page));
  g_assert_cmpuint (n_rows (page), ==, 17);
  kel_contents_page_set_document (page, NULL);
  g_assert_cmpuint (n_rows (page), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "pages",
                                            "contents-tree.akn.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int status;

  kel_test_gtk_init (&argc, &argv);
  bundled = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  deep = kel_document_new_from_files (file, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/contents-page/tree-shape", test_tree_shape);
  g_test_add_func ("/contents-page/keys", test_keys);
  g_test_add_func ("/contents-page/current", test_current);
  g_test_add_func ("/contents-page/agreement-flat", test_agreement_flat);
  g_test_add_func ("/contents-page/bad-input", test_bad_input);
  status = g_test_run ();
  g_object_unref (deep);
  g_object_unref (bundled);
  return status;
}
