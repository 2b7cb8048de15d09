/*
 * The few system calls the Primitives module needs that Swift cannot reach: GNU extensions
 * that Glibc's Swift module does not export, and variadic or macro-based interfaces.
 */
#ifndef CPRIMITIVES_H
#define CPRIMITIVES_H

#include "CForkServer.h"
#include "CProcesses.h"
#include "CSharedSync.h"
#include "CThreadSync.h"

/* The kernel's id for the calling thread (what `ps -L` shows); the process id elsewhere. */
long cprim_thread_id(void);

/* Names the calling thread (at most 15 bytes are kept on Linux). */
void cprim_set_thread_name(const char *name);

/* Number of CPUs this process may run on. */
int cprim_cpu_count(void);

/* Restricts the calling thread to the CPUs listed; 0 on success, else an errno value
   (ENOSYS where the platform has no affinity call). */
int cprim_pin_current_thread(const int *cpus, int count);

/* Lists the CPUs that thread or process `pid` may run on (0 = the calling thread) into `cpus`,
   writing at most `capacity` entries; returns how many there are (possibly more than `capacity`,
   so the caller can retry with a larger buffer), or a negative errno value. Where the platform
   has no affinity call, lists 0 ..< cprim_cpu_count(). */
int cprim_allowed_cpus(int pid, int *cpus, int capacity);

/* The CPU the calling thread is running on right now, or -1 where the platform cannot tell. */
int cprim_current_cpu(void);

/* Before a read that would sleep: spins for up to 60 microseconds while no bytes are waiting on
   `fd`, when spinning has paid for this thread lately (spin.h says why and when). On a socket
   (`is_socket`) it receives without waiting (MSG_DONTWAIT) into `buffer` and returns the count,
   0 at the end of the stream; on a pipe it only polls. Returns CPRIM_RECEIVE_READABLE when
   bytes are waiting on a pipe, CPRIM_RECEIVE_NOTHING when none came (or it did not spin), or -1
   with errno set. */
#define CPRIM_RECEIVE_NOTHING (-2)
#define CPRIM_RECEIVE_READABLE (-3)
long cprim_receive_spinning(int fd, int is_socket, void *buffer, unsigned long length, long long deadline_ns);

/* epoll, which Glibc's Swift module leaves out; `struct epoll_event` is packed on x86-64, a
   layout Swift cannot declare, so events cross this boundary as separate flag and data arrays.
   Interest and ready flags: CPRIM_READABLE, CPRIM_WRITABLE (ready also reports CPRIM_PROBLEM
   for errors and hang-ups). Each returns -1 with errno set on failure (ENOSYS off Linux). */
#define CPRIM_READABLE 1u
#define CPRIM_WRITABLE 2u
#define CPRIM_PROBLEM 4u
#define CPRIM_EPOLL_ADD 1
#define CPRIM_EPOLL_DELETE 2
#define CPRIM_EPOLL_MODIFY 3
int cprim_epoll_create(void);
int cprim_epoll_control(int epoll_fd, int operation, int fd, unsigned interest, unsigned long long data);
int cprim_epoll_wait(int epoll_fd, unsigned *flags, unsigned long long *data, int capacity, int timeout_ms);

#endif
