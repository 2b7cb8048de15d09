#include "CThreadSync.h"

#include "futex.h"

int cprim_thread_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns) {
    return cprim_futex_wait(word, expected, deadline_ns, 0);
}

void cprim_thread_wake(uint32_t *word, int count) {
    cprim_futex_wake(word, count, 0);
}

int cprim_tlock_sleep_until_acquired(uint32_t *word, int64_t deadline_ns) {
    /* A thread cannot die holding the lock without its whole process, so unlike the process
       lock no sleep needs a recheck. */
    return cprim_futex_lock_sleep(word, deadline_ns, 0, -1);
}

int cprim_tlock_release(uint32_t *word) {
    return cprim_futex_unlock(word, 0);
}
