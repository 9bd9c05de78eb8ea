/* kel-contents-page.c — the sidebar's table of contents
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document's parts as a tree (kel_document_get_contents()): the
 * agreement's preamble, articles, signatures and annexes in one level; the
 * books, parts, chapters and sections of a long act nested, the first
 * levels open, the rest made only when a reader opens them (a
 * GtkTreeListModel asks for a part's children when its row opens, and the
 * list view makes widgets only for the rows on screen).  Rows speak the
 * term language where the edition has labels for it.
 *
 * The part being read is marked with the "current" style class, and the
 * parts that hold it open; the list has no selection, because Orca reads
 * out any list whose selection changes, even while the reader is in the
 * text.
 */
#include "config.h"

#include "kel-contents-page.h"
#include "kel-contents.h"
#include "kel-contents-row.h"
#include "kel-markup.h"
#include "kel-text.h"

#include <glib/gi18n.h>

/* One listed part: its index in the page's entries.  The tree model holds
 * these; the rows read the entry for its node and level. */
#define KEL_TYPE_CONTENTS_ITEM (kel_contents_item_get_type ())
G_DECLARE_FINAL_TYPE (KelContentsItem, kel_contents_item, KEL, CONTENTS_ITEM, GObject)

struct _KelContentsItem
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (KelContentsItem, kel_contents_item, G_TYPE_OBJECT)

static void
kel_contents_item_class_init (KelContentsItemClass *klass)
{
}

static void
kel_contents_item_init (KelContentsItem *self)
{
}

static gpointer
item_new (guint index)
{
  KelContentsItem *item = g_object_new (KEL_TYPE_CONTENTS_ITEM, NULL);

  item->index = index;
  return item;
}

#define NO_ENTRY G_MAXUINT

struct _KelContentsPage
{
  GtkWidget         parent_instance;

  GtkWidget        *list;
  KelDocument      *document;
  KelLang           lang;
  GArray           *entries;   /* KelContentsEntry, in document order */
  guint            *parents;   /* each entry's parent entry, or NO_ENTRY */
  guint            *ordinals;  /* each entry's position among its siblings */
  gboolean          nested;    /* whether any entry holds others */
  GtkTreeListModel *tree;
  guint             current;   /* the entry being read, or NO_ENTRY */
};

/* The tree opens, level by level, as far as this many rows show (the
 * first level always): the chapters and parts of a constitution, all the
 * acts and scenes of a play. */
#define MAX_OPEN_ROWS 60

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

/* What the row of @node says: where (capitalised to head the row, "Статья
 * 2") and, for an article or annex of a Kazakh edition, its heading. */
static void
row_texts (KelContentsPage *self,
           const KelNode   *node,
           char           **where_out,
           char           **title_out,
           KelLang         *lang_out)
{
  KelDocument *doc = self->document;
  /* an edition without labels in the term language: every row in the
   * document's own language, not "статья 1" beside a Kazakh heading */
  KelLang lang = self->lang == KEL_LANG_KK || kel_document_get_label (doc, "docType", self->lang, NULL) != NULL
                 ? self->lang : KEL_LANG_KK;
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

  *where_out = g_steal_pointer (&where);
  *title_out = g_steal_pointer (&title);
  *lang_out = lang;
}

static const KelContentsEntry *
entry_at (KelContentsPage *self,
          guint            index)
{
  return &g_array_index (self->entries, KelContentsEntry, index);
}

/* The entry a tree row shows, or NO_ENTRY */
static guint
row_entry (KelContentsPage *self,
           GtkTreeListRow  *list_row)
{
  g_autoptr(GObject) item = list_row ? gtk_tree_list_row_get_item (list_row) : NULL;

  if (!KEL_IS_CONTENTS_ITEM (item) || self->entries == NULL
      || KEL_CONTENTS_ITEM (item)->index >= self->entries->len)
    return NO_ENTRY;
  return KEL_CONTENTS_ITEM (item)->index;
}

static gboolean
has_children (KelContentsPage *self,
              guint            index)
{
  return index + 1 < self->entries->len && entry_at (self, index + 1)->level > entry_at (self, index)->level;
}

/* The parts right under entry @item, made when its row first opens. */
static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  KelContentsPage *self = user_data;
  guint index = KEL_CONTENTS_ITEM (item)->index;
  GListStore *children;
  guint level;

  if (self->entries == NULL || index >= self->entries->len || !has_children (self, index))
    return NULL;
  children = g_list_store_new (KEL_TYPE_CONTENTS_ITEM);
  level = entry_at (self, index)->level;
  for (guint i = index + 1; i < self->entries->len && entry_at (self, i)->level > level; i++)
    if (entry_at (self, i)->level == level + 1)
      {
        g_autoptr(GObject) child = item_new (i);
        g_list_store_append (children, child);
      }
  return G_LIST_MODEL (children);
}

/* The rows the list view has made: each GTK row widget holds one of ours. */
static KelContentsRow *
contents_row_of (GtkWidget *widget)
{
  GtkWidget *child = widget ? gtk_widget_get_first_child (widget) : NULL;

  return KEL_IS_CONTENTS_ROW (child) ? KEL_CONTENTS_ROW (child) : NULL;
}

static void
setup_row (GtkListItemFactory *factory,
           GtkListItem        *item,
           KelContentsPage    *self)
{
  gtk_list_item_set_child (item, kel_contents_row_new ());
}

static void
bind_row (GtkListItemFactory *factory,
          GtkListItem        *item,
          KelContentsPage    *self)
{
  KelContentsRow *row = KEL_CONTENTS_ROW (gtk_list_item_get_child (item));
  GtkTreeListRow *list_row = gtk_list_item_get_item (item);
  guint index = row_entry (self, list_row);
  g_autofree char *where = NULL, *title = NULL;
  KelLang lang;

  if (index == NO_ENTRY || self->document == NULL)
    return;
  row_texts (self, entry_at (self, index)->node, &where, &title, &lang);
  kel_contents_row_set_indent_for_icon (row, self->nested);
  kel_contents_row_set_list_row (row, list_row);
  kel_contents_row_set_text (row, where, title, lang);
  kel_contents_row_set_current (row, index == self->current);
}

static void
unbind_row (GtkListItemFactory *factory,
            GtkListItem        *item,
            KelContentsPage    *self)
{
  KelContentsRow *row = KEL_CONTENTS_ROW (gtk_list_item_get_child (item));

  kel_contents_row_set_list_row (row, NULL);
  kel_contents_row_set_current (row, FALSE);
}

/* Opens the first level, and the next ones while the rows stay few. */
static void
open_first_levels (KelContentsPage *self)
{
  g_autofree guint *count = NULL;
  guint max_level = 0, open = 0, shown;

  for (guint i = 0; i < self->entries->len; i++)
    max_level = MAX (max_level, entry_at (self, i)->level);
  count = g_new0 (guint, max_level + 2);
  for (guint i = 0; i < self->entries->len; i++)
    count[entry_at (self, i)->level]++;
  shown = count[0];
  if (count[1] > 0)
    {
      open = 1;
      shown += count[1];
    }
  while (open > 0 && count[open + 1] > 0 && shown + count[open + 1] <= MAX_OPEN_ROWS)
    shown += count[++open];

  for (guint pos = 0; open > 0 && pos < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); pos++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, pos);

      if (gtk_tree_list_row_get_depth (row) < open)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
rebuild (KelContentsPage *self)
{
  g_autoptr(GListStore) top = NULL;
  g_autofree guint *last_at_level = NULL;
  g_autofree guint *n_children = NULL;
  GtkNoSelection *selection;
  guint n_top = 0;

  gtk_list_view_set_model (GTK_LIST_VIEW (self->list), NULL);
  g_clear_object (&self->tree);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->parents, g_free);
  g_clear_pointer (&self->ordinals, g_free);
  self->current = NO_ENTRY;
  self->nested = FALSE;
  if (self->document == NULL)
    return;

  /* each entry's parent and place among its siblings, to find its row */
  self->entries = kel_document_get_contents (self->document);
  self->parents = g_new (guint, self->entries->len + 1);
  self->ordinals = g_new0 (guint, self->entries->len + 1);
  last_at_level = g_new (guint, self->entries->len + 1);
  top = g_list_store_new (KEL_TYPE_CONTENTS_ITEM);
  n_children = g_new0 (guint, self->entries->len + 1);
  for (guint i = 0; i < self->entries->len; i++)
    {
      guint level = entry_at (self, i)->level;

      last_at_level[level] = i;
      self->parents[i] = level > 0 ? last_at_level[level - 1] : NO_ENTRY;
      if (level == 0)
        {
          g_autoptr(GObject) item = item_new (i);

          self->ordinals[i] = n_top++;
          g_list_store_append (top, item);
        }
      else
        {
          self->ordinals[i] = n_children[self->parents[i]]++;
          self->nested = TRUE;
        }
    }

  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (top)), FALSE, FALSE,
                                        create_children, self, NULL);
  open_first_levels (self);
  /* no selection: the part being read is marked, not selected (Orca
   * follows a list's selection, even from the text being read) */
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list), GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

static void
emit_activate (KelContentsPage *self,
               guint            position)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  guint index;

  if (self->tree == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->tree)))
    return;
  row = gtk_tree_list_model_get_row (self->tree, position);
  index = row_entry (self, row);
  if (index != NO_ENTRY)
    g_signal_emit (self, signals[ACTIVATE_NODE], 0, entry_at (self, index)->node);
}

static void
on_activate (GtkListView     *list,
             guint            position,
             KelContentsPage *self)
{
  emit_activate (self, position);
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
 * Shows the rows in @lang; what is open and what is marked stay.
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
  /* the rows on screen say it again; the others will when they show */
  for (GtkWidget *w = gtk_widget_get_first_child (self->list); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      KelContentsRow *row = contents_row_of (w);
      guint index = row ? row_entry (self, kel_contents_row_get_list_row (row)) : NO_ENTRY;
      g_autofree char *where = NULL, *title = NULL;
      KelLang row_lang;

      if (index == NO_ENTRY)
        continue;
      row_texts (self, entry_at (self, index)->node, &where, &title, &row_lang);
      kel_contents_row_set_text (row, where, title, row_lang);
    }
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

/* The row of entry @index, its ancestors opened so that it shows. */
static GtkTreeListRow *
reveal_entry (KelContentsPage *self,
              guint            index)
{
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (self->parents[index] == NO_ENTRY)
    return gtk_tree_list_model_get_child_row (self->tree, self->ordinals[index]);
  parent = reveal_entry (self, self->parents[index]);
  if (parent == NULL)
    return NULL;
  gtk_tree_list_row_set_expanded (parent, TRUE);
  return gtk_tree_list_row_get_child_row (parent, self->ordinals[index]);
}

/* Where the row of entry @index is in the list, once shown. */
static guint
reveal_position (KelContentsPage *self,
                 guint            index)
{
  g_autoptr(GtkTreeListRow) row = reveal_entry (self, index);

  return row != NULL ? gtk_tree_list_row_get_position (row) : GTK_INVALID_LIST_POSITION;
}

/* Puts the keyboard focus on the row at @position, scrolled into view. */
static gboolean
focus_position (KelContentsPage *self,
                guint            position)
{
  if (self->tree == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->tree)))
    return FALSE;
  /* also where GtkListBase keeps the row to focus */
  gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", position);
  for (GtkWidget *w = gtk_widget_get_first_child (self->list); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      KelContentsRow *row = contents_row_of (w);
      GtkTreeListRow *list_row = row ? kel_contents_row_get_list_row (row) : NULL;

      if (list_row != NULL && gtk_tree_list_row_get_position (list_row) == position)
        return gtk_widget_grab_focus (w);
    }
  return gtk_widget_grab_focus (self->list);
}

/* The focused row's tree row, if the focus is on a row of the list. */
static GtkTreeListRow *
focused_list_row (KelContentsPage *self)
{
  KelContentsRow *row = contents_row_of (gtk_widget_get_focus_child (self->list));

  return row != NULL ? kel_contents_row_get_list_row (row) : NULL;
}

/* Right (or +) opens the focused part, Left (or -) closes it, as in a
 * tree: Right on an open part goes to its first part, Left on a closed
 * one to the part that holds it.  With Shift, the arrows only open and
 * close, as GtkTreeExpander's own keys do. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KelContentsPage       *self)
{
  GtkTreeListRow *row = focused_list_row (self);
  gboolean rtl = gtk_widget_get_direction (self->list) == GTK_TEXT_DIR_RTL;
  gboolean open, arrow = FALSE;

  state &= gtk_accelerator_get_default_mod_mask ();
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (state & ~GDK_SHIFT_MASK)
        return FALSE;
      open = (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right) != rtl;
      arrow = (state & GDK_SHIFT_MASK) == 0;
      break;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_asterisk:
    case GDK_KEY_KP_Multiply:
      open = TRUE;
      break;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
    case GDK_KEY_slash:
    case GDK_KEY_KP_Divide:
      open = FALSE;
      break;
    default:
      return FALSE;
    }
  if ((state & ~GDK_SHIFT_MASK) != 0 || row == NULL)
    return FALSE;

  if (open && gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row))
    gtk_tree_list_row_set_expanded (row, TRUE);
  else if (open && arrow && gtk_tree_list_row_get_expanded (row))
    focus_position (self, gtk_tree_list_row_get_position (row) + 1);
  else if (!open && gtk_tree_list_row_get_expanded (row))
    gtk_tree_list_row_set_expanded (row, FALSE);
  else if (!open && arrow)
    {
      g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);

      if (parent != NULL)
        focus_position (self, gtk_tree_list_row_get_position (parent));
    }
  return TRUE;
}

/* Marks the rows on screen: the current one, and no other. */
static void
mark_current (KelContentsPage *self)
{
  for (GtkWidget *w = gtk_widget_get_first_child (self->list); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      KelContentsRow *row = contents_row_of (w);

      if (row != NULL)
        kel_contents_row_set_current (row, self->current != NO_ENTRY
                                      && row_entry (self, kel_contents_row_get_list_row (row)) == self->current);
    }
}

/**
 * kel_contents_page_set_current:
 * @node: (nullable): the node being read
 *
 * Marks the row of the part that holds @node as the current one (the
 * "current" style class; the list has no selection), opens the parts
 * that hold it and scrolls the list to it.  The keyboard focus stays
 * where it is.
 */
void
kel_contents_page_set_current (KelContentsPage *self,
                               const KelNode   *node)
{
  guint index = NO_ENTRY, lo = 0, hi;

  g_return_if_fail (KEL_IS_CONTENTS_PAGE (self));
  if (self->document == NULL || self->entries == NULL)
    return;
  /* the last listed part that starts at or before the node */
  hi = node != NULL ? self->entries->len : 0;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (entry_at (self, mid)->node->index <= node->index)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    index = lo - 1;
  if (index == self->current)
    return;
  self->current = index;
  mark_current (self);
  if (index != NO_ENTRY)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
      guint position = reveal_position (self, index);

      /* the row in sight; following the reading must not take the focus
       * from the text (a screen reader would leave the text for the list) */
      if (position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (self->list))
        gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", position);
      if (focus != NULL && gtk_root_get_focus (root) != focus)
        gtk_widget_grab_focus (focus);
    }
}

/* A hidden list was not scrolled while the reading moved: it is now. */
static void
kel_contents_page_map (GtkWidget *widget)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (widget);

  GTK_WIDGET_CLASS (kel_contents_page_parent_class)->map (widget);
  if (self->current != NO_ENTRY)
    {
      guint position = reveal_position (self, self->current);

      if (position != GTK_INVALID_LIST_POSITION)
        gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", position);
    }
}

/**
 * kel_contents_page_get_current:
 * Returns: (nullable): the node of the part marked as being read
 */
const KelNode *
kel_contents_page_get_current (KelContentsPage *self)
{
  g_return_val_if_fail (KEL_IS_CONTENTS_PAGE (self), NULL);
  return self->current != NO_ENTRY ? entry_at (self, self->current)->node : NULL;
}

/* How many rows the list shows: those of the open parts. */
static guint
get_n_rows (KelSidebarPage *page)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (page);

  return self->tree != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;
}

static char *
get_row_text (KelSidebarPage *page,
              guint           index)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (page);
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autofree char *where = NULL, *title = NULL;
  KelLang lang;
  guint entry;

  if (index >= get_n_rows (page))
    return NULL;
  row = gtk_tree_list_model_get_row (self->tree, index);
  entry = row_entry (self, row);
  if (entry == NO_ENTRY)
    return NULL;
  row_texts (self, entry_at (self, entry)->node, &where, &title, &lang);
  return title ? g_strdup_printf ("%s\n%s", where, title) : g_steal_pointer (&where);
}

/* Activates row @index, as a click or Enter would. */
static void
activate_row (KelSidebarPage *page,
              guint           index)
{
  emit_activate (KEL_CONTENTS_PAGE (page), index);
}

/* Focuses the current row, or the first. */
static gboolean
grab_focus (KelSidebarPage *page)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (page);
  guint position = self->current != NO_ENTRY ? reveal_position (self, self->current) : 0;

  return focus_position (self, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static void
kel_contents_page_dispose (GObject *object)
{
  KelContentsPage *self = KEL_CONTENTS_PAGE (object);
  GtkWidget *child;

  if (self->list != NULL)
    gtk_list_view_set_model (GTK_LIST_VIEW (self->list), NULL);
  g_clear_object (&self->tree);
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

  g_clear_pointer (&self->entries, g_array_unref);
  g_free (self->parents);
  g_free (self->ordinals);
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
  widget_class->map = kel_contents_page_map;

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
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->current = NO_ENTRY;
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (GTK_LIST_VIEW (self->list), factory);
  g_object_unref (factory);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (self->list, keys);
}
