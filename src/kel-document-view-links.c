/* kel-document-view-links.c — the text's links, as a screen reader lists them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On GTK 4.22 and later the view implements GtkAccessibleHypertext: every
 * term occurrence, reference and threat number is an AT-SPI hyperlink with
 * its place in the text (buffer character offsets), a name ("Defined term,
 * link: …", "Link: Go to …") and a URI (kelisim:term/ID, kelisim:EID), so a
 * screen reader can list the links, name them and move the caret to one,
 * where Enter follows it as it does for a sighted reader.  The focused link
 * carries the focused state.  Older GTK has no hyperlink objects: there the
 * caret and the view's description follow the focused link
 * (kel-document-view.c), which is what Orca reads on GTK 4.8.
 *
 * The hyperlink objects are made when a screen reader first asks for them
 * and dropped whenever the buffer is refilled (another document, glosses).
 */
#include "config.h"

#include "kel-document-view-private.h"

#include "kel-term.h"

#if GTK_CHECK_VERSION (4, 22, 0)
/* the API is newer than the GTK 4.8 the project pins (meson.build) */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

typedef struct
{
  GPtrArray *spans;       /* (element-type KelSpan): the links in reading order */
  GPtrArray *objects;     /* (element-type GtkAccessibleHyperlink): made on demand */
  guint      focused;     /* index of the focused link, or G_MAXUINT */
} Links;

static GQuark links_quark;

static void
links_free (gpointer data)
{
  Links *links = data;

  g_ptr_array_unref (links->spans);
  g_ptr_array_unref (links->objects);
  g_free (links);
}

static Links *
get_links (KelDocumentView *self)
{
  Links *links = g_object_get_qdata (G_OBJECT (self), links_quark);
  KelDocument *doc;

  if (links != NULL)
    return links;
  links = g_new0 (Links, 1);
  links->spans = g_ptr_array_new ();
  links->objects = g_ptr_array_new_with_free_func (g_object_unref);
  links->focused = G_MAXUINT;
  doc = kel_document_view_get_document (self);
  for (guint i = 0; doc != NULL && i < kel_document_get_n_spans (doc); i++)
    {
      const KelSpan *span = kel_document_get_span (doc, i);

      if (_kel_document_view_is_link (self, span))
        g_ptr_array_add (links->spans, (gpointer) span);
    }
  g_ptr_array_set_size (links->objects, links->spans->len);
  g_object_set_qdata_full (G_OBJECT (self), links_quark, links, links_free);
  return links;
}

static char *
link_uri (const KelSpan *span)
{
  if (span->kind == KEL_SPAN_TERM && span->term != NULL)
    return g_strconcat ("kelisim:term/", kel_term_get_id (span->term), NULL);
  if (span->target != NULL)
    return g_strconcat ("kelisim:", span->target, NULL);
  return g_strdup ("kelisim:");
}

static guint
get_n_links (GtkAccessibleHypertext *hypertext)
{
  return get_links (KEL_DOCUMENT_VIEW (hypertext))->spans->len;
}

static GtkAccessibleHyperlink *
get_link (GtkAccessibleHypertext *hypertext,
          guint                   index)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (hypertext);
  Links *links = get_links (self);
  GtkAccessibleHyperlink *link;

  g_return_val_if_fail (index < links->spans->len, NULL);
  link = g_ptr_array_index (links->objects, index);
  if (link == NULL)
    {
      const KelSpan *span = g_ptr_array_index (links->spans, index);
      guint start = kel_document_view_model_to_buffer (self, span->start);
      guint end = kel_document_view_model_to_buffer (self, span->end);
      GtkAccessibleTextRange range = { start, end - start };
      g_autofree char *uri = link_uri (span);
      g_autofree char *name = _kel_document_view_link_description (self, span);

      link = gtk_accessible_hyperlink_new (hypertext, index, uri, &range);
      if (name != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_accessible_hyperlink_set_platform_state (link, GTK_ACCESSIBLE_PLATFORM_STATE_FOCUSABLE, TRUE);
      if (index == links->focused)
        gtk_accessible_hyperlink_set_platform_state (link, GTK_ACCESSIBLE_PLATFORM_STATE_FOCUSED, TRUE);
      g_ptr_array_index (links->objects, index) = link;
    }
  return link;
}

/* The first link that ends after buffer offset @offset, by bisection. */
static guint
first_link_after (KelDocumentView *self,
                  Links           *links,
                  guint            offset)
{
  guint lo = 0, hi = links->spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const KelSpan *span = g_ptr_array_index (links->spans, mid);

      if (kel_document_view_model_to_buffer (self, span->end) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static guint
get_link_at (GtkAccessibleHypertext *hypertext,
             guint                   offset)
{
  KelDocumentView *self = KEL_DOCUMENT_VIEW (hypertext);
  Links *links = get_links (self);
  guint i = first_link_after (self, links, offset);
  const KelSpan *span;

  if (i >= links->spans->len)
    return G_MAXUINT;
  span = g_ptr_array_index (links->spans, i);
  return kel_document_view_model_to_buffer (self, span->start) <= offset ? i : G_MAXUINT;
}

static void
hypertext_init (GtkAccessibleHypertextInterface *iface)
{
  iface->get_n_links = get_n_links;
  iface->get_link = get_link;
  iface->get_link_at = get_link_at;
}

void
_kel_document_view_add_hypertext (GType type)
{
  const GInterfaceInfo info = { (GInterfaceInitFunc) (void (*) (void)) hypertext_init, NULL, NULL };

  links_quark = g_quark_from_static_string ("kel-document-view-links");
  g_type_add_interface_static (type, GTK_TYPE_ACCESSIBLE_HYPERTEXT, &info);
}

void
_kel_document_view_links_reset (KelDocumentView *self)
{
  g_object_set_qdata (G_OBJECT (self), links_quark, NULL);
}

void
_kel_document_view_links_focus (KelDocumentView *self,
                                const KelSpan   *span)
{
  Links *links = g_object_get_qdata (G_OBJECT (self), links_quark);
  guint index = G_MAXUINT;
  GtkAccessibleHyperlink *link;

  if (links == NULL)
    return;    /* no screen reader has asked for the links */
  if (span != NULL)
    {
      index = first_link_after (self, links, kel_document_view_model_to_buffer (self, span->start));
      if (index >= links->spans->len || g_ptr_array_index (links->spans, index) != span)
        index = G_MAXUINT;
    }
  if (index == links->focused)
    return;
  if (links->focused != G_MAXUINT
      && (link = g_ptr_array_index (links->objects, links->focused)) != NULL)
    gtk_accessible_hyperlink_set_platform_state (link, GTK_ACCESSIBLE_PLATFORM_STATE_FOCUSED, FALSE);
  links->focused = index;
  if (index != G_MAXUINT && (link = g_ptr_array_index (links->objects, index)) != NULL)
    gtk_accessible_hyperlink_set_platform_state (link, GTK_ACCESSIBLE_PLATFORM_STATE_FOCUSED, TRUE);
}

/**
 * kel_document_view_get_n_links:
 *
 * Returns: how many links the view offers to assistive technologies: every
 *   term occurrence, reference and threat number on GTK 4.22 and later, 0
 *   before (there the links are not objects of their own)
 */
guint
kel_document_view_get_n_links (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  return get_links (self)->spans->len;
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else

void
_kel_document_view_add_hypertext (GType type)
{
}

void
_kel_document_view_links_reset (KelDocumentView *self)
{
}

void
_kel_document_view_links_focus (KelDocumentView *self,
                                const KelSpan   *span)
{
}

guint
kel_document_view_get_n_links (KelDocumentView *self)
{
  g_return_val_if_fail (KEL_IS_DOCUMENT_VIEW (self), 0);
  return 0;
}

#endif
