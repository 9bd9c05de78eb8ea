/* fuzz-common.h — what the libFuzzer harnesses share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A harness must find bugs in the model, not in itself: every check here
 * is a promise that a header of src/model/ makes, and a broken promise
 * stops the run with a message saying which one (FUZZ_CHECK), so that
 * libFuzzer keeps the input that broke it.
 */
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kel-document.h"
#include "kel-error.h"

#define FUZZ_CHECK(cond)                                                  \
  G_STMT_START {                                                          \
    if (G_UNLIKELY (!(cond)))                                             \
      {                                                                   \
        fprintf (stderr, "%s:%d: broken promise: %s\n",                   \
                 __FILE__, __LINE__, #cond);                              \
        abort ();                                                         \
      }                                                                   \
  } G_STMT_END

/* Criticals and warnings from the model mean a guard for programmer errors
 * was reached from input: a bug, as fatal as a crash. */
static inline void
fuzz_init_glib (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("G_DEBUG", "fatal-criticals", TRUE);
}

/* The input as a NUL-terminated string (cut at its first NUL). */
static inline char *
fuzz_strdup (const guint8 *data,
             size_t        size)
{
  char *s = g_malloc (size + 1);

  memcpy (s, data, size);
  s[size] = '\0';
  return s;
}

/* A GError from the model: in its domain, one readable line. */
static inline void
fuzz_check_error (const GError *error)
{
  FUZZ_CHECK (error != NULL);
  FUZZ_CHECK (error->domain == KEL_ERROR);
  FUZZ_CHECK (error->message != NULL && error->message[0] != '\0');
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
  /* one line, as a window's message bar or a terminal shows it */
  for (const char *p = error->message; *p; p = g_utf8_next_char (p))
    FUZZ_CHECK (!g_unichar_iscntrl (g_utf8_get_char (p)));
}

/* The bundled agreement, loaded once. */
static inline KelDocument *
fuzz_bundled (void)
{
  static KelDocument *doc = NULL;

  if (doc == NULL)
    {
      g_autoptr(GError) error = NULL;

      doc = kel_document_new_bundled (&error);
      if (doc == NULL)
        {
          fprintf (stderr, "the bundled edition does not load: %s\n", error->message);
          abort ();
        }
    }
  return doc;
}

/* libFuzzer's entry points, which every harness defines */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* Defines LLVMFuzzerInitialize for a harness that needs nothing else: GLib's
 * fatal warnings, and the bundled agreement loaded (which registers the
 * types and the resource once, outside any input). */
#define FUZZ_DEFINE_INITIALIZE_BUNDLED()                                  \
  int                                                                     \
  LLVMFuzzerInitialize (int    *argc,                                     \
                        char ***argv)                                     \
  {                                                                       \
    fuzz_init_glib ();                                                    \
    (void) fuzz_bundled ();                                               \
    return 0;                                                             \
  }

/* The input as an Akoma Ntoso edition without a termbase: the document, or
 * NULL after checking that the error keeps kel-error.h's promises. */
static inline KelDocument *
fuzz_load_edition (const guint8 *data,
                   size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  KelDocument *doc;

  doc = kel_document_new_from_bytes (bytes, "fuzz.akn.xml", NULL, NULL, &error);
  if (doc == NULL)
    fuzz_check_error (error);
  else
    FUZZ_CHECK (error == NULL);
  return doc;
}
