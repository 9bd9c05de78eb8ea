/* print-pdf.h — what the print tests share: a PDF read back with
 * poppler-utils, and the passages they look for in it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Article 12's heading and the start of Annex 2's last threat. */
#define ART_12_HEADING "Қорытынды ережелер"
#define LAST_THREAT    "Жаһандық және ұлттық ақпараттық инфрақұрылымдардың"
#define ZH_GLOSS       "信息安全"

gboolean    have_poppler (void);
int         run          (const char * const *argv,
                          char              **out,
                          char              **err);
char       *pdf_text     (const char         *path);
char       *squeeze      (const char         *text);
char       *pdf_outline  (const char         *path);
char       *pdf_info     (const char         *path,
                          const char         *field);
GHashTable *pdf_fonts    (const char         *path);

G_END_DECLS
