#define _GNU_SOURCE
#include "CPrimitives.h"

#include "futex.h"
#include "spin.h"

#include <errno.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>

/* Pauses between two looks, each a system call of its own. */
#define RECEIVE_SPIN_PAUSES 16

static __thread struct cprim_spin_record receive_waits;

/* One look: a count, 0 at the end, CPRIM_RECEIVE_READABLE, CPRIM_RECEIVE_NOTHING or -1. */
static long look(int fd, int is_socket, void *buffer, unsigned long length) {
    if (is_socket) {
        long count = recv(fd, buffer, length, MSG_DONTWAIT);
        if (count >= 0) return count;
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return CPRIM_RECEIVE_NOTHING;
        /* A peer that closed with unread data: the caller's read reports it as the end. */
        return errno == ECONNRESET ? CPRIM_RECEIVE_READABLE : -1;
    }
    struct pollfd wanted = {.fd = fd, .events = POLLIN};
    int ready = poll(&wanted, 1, 0);
    if (ready > 0) return CPRIM_RECEIVE_READABLE; /* bytes, the end or an error: read tells */
    return ready == 0 || errno == EINTR ? CPRIM_RECEIVE_NOTHING : -1;
}

/* How often the calling thread was preempted so far, or -1 where the system does not say. */
static long preemptions(void) {
#if defined(RUSAGE_THREAD)
    struct rusage usage;
    if (getrusage(RUSAGE_THREAD, &usage) == 0) return usage.ru_nivcsw;
#endif
    return -1;
}

long cprim_receive_spinning(int fd, int is_socket, void *buffer, unsigned long length, long long deadline_ns) {
    if (!cprim_should_spin(&receive_waits)) return CPRIM_RECEIVE_NOTHING;
    /* Bytes already waiting say nothing about whether spinning pays. */
    long result = look(fd, is_socket, buffer, length);
    if (result != CPRIM_RECEIVE_NOTHING) return result;
    int64_t end = cprim_spin_end(deadline_ns);
    long preempted_before = preemptions();
    do {
        for (int pause = 0; pause < RECEIVE_SPIN_PAUSES; pause++) cprim_cpu_relax();
        result = look(fd, is_socket, buffer, length);
    } while (result == CPRIM_RECEIVE_NOTHING && cprim_monotonic_now_ns() < end);
    /* Each look is a system call, where the kernel may hand the CPU to the sender: an answer
       that came after this thread was preempted came from the same CPU, and on one CPU spinning
       only kept the sender waiting for its turn. */
    int paid = result != CPRIM_RECEIVE_NOTHING && preemptions() == preempted_before;
    cprim_note_spin(&receive_waits, paid);
    return result;
}
