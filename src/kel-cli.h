/* kel-cli.h — the command line: what the model knows, without a window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const GOptionEntry kel_cli_entries[];

int kel_cli_run (GVariantDict *options);

G_END_DECLS
