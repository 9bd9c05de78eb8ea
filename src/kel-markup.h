/* kel-markup.h — the edition's text and labels as GtkLabel markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-document.h"
#include "kel-term.h"

G_BEGIN_DECLS

/* languages */

GtkWidget *kel_row_label_new          (const char  *text);
void      kel_label_set_language      (GtkLabel    *label,
                                       KelLang      lang);
char     *kel_markup_in_language      (const char  *text,
                                       KelLang      lang);

/* names of terms and threats */

const char *kel_markup_name_or_kazakh (const char  *name,
                                       const char  *kazakh,
                                       KelLang      lang,
                                       KelLang     *shown);
const char *kel_markup_term_name      (KelTerm     *term,
                                       KelLang      lang,
                                       KelLang     *shown);

/* the agreement's text, its term links */

char     *kel_markup_term_link        (KelTerm     *term,
                                       KelLang      lang);
KelTerm  *kel_markup_lookup_link      (KelDocument *document,
                                       const char  *uri);
char     *kel_markup_text_with_links  (KelDocument *document,
                                       guint        start,
                                       guint        end,
                                       KelLang      lang);

G_END_DECLS
