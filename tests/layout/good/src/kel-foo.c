/* kel-foo.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include "kel-foo-private.h"
#include "kel-foo-name.h"

struct _KelFoo { GObject parent_instance; char *name; };

G_DEFINE_FINAL_TYPE (KelFoo, kel_foo, G_TYPE_OBJECT)

static void kel_foo_class_init (KelFooClass *klass) { }
static void kel_foo_init (KelFoo *self) { }

/**
 * kel_foo_new:
 *
 * Returns: (transfer full): a new foo
 */
KelFoo *
kel_foo_new (void)
{
  return g_object_new (KEL_TYPE_FOO, NULL);
}

/**
 * kel_foo_get_name:
 * @self: a foo
 *
 * Returns: (nullable): its name
 */
const char *
kel_foo_get_name (KelFoo *self)
{
  return self->name;
}
