/* kel-term.c — a defined term
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kel-term.h"

#include "kel-labels.h"
#include "kel-term-private.h"

struct _KelTerm
{
  GObject        parent_instance;

  char          *id;
  guint          order;
  KelLabels      labels;
  char          *definition;
  guint          def_start;
  guint          def_end;
  const KelNode *def_node;
  GStrv          variants;
  GArray        *occurrences;   /* guint span indices */
  const KelSpan *spans;
};

G_DEFINE_FINAL_TYPE (KelTerm, kel_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kel_term_finalize (GObject *object)
{
  KelTerm *self = KEL_TERM (object);

  g_free (self->id);
  kel_labels_clear (&self->labels);
  g_free (self->definition);
  g_strfreev (self->variants);
  g_array_unref (self->occurrences);

  G_OBJECT_CLASS (kel_term_parent_class)->finalize (object);
}

static void
kel_term_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KelTerm *self = KEL_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->labels.text[KEL_LANG_KK]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kel_term_class_init (KelTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kel_term_finalize;
  object_class->get_property = kel_term_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kel_term_init (KelTerm *self)
{
  self->occurrences = g_array_new (FALSE, FALSE, sizeof (guint));
  kel_labels_init (&self->labels);
}

KelTerm *
kel_term_new (const char *id,
              guint       order)
{
  KelTerm *self = g_object_new (KEL_TYPE_TERM, NULL);

  self->id = g_strdup (id);
  self->order = order;
  return self;
}

void
kel_term_set_label (KelTerm    *self,
                    KelLang     lang,
                    const char *label,
                    KelStatus   status)
{
  kel_labels_set (&self->labels, lang, label, status);
}

void
kel_term_set_definition (KelTerm       *self,
                         const char    *text,
                         guint          start,
                         guint          end,
                         const KelNode *node)
{
  g_free (self->definition);
  self->definition = g_strdup (text);
  self->def_start = start;
  self->def_end = end;
  self->def_node = node;
}

void
kel_term_set_variants (KelTerm            *self,
                       const char * const *variants)
{
  g_strfreev (self->variants);
  self->variants = g_strdupv ((char **) variants);
}

void
kel_term_set_order (KelTerm *self,
                    guint    order)
{
  self->order = order;
}

void
kel_term_add_occurrence (KelTerm *self,
                         guint    span_index)
{
  g_array_append_val (self->occurrences, span_index);
}

void
kel_term_bind_spans (KelTerm       *self,
                     const KelSpan *spans)
{
  self->spans = spans;
}

/**
 * kel_term_get_id:
 * @self: a term
 *
 * Returns: its id: the TLCTerm eId, or one made from its words
 */
const char *
kel_term_get_id (KelTerm *self)
{
  g_return_val_if_fail (KEL_IS_TERM (self), NULL);
  return self->id;
}

/**
 * kel_term_get_order:
 * Returns: the 1-based position of the term's definition in Annex 1
 */
guint
kel_term_get_order (KelTerm *self)
{
  g_return_val_if_fail (KEL_IS_TERM (self), 0);
  return self->order;
}

/**
 * kel_term_get_label:
 * Returns: (nullable): the term's label in @lang
 */
const char *
kel_term_get_label (KelTerm *self,
                    KelLang  lang)
{
  g_return_val_if_fail (KEL_IS_TERM (self), NULL);
  return kel_labels_get (&self->labels, lang, NULL);
}

/**
 * kel_term_get_status:
 * @self: a term
 * @lang: a language
 *
 * Returns: the provenance of its label in @lang
 */
KelStatus
kel_term_get_status (KelTerm *self,
                     KelLang  lang)
{
  KelStatus status = KEL_STATUS_MISSING;

  g_return_val_if_fail (KEL_IS_TERM (self), KEL_STATUS_MISSING);
  kel_labels_get (&self->labels, lang, &status);
  return status;
}

/**
 * kel_term_get_definition:
 * Returns: (nullable): the Kazakh definition as Annex 1 words it
 */
const char *
kel_term_get_definition (KelTerm *self)
{
  g_return_val_if_fail (KEL_IS_TERM (self), NULL);
  return self->definition;
}

/**
 * kel_term_get_definition_range:
 * @start: (out): first character of the definition in the reading text
 * @end: (out): its end
 *
 * Both are 0 when the term has no definition.
 */
void
kel_term_get_definition_range (KelTerm *self,
                               guint   *start,
                               guint   *end)
{
  g_return_if_fail (KEL_IS_TERM (self));
  *start = self->def_start;
  *end = self->def_end;
}

/**
 * kel_term_get_definition_node:
 * Returns: (nullable): the Annex 1 entry that defines the term
 */
const KelNode *
kel_term_get_definition_node (KelTerm *self)
{
  g_return_val_if_fail (KEL_IS_TERM (self), NULL);
  return self->def_node;
}

/**
 * kel_term_get_n_occurrences:
 * @self: a term
 *
 * Returns: how many times the text uses it, the definition included
 */
guint
kel_term_get_n_occurrences (KelTerm *self)
{
  g_return_val_if_fail (KEL_IS_TERM (self), 0);
  return self->occurrences->len;
}

/**
 * kel_term_get_occurrence:
 * @index: from 0 to kel_term_get_n_occurrences() - 1, in text order
 *
 * Returns: (transfer none): the span of that occurrence
 */
const KelSpan *
kel_term_get_occurrence (KelTerm *self,
                         guint    index)
{
  g_return_val_if_fail (KEL_IS_TERM (self), NULL);
  g_return_val_if_fail (index < self->occurrences->len, NULL);
  return &self->spans[g_array_index (self->occurrences, guint, index)];
}

/**
 * kel_term_get_variants:
 * Returns: (nullable) (transfer none): other Kazakh wordings of the term
 */
const char * const *
kel_term_get_variants (KelTerm *self)
{
  g_return_val_if_fail (KEL_IS_TERM (self), NULL);
  return (const char * const *) self->variants;
}
