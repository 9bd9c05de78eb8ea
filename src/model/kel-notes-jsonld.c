/* kel-notes-jsonld.c — notes as W3C Web Annotations (JSON-LD), both ways
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes file and the export are one AnnotationCollection; each
 * annotation's target is the edition's FRBR expression with a
 * FragmentSelector (the eId) refined by a TextQuoteSelector (exact, prefix,
 * suffix), its colour the target's styleClass, its note a TextualBody.
 * Reading accepts a collection, a page, a list or one annotation; input is
 * bounded in size and nesting, and every string is made valid UTF-8.
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
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A copy of a string of the file that is valid UTF-8 whatever its escapes
 * held (a lone surrogate, say) */
static char *
valid_copy (const char *text)
{
  if (text == NULL)
    return NULL;
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  return g_utf8_make_valid (text, -1);
}

/* How deep arrays and objects nest, strings skipped; -1 if past @max */
static int
nesting_depth (const char *json,
               gsize       length,
               int         max)
{
  int depth = 0, deepest = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = json[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max)
            return -1;
          deepest = MAX (deepest, depth);
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return deepest;
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      /* a list of selectors or bodies: the first object of it */
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
          return json_array_get_object_element (array, i);
      return NULL;
    }
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

/* A TextQuoteSelector: the selector itself or what refines it */
static JsonObject *
quote_selector (JsonObject *selector,
                const char **eid)
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
 * anchor (no quote). */
static KelAnnotation *
annotation_from_json (JsonObject *object)
{
  JsonObject *target = member_object (object, "target");
  JsonObject *body = member_object (object, "body");
  const char *eid = NULL;
  JsonObject *quote = quote_selector (member_object (target, "selector"), &eid);
  const char *exact = member_string (quote, "exact");
  const char *motivation = member_string (object, "motivation");
  const char *colour = member_string (target, "styleClass");
  const char *id = member_string (object, "id");
  const char *text = member_string (body, "value");
  KelAnnotation *a;

  if (exact == NULL || *exact == '\0' || !g_utf8_validate (exact, -1, NULL))
    return NULL;
  if (text == NULL)
    text = member_string (object, "bodyValue");

  a = g_object_new (KEL_TYPE_ANNOTATION, NULL);
  a->id = id && *id ? valid_copy (id) : kel_annotation_new_id ();
  if (g_strcmp0 (motivation, "bookmarking") == 0)
    a->kind = KEL_ANNOTATION_BOOKMARK;
  else if (g_strcmp0 (motivation, "commenting") == 0 || (text != NULL && *text != '\0' &&
                                                         g_strcmp0 (motivation, "highlighting") != 0))
    a->kind = KEL_ANNOTATION_NOTE;
  else
    a->kind = KEL_ANNOTATION_HIGHLIGHT;
  a->colour = g_strdup (kel_annotation_colour_is_valid (colour) ? colour : kel_annotation_colours ()[0]);
  a->text = valid_copy (text ? text : "");
  a->created = parse_time (member_string (object, "created"));
  a->modified = parse_time (member_string (object, "modified"));
  if (a->modified == 0)
    a->modified = a->created;
  a->eid = valid_copy (eid);
  a->exact = g_strdup (exact);
  a->prefix = valid_copy (member_string (quote, "prefix") ? member_string (quote, "prefix") : "");
  a->suffix = valid_copy (member_string (quote, "suffix") ? member_string (quote, "suffix") : "");
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
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *root;
  JsonArray *items = NULL;
  JsonObject *object = NULL;

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
  if (nesting_depth (json, (gsize) length, MAX_DEPTH) < 0)
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                   _("%s nests lists and objects more than %d deep; notes never do"), name, MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, json, length, &local))
    {
      g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID, _("%s is not JSON: %s"), name, local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      const char *type;

      object = json_node_get_object (root);
      type = member_string (object, "type");
      if (g_strcmp0 (type, "AnnotationCollection") == 0)
        {
          JsonObject *first = member_object (object, "first");
          JsonNode *node = first ? json_object_get_member (first, "items") : json_object_get_member (object, "items");

          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
            items = json_node_get_array (node);
          else if (node != NULL || first != NULL)
            {
              g_set_error (error, KEL_ERROR, KEL_ERROR_INVALID,
                           _("%s is an annotation collection without a list of items"), name);
              return NULL;
            }
        }
      else if (g_strcmp0 (type, "AnnotationPage") == 0)
        {
          JsonNode *node = json_object_get_member (object, "items");

          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
            items = json_node_get_array (node);
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
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonNode *node = json_array_get_element (items, i);
          KelAnnotation *a = JSON_NODE_HOLDS_OBJECT (node) ? annotation_from_json (json_node_get_object (node)) : NULL;

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
