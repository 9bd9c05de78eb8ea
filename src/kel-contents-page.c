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
#include "kel-location-row.h"
#include "kel-markup.h"
#include "kel-text.h"

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
  gboolean       deferred;     /* ...or once the hidden list shows again */
  gboolean       updating;
};

/* The rows made before the first frame; a long act (hundreds of articles)
 * gets the others in batches when the main loop is idle. */
#define FIRST_ROWS 60
#define ROWS_PER_BATCH 200

static void kel_contents_page_sidebar_page_init (KelSidebarPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KelContentsPage, kel_contents_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KEL_TYPE_SIDEBAR_PAGE, kel_contents_page_sidebar_page_init))

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
  GtkWidget *row;
  /* a row starts with it: "Статья 2", not "статья 2" */
  g_autofree char *location = kel_document_get_location (doc, node, lang);
  g_autofree char *where = kel_text_capitalise (location);
  g_autofree char *title = NULL;

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

  row = kel_location_row_new ();
  kel_location_row_set_location (KEL_LOCATION_ROW (row), where, lang);
  kel_location_row_set_title (KEL_LOCATION_ROW (row), title, lang);
  kel_location_row_set_level (KEL_LOCATION_ROW (row), level);
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

/**
 * kel_contents_page_set_document:
 * @document: (nullable): the document whose parts to list
 */
void
kel_contents_page_set_document (KelContentsPage *self,
                                KelDocument     *document)
{
  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  if (!g_set_object (&self->document, document))
    return;
  rebuild (self);
  g_object_notify (G_OBJECT (self), "document");
}

/**
 * kel_contents_page_get_document:
 * Returns: (transfer none) (nullable): the document whose parts the page lists
 */
KelDocument *
kel_contents_page_get_document (KelContentsPage *self)
{
  g_return_val_if_fail (KEL_IS_CONTENTS_PAGE (self), NULL);
  return self->document;
}

/**
 * kel_contents_page_set_lang:
 * @lang: the term language
 *
 * Rebuilds the rows in @lang; the highlighted part stays highlighted.
 */
void
kel_contents_page_set_lang (KelContentsPage *self,
                            KelLang          lang)
{
  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  g_return_if_fail (lang < KEL_N_LANGS);
  if (self->lang == lang)
    return;
  self->lang = lang;
  rebuild (self);
  g_object_notify (G_OBJECT (self), "term-language");
}

/**
 * kel_contents_page_get_lang:
 * Returns: the term language
 */
KelLang
kel_contents_page_get_lang (KelContentsPage *self)
{
  g_return_val_if_fail (KEL_IS_CONTENTS_PAGE (self), KEL_LANG_KK);
  return self->lang;
}

static void
on_map (KelContentsPage *self)
{
  if (self->deferred)
    kel_contents_page_set_current_internal (self, self->pending);
}

static void
kel_contents_page_set_current_internal (KelContentsPage *self,
                                        const KelNode   *node)
{
  GtkListBoxRow *row = NULL;
  int index = -1;

  /* a hidden list keeps its selection: Orca follows the selection of any
   * list, seen or not, away from the text being read */
  self->deferred = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->deferred)
    {
      self->pending = node;
      return;
    }
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

/* How many rows the contents has, including those still to be made in
 * idle time. */
static guint
get_n_rows (KelSidebarPage *page)
{
  return KEL_CONTENTS_PAGE (page)->nodes->len;
}

static char *
get_row_text (KelSidebarPage *page,
              guint           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (KEL_CONTENTS_PAGE (page)->list), (int) index);

  return row ? kel_location_row_get_text (KEL_LOCATION_ROW (row)) : NULL;
}

/* Activates row @index, as a click or Enter would, making the rows up to
 * it first if the idle build has not reached it yet. */
static void
activate_row (KelSidebarPage *page,
              guint           index)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (page);
  GtkListBoxRow *row;

  if (index >= self->n_built)
    build_rows (self, index + 1 - self->n_built);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) index);
  if (row != NULL)
    g_signal_emit_by_name (self->list, "row-activated", row);
}

/* Focuses the highlighted row, or the first. */
static gboolean
grab_focus (KelSidebarPage *page)
{
  GtkListBox *list = GTK_LIST_BOX (KEL_CONTENTS_PAGE (page)->list);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (list, 0);
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
kel_contents_page_sidebar_page_init (KelSidebarPageInterface *iface)
{
  iface->grab_focus = grab_focus;
  iface->get_n_rows = get_n_rows;
  iface->get_row_text = get_row_text;
  iface->activate_row = activate_row;
  iface->get_document = (gpointer) kel_contents_page_get_document;
  iface->set_document = (gpointer) kel_contents_page_set_document;
  iface->get_term_language = (gpointer) kel_contents_page_get_lang;
  iface->set_term_language = (gpointer) kel_contents_page_set_lang;
}

static void
kel_contents_page_class_init (KelContentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_contents_page_dispose;
  object_class->finalize = kel_contents_page_finalize;
  kel_sidebar_page_class_install_properties (object_class);

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
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}
