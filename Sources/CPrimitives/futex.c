#define _GNU_SOURCE
#include "futex.h"

#include <errno.h>
#include <time.h>

#if defined(__linux__)
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

int64_t cprim_monotonic_now_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000LL + now.tv_nsec;
}

int cprim_futex_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns, int shared) {
    if (deadline_ns >= 0 && cprim_monotonic_now_ns() >= deadline_ns) return ETIMEDOUT;
#if defined(__linux__)
    struct timespec deadline;
    struct timespec *limit = NULL;
    if (deadline_ns >= 0) {
        deadline.tv_sec = deadline_ns / 1000000000LL;
        deadline.tv_nsec = deadline_ns % 1000000000LL;
        limit = &deadline;
    }
    /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC time, so a retried wait never
       stretches its timeout. A shared futex has no _PRIVATE flag: its waker is another process. */
    int operation = shared ? FUTEX_WAIT_BITSET : FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG;
    long result = syscall(SYS_futex, word, operation, expected, limit, NULL, FUTEX_BITSET_MATCH_ANY);
    if (result < 0 && errno == ETIMEDOUT) return ETIMEDOUT;
    return 0;
#else
    (void)shared;
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) != expected) return 0;
    struct timespec pause = {0, 200000};
    nanosleep(&pause, NULL);
    return (deadline_ns >= 0 && cprim_monotonic_now_ns() >= deadline_ns) ? ETIMEDOUT : 0;
#endif
}

void cprim_futex_wake(uint32_t *word, int count, int shared) {
#if defined(__linux__)
    syscall(SYS_futex, word, shared ? FUTEX_WAKE : FUTEX_WAKE | FUTEX_PRIVATE_FLAG, count, NULL, NULL, 0);
#else
    (void)word;
    (void)count;
    (void)shared;
#endif
}
