/*
 * Synchronisation words for threads of one process, built on the futex with the kernel's
 * private flag, which skips the lookup a futex shared between processes needs. Every wait takes
 * an absolute deadline on CLOCK_MONOTONIC in nanoseconds, or -1 for none, and returns 0 or
 * ETIMEDOUT. The atomics on these words are the inline ones of CSharedSync.h.
 *
 * Off Linux there is no futex here; waits fall back to polling with short sleeps.
 */
#ifndef CTHREADSYNC_H
#define CTHREADSYNC_H

#include <stdint.h>

/* Sleeps while `*word == expected`, until woken (or spuriously) or the deadline passes. */
int cprim_thread_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns);
/* Wakes at most `count` threads sleeping on `word` (INT32_MAX: all). */
void cprim_thread_wake(uint32_t *word, int count);

/* Python's threading.Lock, the word as in cprim_plock_*: 0 free, 1 taken, 2 taken and someone
   may be sleeping. Taking it is cprim_plock_try; this is the slow half, without spinning. */
int cprim_tlock_sleep_until_acquired(uint32_t *word, int64_t deadline_ns);
/* Returns 0, or -1 when the lock was not taken. */
int cprim_tlock_release(uint32_t *word);

#endif
