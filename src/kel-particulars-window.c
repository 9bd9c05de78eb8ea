/* kel-particulars-window.c — "About This Agreement": the particulars of the
 * instrument, each linked to the place of the text that states it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything shown comes from kel_document_get_particulars(): the titles in
 * the three languages, the date and place of signature, the parties, the
 * authentic languages, every rule of the final provisions the edition marks
 * (entry into force, duration, amendment, accession, withdrawal,
 * depositary, ...) in the edition's order, the certification of the Kazakh
 * text and its publisher, and the edition's own identifiers.  A fact the
 * edition does not record says so.  A link ("kelisim:" + eId) jumps the
 * reader window to the place and closes this one.
 */
#include "config.h"

#include "kel-particulars-window-private.h"

#include <glib/gi18n.h>

#include <string.h>

#include "kel-particulars.h"

struct _KelParticularsWindow
{
  GtkWindow    parent_instance;

  GtkWidget   *title_kk;
  GtkWidget   *title_ru;
  GtkWidget   *title_zh;
  GtkWidget   *signature_label;
  GtkWidget   *parties_label;
  GtkWidget   *languages_label;
  GtkWidget   *rules_label;
  GtkWidget   *certification_label;
  GtkWidget   *publisher_label;
  GtkWidget   *edition_label;

  KelDocument *document;
  KelLang      lang;
};

G_DEFINE_FINAL_TYPE (KelParticularsWindow, kel_particulars_window, GTK_TYPE_WINDOW)

/* "<a href="kelisim:EID">location</a>", or nothing when @eid names no node */
static void
append_link (KelParticularsWindow *self,
             GString              *out,
             const char           *eid)
{
  const KelNode *node = eid ? kel_document_lookup_node (self->document, eid) : NULL;
  g_autofree char *location = NULL;
  g_autofree char *markup = NULL;

  if (node == NULL)
    return;
  location = kel_document_get_location (self->document, node, self->lang);
  markup = g_markup_printf_escaped ("<a href=\"kelisim:%s\">%s</a>", node->eid, location);
  g_string_append (out, markup);
}

/* The edition's own words, marked as Kazakh text */
static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<span lang=\"kk\">%s</span>", text);

  g_string_append (out, markup);
}

/* "text (location)" */
static void
append_fact (KelParticularsWindow *self,
             GString              *out,
             const char           *text,
             const char           *eid)
{
  const KelNode *node = eid ? kel_document_lookup_node (self->document, eid) : NULL;

  append_text (out, text);
  if (node != NULL)
    {
      g_string_append (out, " (");
      append_link (self, out, eid);
      g_string_append (out, ")");
    }
}

static void
set_markup (GtkWidget *label,
            GString   *markup)
{
  if (markup->len == 0)
    {
      g_autofree char *none = g_markup_printf_escaped ("<i>%s</i>", _("Not stated in this edition"));

      gtk_label_set_markup (GTK_LABEL (label), none);
    }
  else
    gtk_label_set_markup (GTK_LABEL (label), markup->str);
}

static void
set_title (GtkWidget  *label,
           const char *title)
{
  gtk_label_set_text (GTK_LABEL (label), title ? title : "");
  gtk_widget_set_visible (label, title != NULL && *title != '\0');
}

static void
fill (KelParticularsWindow *self)
{
  KelDocument *doc = self->document;
  const KelParticulars *p = kel_document_get_particulars (doc);
  g_autoptr(GString) s = g_string_new (NULL);

  set_title (self->title_kk, kel_document_get_title (doc));
  set_title (self->title_ru, kel_document_get_label (doc, "longTitle", KEL_LANG_RU, NULL));
  set_title (self->title_zh, kel_document_get_label (doc, "longTitle", KEL_LANG_ZH, NULL));

  /* signature: the text's words for the date, the ISO date, the place */
  if (p->date != NULL)
    {
      if (p->date_text != NULL)
        {
          append_text (s, p->date_text);
          g_string_append_printf (s, " (%s)", p->date);
        }
      else
        g_string_append (s, p->date);
    }
  if (p->place != NULL)
    {
      if (s->len > 0)
        g_string_append (s, "\n");
      append_fact (self, s, p->place->label, p->place->eid);
    }
  else if (p->date_eid != NULL)
    {
      g_string_append (s, " (");
      append_link (self, s, p->date_eid);
      g_string_append (s, ")");
    }
  set_markup (self->signature_label, s);

  g_string_truncate (s, 0);
  for (guint i = 0; i < p->parties->len; i++)
    {
      const KelEntity *party = g_ptr_array_index (p->parties, i);

      if (s->len > 0)
        g_string_append (s, "\n");
      append_fact (self, s, party->label, party->eid);
    }
  set_markup (self->parties_label, s);

  g_string_truncate (s, 0);
  for (guint i = 0; i < p->languages->len; i++)
    {
      const KelEntity *language = g_ptr_array_index (p->languages, i);

      if (s->len > 0)
        g_string_append (s, "\n");
      append_fact (self, s, language->label, language->eid);
    }
  set_markup (self->languages_label, s);

  /* each rule by its name in the term language, with every place that
   * states it */
  g_string_truncate (s, 0);
  for (guint i = 0; i < p->provisions->len; i++)
    {
      const KelProvision *provision = g_ptr_array_index (p->provisions, i);
      const char *name = kel_document_get_label (doc, provision->concept, self->lang, NULL);
      g_autofree char *heading = NULL;

      if (name == NULL)
        name = provision->label ? provision->label : provision->concept;
      heading = g_markup_printf_escaped ("<b><span lang=\"%s\">%s</span></b>: ",
                                         kel_lang_to_pango (self->lang), name);
      if (s->len > 0)
        g_string_append (s, "\n");
      g_string_append (s, heading);
      for (guint k = 0; k < provision->eids->len; k++)
        {
          if (k > 0)
            g_string_append (s, ", ");
          append_link (self, s, g_ptr_array_index (provision->eids, k));
        }
    }
  set_markup (self->rules_label, s);

  g_string_truncate (s, 0);
  if (p->certifier != NULL)
    append_text (s, p->certifier->label);
  if (p->certifier_role != NULL)
    {
      if (s->len > 0)
        g_string_append (s, ", ");
      append_text (s, p->certifier_role->label);
    }
  if (p->certification_eid != NULL && kel_document_lookup_node (doc, p->certification_eid))
    {
      if (s->len > 0)
        g_string_append (s, " (");
      append_link (self, s, p->certification_eid);
      if (p->certifier != NULL || p->certifier_role != NULL)
        g_string_append (s, ")");
    }
  set_markup (self->certification_label, s);

  g_string_truncate (s, 0);
  if (p->publisher != NULL)
    {
      append_text (s, p->publisher);
      if (p->publication_date != NULL)
        g_string_append_printf (s, ", %s", p->publication_date);
      if (p->publisher_eid != NULL && kel_document_lookup_node (doc, p->publisher_eid))
        {
          g_string_append (s, " (");
          append_link (self, s, p->publisher_eid);
          g_string_append (s, ")");
        }
    }
  set_markup (self->publisher_label, s);

  /* the edition's own identity, as FRBR records it */
  g_string_truncate (s, 0);
  if (p->language != NULL)
    {
      if (p->authoritative == 1)
        g_string_append_printf (s, _("Language: %s, an authentic text"), p->language);
      else if (p->authoritative == 0)
        g_string_append_printf (s, _("Language: %s, not an authentic text"), p->language);
      else
        g_string_append_printf (s, _("Language: %s"), p->language);
    }
  if (p->expression != NULL)
    {
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append_printf (s, _("Expression: %s"), p->expression);
    }
  if (p->manifestation != NULL)
    {
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append_printf (s, _("Version: %s"), p->manifestation);
    }
  if (p->markup_date != NULL)
    {
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append_printf (s, _("Made on %s"), p->markup_date);
    }
  if (s->len == 0)
    g_string_append (s, _("Not stated in this edition"));
  gtk_label_set_text (GTK_LABEL (self->edition_label), s->str);
}

/**
 * kel_particulars_window_follow:
 * @uri: a link of the window: "kelisim:" and an eId
 *
 * Jumps the reader window (the transient parent) to the place, through its
 * win.goto action, and closes this window.
 *
 * Returns: %TRUE when @uri named a place of the text
 */
gboolean
kel_particulars_window_follow (KelParticularsWindow *self,
                               const char           *uri)
{
  GtkWindow *reader;
  gboolean known;

  g_return_val_if_fail (KEL_IS_PARTICULARS_WINDOW (self), FALSE);

  reader = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (uri == NULL || !g_str_has_prefix (uri, "kelisim:") || reader == NULL)
    return FALSE;
  known = self->document != NULL && kel_document_lookup_node (self->document, uri + strlen ("kelisim:")) != NULL;
  /* an unknown place too: the reader window says that it is not there */
  gtk_widget_activate_action (GTK_WIDGET (reader), "win.goto", "s", uri);
  if (!known)
    return FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static gboolean
on_activate_link (KelParticularsWindow *self,
                  const char           *uri)
{
  /* every link of this window is the text's own: never hand it on */
  if (!kel_particulars_window_follow (self, uri))
    gtk_widget_error_bell (GTK_WIDGET (self));
  return TRUE;
}

static void
kel_particulars_window_dispose (GObject *object)
{
  KelParticularsWindow *self = KEL_PARTICULARS_WINDOW (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEL_TYPE_PARTICULARS_WINDOW);

  G_OBJECT_CLASS (kel_particulars_window_parent_class)->dispose (object);
}

static void
kel_particulars_window_class_init (KelParticularsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kel_particulars_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kel-particulars-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, title_kk);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, title_ru);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, title_zh);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, signature_label);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, parties_label);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, languages_label);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, rules_label);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, certification_label);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, publisher_label);
  gtk_widget_class_bind_template_child (widget_class, KelParticularsWindow, edition_label);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kel_particulars_window_init (KelParticularsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kel_particulars_window_present:
 * @document: the edition the reader window shows
 * @lang: the term language, in which the rules are named and the places
 *   cited
 *
 * Fills the window with @document's particulars and shows it over its
 * reader window (its transient parent).
 */
void
kel_particulars_window_present (KelParticularsWindow *self,
                                KelDocument          *document,
                                KelLang               lang)
{
  g_return_if_fail (KEL_IS_PARTICULARS_WINDOW (self));
  g_return_if_fail (KEL_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  self->lang = lang;
  fill (self);
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * kel_particulars_window_get_text:
 *
 * Returns: (transfer full): what the window shows, one label a line, as a
 *   reader sees it (links as their text)
 */
char *
kel_particulars_window_get_text (KelParticularsWindow *self)
{
  GtkWidget *labels[] = {
    self->title_kk, self->title_ru, self->title_zh, self->signature_label,
    self->parties_label, self->languages_label, self->rules_label,
    self->certification_label, self->publisher_label, self->edition_label,
  };
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KEL_IS_PARTICULARS_WINDOW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (labels[i]))
      g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (labels[i])));
  return g_string_free (out, FALSE);
}
