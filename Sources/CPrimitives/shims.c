#define _GNU_SOURCE
#include "CPrimitives.h"

#include <errno.h>
#include <pthread.h>
#include <unistd.h>

#if defined(__linux__)
#include <sched.h>
#include <sys/syscall.h>
#endif

long cprim_thread_id(void) {
#if defined(__linux__)
    return (long)syscall(SYS_gettid);
#else
    return (long)getpid();
#endif
}

void cprim_set_thread_name(const char *name) {
#if defined(__linux__)
    char short_name[16];
    int i = 0;
    for (; name[i] != '\0' && i < 15; i++) short_name[i] = name[i];
    short_name[i] = '\0';
    pthread_setname_np(pthread_self(), short_name);
#elif defined(__APPLE__)
    pthread_setname_np(name);
#endif
}

int cprim_cpu_count(void) {
#if defined(__linux__)
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
#endif
    long count = sysconf(_SC_NPROCESSORS_ONLN);
    return count > 0 ? (int)count : 1;
}

int cprim_pin_current_thread(const int *cpus, int count) {
#if defined(__linux__)
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int i = 0; i < count; i++) {
        if (cpus[i] < 0 || cpus[i] >= CPU_SETSIZE) return EINVAL;
        CPU_SET(cpus[i], &set);
    }
    return pthread_setaffinity_np(pthread_self(), sizeof set, &set);
#else
    (void)cpus;
    (void)count;
    return ENOSYS;
#endif
}
