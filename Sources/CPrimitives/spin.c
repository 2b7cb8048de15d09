#include "spin.h"

#include "futex.h"

#include <unistd.h>

/* After a spin that ended in sleep anyway, waits skip spinning 1, 3, 7 ... up to this many times. */
#define MOST_SKIPPED 1023

static int several_cpus_online(void) {
    static int online; /* 0: not asked yet; 1: several; 2: one. Racing first calls agree. */
    if (__atomic_load_n(&online, __ATOMIC_RELAXED) == 0) {
        __atomic_store_n(&online, sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 1 : 2, __ATOMIC_RELAXED);
    }
    return __atomic_load_n(&online, __ATOMIC_RELAXED) == 1;
}

int cprim_should_spin(struct cprim_spin_record *record) {
    if (record->waits_to_skip > 0) {
        record->waits_to_skip--;
        return 0;
    }
    return several_cpus_online();
}

void cprim_note_spin(struct cprim_spin_record *record, int paid) {
    if (paid) {
        record->skips_after_failure = 0;
        return;
    }
    int next = record->skips_after_failure * 2 + 1;
    record->skips_after_failure = next > MOST_SKIPPED ? MOST_SKIPPED : next;
    record->waits_to_skip = record->skips_after_failure;
}

int64_t cprim_spin_end(int64_t deadline_ns) {
    int64_t end = cprim_monotonic_now_ns() + CPRIM_SPIN_BUDGET_NS;
    return deadline_ns >= 0 && deadline_ns < end ? deadline_ns : end;
}
