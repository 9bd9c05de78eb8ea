/* kel-application.c — the application: command line, actions, style
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kel-application.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kel-cli.h"
#include "kel-error.h"
#include "kel-resolve.h"
#include "kel-style.h"
#include "kel-trace.h"
#include "kel-window.h"

struct _KelApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  KelStyle       *style;
  KelDocument    *bundled;
  GThread        *loader;       /* loads the first document during start-up */
  GError         *load_error;
  /* the edition the command line names, which the loader reads instead of
   * the bundled agreement (kel_application_handle_local_options) */
  GFile          *first_edition;
  GFile          *first_termbase;
  KelDocument    *first_doc;
  GError         *first_error;
};

G_DEFINE_FINAL_TYPE (KelApplication, kel_application, GTK_TYPE_APPLICATION)

static const GOptionEntry gui_entries[] = {
  { "goto", 'g', 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the window at the place TEXT names: an eId, a citation such as “5-бап, 2-тармақ” or “ст. 5 п. 2”, or a term"), N_("TEXT") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[EID|kelisim:EID|FILE.xml [TERMBASE.tbx]]") },
  { NULL }
};

/**
 * kel_application_new:
 *
 * Returns: (transfer full): the application, which handles its command
 *   line (the options of kel-cli.c and --goto) and opens files and
 *   kelisim: links it is activated with
 */
KelApplication *
kel_application_new (void)
{
  return g_object_new (KEL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       /* HANDLES_OPEN: a desktop that activates the
                        * application over D-Bus opens kelisim: links and
                        * files through GApplication's "open" */
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * kel_application_get_settings:
 * Returns: (transfer none): the application's settings
 */
GSettings *
kel_application_get_settings (KelApplication *self)
{
  g_return_val_if_fail (KEL_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* The document model is immutable once built, so the first document can
 * load in a thread while GTK starts (the display, the theme, the icons);
 * the window takes it when it needs it.  That is the edition the command
 * line names, or else the bundled agreement. */
static gpointer
load_first (gpointer data)
{
  KelApplication *self = data;

  kel_trace_mark ("load-start");
  if (self->first_edition != NULL)
    self->first_doc = kel_document_new_from_files (self->first_edition, self->first_termbase, &self->first_error);
  else
    self->bundled = kel_document_new_bundled (&self->load_error);
  kel_trace_mark ("load-end");
  return NULL;
}

static void
join_loader (KelApplication *self)
{
  if (self->loader != NULL)
    g_thread_join (g_steal_pointer (&self->loader));
}

static KelDocument *
get_bundled (KelApplication  *self,
             GError         **error)
{
  join_loader (self);
  if (self->load_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->load_error));
      kel_trace_mark ("edition");
      return NULL;
    }
  if (self->bundled == NULL)
    self->bundled = kel_document_new_bundled (error);
  kel_trace_mark ("edition");
  return self->bundled ? g_object_ref (self->bundled) : NULL;
}

/* The edition @edition with @termbase as the loader read it during
 * start-up, or (nothing, no error) NULL when it read other files. */
static KelDocument *
take_first_edition (KelApplication  *self,
                    GFile           *edition,
                    GFile           *termbase,
                    GError         **error)
{
  gboolean same;

  join_loader (self);
  same = self->first_edition != NULL && g_file_equal (edition, self->first_edition)
         && (termbase == NULL ? self->first_termbase == NULL
                              : self->first_termbase != NULL && g_file_equal (termbase, self->first_termbase));
  g_clear_object (&self->first_edition);
  g_clear_object (&self->first_termbase);
  if (!same)
    {
      g_clear_object (&self->first_doc);
      g_clear_error (&self->first_error);
      return NULL;
    }
  kel_trace_mark ("edition");
  if (self->first_error != NULL)
    g_propagate_error (error, g_steal_pointer (&self->first_error));
  return g_steal_pointer (&self->first_doc);
}

/* The application icon, which X11 gets rendered at several sizes
 * (_NET_WM_ICON), is set once the window has painted its first frame:
 * the reader sees the text that much sooner, the task switcher the icon
 * a moment later. */
static void
set_icon_after_paint (GdkFrameClock *clock,
                      GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, set_icon_after_paint, window);
  gtk_window_set_default_icon_name (APP_ID);
  gtk_window_set_icon_name (window, APP_ID);
}

static void
set_icon_on_map (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, set_icon_on_map, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (set_icon_after_paint), window, 0);
}

/* The window, made with the bundled agreement in it when @with_bundled
 * (without a document when the command line opens another edition). */
static KelWindow *
get_window (KelApplication *self,
            gboolean        with_bundled)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KelDocument) doc = with_bundled ? get_bundled (self, &error) : NULL;

      window = GTK_WINDOW (kel_window_new (GTK_APPLICATION (self), self->settings));
      g_signal_connect (window, "map", G_CALLBACK (set_icon_on_map), NULL);
      if (doc != NULL)
        kel_window_set_document (KEL_WINDOW (window), doc);
      else if (with_bundled)
        kel_window_show_error (KEL_WINDOW (window), error->message);
      kel_trace_mark ("window");
    }
  return KEL_WINDOW (window);
}

/* The bundled agreement in a window that shows no document yet: behind an
 * edition that did not open. */
static void
ensure_document (KelApplication *self,
                 KelWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KelDocument) doc = NULL;

  if (kel_window_get_document (window) != NULL)
    return;
  doc = get_bundled (self, &error);
  if (doc != NULL)
    kel_window_set_document (window, doc);
  else
    kel_window_show_error (window, error->message);
}

static void
kel_application_activate (GApplication *app)
{
  KelWindow *window = get_window (KEL_APPLICATION (app), TRUE);

  kel_window_restore_position (window);
  kel_trace_mark ("present");
  gtk_window_present (GTK_WINDOW (window));
}

/* "kelisim:art_3__para_2" or "art_3__para_2": an eId, not a file */
static gboolean
looks_like_eid (const char *arg)
{
  if (g_str_has_prefix (arg, "kelisim:"))
    return TRUE;
  if (strchr (arg, '/') != NULL || strchr (arg, '.') != NULL)
    return FALSE;
  for (const char *p = arg; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return *arg != '\0';
}

/* What a command line asks the window for: a place, an edition and its
 * termbase, from the options and the arguments. */
static void
requested (GVariantDict  *options,
           char         **goto_eid,
           char         **edition,
           char         **termbase)
{
  g_auto(GStrv) rest = NULL;

  g_variant_dict_lookup (options, "goto", "s", goto_eid);
  g_variant_dict_lookup (options, "edition", "^ay", edition);
  g_variant_dict_lookup (options, "termbase", "^ay", termbase);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &rest);

  for (guint i = 0; rest && rest[i]; i++)
    {
      if (*goto_eid == NULL && looks_like_eid (rest[i]))
        *goto_eid = g_strdup (g_str_has_prefix (rest[i], "kelisim:") ? rest[i] + 8 : rest[i]);
      else if (*edition == NULL)
        *edition = g_strdup (rest[i]);
      else if (*termbase == NULL)
        *termbase = g_strdup (rest[i]);
    }
}

static int
kel_application_command_line (GApplication            *app,
                              GApplicationCommandLine *cmdline)
{
  KelApplication *self = KEL_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *goto_eid = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *termbase = NULL;
  KelWindow *window;

  requested (options, &goto_eid, &edition, &termbase);

  window = get_window (self, edition == NULL);
  if (edition != NULL)
    {
      g_autoptr(GFile) efile = g_application_command_line_create_file_for_arg (cmdline, edition);
      g_autoptr(GFile) tfile = termbase ? g_application_command_line_create_file_for_arg (cmdline, termbase) : NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KelDocument) doc = take_first_edition (self, efile, tfile, &error);

      if (doc == NULL && error == NULL)
        doc = kel_document_new_from_files (efile, tfile, &error);
      if (doc == NULL)
        {
          g_application_command_line_printerr (cmdline, "kelisim: %s\n", error->message);
          ensure_document (self, window);
          kel_window_show_open_error (window, efile, tfile, error);
        }
      else
        {
          if (kel_document_get_notices (doc) != NULL)
            for (const char * const *n = kel_document_get_notices (doc); *n; n++)
              g_application_command_line_printerr (cmdline, "kelisim: %s\n", *n);
          kel_window_show_edition (window, doc);
        }
    }

  if (goto_eid != NULL)
    {
      /* a citation or a term as well as an eId: "--goto 'ст. 5 п. 2'" */
      KelDocument *doc = kel_window_get_document (window);
      const KelNode *node = doc ? kel_document_resolve (doc, goto_eid, NULL, NULL) : NULL;

      kel_window_goto (window, node ? node->eid : goto_eid, TRUE);
    }
  else
    kel_window_restore_position (window);
  kel_trace_mark ("present");
  gtk_window_present (GTK_WINDOW (window));
  return 0;
}

/* kelisim:EID links (the citation's link, registered as the scheme's
 * handler by the desktop file) and edition files, from D-Bus activation */
static void
kel_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  KelWindow *window = get_window (KEL_APPLICATION (app), TRUE);
  const char *goto_eid = NULL;
  g_autofree char *uri = NULL;
  GFile *edition = NULL, *termbase = NULL;

  for (int i = 0; i < n_files; i++)
    {
      if (g_file_has_uri_scheme (files[i], "kelisim"))
        {
          if (goto_eid == NULL)
            {
              uri = g_file_get_uri (files[i]);
              goto_eid = uri;
            }
        }
      else if (edition == NULL)
        edition = files[i];
      else if (termbase == NULL)
        termbase = files[i];
    }
  if (edition != NULL)
    kel_window_open_files (window, edition, termbase);
  if (goto_eid != NULL)
    kel_window_goto (window, goto_eid, TRUE);
  gtk_window_present (GTK_WINDOW (window));
}

static int
kel_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  KelApplication *self = KEL_APPLICATION (app);
  int status = kel_cli_run (options);

  /* -1: no command-line-only option; go on and open the window.  An
   * edition it names loads in a thread while GTK starts, if this process
   * becomes the application (kel_application_startup). */
  if (status == -1)
    {
      g_autofree char *goto_eid = NULL;
      g_autofree char *edition = NULL;
      g_autofree char *termbase = NULL;

      requested (options, &goto_eid, &edition, &termbase);
      g_clear_object (&self->first_edition);
      g_clear_object (&self->first_termbase);
      if (edition != NULL)
        {
          self->first_edition = g_file_new_for_commandline_arg (edition);
          self->first_termbase = termbase ? g_file_new_for_commandline_arg (termbase) : NULL;
        }
    }
  return status;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* closing the windows lets each save its state */
  for (GList *l = windows; l != NULL;)
    {
      GList *next = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }
  g_application_quit (G_APPLICATION (app));
}

/* The publisher's line of the edition shown, as the edition has it (its
 * paragraph of class "publisher"), or NULL when it names none. */
static char *
publisher_credit (KelDocument *doc)
{
  if (doc == NULL)
    return NULL;
  for (guint i = 0; i < kel_document_get_n_blocks (doc); i++)
    {
      const KelBlock *block = kel_document_get_block (doc, i);

      if (g_strcmp0 (block->klass, "publisher") == 0)
        return kel_document_get_block_text (doc, block);
    }
  return NULL;
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "Kelisim developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (app);
  KelDocument *doc = KEL_IS_WINDOW (parent) ? kel_window_get_document (KEL_WINDOW (parent)) : NULL;
  g_autofree char *publisher = publisher_credit (doc);
  GtkWidget *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", parent,
                        "modal", TRUE,
                        "destroy-with-parent", TRUE,
                        "program-name", "Kelisim",
                        "logo-icon-name", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("A reader for the SCO agreement on international information security (Yekaterinburg, 16 June 2009), in its official Kazakh text, with its defined terms, threats and their Russian and Chinese equivalents."),
                        "website", "https://github.com/kelisim/kelisim",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "authors", developers,
                        "copyright", "© 2026 Kelisim developers",
                        /* Translators: your names, one a line; the About window lists them */
                        "translator-credits", _("translator-credits"),
                        NULL);
  /* the source of the text, as the edition names it */
  if (publisher != NULL)
    {
      const char *people[] = { publisher, NULL };

      gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Text of the agreement"), people);
    }
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.go-to", { "<Control>l", NULL } },
  { "win.highlight::yellow", { "<Control>h", NULL } },
  { "win.add-note", { "<Control>m", NULL } },
  { "win.add-bookmark", { "<Control>d", NULL } },
  { "win.undo-delete", { "<Control>z", NULL } },
  { "win.find-next", { "F3", NULL } },
  { "win.find-previous", { "<Shift>F3", NULL } },
  { "win.copy-citation", { "<Control><Shift>c", NULL } },
  { "win.help", { "F1", NULL } },
  { "win.main-menu", { "F10", NULL } },
  { "win.back", { "<Alt>Left", "Back", NULL } },
  { "win.forward", { "<Alt>Right", "Forward", NULL } },
  { "win.sidebar-visible", { "F9", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "win.zoom-out", { "<Control>minus", NULL } },
  { "win.zoom-reset", { "<Control>0", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.term-language::kk", { "<Control>1", NULL } },
  { "win.term-language::ru", { "<Control>2", NULL } },
  { "win.term-language::zh", { "<Control>3", NULL } },
  { "win.sidebar-page::contents", { "<Alt>1", NULL } },
  { "win.sidebar-page::glossary", { "<Alt>2", NULL } },
  { "win.sidebar-page::threats", { "<Alt>3", NULL } },
};

static void
kel_application_startup (GApplication *app)
{
  KelApplication *self = KEL_APPLICATION (app);
  g_autoptr(GAction) scheme = NULL;

  /* before GTK's own start-up, which it overlaps */
  self->loader = g_thread_new ("kel-load", load_first, self);
  G_APPLICATION_CLASS (kel_application_parent_class)->startup (app);

  g_set_application_name ("Kelisim");

  self->settings = g_settings_new (APP_ID);
  self->style = kel_style_new (self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (app), scheme);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
kel_application_finalize (GObject *object)
{
  KelApplication *self = KEL_APPLICATION (object);

  join_loader (self);
  g_clear_error (&self->load_error);
  g_clear_object (&self->first_edition);
  g_clear_object (&self->first_termbase);
  g_clear_object (&self->first_doc);
  g_clear_error (&self->first_error);
  g_clear_object (&self->bundled);
  g_clear_object (&self->style);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kel_application_parent_class)->finalize (object);
}

static void
kel_application_class_init (KelApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kel_application_finalize;
  app_class->activate = kel_application_activate;
  app_class->startup = kel_application_startup;
  app_class->command_line = kel_application_command_line;
  app_class->open = kel_application_open;
  app_class->handle_local_options = kel_application_handle_local_options;
}

static void
kel_application_init (KelApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), kel_cli_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), gui_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
      _("Read the SCO agreement on international information security in Kazakh.\n"
        "Without an option below, the reader window opens."));
}
