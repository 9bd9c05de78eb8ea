/* kel-test-util.h — what the tests and benchmarks share, without GTK
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

/* 1 in a build with AddressSanitizer, where resident memory is the
 * sanitizer's as much as the program's: tests print it, not assert it */
#if defined(__SANITIZE_ADDRESS__)
# define KEL_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define KEL_TEST_UNDER_ASAN 1
# endif
#endif
#ifndef KEL_TEST_UNDER_ASAN
# define KEL_TEST_UNDER_ASAN 0
#endif

void         kel_test_init             (int          *argc,
                                        char       ***argv);
KelDocument *kel_test_load_bundled     (void);
KelDocument *kel_test_bundled          (void);
char        *kel_test_shared_file      (const char   *relative);
gboolean     kel_test_remove_tree      (const char   *path);
const KelSpan *kel_test_first_span_in  (KelDocument  *doc,
                                        const char   *eid,
                                        KelSpanKind   kind,
                                        const char   *target);

typedef struct
{
  char *out;
  char *err;
  int   status;   /* the exit status */
} KelTestRun;

void         kel_test_run_clear        (KelTestRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KelTestRun, kel_test_run_clear)
void         kel_test_run_argv         (KelTestRun   *run,
                                        const char   *program,
                                        const char  **args);
void         kel_test_run              (KelTestRun   *run,
                                        const char   *program,
                                        ...) G_GNUC_NULL_TERMINATED;

void         kel_test_sort_doubles     (double       *values,
                                        guint         n);
void         kel_test_make_notes       (KelDocument  *doc,
                                        const char   *dir,
                                        guint         n_notes);

double       kel_test_median           (double       *values,
                                        guint         n);
gsize        kel_test_resident_bytes   (void);
double       kel_test_cpu_ms           (void);

G_END_DECLS
