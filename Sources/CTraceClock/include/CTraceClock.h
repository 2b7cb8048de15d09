/*
 * What a traced primitive needs per event that Swift cannot do cheaply: read the CPU's
 * time-stamp counter, and find the calling thread's event buffer without a library call.
 */
#ifndef CTRACECLOCK_H
#define CTRACECLOCK_H

#include <stdint.h>
#include <time.h>

/* Nonzero when ctrace_ticks() reads the CPU's counter, which then runs at a constant rate,
   never stops and agrees between cores; zero when it reads CLOCK_MONOTONIC in nanoseconds.
   Decided once when the program loads. */
extern int ctrace_uses_counter;

/* ctrace_uses_counter, for Swift, which may not read a C global it cannot prove immutable. */
static inline int ctrace_counter_in_use(void) { return ctrace_uses_counter; }

/* A time stamp for a trace event: counter ticks, or CLOCK_MONOTONIC nanoseconds (see
   ctrace_uses_counter). The read is ordered after every earlier instruction of the thread, so
   an event recorded after taking a lock another thread released is stamped after that
   thread's release event, whichever cores they ran on. */
static inline uint64_t ctrace_ticks(void) {
    if (__builtin_expect(ctrace_uses_counter, 1)) {
#if defined(__x86_64__)
        uint32_t low, high;
        /* LFENCE waits for earlier loads (the lock word just taken) before the counter is read. */
        __asm__ volatile("lfence\n\trdtsc" : "=a"(low), "=d"(high) : : "memory");
        return ((uint64_t)high << 32) | low;
#elif defined(__aarch64__)
        uint64_t value;
        __asm__ volatile("isb\n\tmrs %0, cntvct_el0" : "=r"(value) : : "memory");
        return value;
#endif
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

/* A time stamp like ctrace_ticks(), without its wait for earlier instructions, which costs
   more than the rest of recording an event. On x86-64 the counter is still read before any
   later store of the thread becomes visible (RDTSC executes before it retires; stores leave
   the core after theirs), so the stamp is no later than what the thread publishes next; but
   it may be earlier than what the thread observed last, and a caller orders it after that by
   other means (see EventOrder). Elsewhere nothing documents that guarantee for the
   counter, so this is ctrace_ticks(). */
static inline uint64_t ctrace_ticks_unfenced(void) {
#if defined(__x86_64__)
    if (__builtin_expect(ctrace_uses_counter, 1)) {
        uint32_t low, high;
        __asm__ volatile("rdtsc" : "=a"(low), "=d"(high) : : "memory");
        return ((uint64_t)high << 32) | low;
    }
#endif
    return ctrace_ticks();
}

/* ctrace_ticks() for a reader: also ordered before every later instruction, so that what the
   reader loads next was loaded after the stamp was read. */
static inline uint64_t ctrace_ticks_fenced(void) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    uint64_t ticks = ctrace_ticks();
#if defined(__x86_64__)
    __asm__ volatile("lfence" : : : "memory");
#elif defined(__aarch64__)
    __asm__ volatile("isb" : : : "memory");
#endif
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return ticks;
}

/* Asks for the cache line at `address` in a state ready to be written. A traced primitive's
   next atomic instruction waits until every store before it has reached the cache, so a
   store to an event slot whose line still has to come from memory holds up the lock: events
   are written a line ahead of time (see ThreadEventBuffer.append). A hint, never a fault. */
static inline void ctrace_prepare_to_write(const void *address) {
#if defined(__x86_64__)
    /* PREFETCHW; processors without it execute this encoding as a no-op. */
    __asm__ volatile("prefetchw %0" : : "m"(*(const char *)address));
#else
    __builtin_prefetch(address, 1, 3);
#endif
}

/* The calling thread's trace buffer (an opaque, retained object), or NULL. A thread-local
   variable rather than a pthread key: reading it is one load, where pthread_getspecific is a
   call on every event. */
#if defined(__ELF__)
/* The program's own static TLS block: one load off the thread pointer, no lookup call. */
#define CTRACE_TLS_MODEL __attribute__((tls_model("initial-exec")))
#else
#define CTRACE_TLS_MODEL
#endif
extern __thread void *ctrace_thread_buffer CTRACE_TLS_MODEL;

static inline void *ctrace_current_buffer(void) { return ctrace_thread_buffer; }

static inline void ctrace_set_current_buffer(void *buffer) { ctrace_thread_buffer = buffer; }

/* The raw ActorID the calling thread acts as (0 when none), read for every event a traced
   primitive records: a thread-local variable for the same reason as the buffer's. */
extern __thread intptr_t ctrace_thread_actor CTRACE_TLS_MODEL;

static inline intptr_t ctrace_current_actor(void) { return ctrace_thread_actor; }

static inline void ctrace_set_current_actor(intptr_t actor) { ctrace_thread_actor = actor; }

#endif
