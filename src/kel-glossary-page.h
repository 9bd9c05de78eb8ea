/* kel-glossary-page.h — the sidebar's glossary: the defined terms and their pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kel-browse-page.h"
#include "kel-term.h"

G_BEGIN_DECLS

#define KEL_TYPE_GLOSSARY_PAGE (kel_glossary_page_get_type ())
G_DECLARE_FINAL_TYPE (KelGlossaryPage, kel_glossary_page, KEL, GLOSSARY_PAGE, KelBrowsePage)

void           kel_glossary_page_set_document          (KelGlossaryPage *self,
                                                        KelDocument     *document);
KelDocument   *kel_glossary_page_get_document          (KelGlossaryPage *self);
void           kel_glossary_page_set_lang              (KelGlossaryPage *self,
                                                        KelLang          lang);
KelLang        kel_glossary_page_get_lang              (KelGlossaryPage *self);
void           kel_glossary_page_set_order             (KelGlossaryPage *self,
                                                        gboolean         alphabetical);
gboolean       kel_glossary_page_get_order             (KelGlossaryPage *self);

void           kel_glossary_page_set_filter            (KelGlossaryPage *self,
                                                        const char      *text);
const char    *kel_glossary_page_get_filter            (KelGlossaryPage *self);
const char    *kel_glossary_page_get_placeholder_text  (KelGlossaryPage *self);

void           kel_glossary_page_show_term             (KelGlossaryPage *self,
                                                        KelTerm         *term);
KelTerm       *kel_glossary_page_get_term              (KelGlossaryPage *self);
char          *kel_glossary_page_get_headword_text     (KelGlossaryPage *self);
const char    *kel_glossary_page_get_definition_text   (KelGlossaryPage *self);
char          *kel_glossary_page_get_related_text      (KelGlossaryPage *self);
guint          kel_glossary_page_get_n_occurrence_rows (KelGlossaryPage *self);
char          *kel_glossary_page_get_occurrence_text   (KelGlossaryPage *self,
                                                        guint            index);
void           kel_glossary_page_activate_occurrence_row (KelGlossaryPage *self,
                                                        guint            index);

G_END_DECLS
