/* kel-app.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

typedef struct _KelApp KelApp;

KelApp *kel_app_new (void);
