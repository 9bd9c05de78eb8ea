/* kel-notes-page.c — the sidebar's bookmarks, highlights and notes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per annotation, in reading order (KelNotes is the list model):
 * its kind and colour, where it is (in the term language), the passage it
 * marks and the start of the note (a GtkListView: only the rows on screen
 * are made, so a thousand notes list at once); those that cannot be placed in this
 * edition come last and say so.  Enter or a click on a row emits
 * ::activate-annotation (the window jumps there); each row's Edit and
 * Delete buttons run win.edit-annotation and win.delete-annotation with the
 * annotation's id.  After a delete, a line at the bottom offers Undo.
 */
#include "config.h"

#include "kel-notes-page.h"

#include <glib/gi18n.h>

#include "kel-citation.h"
#include "kel-lang-property.h"
#include "kel-markup.h"

#define SNIPPET_CHARS 120
/* What a row's line shows: a little more than a wide sidebar holds.  Pango
 * shapes all the text it is given, even the part cut off with "…", so
 * giving it no more than can show keeps a thousand rows quick. */
#define LINE_CHARS 64

struct _KelNotesPage
{
  GtkWidget  parent_instance;

  GtkWidget *summary_label;
  GtkWidget *list;
  GtkWidget *undo_revealer;
  GtkWidget *undo_label;

  KelNotes     *notes;
  KelLang       lang;
  GtkNoSelection *selection;
  GtkSliceListModel *slice; /* the rows shown so far: see bind() */
  guint         grow_id;
  gboolean      pending;   /* notes set while not on screen */
};

G_DEFINE_FINAL_TYPE (KelNotesPage, kel_notes_page, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_ANNOTATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_TERM_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text on one line, cut at a space after @max characters */
static char *
one_line (const char *text,
          guint       max)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (n >= max)
        {
          g_string_append (out, "…");
          break;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
      n++;
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  /* the row's id is set when the row is bound */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  return button;
}

/* A line that never wraps: cut with "…" to the row's width.  A label that
 * does not wrap is laid out once and is as high as one line whatever its
 * width, so the list view (GTK 4.8 makes some 200 rows at once) never asks
 * Pango for its natural width at several widths. */
static GtkWidget *
line_label (const char *css_class)
{
  /* the row's accessible label says every line (bind_row) */
  GtkWidget *label = kel_row_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A highlight colour in words, as the Highlight menu names it */
static const char *
colour_name (const char *colour)
{
  static const struct
  {
    const char *colour;
    const char *name;
  } names[] = {
    { "yellow", N_("Yellow") },
    { "green", N_("Green") },
    { "blue", N_("Blue") },
    { "pink", N_("Pink") },
    { "purple", N_("Purple") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].colour, colour) == 0)
      return _(names[i].name);
  return colour;
}

/* What a row says: its heading, the passage, the note */
typedef struct
{
  char     *title;
  char     *quote;
  char     *note;
  gboolean  placed;
} RowText;

static void
row_text_clear (RowText *t)
{
  g_free (t->title);
  g_free (t->quote);
  g_free (t->note);
}

static void
row_text (KelNotesPage  *self,
          KelAnnotation *a,
          RowText       *t)
{
  KelDocument *doc = kel_notes_get_document (self->notes);
  g_autofree char *where = NULL;
  guint start, end;

  t->placed = kel_annotation_get_range (a, &start, &end);
  if (t->placed)
    {
      const KelNode *node = kel_document_get_range_node (doc, start, end);

      if (node == NULL)
        node = kel_document_get_node_at (doc, start);
      where = node ? kel_document_get_location (doc, node, self->lang) : g_strdup ("");
    }
  else
    where = g_strdup (_("Cannot be placed in this edition"));
  /* Translators: "Note · 5-бап, 2-тармақ": the kind of mark, then where it is */
  t->title = g_strdup_printf (_("%s · %s"), kel_annotation_kind_to_label (kel_annotation_get_kind (a)), where);
  t->quote = one_line (kel_annotation_get_exact (a), SNIPPET_CHARS);
  t->note = *kel_annotation_get_text (a) != '\0' ? one_line (kel_annotation_get_text (a), 3 * SNIPPET_CHARS) : NULL;
}

/* One row, made once and filled again for each item it shows:
 *
 *   ● Note · 5-бап, 2-тармақ      ✎ 🗑
 *   the passage, on one line…
 *   the note, on one line…
 *
 * Each line is cut to the sidebar's width; the whole of it is in the row's
 * tooltip and in what a screen reader says of the row. */
static void
setup_row (GtkListItemFactory *factory,
           GtkListItem        *item,
           KelNotesPage       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* the colour as a dot drawn by CSS: no text to lay out */
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *heading = line_label ("caption-heading");
  GtkWidget *quote = line_label (NULL);
  GtkWidget *note = line_label ("dim-label");
  GtkWidget *edit = icon_button ("document-edit-symbolic", _("Edit note"), "win.edit-annotation");
  GtkWidget *delete = icon_button ("user-trash-symbolic", _("Delete"), "win.delete-annotation");

  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  /* the row's label says the colour, in words */
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  kel_label_set_language (GTK_LABEL (quote), KEL_LANG_KK);
  gtk_box_append (GTK_BOX (top), swatch);
  gtk_box_append (GTK_BOX (top), heading);
  gtk_box_append (GTK_BOX (top), edit);
  gtk_box_append (GTK_BOX (top), delete);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), quote);
  gtk_box_append (GTK_BOX (box), note);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  g_object_set_data (G_OBJECT (box), "swatch", swatch);
  g_object_set_data (G_OBJECT (box), "heading", heading);
  g_object_set_data (G_OBJECT (box), "quote", quote);
  g_object_set_data (G_OBJECT (box), "note", note);
  g_object_set_data (G_OBJECT (box), "edit", edit);
  g_object_set_data (G_OBJECT (box), "delete", delete);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkListItemFactory *factory,
          GtkListItem        *item,
          KelNotesPage       *self)
{
  KelAnnotation *a = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *swatch = g_object_get_data (G_OBJECT (box), "swatch");
  GtkWidget *heading = g_object_get_data (G_OBJECT (box), "heading");
  GtkWidget *note = g_object_get_data (G_OBJECT (box), "note");
  const char *classes[] = { "note-swatch", kel_annotation_get_colour (a), NULL };
  g_autofree char *accessible = NULL;
  char *shown;
  RowText t = { 0 };

  if (self->notes == NULL)
    return;
  row_text (self, a, &t);
  gtk_widget_set_css_classes (swatch, classes);
  gtk_label_set_text (GTK_LABEL (heading), t.title);
  kel_label_set_language (GTK_LABEL (heading), self->lang);
  if (t.placed)
    gtk_widget_remove_css_class (heading, "error");
  else
    gtk_widget_add_css_class (heading, "error");
  shown = one_line (t.quote, LINE_CHARS);
  gtk_label_set_text (GTK_LABEL (g_object_get_data (G_OBJECT (box), "quote")), shown);
  g_free (shown);
  shown = one_line (t.note ? t.note : "", LINE_CHARS);
  gtk_label_set_text (GTK_LABEL (note), shown);
  g_free (shown);
  gtk_widget_set_visible (note, t.note != NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (g_object_get_data (G_OBJECT (box), "edit")),
                                    "s", kel_annotation_get_id (a));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (g_object_get_data (G_OBJECT (box), "delete")),
                                    "s", kel_annotation_get_id (a));
  /* Translators: what a screen reader says of a Notes row: "Note · 5-бап, 2-тармақ, green: the passage. The note" */
  accessible = g_strdup_printf (_("%s, %s: %s%s%s"), t.title, colour_name (kel_annotation_get_colour (a)),
                                t.quote, t.note ? ". " : "", t.note ? t.note : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* the list item is what a screen reader reads as the reader moves
   * through the list: it says the same (GTK 4.8 names it after nothing) */
#if GTK_CHECK_VERSION (4, 12, 0)
  /* the API is newer than the GTK 4.8 the project pins */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_list_item_set_accessible_label (item, accessible);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible, -1);
#endif
  gtk_widget_set_tooltip_text (box, accessible);
  row_text_clear (&t);
}

static void
update_summary (KelNotesPage *self)
{
  guint n = self->notes ? g_list_model_get_n_items (G_LIST_MODEL (self->notes)) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No notes yet. Select a passage, then Ctrl+H highlights it, Ctrl+M adds a note "
                       "and Ctrl+D a bookmark; without a selection they mark the paragraph."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mark", "%u marks", n), n);
  gtk_label_set_text (GTK_LABEL (self->summary_label), text);
}

/* How many rows the list is given at first: more than a tall screen
 * shows; the rest come in steps of GROW_ROWS once the first are painted. */
#define FIRST_ROWS 32
#define GROW_ROWS 48

static gboolean
grow (gpointer data)
{
  KelNotesPage *self = data;
  guint size = gtk_slice_list_model_get_size (self->slice);
  GListModel *model = gtk_slice_list_model_get_model (self->slice);

  if (model == NULL || size >= g_list_model_get_n_items (model))
    {
      /* all there: from now on the list follows the notes as they change */
      gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
      self->grow_id = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_slice_list_model_set_size (self->slice, size + GROW_ROWS);
  return G_SOURCE_CONTINUE;
}

/* The rows are made only once the page is on screen: GTK 4.8's list view
 * makes up to 200 at once, which would slow down the start for a reader
 * with many notes who is not looking at them.  Even then the list gets
 * the first FIRST_ROWS notes first, so that the page shows at once, and
 * the others in steps after that frame, while the reader looks (GTK from
 * 4.12 makes only the rows on screen anyway). */
static void
bind (KelNotesPage *self)
{
  update_summary (self);
  self->pending = !gtk_widget_get_mapped (GTK_WIDGET (self));
  g_clear_handle_id (&self->grow_id, g_source_remove);
  /* set again: the rows are filled again (a new language, new notes) */
  gtk_slice_list_model_set_model (self->slice, NULL);
  if (self->pending || self->notes == NULL)
    return;
  gtk_slice_list_model_set_size (self->slice, FIRST_ROWS);
  gtk_slice_list_model_set_model (self->slice, G_LIST_MODEL (self->notes));
  self->grow_id = g_timeout_add_full (G_PRIORITY_LOW, 20, grow, self, NULL);
}

static void
kel_notes_page_map (GtkWidget *widget)
{
  KelNotesPage *self = KEL_NOTES_PAGE (widget);

  GTK_WIDGET_CLASS (kel_notes_page_parent_class)->map (widget);
  if (self->pending)
    bind (self);
}

/**
 * kel_notes_page_set_notes:
 * @notes: (nullable): the notes of the edition shown
 * @lang: the language of the locations
 */
void
kel_notes_page_set_notes (KelNotesPage *self,
                          KelNotes     *notes,
                          KelLang       lang)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  g_set_object (&self->notes, notes);
  if (notes != NULL)
    g_signal_connect_swapped (notes, "items-changed", G_CALLBACK (update_summary), self);
  if (self->lang != lang)
    {
      self->lang = lang;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_LANGUAGE]);
    }
  bind (self);
}

/**
 * kel_notes_page_set_language:
 * @lang: the term language
 *
 * Shows the rows' locations in @lang.
 */
void
kel_notes_page_set_language (KelNotesPage *self,
                             KelLang       lang)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  g_return_if_fail (lang < KEL_N_LANGS);
  if (self->lang == lang)
    return;
  self->lang = lang;
  bind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_LANGUAGE]);
}

/**
 * kel_notes_page_get_language:
 * Returns: the term language
 */
KelLang
kel_notes_page_get_language (KelNotesPage *self)
{
  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), KEL_LANG_KK);
  return self->lang;
}

/**
 * kel_notes_page_show_undo:
 * @message: what was deleted ("Deleted — «…»")
 *
 * Shows @message at the bottom of the page with an Undo button.
 */
void
kel_notes_page_show_undo (KelNotesPage *self,
                          const char   *message)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  gtk_label_set_text (GTK_LABEL (self->undo_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->undo_revealer), TRUE);
}

/**
 * kel_notes_page_hide_undo:
 *
 * Hides the line offering Undo.
 */
void
kel_notes_page_hide_undo (KelNotesPage *self)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->undo_revealer), FALSE);
}

/**
 * kel_notes_page_get_undo_shown:
 * Returns: whether the line offering Undo shows
 */
gboolean
kel_notes_page_get_undo_shown (KelNotesPage *self)
{
  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), FALSE);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->undo_revealer));
}

/**
 * kel_notes_page_get_summary:
 * Returns: (transfer none): the line above the list
 */
const char *
kel_notes_page_get_summary (KelNotesPage *self)
{
  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->summary_label));
}

/**
 * kel_notes_page_get_n_rows:
 * Returns: how many rows the list has (the list view makes only those on
 *   screen; this counts them all)
 */
guint
kel_notes_page_get_n_rows (KelNotesPage *self)
{
  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), 0);
  /* the notes the list is bound to, those still to be made included */
  if (gtk_slice_list_model_get_model (self->slice) == NULL)
    return 0;
  return g_list_model_get_n_items (gtk_slice_list_model_get_model (self->slice));
}

/**
 * kel_notes_page_get_row_text:
 * Returns: (transfer full) (nullable): what row @index says, one label a
 *   line: the heading, the passage and the note if any
 */
char *
kel_notes_page_get_row_text (KelNotesPage *self,
                             guint         index)
{
  g_autoptr(KelAnnotation) a = NULL;
  RowText t = { 0 };
  char *text;

  g_return_val_if_fail (KEL_IS_NOTES_PAGE (self), NULL);
  if (index >= kel_notes_page_get_n_rows (self))
    return NULL;
  a = g_list_model_get_item (G_LIST_MODEL (self->notes), index);
  if (a == NULL)
    return NULL;
  row_text (self, a, &t);
  text = g_strdup_printf ("%s\n%s%s%s", t.title, t.quote, t.note ? "\n" : "", t.note ? t.note : "");
  row_text_clear (&t);
  return text;
}

/**
 * kel_notes_page_activate_row:
 *
 * Activates row @index, as a click or Enter would: emits
 * ::activate-annotation.
 */
void
kel_notes_page_activate_row (KelNotesPage *self,
                             guint         index)
{
  g_return_if_fail (KEL_IS_NOTES_PAGE (self));
  if (index < kel_notes_page_get_n_rows (self))
    g_signal_emit_by_name (self->list, "activate", index);
}

static void
on_activate (KelNotesPage *self,
             guint         position)
{
  /* the slice starts at the first note: the same positions */
  g_autoptr(KelAnnotation) a = self->notes ? g_list_model_get_item (G_LIST_MODEL (self->notes), position) : NULL;

  if (a != NULL)
    g_signal_emit (self, signals[ACTIVATE_ANNOTATION], 0, a);
}

static void
kel_notes_page_dispose (GObject *object)
{
  KelNotesPage *self = KEL_NOTES_PAGE (object);
  GtkWidget *child;

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  if (self->slice != NULL)
    gtk_slice_list_model_set_model (self->slice, NULL);
  g_clear_object (&self->notes);
  gtk_widget_dispose_template (GTK_WIDGET (object), KEL_TYPE_NOTES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kel_notes_page_parent_class)->dispose (object);
}

static void
kel_notes_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  if (prop_id == PROP_TERM_LANGUAGE)
    kel_lang_property_set_value (value, KEL_NOTES_PAGE (object)->lang);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kel_notes_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  if (prop_id == PROP_TERM_LANGUAGE)
    kel_notes_page_set_language (KEL_NOTES_PAGE (object), kel_lang_property_get_value (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kel_notes_page_class_init (KelNotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_notes_page_dispose;
  object_class->get_property = kel_notes_page_get_property;
  object_class->set_property = kel_notes_page_set_property;

  /**
   * KelNotesPage:term-language:
   *
   * The code of the term language, "kk", "ru" or "zh", as the
   * "term-language" setting holds it: the language of the rows'
   * locations.  An unknown code is Kazakh.
   */
  properties[PROP_TERM_LANGUAGE] = kel_lang_property_new ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = kel_notes_page_map;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-notes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, list);
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, KelNotesPage, undo_label);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * KelNotesPage::activate-annotation:
   * @annotation: the annotation of the row
   */
  signals[ACTIVATE_ANNOTATION] =
    g_signal_new ("activate-annotation", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KEL_TYPE_ANNOTATION);
}

static void
kel_notes_page_init (KelNotesPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->slice = gtk_slice_list_model_new (NULL, 0, FIRST_ROWS);
  self->selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->slice)));
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list), GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (GTK_LIST_VIEW (self->list), factory);
  g_object_unref (factory);
  update_summary (self);
}
