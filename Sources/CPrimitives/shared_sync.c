#define _GNU_SOURCE
#include "CSharedSync.h"
#include "CPrimitives.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "CProcesses.h"
#include "futex.h"

/* How many times a semaphore waiter tries again before sleeping: a holder on the other CPU
   usually releases within this, and a sleep-and-wake costs microseconds. */
#define SPINS_BEFORE_SLEEP 100

/* A lock waiter looks at the word only every PLOCK_PAUSES pauses (about a microsecond here), up
   to PLOCK_LOOKS times, before it sleeps. Looking at every pause took the word's cache line from
   the holder each time, so two processes taking turns at one lock handed it over at nearly every
   acquire, each handover a round trip between CPUs: a SharedValue incremented under its lock
   from two processes ran at a third to a half of C's rate, now at 0.8-1x. Spaced looks let the
   holder take the lock again a few times in a row, as a glibc mutex, whose waiters sleep at
   once, lets it too. */
#define PLOCK_LOOKS 4
#define PLOCK_PAUSES 64

/* The longest a lock waiter sleeps before looking at the word again. A release wakes exactly one
   sleeper; if that one is killed before it takes the lock (a demo's processes are terminated at
   any moment), the wake-up is lost and the others would sleep on a free lock for ever. */
#define LOCK_RECHECK_NS 50000000LL

int cprim_shared_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns) {
    return cprim_futex_wait(word, expected, deadline_ns, 1);
}

void cprim_shared_wake(uint32_t *word, int count) {
    cprim_futex_wake(word, count, 1);
}

int cprim_plock_acquire_slow(uint32_t *word, int64_t deadline_ns) {
    for (int look = 0; look < PLOCK_LOOKS; look++) {
        for (int pause = 0; pause < PLOCK_PAUSES; pause++) cprim_cpu_relax();
        if (__atomic_load_n(word, __ATOMIC_RELAXED) == 0 && cprim_plock_try(word)) return 0;
    }
    /* Drepper's "futexes are tricky" mutex: mark the word contended before sleeping, so the
       releaser knows to wake someone. */
    while (__atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE) != 0) {
        int64_t recheck = cprim_monotonic_now_ns() + LOCK_RECHECK_NS;
        int64_t until = (deadline_ns >= 0 && deadline_ns < recheck) ? deadline_ns : recheck;
        if (cprim_shared_wait(word, 2, until) == ETIMEDOUT && deadline_ns >= 0 && cprim_monotonic_now_ns() >= deadline_ns) {
            /* One last try: the lock may have come free just as time ran out. */
            return __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE) == 0 ? 0 : ETIMEDOUT;
        }
    }
    return 0;
}

int cprim_plock_release(uint32_t *word) {
    uint32_t previous = __atomic_exchange_n(word, 0, __ATOMIC_RELEASE);
    if (previous == 0) return -1;
    if (previous == 2) cprim_shared_wake(word, 1);
    return 0;
}

int cprim_psem_acquire_slow(cprim_psem *semaphore, int64_t deadline_ns) {
    for (int spin = 0; spin < SPINS_BEFORE_SLEEP; spin++) {
        if (cprim_psem_try(semaphore)) return 0;
        cprim_cpu_relax();
    }
    for (;;) {
        if (cprim_psem_try(semaphore)) return 0;
        __atomic_add_fetch(&semaphore->sleepers, 1, __ATOMIC_SEQ_CST);
        int result = cprim_shared_wait(&semaphore->value, 0, deadline_ns);
        __atomic_sub_fetch(&semaphore->sleepers, 1, __ATOMIC_SEQ_CST);
        if (result == ETIMEDOUT) return cprim_psem_try(semaphore) ? 0 : ETIMEDOUT;
    }
}

int cprim_psem_release(cprim_psem *semaphore, uint32_t bound) {
    return cprim_psem_release_many(semaphore, 1, bound > 0 ? bound : UINT32_MAX);
}

int cprim_psem_release_many(cprim_psem *semaphore, uint32_t count, uint32_t bound) {
    uint32_t value = __atomic_load_n(&semaphore->value, __ATOMIC_RELAXED);
    do {
        if (value > bound || count > bound - value) return -1;
    } while (!__atomic_compare_exchange_n(&semaphore->value, &value, value + count, 1, __ATOMIC_SEQ_CST,
                                          __ATOMIC_RELAXED));
    if (__atomic_load_n(&semaphore->sleepers, __ATOMIC_SEQ_CST) > 0) {
        cprim_shared_wake(&semaphore->value, count > INT_MAX ? INT_MAX : (int)count);
    }
    return 0;
}

int cprim_pevent_wait(uint32_t *flag, int64_t deadline_ns) {
    while (__atomic_load_n(flag, __ATOMIC_ACQUIRE) == 0) {
        if (cprim_shared_wait(flag, 0, deadline_ns) == ETIMEDOUT) {
            return __atomic_load_n(flag, __ATOMIC_ACQUIRE) ? 0 : ETIMEDOUT;
        }
    }
    return 0;
}

void cprim_pevent_set(uint32_t *flag) {
    __atomic_store_n(flag, 1, __ATOMIC_RELEASE);
    cprim_shared_wake(flag, INT_MAX);
}

void cprim_pevent_clear(uint32_t *flag) {
    __atomic_store_n(flag, 0, __ATOMIC_RELEASE);
}

int cprim_pcond_wait(uint32_t *generation, uint32_t seen, int64_t deadline_ns) {
    return cprim_shared_wait(generation, seen, deadline_ns);
}

void cprim_pcond_notify(uint32_t *generation, int count) {
    __atomic_add_fetch(generation, 1, __ATOMIC_RELEASE);
    cprim_shared_wake(generation, count);
}

/* The futex is the 32-bit generation half of the wait set's word. */
static uint32_t *waitset_generation(uint64_t *set) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return (uint32_t *)set + 1;
#else
    return (uint32_t *)set;
#endif
}

int cprim_waitset_wait(uint64_t *set, uint32_t generation, int64_t deadline_ns) {
    return cprim_shared_wait(waitset_generation(set), generation, deadline_ns);
}

void cprim_waitset_wake(uint64_t *set) {
    cprim_shared_wake(waitset_generation(set), INT_MAX);
}

__thread long cprim_cached_thread_id;

static void forget_thread_id(void) {
    cprim_cached_thread_id = 0;
}

/* Registered once at load time, before any fork a demo could make. */
__attribute__((constructor)) static void forget_thread_id_in_children(void) {
    pthread_atfork(NULL, NULL, forget_thread_id);
}

long cprim_cache_thread_id(void) {
    cprim_cached_thread_id = cprim_thread_id();
    return cprim_cached_thread_id;
}

/* How long a trace-lock waiter waits before asking whether the holder is still alive: far
   longer than writing one event takes. */
#define TRACE_HOLDER_CHECK_NS 200000000LL

void cprim_trace_lock(cprim_process_tree *tree) {
    uint32_t self = (uint32_t)getpid();
    while (!cprim_plock_try(&tree->trace_lock)) {
        if (cprim_plock_acquire_slow(&tree->trace_lock, cprim_monotonic_now_ns() + TRACE_HOLDER_CHECK_NS) == 0) break;
        uint32_t holder = __atomic_load_n(&tree->trace_lock_holder, __ATOMIC_ACQUIRE);
        if (holder != 0 && holder != self && kill((pid_t)holder, 0) == -1 && errno == ESRCH &&
            __atomic_compare_exchange_n(&tree->trace_lock_holder, &holder, self, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_RELAXED)) {
            /* The holder died with the lock held: the word still says taken, and now it is ours. */
            return;
        }
    }
    __atomic_store_n(&tree->trace_lock_holder, self, __ATOMIC_RELEASE);
}

void cprim_trace_unlock(cprim_process_tree *tree) {
    __atomic_store_n(&tree->trace_lock_holder, 0, __ATOMIC_RELEASE);
    cprim_plock_release(&tree->trace_lock);
}
