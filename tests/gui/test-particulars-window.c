/* test-particulars-window.c — "About This Agreement", as a reader sees it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  The main menu opens it; it shows
 * the bundled agreement's titles, signature, parties, languages, rules,
 * certification, publisher and edition; a rule's link jumps the reader to
 * its article and closes the window.  Another edition shows its own facts,
 * and says which it does not state.
 */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "kel-application.h"
#include "kel-document-view.h"
#include "kel-particulars-window-private.h"
#include "kel-window.h"
#include "kel-test-gtk.h"

static KelApplication *app;

static KelParticularsWindow *
open_particulars (KelWindow *window)
{
  return kel_test_open_dialog (window, "win.about-agreement", "kel-particulars-window");
}

static GtkWidget *
find_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label of @root whose markup links to @uri */
static GtkWidget *
find_link (GtkWidget  *root,
           const char *uri)
{
  g_autofree char *href = g_strdup_printf ("href=\"%s\"", uri);

  if (GTK_IS_LABEL (root) && gtk_label_get_use_markup (GTK_LABEL (root)) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), href) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_link (child, uri);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_shows (const char *text,
              const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("the window does not show “%s”:\n%s", part, text);
}

/* The main menu (F10) names it. */
static void
test_reachable (void)
{
  g_autoptr(KelDocument) doc = kel_document_new_bundled (NULL);
  KelWindow *window = kel_test_open_window (app, doc, 1200);
  GtkWidget *menu = find_menu_button (gtk_window_get_titlebar (GTK_WINDOW (window)));

  g_assert_nonnull (menu);
  g_assert_true (kel_test_menu_has_action (kel_test_open_menu (GTK_MENU_BUTTON (menu)), "win.about-agreement"));
  kel_test_close_window (window);
}

/* Every fact of the bundled agreement, from its edition. */
static void
test_bundled (void)
{
  g_autoptr(KelDocument) doc = kel_document_new_bundled (NULL);
  KelWindow *window = kel_test_open_window (app, doc, 1200);
  KelParticularsWindow *about = open_particulars (window);
  g_autofree char *text = kel_particulars_window_get_text (about);

  assert_shows (text, "Шанхай ынтымақтастық ұйымына");
  assert_shows (text, "Соглашение между правительствами государств-членов Шанхайской организации");
  assert_shows (text, "上海合作组织成员国保障国际信息安全政府间合作协定");
  assert_shows (text, "2009 жылғы 16 маусымда (2009-06-16)");
  assert_shows (text, "Екатеринбург (Жасалған жері мен күні)");
  assert_shows (text, "Қазақстан Республикасының Үкіметі (Қолтаңбалар)");
  assert_shows (text, "Өзбекстан Республикасының Үкіметі (Қолтаңбалар)");
  assert_shows (text, "орыс тілі (Жасалған жері мен күні)\nқытай тілі");
  assert_shows (text, "Күшіне енуі: 12-бап, 1-тармақ\n");
  assert_shows (text, "Қолданылу мерзімі: 12-бап, 1-тармақ\n");
  assert_shows (text, "Өзгерістер енгізу: 12-бап, 2-тармақ\n");
  assert_shows (text, "Қосылу: 12-бап, 3-тармақ\n");
  assert_shows (text, "Шығу: 12-бап, 4-тармақ\n");
  assert_shows (text, "Депозитарий: 11-бап, 1-абзац, 11-бап, 2-абзац\n");
  assert_shows (text, "Ә. Дүйсебаев, Қазақстан Республикасының Ұлттық қауіпсіздік комитеті");
  assert_shows (text, "Қазақстан Республикасы Әділет министрлігінің");
  assert_shows (text, "Language: kaz, not an authentic text");
  assert_shows (text, "Expression: /akn/int/act/2009-06-16/sco-information-security/kaz@/!main");
  assert_shows (text, "Version: /akn/int/act/2009-06-16/sco-information-security/kaz@/!main");
  g_assert_null (strstr (text, "Not stated"));
  /* six parties, one line each */
  g_assert_nonnull (find_link (GTK_WIDGET (about), "kelisim:conclusions__signature_6"));
  g_assert_nonnull (find_link (GTK_WIDGET (about), "kelisim:cmp_1"));
  g_assert_nonnull (find_link (GTK_WIDGET (about), "kelisim:cmp_2"));
  kel_test_close_window (window);
}

/* The rules are named in the term language, their places too. */
static void
test_term_language (void)
{
  g_autoptr(KelDocument) doc = kel_document_new_bundled (NULL);
  GSettings *settings = kel_application_get_settings (app);
  KelWindow *window;
  KelParticularsWindow *about;
  g_autofree char *text = NULL;

  window = kel_test_open_window (app, doc, 1200);
  g_settings_set_string (settings, "term-language", "ru");
  about = open_particulars (window);
  text = kel_particulars_window_get_text (about);
  assert_shows (text, "Вступление в силу: статья 12, пункт 1\n");
  g_settings_set_string (settings, "term-language", "kk");
  kel_test_close_window (window);
}

/* A rule's link jumps to its article and closes the window; Back returns. */
static void
test_link_jumps (void)
{
  g_autoptr(KelDocument) doc = kel_document_new_bundled (NULL);
  KelWindow *window = kel_test_open_window (app, doc, 1200);
  KelParticularsWindow *about = open_particulars (window);
  GtkWidget *label = find_link (GTK_WIDGET (about), "kelisim:art_12__para_4");
  gboolean handled = FALSE;

  g_assert_nonnull (label);
  g_assert_false (kel_test_top_is_within (window, "art_12__para_4"));
  g_signal_emit_by_name (label, "activate-link", "kelisim:art_12__para_4", &handled);
  g_assert_true (handled);
  kel_test_settle (50);
  g_assert_null (g_object_get_data (G_OBJECT (window), "kel-particulars-window"));
  g_assert_true (kel_test_wait_for_top (window, "art_12__para_4"));

  /* a link that leads nowhere leaves the window open and the reader put */
  about = open_particulars (window);
  g_assert_false (kel_particulars_window_follow (about, "https://example.org/"));
  g_assert_false (kel_particulars_window_follow (about, "kelisim:no_such_eid"));
  g_assert_true (g_object_get_data (G_OBJECT (window), "kel-particulars-window") == about);
  kel_test_close_window (window);
}

/* Another edition shows its own facts, and says what it does not state. */
static void
test_other_edition (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "bilateral.akn.xml", NULL);
  g_autofree char *minimal_path = g_build_filename (g_getenv ("KELISIM_SOURCE_DIR"), "tests", "data", "hostile", "minimal.akn.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) minimal_file = g_file_new_for_path (minimal_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = kel_document_new_from_files (file, NULL, &error);
  g_autoptr(KelDocument) minimal = NULL;
  KelWindow *window;
  KelParticularsWindow *about;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  g_assert_no_error (error);
  window = kel_test_open_window (app, doc, 1200);
  about = open_particulars (window);
  text = kel_particulars_window_get_text (about);
  assert_shows (text, "Бірінші Тараптың Үкіметі");
  assert_shows (text, "2020-01-01");
  assert_shows (text, "Not stated in this edition");
  g_assert_null (strstr (text, "Екатеринбург"));
  g_assert_null (strstr (text, "Шанхай"));
  g_assert_null (strstr (text, "2009"));
  kel_test_close_window (window);

  minimal = kel_document_new_from_files (minimal_file, NULL, &error);
  g_assert_no_error (error);
  window = kel_test_open_window (app, minimal, 1200);
  about = open_particulars (window);
  text2 = kel_particulars_window_get_text (about);
  assert_shows (text2, "Not stated in this edition\nNot stated in this edition\n");
  g_assert_null (strstr (text2, "Language:"));
  kel_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  kel_test_gtk_init (&argc, &argv);
  app = kel_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);

  g_test_add_func ("/particulars-window/reachable", test_reachable);
  g_test_add_func ("/particulars-window/bundled", test_bundled);
  g_test_add_func ("/particulars-window/term-language", test_term_language);
  g_test_add_func ("/particulars-window/link-jumps", test_link_jumps);
  g_test_add_func ("/particulars-window/other-edition", test_other_edition);

  return kel_test_app_run (&app);
}
