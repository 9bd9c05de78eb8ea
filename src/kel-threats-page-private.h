/* kel-threats-page-private.h — what the files of KelThreatsPage share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-threats-page.h"

G_BEGIN_DECLS

struct _KelThreatsPage
{
  KelBrowsePage  parent_instance;

  GtkWidget     *stack;
  GtkWidget     *list;
  GtkWidget     *back_button;
  GtkWidget     *threat_scroller;
  GtkWidget     *number_label;
  GtkWidget     *name_label;
  GtkWidget     *status_label;
  GtkWidget     *annex_caption;
  GtkWidget     *annex_label;
  GtkWidget     *article_caption;
  GtkWidget     *article_label;
  GtkWidget     *article_button;
  GtkWidget     *source_heading;
  GtkWidget     *source_label;
  GtkWidget     *signs_heading;
  GtkWidget     *signs_label;
  GtkWidget     *signs_list;
  GtkWidget     *terms_box;
  GtkWidget     *terms_label;

  KelThreat     *threat;       /* the threat of the threat page, or NULL */
  GPtrArray     *threats;      /* KelThreat*, one per row */
};

const char *_kel_threats_page_threat_name    (KelThreat      *threat,
                                              KelLang         lang,
                                              KelLang        *shown);
GtkWidget  *_kel_threats_page_wrapping_label (GtkWidget      *label);
void        _kel_threats_page_fill_names     (KelThreatsPage *self);
void        _kel_threats_page_fill_texts     (KelThreatsPage *self);

G_END_DECLS
