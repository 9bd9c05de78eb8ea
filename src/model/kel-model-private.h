/* kel-model-private.h — what the model's files share: messages, error cleaning, particulars
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Error messages are interface text: translated in the application's
 * domain (GETTEXT_PACKAGE, from config.h), never in the term language. */
#include "config.h"
#include <glib/gi18n-lib.h>

#include "kel-document.h"

#include <libxml/tree.h>

G_BEGIN_DECLS

void       kel_error_clean              (GError         *error);

void       kel_particulars_read         (KelDocument    *doc,
                                         xmlNode        *act);

G_END_DECLS
