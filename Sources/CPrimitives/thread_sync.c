#define _GNU_SOURCE
#include "CThreadSync.h"
#include "CSharedSync.h"

#include "futex.h"
#include "spin.h"

#include <errno.h>

int cprim_thread_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns) {
    return cprim_futex_wait(word, expected, deadline_ns, 0);
}

/* Pauses between looks: a waiter for a word only it and its waker use looks often; a waiter for
   a lock looks about once a microsecond, so as not to take the lock's cache line from a holder
   that takes the lock again and again. */
#define WAIT_SPIN_PAUSES 8
#define LOCK_SPIN_PAUSES 64

static __thread struct cprim_spin_record word_waits;
static __thread struct cprim_spin_record lock_waits;

int cprim_thread_wait_spinning(uint32_t *word, uint32_t expected, int64_t deadline_ns) {
    if (cprim_should_spin(&word_waits)) {
        int64_t end = cprim_spin_end(deadline_ns);
        int changed = 0;
        do {
            for (int pause = 0; pause < WAIT_SPIN_PAUSES; pause++) cprim_cpu_relax();
            changed = __atomic_load_n(word, __ATOMIC_ACQUIRE) != expected;
        } while (!changed && cprim_monotonic_now_ns() < end);
        cprim_note_spin(&word_waits, changed);
        if (changed) return 0;
    }
    return cprim_thread_wait(word, expected, deadline_ns);
}

/* For a lock waiter about to sleep: spins until it takes the lock (1) or the spin ends (0). */
static int spin_for_lock(uint32_t *word, int64_t deadline_ns) {
    if (!cprim_should_spin(&lock_waits)) return 0;
    int64_t end = cprim_spin_end(deadline_ns);
    int taken = 0;
    do {
        for (int pause = 0; pause < LOCK_SPIN_PAUSES; pause++) cprim_cpu_relax();
        taken = !cprim_tlock_is_taken(word) && cprim_tlock_try(word);
    } while (!taken && cprim_monotonic_now_ns() < end);
    cprim_note_spin(&lock_waits, taken);
    return taken;
}

void cprim_thread_wake(uint32_t *word, int count) {
    cprim_futex_wake(word, count, 0);
}

/* Takes the lock if it is free, unregistering this sleeper in the same step; `value` is the
   word as last seen, updated on failure. */
static int take_as_sleeper(uint32_t *word, uint32_t *value) {
    while (!(*value & 1)) {
        if (__atomic_compare_exchange_n(word, value, (*value | 1) - 2, 1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
            return 1;
        }
    }
    return 0;
}

int cprim_tlock_sleep_until_acquired(uint32_t *word, int64_t deadline_ns) {
    if (spin_for_lock(word, deadline_ns)) return 0;
    uint32_t value = __atomic_add_fetch(word, 2, __ATOMIC_ACQ_REL);
    for (;;) {
        if (take_as_sleeper(word, &value)) return 0;
        /* Any change of the word (a release, another sleeper) ends the wait early; the loop
           looks again. A thread cannot die holding the lock without its whole process, so
           unlike the process lock no sleep needs a recheck. */
        if (cprim_thread_wait(word, value, deadline_ns) == ETIMEDOUT) {
            value = __atomic_load_n(word, __ATOMIC_RELAXED);
            for (;;) {
                if (take_as_sleeper(word, &value)) return 0;
                /* Still held: leave the count. A wake-up only reaches threads still asleep, so
                   giving up here cannot swallow one meant for another sleeper. */
                if (__atomic_compare_exchange_n(word, &value, value - 2, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
                    return ETIMEDOUT;
                }
            }
        }
        value = __atomic_load_n(word, __ATOMIC_RELAXED);
    }
}

