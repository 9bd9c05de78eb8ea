/* kel-glossary-page-private.h — what the files of KelGlossaryPage share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-glossary-page.h"

G_BEGIN_DECLS

struct _KelGlossaryPage
{
  KelBrowsePage  parent_instance;

  GtkWidget     *stack;
  GtkWidget     *filter_entry;
  GtkWidget     *list;
  GtkWidget     *placeholder;
  GtkWidget     *back_button;
  GtkWidget     *term_scroller;
  GtkWidget     *headwords_box;
  GtkWidget     *definition_label;
  GtkWidget     *related_box;
  GtkWidget     *uses_caption;
  GtkWidget     *uses_label;
  GtkWidget     *used_by_caption;
  GtkWidget     *used_by_label;
  GtkWidget     *occurrences_heading;
  GtkWidget     *occurrences_list;

  gboolean       alphabetical;
  char          *query;        /* the filter, stripped; NULL when blank */
  KelTerm       *term;         /* the term of the term page, or NULL */
  GPtrArray     *occurrences;  /* const KelSpan*, one per "Used in" row */
};

void           _kel_glossary_page_fill_term       (KelGlossaryPage *self);
void           _kel_glossary_page_relabel_term    (KelGlossaryPage *self);
const KelSpan *_kel_glossary_page_definition_span (KelTerm         *term);

G_END_DECLS
