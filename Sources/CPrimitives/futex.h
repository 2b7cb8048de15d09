/*
 * The futex calls under both CSharedSync.h (words in memory shared between processes) and
 * CThreadSync.h (words of one process, with the kernel's cheaper private flag). Internal to
 * this module. Deadlines are absolute CLOCK_MONOTONIC nanoseconds, or -1 for none.
 */
#ifndef CPRIM_FUTEX_H
#define CPRIM_FUTEX_H

#include <stdint.h>

int64_t cprim_monotonic_now_ns(void);

/* Sleeps while `*word == expected`; 0 when woken (or spuriously), or ETIMEDOUT. */
int cprim_futex_wait(uint32_t *word, uint32_t expected, int64_t deadline_ns, int shared);
void cprim_futex_wake(uint32_t *word, int count, int shared);

#endif
