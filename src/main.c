/* main.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kel-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KelApplication) app = NULL;

  /* before anything is translated: --help's summary is, before GTK starts */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kel_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
