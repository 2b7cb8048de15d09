/*
 * Synchronisation words that live in memory shared between processes (MAP_SHARED), built on the
 * futex: the kernel keys a shared futex by its physical page, so processes that mapped the same
 * memory at different addresses still meet on it. Every wait takes an absolute deadline on
 * CLOCK_MONOTONIC in nanoseconds, or -1 for none. Results: 0, or ETIMEDOUT.
 *
 * Off Linux there is no shared futex; waits fall back to polling with short sleeps.
 */
#ifndef CSHAREDSYNC_H
#define CSHAREDSYNC_H

#include <stdint.h>

/* Python's multiprocessing.Lock: not owned, so any process may release it.
   0 = free, 1 = taken, 2 = taken and someone may be sleeping. */
static inline int cprim_plock_try(uint32_t *word) {
    uint32_t expected = 0;
    return __atomic_compare_exchange_n(word, &expected, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
int cprim_plock_acquire_slow(uint32_t *word, int64_t deadline_ns);
/* Returns 0, or -1 when the lock was not taken (Python raises ValueError then). */
int cprim_plock_release(uint32_t *word);
static inline int cprim_plock_is_taken(uint32_t *word) {
    return __atomic_load_n(word, __ATOMIC_RELAXED) != 0;
}

/* A counting semaphore: `value` and the number of sleepers, side by side. */
typedef struct {
    uint32_t value;
    uint32_t sleepers;
} cprim_psem;
static inline int cprim_psem_try(cprim_psem *semaphore) {
    uint32_t value = __atomic_load_n(&semaphore->value, __ATOMIC_RELAXED);
    while (value > 0) {
        if (__atomic_compare_exchange_n(&semaphore->value, &value, value - 1, 1, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED)) {
            return 1;
        }
    }
    return 0;
}
int cprim_psem_acquire_slow(cprim_psem *semaphore, int64_t deadline_ns);
/* Adds one; with `bound` > 0 refuses (returns -1) to go above it, as a BoundedSemaphore must. */
int cprim_psem_release(cprim_psem *semaphore, uint32_t bound);
/* Adds `count` in one step, or nothing (returns -1) if that would go above `bound`, so that a
   refused release(n) leaves no partial increase behind. */
int cprim_psem_release_many(cprim_psem *semaphore, uint32_t count, uint32_t bound);

/* An event flag: 0 clear, 1 set. */
int cprim_pevent_wait(uint32_t *flag, int64_t deadline_ns);
void cprim_pevent_set(uint32_t *flag);
void cprim_pevent_clear(uint32_t *flag);

/* A condition variable's generation counter: read it while holding the lock, release the lock,
   then wait for the generation to move on; a notify in between is never lost. */
static inline uint32_t cprim_pcond_generation(uint32_t *generation) {
    return __atomic_load_n(generation, __ATOMIC_ACQUIRE);
}
int cprim_pcond_wait(uint32_t *generation, uint32_t seen, int64_t deadline_ns);
void cprim_pcond_notify(uint32_t *generation, int count);

/* Atomic helpers for counters kept in shared memory. */
static inline uint64_t cprim_shared_add64(uint64_t *counter, uint64_t amount) {
    return __atomic_add_fetch(counter, amount, __ATOMIC_RELAXED);
}
static inline uint64_t cprim_shared_load64(uint64_t *counter) {
    return __atomic_load_n(counter, __ATOMIC_RELAXED);
}
static inline void cprim_shared_store64(uint64_t *counter, uint64_t value) {
    __atomic_store_n(counter, value, __ATOMIC_RELAXED);
}
static inline uint32_t cprim_shared_load32(uint32_t *word) {
    return __atomic_load_n(word, __ATOMIC_ACQUIRE);
}
static inline void cprim_shared_store32(uint32_t *word, uint32_t value) {
    __atomic_store_n(word, value, __ATOMIC_RELEASE);
}
static inline uint32_t cprim_shared_add32(uint32_t *word, int32_t amount) {
    return __atomic_add_fetch(word, (uint32_t)amount, __ATOMIC_ACQ_REL);
}

/* A counter one side of a shared structure publishes and the other observes: the store makes
   everything written before it visible to whoever loads the new value. Both are sequentially
   consistent, because a waiter's "count myself in, then look again" and a publisher's "publish,
   then look for sleepers" (cprim_waitset_*) must not both miss each other. */
static inline void cprim_shared_publish64(uint64_t *counter, uint64_t value) {
    __atomic_store_n(counter, value, __ATOMIC_SEQ_CST);
}
static inline uint64_t cprim_shared_observe64(uint64_t *counter) {
    return __atomic_load_n(counter, __ATOMIC_SEQ_CST);
}

/* A wait set: sleepers that a waker counts out as it wakes them. The low half of the word is the
   generation the sleepers wait on, the high half how many are counted in. Both live in one word
   so that "take everyone off the count and move the generation on" is a single step: a sleeper
   that wakes can then tell by the generation alone whether it was counted out, and a fast
   publisher pays for a wake-up only once per batch of sleepers, not once per item. */
#define CPRIM_WAITSET_ONE_SLEEPER ((uint64_t)1 << 32)
/* Counts the caller in; returns the generation to wait on. Look at the condition again after
   this, before sleeping. */
static inline uint32_t cprim_waitset_enter(uint64_t *set) {
    return (uint32_t)__atomic_add_fetch(set, CPRIM_WAITSET_ONE_SLEEPER, __ATOMIC_SEQ_CST);
}
/* Counts the caller out again, unless a waker already did (the generation moved on). */
static inline void cprim_waitset_leave(uint64_t *set, uint32_t generation) {
    uint64_t seen = __atomic_load_n(set, __ATOMIC_RELAXED);
    while ((uint32_t)seen == generation && (seen >> 32) > 0) {
        if (__atomic_compare_exchange_n(set, &seen, seen - CPRIM_WAITSET_ONE_SLEEPER, 1, __ATOMIC_SEQ_CST,
                                        __ATOMIC_RELAXED)) {
            return;
        }
    }
}
/* If anyone is counted in: counts them all out, moves the generation on and returns 1; the
   caller then calls cprim_waitset_wake (after letting go of any lock, so sleepers do not wake
   into it). */
static inline int cprim_waitset_take_sleepers(uint64_t *set) {
    uint64_t seen = __atomic_load_n(set, __ATOMIC_SEQ_CST);
    while ((seen >> 32) > 0) {
        uint64_t next = (uint64_t)((uint32_t)seen + 1);
        if (__atomic_compare_exchange_n(set, &seen, next, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) return 1;
    }
    return 0;
}
/* Sleeps while the generation is still `generation`, until woken or the deadline; 0 or ETIMEDOUT. */
int cprim_waitset_wait(uint64_t *set, uint32_t generation, int64_t deadline_ns);
/* Wakes every process sleeping on the set. */
void cprim_waitset_wake(uint64_t *set);

/* Tells the CPU this is a spin-wait loop (x86 `pause`, ARM `yield`). */
static inline void cprim_cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* The calling thread's kernel id, as cprim_thread_id() returns it, cached per thread so that an
   RLock can recognise its owner without a system call. A forked child's only thread starts with
   the cache cleared (a pthread_atfork handler), since it has a new id. */
extern __thread long cprim_cached_thread_id;
long cprim_cache_thread_id(void);
static inline long cprim_current_thread_id(void) {
    long id = cprim_cached_thread_id;
    return id != 0 ? id : cprim_cache_thread_id();
}

/* Wakes at most `count` processes sleeping on `word` (INT32_MAX: all). */
void cprim_shared_wake(uint32_t *word, int count);
/* Sleeps while `*word == expected`, until woken or the deadline; 0 or ETIMEDOUT. */
int cprim_shared_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns);

#endif
