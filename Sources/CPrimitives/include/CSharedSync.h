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
