/* test-ui-language.c — the interface speaks the desktop's language
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tests/gui-wrapper.sh).  Each test starts a fresh process
 * with LANGUAGE set, binds the text domain to the catalogues built in the
 * build tree (<build>/po/<lang>/LC_MESSAGES/kelisim.mo), opens the real
 * window on the bundled agreement and reads what a reader sees: a sidebar
 * page's name, the first item of the main menu, the search button's
 * tooltip, and strings that the C code translates (one of them a plural).
 * A separate process per language keeps gettext's caches of one language
 * out of the next.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "kel-application.h"
#include "kel-glossary-page.h"
#include "kel-search-bar.h"
#include "kel-window.h"
#include "kel-window-private.h"
#include "kel-test-gtk.h"

typedef struct
{
  const char *language;       /* LANGUAGE, or NULL for none */
  const char *locale;         /* LC_ALL, from KELISIM_TEST_LOCPATH if not C */
  const char *glossary;       /* the "Glossary" sidebar page's title */
  const char *first_item;     /* the main menu's first item, mnemonic kept */
  const char *search_tooltip; /* the header bar's search button */
  const char *no_term;        /* the glossary filter finds nothing: "zzz" */
  const char *matches[3];     /* "%u match": the noun in each plural form */
  guint       (*plural) (gulong n);
} Expected;

static guint
plural_en (gulong n)
{
  return n == 1 ? 0 : 1;
}

static guint
plural_ru (gulong n)
{
  return n % 10 == 1 && n % 100 != 11 ? 0
       : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2;
}

static const Expected kazakh = {
  "kk", "kk_KZ.UTF-8", "Терминдер сөздігі", "Басылымды _ашу…", "Іздеу (Ctrl+F)",
  "«zzz» сұрауына сәйкес термин жоқ",
  { "сәйкестік", "сәйкестік" }, plural_en,
};

static const Expected russian = {
  "ru", "ru_RU.UTF-8", "Глоссарий", "_Открыть издание…", "Поиск (Ctrl+F)",
  "Нет терминов, соответствующих «zzz»",
  { "совпадение", "совпадения", "совпадений" }, plural_ru,
};

static const Expected english = {
  NULL, "C.UTF-8", "Glossary", "_Open Edition…", "Search (Ctrl+F)",
  "No term matches “zzz”",
  { "match", "matches" }, plural_en,
};

/* Depth first: the first widget under @root that @match accepts. */
static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *))
{
  if (match (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_main_menu_button (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static gboolean
is_search_button (GtkWidget *widget)
{
  return GTK_IS_TOGGLE_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "edit-find-symbolic") == 0;
}

/* The label of the first item of the first section of @menu. */
static char *
first_item_label (GMenuModel *menu)
{
  g_autoptr(GMenuModel) section = NULL;
  char *label = NULL;

  g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_nonnull (section);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

/* In the subprocess: what the window shows with LANGUAGE=expected->language. */
static void
check_window (const Expected *expected)
{
  const char *build_dir = g_getenv ("KELISIM_BUILD_DIR");
  g_autofree char *locale_dir = NULL;
  g_autofree char *catalogue = NULL;
  g_autoptr(KelApplication) app = NULL;
  g_autoptr(KelDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *item = NULL;
  g_autofree char *matches_text = NULL;
  KelWindow *window;
  GtkWidget *glossary;
  GtkWidget *stack;
  GtkWidget *stack_child;
  GtkWidget *menu_button;
  GtkWidget *search_button;
  KelSearchBar *bar;
  GArray *matches;

  g_assert_nonnull (build_dir);
  locale_dir = g_build_filename (build_dir, "po", NULL);
  if (expected->language != NULL)
    {
      /* meson writes each catalogue where bindtextdomain looks for it */
      catalogue = g_build_filename (locale_dir, expected->language, "LC_MESSAGES",
                                    GETTEXT_PACKAGE ".mo", NULL);
      if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
        g_error ("%s is not built: is %s in po/LINGUAS?", catalogue, expected->language);
      g_setenv ("LANGUAGE", expected->language, TRUE);
    }
  else
    g_unsetenv ("LANGUAGE");

  /* As main.c does, with the build tree's catalogues, in a locale of the
   * language: gettext ignores LANGUAGE in C and, since glibc 2.43, in
   * C.UTF-8.  The locale is compiled into the build tree (make-locales.sh),
   * so the test needs none that the machine lacks. */
  if (strcmp (expected->locale, "C.UTF-8") != 0)
    g_setenv ("LOCPATH", g_getenv ("KELISIM_TEST_LOCPATH"), TRUE);
  g_setenv ("LC_ALL", expected->locale, TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("cannot set the locale %s", expected->locale);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();

  app = kel_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  doc = kel_document_new_bundled (&error);
  g_assert_no_error (error);
  window = kel_window_new (GTK_APPLICATION (app), kel_application_get_settings (app));
  kel_window_set_document (window, doc);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  kel_test_wait_until (NULL, NULL, 200);

  /* The sidebar page "Glossary", from the window's template (the page is
   * made when first needed, in its place in the sidebar's stack). */
  glossary = kel_window_get_part (window, "glossary_page");
  stack = gtk_widget_get_ancestor (glossary, GTK_TYPE_STACK);
  g_assert_nonnull (stack);
  for (stack_child = glossary; gtk_widget_get_parent (stack_child) != stack; )
    stack_child = gtk_widget_get_parent (stack_child);
  g_object_get (gtk_stack_get_page (GTK_STACK (stack), stack_child), "title", &title, NULL);
  g_assert_cmpstr (title, ==, expected->glossary);

  /* The main menu's first item, from the menu model in the template (the
   * button gets it when first opened: read where the template keeps it). */
  menu_button = find_widget (GTK_WIDGET (window), is_main_menu_button);
  g_assert_nonnull (menu_button);
  item = first_item_label (G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), KEL_TYPE_WINDOW, "main_menu")));
  g_assert_cmpstr (item, ==, expected->first_item);

  /* An icon-only button's tooltip. */
  search_button = find_widget (GTK_WIDGET (window), is_search_button);
  g_assert_nonnull (search_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (search_button), ==, expected->search_tooltip);

  /* A message the C code formats: the glossary filter finds nothing. */
  kel_glossary_page_set_filter (KEL_GLOSSARY_PAGE (glossary), "zzz");
  g_assert_cmpuint (kel_sidebar_page_get_n_rows (KEL_SIDEBAR_PAGE (KEL_GLOSSARY_PAGE (glossary))), ==, 0);
  g_assert_cmpstr (kel_glossary_page_get_placeholder_text (KEL_GLOSSARY_PAGE (glossary)), ==, expected->no_term);

  /* A plural: the search bar's count of matches, in the right form. */
  bar = KEL_SEARCH_BAR (kel_window_get_part (window, "search_bar"));
  kel_search_bar_set_query (bar, "ресурс");
  kel_search_state_set_current (kel_window_get_search (window), -1);
  matches = kel_search_state_get_matches (kel_window_get_search (window));
  g_assert_cmpuint (matches->len, >, 1);
  matches_text = g_strdup_printf ("%u %s", matches->len, expected->matches[expected->plural (matches->len)]);
  g_assert_cmpstr (kel_search_state_get_status (kel_window_get_search (window)), ==, matches_text);

  gtk_window_destroy (GTK_WINDOW (window));
  kel_test_wait_until (NULL, NULL, 50);
}

/* Whether the locale @expected runs in is there: C.UTF-8 always is, the
 * others only if make-locales.sh could compile them. */
static gboolean
have_locale (const Expected *expected)
{
  const char *locpath = g_getenv ("KELISIM_TEST_LOCPATH");
  g_autofree char *compiled = NULL;

  if (strcmp (expected->locale, "C.UTF-8") == 0)
    return TRUE;
  if (locpath == NULL)
    return FALSE;
  compiled = g_build_filename (locpath, expected->locale, NULL);
  return g_file_test (compiled, G_FILE_TEST_IS_DIR);
}

static void
run (gconstpointer data)
{
  const Expected *expected = data;

  if (!have_locale (expected))
    {
      g_autofree char *why = g_strdup_printf ("locale %s could not be compiled "
                                              "(needs localedef and the Debian package locales)",
                                              expected->locale);
      g_test_skip (why);
      return;
    }
  if (g_test_subprocess ())
    {
      check_window (data);
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", g_getenv ("GSETTINGS_BACKEND") ? g_getenv ("GSETTINGS_BACKEND") : "memory", FALSE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/ui-language/kazakh", &kazakh, run);
  g_test_add_data_func ("/ui-language/russian", &russian, run);
  g_test_add_data_func ("/ui-language/untranslated", &english, run);

  return g_test_run ();
}
