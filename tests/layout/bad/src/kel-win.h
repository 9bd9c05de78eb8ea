/* kel-win.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

typedef struct _KelWin KelWin;

/**
 * kel_win_new:
 * @app: (nullable): the application
 *
 * Returns: a window
 */
KelWin *kel_win_new   (void *app);

/* the window's title, also described here: a comment of its own */
const char *kel_win_title (KelWin *win);
void        kel_win_close (KelWin *win);
