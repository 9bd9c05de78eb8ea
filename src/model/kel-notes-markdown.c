/* kel-notes-markdown.c — the notes as Markdown, to read or share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-notes-private.h"

#include "kel-citation.h"
#include "kel-particulars.h"

static void
append_quoted_lines (GString    *out,
                     const char *prefix,
                     const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    g_string_append_printf (out, "%s%s\n", prefix, lines[i]);
}

/**
 * kel_notes_to_markdown:
 * @style: the language of the citations
 *
 * Returns: (transfer full): the notes in reading order, each under its
 *   location with the passage quoted and cited in @style, then those that
 *   cannot be placed in this edition
 */
char *
kel_notes_to_markdown (KelNotes *self,
                       KelLang   style)
{
  GString *out = g_string_new (NULL);
  KelDocument *document;
  const char *expression;
  gboolean orphans = FALSE;

  g_return_val_if_fail (KEL_IS_NOTES (self), NULL);

  document = kel_notes_get_document (self);
  expression = kel_document_get_particulars (document)->expression;
  g_string_append_printf (out, "# %s\n\n", kel_document_get_title (document));
  if (expression != NULL)
    g_string_append_printf (out, "%s\n\n", expression);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self)); i++)
    {
      g_autoptr(KelAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self), i);
      g_autofree char *created = kel_notes_iso_time (a->created);

      if (a->placement == KEL_PLACEMENT_NONE)
        {
          if (!orphans)
            g_string_append_printf (out, "## %s\n\n", _("Cannot be placed in this edition"));
          orphans = TRUE;
          g_string_append_printf (out, "> «%s»%s%s\n\n", a->exact, a->eid ? " — " : "", a->eid ? a->eid : "");
        }
      else
        {
          const KelNode *node = kel_document_get_range_node (document, a->start, a->end);
          g_autofree char *location = node ? kel_document_get_location (document, node, style) : NULL;
          g_autofree char *citation = kel_document_cite (document, a->start, a->end, style);

          g_string_append_printf (out, "## %s\n\n", location ? location : kel_document_get_short_title (document));
          append_quoted_lines (out, "> ", citation);
          g_string_append_c (out, '\n');
        }
      g_string_append_printf (out, "*%s* (%s) · %.10s\n", kel_annotation_kind_to_label (a->kind), a->colour, created);
      if (a->text != NULL && *a->text != '\0')
        {
          g_string_append_c (out, '\n');
          g_string_append (out, a->text);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
