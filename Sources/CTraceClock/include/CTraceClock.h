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
