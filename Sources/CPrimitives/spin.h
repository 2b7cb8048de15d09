/*
 * When a waiter should spin before it sleeps, for the waits that do (CThreadSync.h's
 * cprim_thread_wait_spinning, the thread lock, CPrimitives.h's cprim_receive_spinning). Internal
 * to this module.
 *
 * A thread that another CPU wakes from sleep is back only once that CPU has been woken too,
 * which on the virtual machine the benchmarks ran on takes 30-50 microseconds, while the other
 * side of a hand-over that is awake answers within one or two. A spin must outlast that
 * wake-up: when one side of a hand-over did sleep, the other side's spin still sees the answer
 * and both go back to spinning, where a shorter spin failed every time and each failure made
 * the next side sleep too. Spinning pays only when the other side runs on another CPU
 * meanwhile, so each thread keeps a record per kind of wait: after a spin that ended in sleep
 * anyway it skips spinning for the next 1, 3, 7 ... up to 1023 waits, and after one that paid
 * it spins every time. No wait spins where only one CPU is online.
 */
#ifndef CPRIM_SPIN_H
#define CPRIM_SPIN_H

#include <stdint.h>

#define CPRIM_SPIN_BUDGET_NS 60000

/* One thread's record of whether spinning pays, for one kind of wait: keep it `__thread`. */
struct cprim_spin_record {
    int waits_to_skip;
    int skips_after_failure;
};

/* Whether this wait should spin; counts a skipped wait. */
int cprim_should_spin(struct cprim_spin_record *record);
/* Records how a spin ended: `paid` when what it waited for came during the spin. */
void cprim_note_spin(struct cprim_spin_record *record, int paid);
/* When a spin that starts now ends: after the budget, or at the deadline if that comes first
   (absolute CLOCK_MONOTONIC nanoseconds, -1 for none). */
int64_t cprim_spin_end(int64_t deadline_ns);

#endif
