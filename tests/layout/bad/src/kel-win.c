/* kel-win.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-win.h"
#include "kel-app.h"

/**
 * kel_win_new:
 * @app: (nullable): the application
 *
 * Returns: a window
 */
KelWin *
kel_win_new (void *app)
{
  return app;
}

/**
 * kel_win_title:
 * @win: a window
 *
 * Returns: its title
 */
const char *
kel_win_title (KelWin *win)
{
  return "";
}

/**
 * kel_win_new_for_app:
 *
 * A comment for another function, right above kel_win_close.
 */
void
kel_win_close (KelWin *win)
{
}
