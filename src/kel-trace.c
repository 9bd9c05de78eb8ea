/* kel-trace.c — marks of the start-up phases, for the start-up benchmark
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application marks the moments of its start-up that nothing outside
 * can observe (the edition loaded, the window presented); the start-up
 * benchmark reads them in its child process.  A mark is a name and a
 * monotonic time: a few words of memory, no output.  The first mark of a
 * name is kept.
 */
#include "config.h"

#include "kel-trace.h"

#define MAX_MARKS 16

static struct
{
  const char *phase;
  gint64      when;
} marks[MAX_MARKS];
static guint n_marks;
G_LOCK_DEFINE_STATIC (marks);

/**
 * kel_trace_mark:
 * @phase: (not nullable): a static string naming the moment
 *
 * Records the time now, unless @phase was marked already.  Thread-safe.
 */
void
kel_trace_mark (const char *phase)
{
  gint64 now = g_get_monotonic_time ();

  G_LOCK (marks);
  for (guint i = 0; i < n_marks; i++)
    if (g_str_equal (marks[i].phase, phase))
      {
        G_UNLOCK (marks);
        return;
      }
  if (n_marks < MAX_MARKS)
    {
      marks[n_marks].phase = phase;
      marks[n_marks].when = now;
      n_marks++;
    }
  G_UNLOCK (marks);
}

/**
 * kel_trace_get_mark:
 * @phase: the moment's name
 * @when: (out): its monotonic time, in microseconds
 *
 * Returns: %TRUE if @phase was marked
 */
gboolean
kel_trace_get_mark (const char *phase,
                    gint64     *when)
{
  gboolean found = FALSE;

  G_LOCK (marks);
  for (guint i = 0; i < n_marks && !found; i++)
    if (g_str_equal (marks[i].phase, phase))
      {
        *when = marks[i].when;
        found = TRUE;
      }
  G_UNLOCK (marks);
  return found;
}
