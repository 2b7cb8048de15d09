#define _GNU_SOURCE
#include "CThreadSync.h"

#include <errno.h>
#include <time.h>

#if defined(__linux__)
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

static int64_t monotonic_now_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000LL + now.tv_nsec;
}

int cprim_thread_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns) {
#if defined(__linux__)
    struct timespec deadline;
    struct timespec *limit = NULL;
    if (deadline_ns >= 0) {
        deadline.tv_sec = deadline_ns / 1000000000LL;
        deadline.tv_nsec = deadline_ns % 1000000000LL;
        limit = &deadline;
    }
    /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC time, so a wait that is interrupted
       and retried never stretches its timeout. A deadline already past returns ETIMEDOUT at once. */
    long result = syscall(SYS_futex, word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, expected, limit, NULL,
                          FUTEX_BITSET_MATCH_ANY);
    if (result < 0 && errno == ETIMEDOUT) return ETIMEDOUT;
    return 0;
#else
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) != expected) return 0;
    struct timespec pause = {0, 200000};
    nanosleep(&pause, NULL);
    return (deadline_ns >= 0 && monotonic_now_ns() >= deadline_ns) ? ETIMEDOUT : 0;
#endif
}

void cprim_thread_wake(uint32_t *word, int count) {
#if defined(__linux__)
    syscall(SYS_futex, word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, count, NULL, NULL, 0);
#else
    (void)word;
    (void)count;
#endif
}

int cprim_tlock_sleep_until_acquired(uint32_t *word, int64_t deadline_ns) {
    /* Drepper's "futexes are tricky" mutex: mark the word contended before sleeping, so that
       the release that frees it knows to wake someone. A thread cannot die holding the lock
       without its whole process, so unlike the process lock there is no periodic recheck. */
    while (__atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE) != 0) {
        if (cprim_thread_wait(word, 2, deadline_ns) == ETIMEDOUT ||
            (deadline_ns >= 0 && monotonic_now_ns() >= deadline_ns)) {
            /* One last try: the lock may have come free just as time ran out. Writing 2 keeps
               a wake-up this waiter may have absorbed flowing to the next sleeper. */
            return __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE) == 0 ? 0 : ETIMEDOUT;
        }
    }
    return 0;
}

int cprim_tlock_release(uint32_t *word) {
    uint32_t previous = __atomic_exchange_n(word, 0, __ATOMIC_RELEASE);
    if (previous == 0) return -1;
    if (previous == 2) cprim_thread_wake(word, 1);
    return 0;
}
