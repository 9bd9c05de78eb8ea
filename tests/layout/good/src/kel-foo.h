/* kel-foo.h — a class whose functions are documented once, in kel-foo.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KEL_TYPE_FOO (kel_foo_get_type ())
G_DECLARE_FINAL_TYPE (KelFoo, kel_foo, KEL, FOO, GObject)

/* Construction (a section comment, a blank line after it) */

KelFoo     *kel_foo_new       (void);
const char *kel_foo_get_name  (KelFoo     *self);

G_END_DECLS
