/* kel-notes-jsonld.c — notes as W3C Web Annotations (JSON-LD), both ways
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes file and the export are one AnnotationCollection; each
 * annotation's target is the edition's FRBR expression with a
 * FragmentSelector (the eId) refined by a TextQuoteSelector (exact, prefix,
 * suffix), its colour the target's styleClass, its note a TextualBody.
 * Reading accepts a collection, a page, a list or one annotation; input is
 * bounded in size and nesting, and every string is made valid UTF-8.
 * Reading goes through kel-notes-json.c, writing through json-glib.
 */
#include "kel-notes-private.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "kel-error.h"

#define ANNO_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define MAX_FILE_BYTES (64 * 1024 * 1024)
/* annotations nest four or five deep; the parser recurses on nesting */
#define MAX_DEPTH 64

char *
kel_notes_iso_time (gint64 us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = utc ? g_date_time_add (utc, us % G_USEC_PER_SEC) : NULL;

  return exact ? g_date_time_format_iso8601 (exact) : g_strdup ("1970-01-01T00:00:00Z");
}

static gint64
parse_time (const char *iso)
{
  g_autoptr(GDateTime) dt = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  if (dt == NULL)
    return 0;
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static const char *
motivation_of (KelAnnotationKind kind)
{
  switch (kind)
    {
    case KEL_ANNOTATION_BOOKMARK:
      return "bookmarking";
    case KEL_ANNOTATION_NOTE:
      return "commenting";
    case KEL_ANNOTATION_HIGHLIGHT:
    default:
      return "highlighting";
    }
}

static void
build_annotation (JsonBuilder   *b,
                  KelAnnotation *a,
                  const char    *source)
{
  g_autofree char *created = kel_notes_iso_time (a->created);
  g_autofree char *modified = kel_notes_iso_time (a->modified);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, a->id);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "Annotation");
  json_builder_set_member_name (b, "motivation");
  json_builder_add_string_value (b, motivation_of (a->kind));
  json_builder_set_member_name (b, "created");
  json_builder_add_string_value (b, created);
  json_builder_set_member_name (b, "modified");
  json_builder_add_string_value (b, modified);
  if (a->text != NULL && *a->text != '\0')
    {
      json_builder_set_member_name (b, "body");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, "TextualBody");
      json_builder_set_member_name (b, "value");
      json_builder_add_string_value (b, a->text);
      json_builder_set_member_name (b, "format");
      json_builder_add_string_value (b, "text/plain");
      json_builder_set_member_name (b, "purpose");
      json_builder_add_string_value (b, "commenting");
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  if (source != NULL)
    {
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, source);
    }
  json_builder_set_member_name (b, "styleClass");
  json_builder_add_string_value (b, a->colour);
  json_builder_set_member_name (b, "selector");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "FragmentSelector");
  json_builder_set_member_name (b, "value");
  json_builder_add_string_value (b, a->eid ? a->eid : "");
  json_builder_set_member_name (b, "refinedBy");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "TextQuoteSelector");
  json_builder_set_member_name (b, "exact");
  json_builder_add_string_value (b, a->exact);
  json_builder_set_member_name (b, "prefix");
  json_builder_add_string_value (b, a->prefix);
  json_builder_set_member_name (b, "suffix");
  json_builder_add_string_value (b, a->suffix);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

/* @items as a W3C Web Annotation AnnotationCollection of @expression */
char *
kel_notes_jsonld_build (GPtrArray  *items,
                        const char *expression,
                        const char *label)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_add_string_value (b, ANNO_CONTEXT);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "AnnotationCollection");
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, label);
  if (expression != NULL)
    {
      json_builder_set_member_name (b, "partOf");
      json_builder_add_string_value (b, expression);
    }
  json_builder_set_member_name (b, "generator");
  json_builder_add_string_value (b, "Kelisim " PACKAGE_VERSION);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, items->len);
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "AnnotationPage");
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < items->len; i++)
    build_annotation (b, g_ptr_array_index (items, i), expression);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static const char *
member_string (const KelJsonNode *object,
               const char        *name)
{
  const KelJsonNode *node = kel_json_member (object, name);

  return node != NULL && node->type == KEL_JSON_STRING ? node->string : NULL;
}

static const KelJsonNode *
member_object (const KelJsonNode *object,
               const char        *name)
{
  const KelJsonNode *node = kel_json_member (object, name);

  if (node != NULL && node->type == KEL_JSON_ARRAY)
    {
      /* a list of selectors or bodies: the first object of it */
      for (const KelJsonNode *e = node->first; e != NULL; e = e->next)
        if (e->type == KEL_JSON_OBJECT)
          return e;
      return NULL;
    }
  if (node == NULL || node->type != KEL_JSON_OBJECT)
    return NULL;
  return node;
}

/* A TextQuoteSelector: the selector itself or what refines it */
static const KelJsonNode *
quote_selector (const KelJsonNode *selector,
                const char       **eid)
{
  for (guint depth = 0; selector != NULL && depth < 4; depth++)
    {
      const char *type = member_string (selector, "type");

      if (g_strcmp0 (type, "TextQuoteSelector") == 0)
        return selector;
      if (g_strcmp0 (type, "FragmentSelector") == 0 && eid != NULL)
        *eid = member_string (selector, "value");
      selector = member_object (selector, "refinedBy");
    }
  return NULL;
}

/* One annotation from its JSON-LD, or NULL if it is not one Kelisim can
 * anchor (no quote).  The reader's strings are valid UTF-8 already. */
static KelAnnotation *
annotation_from_json (const KelJsonNode *object)
{
  const KelJsonNode *target = member_object (object, "target");
  const KelJsonNode *body = member_object (object, "body");
  const char *eid = NULL;
  const KelJsonNode *quote = quote_selector (member_object (target, "selector"), &eid);
  const char *exact = member_string (quote, "exact");
  const char *motivation = member_string (object, "motivation");
  const char *colour = member_string (target, "styleClass");
  const char *id = member_string (object, "id");
  const char *text = member_string (body, "value");
  const char *prefix = member_string (quote, "prefix");
  const char *suffix = member_string (quote, "suffix");
  KelAnnotation *a;

  if (exact == NULL || *exact == '\0')
    return NULL;
  if (text == NULL)
    text = member_string (object, "bodyValue");

  a = g_object_new (KEL_TYPE_ANNOTATION, NULL);
  a->id = id && *id ? g_strdup (id) : kel_annotation_new_id ();
  if (g_strcmp0 (motivation, "bookmarking") == 0)
    a->kind = KEL_ANNOTATION_BOOKMARK;
  else if (g_strcmp0 (motivation, "commenting") == 0 || (text != NULL && *text != '\0' &&
                                                         g_strcmp0 (motivation, "highlighting") != 0))
    a->kind = KEL_ANNOTATION_NOTE;
  else
    a->kind = KEL_ANNOTATION_HIGHLIGHT;
  a->colour = g_strdup (kel_annotation_colour_is_valid (colour) ? colour : kel_annotation_colours ()[0]);
  a->text = g_strdup (text ? text : "");
  a->created = parse_time (member_string (object, "created"));
  a->modified = parse_time (member_string (object, "modified"));
  if (a->modified == 0)
    a->modified = a->created;
  a->eid = g_strdup (eid);
  a->exact = g_strdup (exact);
  a->prefix = g_strdup (prefix ? prefix : "");
  a->suffix = g_strdup (suffix ? suffix : "");
  return a;
}

/* The annotations of a JSON-LD text: a collection (items in "first" or
 * "items"), a page, an array of annotations or a single one.  Those that
 * are not annotations with a quote are counted in @skipped. */
GPtrArray *
kel_notes_jsonld_parse (const char  *json,
                        gssize       length,
                        const char  *name,
                        guint       *skipped,
                        GError     **error)
{
  g_autoptr(KelJson) parsed = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  const KelJsonNode *root;
  const KelJsonNode *items = NULL;
  const KelJsonNode *object = NULL;

  *skipped = 0;
  if (length < 0)
    length = (gssize) strlen (json);
  if (length > MAX_FILE_BYTES)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_TOO_LARGE,
                   _("%s is larger than %d MB"), name, MAX_FILE_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (json, length, NULL))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_ENCODING, _("%s is not UTF-8 text"), name);
      return NULL;
    }
  parsed = kel_json_parse (json, (gsize) length, MAX_DEPTH, &problem);
  if (parsed == NULL)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID, _("%s is not JSON: %s"), name, problem);
      return NULL;
    }
  root = kel_json_get_root (parsed);
  if (root->type == KEL_JSON_ARRAY)
    items = root;
  else if (root->type == KEL_JSON_OBJECT)
    {
      const char *type;

      object = root;
      type = member_string (object, "type");
      if (g_strcmp0 (type, "AnnotationCollection") == 0)
        {
          const KelJsonNode *first = member_object (object, "first");
          const KelJsonNode *node = kel_json_member (first ? first : object, "items");

          if (node != NULL && node->type == KEL_JSON_ARRAY)
            items = node;
          else if (node != NULL || first != NULL)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s is an annotation collection without a list of items"), name);
              return NULL;
            }
        }
      else if (g_strcmp0 (type, "AnnotationPage") == 0)
        {
          const KelJsonNode *node = kel_json_member (object, "items");

          if (node != NULL && node->type == KEL_JSON_ARRAY)
            items = node;
        }
      else if (g_strcmp0 (type, "Annotation") != 0)
        {
          g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                       _("%s holds no W3C Web Annotations (no “type”: “Annotation”)"), name);
          return NULL;
        }
    }
  else
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                   _("%s holds no W3C Web Annotations"), name);
      return NULL;
    }

  if (items != NULL)
    {
      for (const KelJsonNode *node = items->first; node != NULL; node = node->next)
        {
          KelAnnotation *a = node->type == KEL_JSON_OBJECT ? annotation_from_json (node) : NULL;

          if (a != NULL)
            g_ptr_array_add (result, a);
          else
            (*skipped)++;
        }
    }
  else if (object != NULL)
    {
      KelAnnotation *a = annotation_from_json (object);

      if (a != NULL)
        g_ptr_array_add (result, a);
      else
        (*skipped)++;
    }
  return g_steal_pointer (&result);
}
