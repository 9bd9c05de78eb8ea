/* test-goto.c — the Go To window, driven as a reader would
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  Ctrl+L and the main menu open
 * it; what is typed shows where it leads, in the term language; Enter
 * jumps there and Back returns; nothing found says so and goes nowhere;
 * Escape closes.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-goto-dialog-private.h"
#include "kel-window.h"
#include "kel-test-gtk.h"

static KelApplication *app;

static KelGotoDialog *
open_goto (KelWindow *window)
{
  return kel_test_open_dialog (window, "win.go-to", "kel-goto-dialog");
}

static void
type (KelGotoDialog *dialog,
      const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (kel_goto_dialog_get_entry (dialog)), text);
  kel_test_settle (20);
}

/* A menu button of the window whose menu has the action @name. */
static gboolean
some_menu_has (GtkWidget  *widget,
               const char *name)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      kel_test_menu_has_action (kel_test_open_menu (GTK_MENU_BUTTON (widget)), name))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (some_menu_has (child, name))
      return TRUE;
  return FALSE;
}

/* Ctrl+L and the main menu name the action. */
static void
test_reachable (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.go-to");
  KelWindow *window = kel_test_open_window (app, NULL, 1200);

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>l");
  g_assert_true (some_menu_has (gtk_window_get_titlebar (GTK_WINDOW (window)), "win.go-to"));
  g_assert_false (some_menu_has (gtk_window_get_titlebar (GTK_WINDOW (window)), "win.no-such-action"));
  kel_test_close_window (window);
}

/* Typing shows where the text leads; Enter jumps; Back returns. */
static void
test_type_and_go (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelGotoDialog *dialog = open_goto (window);
  GtkWidget *entry = kel_goto_dialog_get_entry (dialog);

  /* the entry has the focus: typing goes there at once */
  g_assert_true (gtk_widget_is_focus (entry) || gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), entry));

  g_assert_null (kel_goto_dialog_get_node (dialog));
  type (dialog, "статья 5, пункт 2");
  g_assert_cmpstr (kel_goto_dialog_get_result (dialog), ==, "5-бап, 2-тармақ");
  g_assert_cmpstr (kel_goto_dialog_get_node (dialog)->eid, ==, "art_5__para_2");

  /* as the reader types: a shorter text already leads somewhere */
  type (dialog, "第十二条第");
  g_assert_cmpstr (kel_goto_dialog_get_result (dialog), ==, "12-бап");
  type (dialog, "第十二条第三款");
  g_assert_cmpstr (kel_goto_dialog_get_result (dialog), ==, "12-бап, 3-тармақ");

  /* Enter */
  g_signal_emit_by_name (entry, "activate");
  kel_test_settle (50);
  g_assert_null (g_object_get_data (G_OBJECT (window), "kel-goto-dialog"));
  g_assert_true (kel_test_wait_for_top (window, "art_12__para_3"));

  /* the jump is in the history */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_true (kel_test_wait_for_top (window, "longTitle") || kel_test_wait_for_top (window, "preamble"));
  kel_test_close_window (window);
}

/* Nothing found says so, and Enter goes nowhere. */
static void
test_nothing_found (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelGotoDialog *dialog = open_goto (window);
  GtkWidget *entry = kel_goto_dialog_get_entry (dialog);

  g_assert_true (kel_window_goto (window, "art_3", FALSE));
  g_assert_true (kel_test_wait_for_top (window, "art_3"));
  type (dialog, "статья 13");
  g_assert_cmpstr (kel_goto_dialog_get_result (dialog), ==, "Nothing found");
  g_assert_null (kel_goto_dialog_get_node (dialog));
  g_signal_emit_by_name (entry, "activate");
  kel_test_settle (50);
  /* still open, with the text, and the reader has not moved */
  g_assert_true (g_object_get_data (G_OBJECT (window), "kel-goto-dialog") == dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "статья 13");
  g_assert_true (kel_test_wait_for_top (window, "art_3"));
  kel_test_close_window (window);
}

/* The location is written in the term language. */
static void
test_term_language (void)
{
  GSettings *settings = kel_application_get_settings (app);
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelGotoDialog *dialog;

  g_settings_set_string (settings, "term-language", "zh");
  dialog = open_goto (window);
  type (dialog, "2-қосымша, 5-тармақ (белгілері)");
  g_assert_cmpstr (kel_goto_dialog_get_result (dialog), ==, "附件二第五项（特征）");
  g_settings_set_string (settings, "term-language", "ru");
  type (dialog, "ақпараттық соғысқа");
  g_assert_cmpstr (kel_goto_dialog_get_result (dialog), ==, "приложение 1, «информационная война»");
  g_settings_set_string (settings, "term-language", "kk");
  kel_test_close_window (window);
}

/* Escape closes it, and the reader can open it again. */
static void
test_escape (void)
{
  KelWindow *window = kel_test_open_window (app, NULL, 1200);
  KelGotoDialog *dialog = open_goto (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (dialog));
  gboolean closed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !closed; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !closed; k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, "Escape"))
            closed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                   GTK_WIDGET (dialog), gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_clear_object (&controllers);
  g_assert_true (closed);
  kel_test_settle (50);
  g_assert_null (g_object_get_data (G_OBJECT (window), "kel-goto-dialog"));

  dialog = open_goto (window);
  g_assert_nonnull (dialog);
  kel_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);
  app = kel_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);

  g_test_add_func ("/goto/reachable", test_reachable);
  g_test_add_func ("/goto/type-and-go", test_type_and_go);
  g_test_add_func ("/goto/nothing-found", test_nothing_found);
  g_test_add_func ("/goto/term-language", test_term_language);
  g_test_add_func ("/goto/escape", test_escape);

  return kel_test_app_run (&app);
}
