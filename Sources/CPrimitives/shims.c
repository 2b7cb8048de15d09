#define _GNU_SOURCE
#include "CPrimitives.h"

#include <errno.h>
#include <pthread.h>
#include <unistd.h>

#if defined(__linux__)
#include <sched.h>
#include <sys/epoll.h>
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

int cprim_epoll_create(void) {
#if defined(__linux__)
    return epoll_create1(EPOLL_CLOEXEC);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int cprim_epoll_control(int epoll_fd, int operation, int fd, unsigned interest, unsigned long long data) {
#if defined(__linux__)
    struct epoll_event event;
    event.events = ((interest & CPRIM_READABLE) ? EPOLLIN : 0) | ((interest & CPRIM_WRITABLE) ? EPOLLOUT : 0);
    event.data.u64 = data;
    int op = operation == CPRIM_EPOLL_ADD ? EPOLL_CTL_ADD
        : operation == CPRIM_EPOLL_DELETE ? EPOLL_CTL_DEL : EPOLL_CTL_MOD;
    return epoll_ctl(epoll_fd, op, fd, &event);
#else
    (void)epoll_fd; (void)operation; (void)fd; (void)interest; (void)data;
    errno = ENOSYS;
    return -1;
#endif
}

int cprim_epoll_wait(int epoll_fd, unsigned *flags, unsigned long long *data, int capacity, int timeout_ms) {
#if defined(__linux__)
    struct epoll_event events[64];
    if (capacity > 64) capacity = 64;
    int count = epoll_wait(epoll_fd, events, capacity, timeout_ms);
    for (int i = 0; i < count; i++) {
        unsigned ready = 0;
        if (events[i].events & EPOLLIN) ready |= CPRIM_READABLE;
        if (events[i].events & EPOLLOUT) ready |= CPRIM_WRITABLE;
        if (events[i].events & (EPOLLERR | EPOLLHUP)) ready |= CPRIM_PROBLEM;
        flags[i] = ready;
        data[i] = events[i].data.u64;
    }
    return count;
#else
    (void)epoll_fd; (void)flags; (void)data; (void)capacity; (void)timeout_ms;
    errno = ENOSYS;
    return -1;
#endif
}

int cprim_allowed_cpus(int pid, int *cpus, int capacity) {
#if defined(__linux__)
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity((pid_t)pid, sizeof set, &set) != 0) return -errno;
    int count = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &set)) continue;
        if (count < capacity) cpus[count] = cpu;
        count++;
    }
    return count;
#else
    (void)pid;
    int count = cprim_cpu_count();
    for (int i = 0; i < count && i < capacity; i++) cpus[i] = i;
    return count;
#endif
}

int cprim_current_cpu(void) {
#if defined(__linux__)
    return sched_getcpu();
#else
    return -1;
#endif
}
