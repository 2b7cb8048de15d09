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
/* As cprim_thread_wait, but first spins for up to 60 microseconds (or until the deadline),
   watching the word, when spinning has paid for this thread lately (the policy is in spin.h).
   Returns 0 also when the word changed during the spin. */
int cprim_thread_wait_spinning(uint32_t *word, uint32_t expected, int64_t deadline_ns);
/* Wakes at most `count` threads sleeping on `word` (INT32_MAX: all). */
void cprim_thread_wake(uint32_t *word, int count);

/* Python's threading.Lock. Bit 0 of the word is set while the lock is held; the rest counts
   the threads asleep waiting for it (in steps of 2), so that a release wakes someone only when
   someone sleeps. A lock word that only says "someone may sleep" (as the process lock's does)
   stays marked after its sleeper wakes, and every release after a handover paid for a futex
   call that woke nobody. No thread owns the lock, as in Python. */
static inline int cprim_tlock_try(uint32_t *word) {
    uint32_t value = __atomic_load_n(word, __ATOMIC_RELAXED);
    while (!(value & 1)) {
        if (__atomic_compare_exchange_n(word, &value, value | 1, 1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
            return 1;
        }
    }
    return 0;
}
static inline int cprim_tlock_is_taken(uint32_t *word) {
    return (__atomic_load_n(word, __ATOMIC_RELAXED) & 1) != 0;
}
/* The slow half of an acquire: spins as cprim_thread_wait_spinning does (looking at the word
   only about once a microsecond, with a record of its own), then sleeps until the lock is
   taken (0) or the deadline passes (ETIMEDOUT). */
int cprim_tlock_sleep_until_acquired(uint32_t *word, int64_t deadline_ns);
/* Returns 0, or -1 when the lock was not taken. Inline, as the acquire is: a call around one
   atomic instruction was a measurable part of an uncontended release. */
static inline int cprim_tlock_release(uint32_t *word) {
    uint32_t previous = __atomic_fetch_and(word, ~(uint32_t)1, __ATOMIC_RELEASE);
    if (!(previous & 1)) return -1;
    if (__builtin_expect(previous >> 1, 0)) cprim_thread_wake(word, 1);
    return 0;
}

#endif
