/* kel-contents-page.c — the sidebar's table of contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per top-level part of the act: preamble, each article with its
 * heading, the signatures, each annex, and what follows the annexes.  Rows
 * speak the term language where the edition has labels for it.
 */
#include "config.h"

#include "kel-contents-page.h"
#include "kel-contents.h"
#include "kel-markup.h"

#include <glib/gi18n.h>

struct _KelContentsPage
{
  GtkWidget      parent_instance;

  GtkWidget     *list;
  KelDocument   *document;
  KelLang        lang;
  GPtrArray     *nodes;        /* const KelNode*, one per row */
  GArray        *levels;       /* guint, each row's nesting level */
  guint          n_built;      /* rows made so far; the rest come in idle time */
  guint          build_id;
  const KelNode *pending;      /* the part to highlight once its row exists */
  gboolean       updating;
};

/* The rows made before the first frame; a long act (hundreds of articles)
 * gets the others in batches when the main loop is idle. */
#define FIRST_ROWS 60
#define ROWS_PER_BATCH 200

G_DEFINE_FINAL_TYPE (KelContentsPage, kel_contents_page, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_NODE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


/* The title of an annex: its long title, in the term language if the
 * edition has it. */
static char *
annex_title (KelDocument   *doc,
             const KelNode *annex,
             KelLang        lang)
{
  const char *label = kel_document_get_node_label (doc, annex, lang, NULL);

  if (label != NULL)
    return g_strdup (label);
  for (guint i = annex->index + 1; i < kel_document_get_n_nodes (doc); i++)
    {
      const KelNode *n = kel_document_get_node (doc, i);

      if (n->depth <= annex->depth)
        break;
      if (n->kind == KEL_NODE_TITLE && n->n_blocks > 0)
        return kel_document_get_node_text (doc, n);
    }
  return NULL;
}

static gboolean
on_row_query_tooltip (GtkWidget  *row,
                      int         x,
                      int         y,
                      gboolean    keyboard,
                      GtkTooltip *tooltip,
                      gpointer    user_data)
{
  gtk_tooltip_set_text (tooltip, g_object_get_data (G_OBJECT (row), "kel-tooltip"));
  return TRUE;
}

static GtkWidget *
make_row (KelContentsPage *self,
          const KelNode   *node,
          guint            level)
{
  KelDocument *doc = self->document;
  /* an edition without labels in the term language: every row in the
   * document's own language, not "статья 1" beside a Kazakh heading */
  KelLang lang = self->lang == KEL_LANG_KK || kel_document_get_label (doc, "docType", self->lang, NULL) != NULL
                 ? self->lang : KEL_LANG_KK;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  /* a row starts with it: "Статья 2", not "статья 2" */
  g_autofree char *location = kel_document_get_location (doc, node, lang);
  g_autofree char *where = kel_markup_capitalise (location);
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *label;
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (kel_lang_to_pango (lang))));

  if (!kel_document_is_kazakh (doc))
    ;   /* another language: the location is its own num and heading */
  else if (node->kind == KEL_NODE_ARTICLE)
    {
      const char *heading = kel_document_get_node_label (doc, node, lang, NULL);

      title = g_strdup (heading ? heading : kel_document_get_node_label (doc, node, KEL_LANG_KK, NULL));
      if (heading == NULL && lang != KEL_LANG_KK)
        {
          /* no label in the term language: the row stays in one language,
           * the document's ("1-бап" with its Kazakh heading) */
          g_clear_pointer (&where, g_free);
          where = kel_document_get_location (doc, node, KEL_LANG_KK);
        }
    }
  else if (node->kind == KEL_NODE_ANNEX)
    title = annex_title (doc, node, lang);

  label = gtk_label_new (where);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  gtk_widget_add_css_class (label, title ? "caption-heading" : "contents-title");
  gtk_box_append (GTK_BOX (box), label);

  if (title != NULL)
    {
      label = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_attributes (GTK_LABEL (label), attrs);
      gtk_widget_add_css_class (label, "contents-title");
      gtk_box_append (GTK_BOX (box), label);
    }
  pango_attr_list_unref (attrs);

  gtk_widget_set_margin_start (box, 16 * MIN (level, 8));
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  accessible = title ? g_strdup_printf ("%s. %s", where, title) : g_strdup (where);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* the whole title for a title cut short; through ::query-tooltip, since
   * gtk_widget_set_tooltip_text() would make it the accessible description
   * too, and screen readers would say each row twice */
  g_object_set_data_full (G_OBJECT (row), "kel-tooltip", g_strdup (accessible), g_free);
  gtk_widget_set_has_tooltip (row, TRUE);
  g_signal_connect (row, "query-tooltip", G_CALLBACK (on_row_query_tooltip), NULL);
  return row;
}

static void kel_contents_page_set_current_internal (KelContentsPage *self, const KelNode *node);

static void
build_rows (KelContentsPage *self,
            guint            n)
{
  guint end = MIN (self->nodes->len, self->n_built + n);

  for (; self->n_built < end; self->n_built++)
    gtk_list_box_append (GTK_LIST_BOX (self->list),
                         make_row (self, g_ptr_array_index (self->nodes, self->n_built),
                                   g_array_index (self->levels, guint, self->n_built)));
}

static gboolean
build_more (gpointer user_data)
{
  KelContentsPage *self = user_data;

  build_rows (self, ROWS_PER_BATCH);
  if (self->pending != NULL)
    kel_contents_page_set_current_internal (self, self->pending);
  if (self->n_built < self->nodes->len)
    return G_SOURCE_CONTINUE;
  self->build_id = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild (KelContentsPage *self)
{
  GtkWidget *child;
  const KelNode *current = kel_contents_page_get_current (self);

  self->updating = TRUE;
  g_clear_handle_id (&self->build_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->nodes, 0);
  self->n_built = 0;

  g_clear_pointer (&self->levels, g_array_unref);
  if (self->document != NULL)
    {
      g_autoptr(GArray) contents = kel_document_get_contents (self->document);

      self->levels = g_array_sized_new (FALSE, FALSE, sizeof (guint), contents->len);
      for (guint i = 0; i < contents->len; i++)
        {
          const KelContentsEntry *entry = &g_array_index (contents, KelContentsEntry, i);

          g_ptr_array_add (self->nodes, (gpointer) entry->node);
          g_array_append_val (self->levels, entry->level);
        }
    }
  build_rows (self, FIRST_ROWS);
  if (self->n_built < self->nodes->len)
    self->build_id = g_idle_add_full (G_PRIORITY_LOW, build_more, self, NULL);
  self->updating = FALSE;
  kel_contents_page_set_current (self, current ? current : self->pending);
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  KelContentsPage *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->nodes->len)
    g_signal_emit (self, signals[ACTIVATE_NODE], 0, g_ptr_array_index (self->nodes, index));
}

void
kel_contents_page_set_document (KelContentsPage *self,
                                KelDocument     *document)
{
  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  if (g_set_object (&self->document, document))
    rebuild (self);
}

void
kel_contents_page_set_lang (KelContentsPage *self,
                            KelLang          lang)
{
  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  if (self->lang == lang)
    return;
  self->lang = lang;
  rebuild (self);
}

static void
kel_contents_page_set_current_internal (KelContentsPage *self,
                                        const KelNode   *node)
{
  GtkListBoxRow *row = NULL;
  int index = -1;

  /* the row of the last listed part that starts at or before the node */
  for (guint i = self->nodes->len; node != NULL && i > 0; i--)
    {
      const KelNode *n = g_ptr_array_index (self->nodes, i - 1);

      if (n->index <= node->index)
        {
          index = (int) i - 1;
          break;
        }
    }
  if (index >= (int) self->n_built)
    {
      self->pending = node;   /* highlighted once its row is made */
      return;
    }
  self->pending = NULL;
  if (index >= 0)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), index);
  if (row == gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list)))
    return;
  if (row == NULL)
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->list));
  else
    {
      /* following the reading must not take the focus from the text (a
       * screen reader would leave the text for the list) */
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
      if (focus != NULL && root != NULL && gtk_root_get_focus (root) != focus
          && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
        gtk_widget_grab_focus (focus);
    }
}

/**
 * kel_contents_page_set_current:
 * @node: (nullable): the node being read
 *
 * Highlights the row of the part that holds @node.
 */
void
kel_contents_page_set_current (KelContentsPage *self,
                               const KelNode   *node)
{
  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  if (self->document == NULL)
    return;
  kel_contents_page_set_current_internal (self, node);
}

/**
 * kel_contents_page_get_current:
 * Returns: (nullable): the node of the highlighted row
 */
const KelNode *
kel_contents_page_get_current (KelContentsPage *self)
{
  GtkListBoxRow *row;
  int index;

  g_return_val_if_fail (KEL_IS_CONTENTS_PAGE (self), NULL);
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));
  if (row == NULL)
    return NULL;
  index = gtk_list_box_row_get_index (row);
  return index >= 0 && (guint) index < self->nodes->len ? g_ptr_array_index (self->nodes, index) : NULL;
}

guint
kel_contents_page_get_n_rows (KelContentsPage *self)
{
  g_return_val_if_fail (KEL_IS_CONTENTS_PAGE (self), 0);
  return self->nodes->len;
}

/**
 * kel_contents_page_get_row_text:
 * Returns: (transfer full) (nullable): what row @index says
 */
char *
kel_contents_page_get_row_text (KelContentsPage *self,
                                guint            index)
{
  GtkListBoxRow *row;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KEL_IS_CONTENTS_PAGE (self), NULL);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) index);
  if (row == NULL)
    return g_string_free (out, TRUE);
  for (GtkWidget *box = gtk_list_box_row_get_child (row), *c = gtk_widget_get_first_child (box);
       c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, gtk_label_get_text (GTK_LABEL (c)));
    }
  return g_string_free (out, FALSE);
}

void
kel_contents_page_activate_row (KelContentsPage *self,
                                guint            index)
{
  GtkListBoxRow *row;

  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  if (index >= self->n_built)
    build_rows (self, index + 1 - self->n_built);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) index);
  if (row != NULL)
    g_signal_emit_by_name (self->list, "row-activated", row);
}

/**
 * kel_contents_page_grab_focus:
 *
 * Focuses the highlighted row, or the first.
 */
gboolean
kel_contents_page_grab_focus (KelContentsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), 0);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
kel_contents_page_dispose (GObject *object)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->build_id, g_source_remove);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_CONTENTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_contents_page_parent_class)->dispose (object);
}

static void
kel_contents_page_finalize (GObject *object)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (object);

  g_ptr_array_unref (self->nodes);
  g_clear_pointer (&self->levels, g_array_unref);
  G_OBJECT_CLASS (kel_contents_page_parent_class)->finalize (object);
}

static void
kel_contents_page_class_init (KelContentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_contents_page_dispose;
  object_class->finalize = kel_contents_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-contents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KelContentsPage, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * KelContentsPage::activate-node:
   * @node: (type gpointer): the KelNode of the activated row
   */
  signals[ACTIVATE_NODE] =
    g_signal_new ("activate-node", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
kel_contents_page_init (KelContentsPage *self)
{
  self->nodes = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}
