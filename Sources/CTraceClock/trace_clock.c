#include "CTraceClock.h"

#include <string.h>
#if defined(__linux__)
#include <fcntl.h>
#include <unistd.h>
#endif
#if defined(__x86_64__)
#include <cpuid.h>
#endif

int ctrace_uses_counter = 0;
__thread void *ctrace_thread_buffer CTRACE_TLS_MODEL = 0;
__thread intptr_t ctrace_thread_actor CTRACE_TLS_MODEL = 0;

#if defined(__linux__)
/* Whether the kernel keeps time with the TSC itself: it checks at boot (and while running)
   that the counters of all cores agree, and switches away from the TSC when they do not. */
static int kernel_trusts_tsc(void) {
    int fd = open("/sys/devices/system/clocksource/clocksource0/current_clocksource", O_RDONLY);
    if (fd < 0) return 0;
    char name[32] = {0};
    ssize_t count = read(fd, name, sizeof name - 1);
    close(fd);
    return count >= 3 && strncmp(name, "tsc", 3) == 0 && (name[3] == '\n' || name[3] == 0);
}
#endif

/* Decides, before main, whether the counter can stand in for CLOCK_MONOTONIC. */
__attribute__((constructor)) static void ctrace_choose_clock(void) {
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    /* CPUID 0x80000007 EDX bit 8: invariant TSC (constant rate, runs in every sleep state),
       what /proc/cpuinfo shows as constant_tsc and nonstop_tsc. */
    int invariant = __get_cpuid(0x80000007, &eax, &ebx, &ecx, &edx) && (edx & (1u << 8));
#if defined(__linux__)
    ctrace_uses_counter = invariant && kernel_trusts_tsc();
#else
    ctrace_uses_counter = invariant;
#endif
#elif defined(__aarch64__)
    /* The generic timer's virtual counter runs at a fixed frequency on every core by design. */
    ctrace_uses_counter = 1;
#else
    ctrace_uses_counter = 0;
#endif
}
