/* kel-app.c — needs kel-win.h, and kel-win.c needs kel-app.h: a cycle
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-app.h"
#include "kel-win.h"

KelApp *
kel_app_new (void)
{
  return (KelApp *) kel_win_new (NULL);
}
