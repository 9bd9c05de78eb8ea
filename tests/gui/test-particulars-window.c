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

static KelWindow *
open_window (KelDocument *doc)
{
  KelWindow *window = kel_window_new (GTK_APPLICATION (app), kel_application_get_settings (app));

  kel_window_set_document (window, doc);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  kel_test_settle (300);
  return window;
}

typedef struct
{
  KelWindow  *window;
  const char *eid;
} TopWait;

static gboolean
top_reached (gpointer data)
{
  TopWait *w = data;
  KelDocument *doc = kel_window_get_document (w->window);
  KelDocumentView *view = KEL_DOCUMENT_VIEW (kel_window_get_view (w->window));

  for (const KelNode *n = kel_document_get_node_at (doc, kel_document_view_get_top_offset (view)); n; n = n->parent)
    if (g_str_equal (n->eid, w->eid))
      return TRUE;
  return FALSE;
}

static KelParticularsWindow *
open_particulars (KelWindow *window)
{
  KelParticularsWindow *about;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.about-agreement", NULL));
  kel_test_settle (100);
  about = g_object_get_data (G_OBJECT (window), "kel-particulars-window");
  g_assert_nonnull (about);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (about)));
  return about;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *name)
{
  for (int i = 0; menu && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, name))
        return TRUE;
      if (section != NULL && menu_has_action (section, name))
        return TRUE;
    }
  return FALSE;
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
  KelWindow *window = open_window (doc);
  GtkWidget *menu = find_menu_button (gtk_window_get_titlebar (GTK_WINDOW (window)));

  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu)), "win.about-agreement"));
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

/* Every fact of the bundled agreement, from its edition. */
static void
test_bundled (void)
{
  g_autoptr(KelDocument) doc = kel_document_new_bundled (NULL);
  KelWindow *window = open_window (doc);
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
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
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

  window = open_window (doc);
  g_settings_set_string (settings, "term-language", "ru");
  about = open_particulars (window);
  text = kel_particulars_window_get_text (about);
  assert_shows (text, "Вступление в силу: статья 12, пункт 1\n");
  g_settings_set_string (settings, "term-language", "kk");
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

/* A rule's link jumps to its article and closes the window; Back returns. */
static void
test_link_jumps (void)
{
  g_autoptr(KelDocument) doc = kel_document_new_bundled (NULL);
  KelWindow *window = open_window (doc);
  KelParticularsWindow *about = open_particulars (window);
  GtkWidget *label = find_link (GTK_WIDGET (about), "kelisim:art_12__para_4");
  TopWait w = { window, "art_12__para_4" };
  gboolean handled = FALSE;

  g_assert_nonnull (label);
  g_assert_false (top_reached (&w));
  g_signal_emit_by_name (label, "activate-link", "kelisim:art_12__para_4", &handled);
  g_assert_true (handled);
  kel_test_settle (50);
  g_assert_null (g_object_get_data (G_OBJECT (window), "kel-particulars-window"));
  g_assert_true (kel_test_wait_until (top_reached, &w, 4000));

  /* a link that leads nowhere leaves the window open and the reader put */
  about = open_particulars (window);
  g_assert_false (kel_particulars_window_follow (about, "https://example.org/"));
  g_assert_false (kel_particulars_window_follow (about, "kelisim:no_such_eid"));
  g_assert_true (g_object_get_data (G_OBJECT (window), "kel-particulars-window") == about);
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
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
  window = open_window (doc);
  about = open_particulars (window);
  text = kel_particulars_window_get_text (about);
  assert_shows (text, "Бірінші Тараптың Үкіметі");
  assert_shows (text, "2020-01-01");
  assert_shows (text, "Not stated in this edition");
  g_assert_null (strstr (text, "Екатеринбург"));
  g_assert_null (strstr (text, "Шанхай"));
  g_assert_null (strstr (text, "2009"));
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);

  minimal = kel_document_new_from_files (minimal_file, NULL, &error);
  g_assert_no_error (error);
  window = open_window (minimal);
  about = open_particulars (window);
  text2 = kel_particulars_window_get_text (about);
  assert_shows (text2, "Not stated in this edition\nNot stated in this edition\n");
  g_assert_null (strstr (text2, "Language:"));
  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_settle (50);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("GSETTINGS_BACKEND", g_getenv ("GSETTINGS_BACKEND") ? g_getenv ("GSETTINGS_BACKEND") : "memory", FALSE);
  kel_test_gtk_init (&argc, &argv);

  app = kel_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/particulars-window/reachable", test_reachable);
  g_test_add_func ("/particulars-window/bundled", test_bundled);
  g_test_add_func ("/particulars-window/term-language", test_term_language);
  g_test_add_func ("/particulars-window/link-jumps", test_link_jumps);
  g_test_add_func ("/particulars-window/other-edition", test_other_edition);

  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return status;
}
