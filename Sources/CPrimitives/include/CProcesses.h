/*
 * Process calls that Swift cannot make directly: fork with the child-side setup done before any
 * Swift code runs again, waits with a timeout, and Linux-only process controls.
 */
#ifndef CPROCESSES_H
#define CPROCESSES_H

#include <stdint.h>
#include <sys/types.h>

/* The state every process of one demo's tree shares, in MAP_SHARED memory: the lock that keeps
   their trace events in time order, the trace's ID counters, and the count of processes forked and not yet reaped. */
typedef struct {
    uint32_t trace_lock;
    uint32_t trace_lock_holder; /* pid of the process holding trace_lock, 0 when free */
    uint64_t last_actor;
    uint64_t last_resource;
    uint64_t processes_live;
} cprim_process_tree;

/* fork(2) after flushing stdio, with the child placed under `parent_pid`'s death signal:
   when the parent dies the child gets SIGKILL (Linux), so a demo never leaves orphans.
   `new_group` puts the child in a process group of its own. Returns what fork returns. */
pid_t cprim_fork(int new_group);

/* The tree's trace lock, which survives its holder's death: a process killed while writing a
   trace event (a daemon cut off, a terminate()) would otherwise leave every other process of
   the demo blocked on its next event. A waiter that has waited a while checks whether the
   holder still exists and, if not, takes the lock over. */
void cprim_trace_lock(cprim_process_tree *tree);
void cprim_trace_unlock(cprim_process_tree *tree);

/* Waits for child `pid` at most until `deadline_ns` on CLOCK_MONOTONIC (-1: no limit).
   Returns 1 and stores the raw status when it was reaped, 0 on timeout, -errno on error. */
int cprim_wait_child(pid_t pid, int64_t deadline_ns, int *status);

/* Number of threads in the calling process, or -1 when the platform cannot tell. */
int cprim_thread_count(void);

/* Decoders for wait statuses, which are macros in C. */
int cprim_status_exited(int status);
int cprim_status_exit_code(int status);
int cprim_status_signalled(int status);
int cprim_status_signal(int status);

/* Creates a pipe or socket pair with close-on-exec set on both ends; 0 or an errno value. */
int cprim_cloexec_pipe(int fds[2]);

/* Grows a pipe's kernel buffer (Linux); returns the new size or -errno. */
int cprim_set_pipe_size(int fd, int bytes);

/* Starts `program` (searched on PATH) with `argv` and `envp` in a process group of its own,
   with an empty signal mask and default dispositions, standard input, output and error on the
   given descriptors, and `trace_fd` as descriptor `trace_target` (every other descriptor of the
   caller that is close-on-exec stays closed). Returns the pid, or -errno. */
pid_t cprim_spawn_in_group(const char *program, char *const argv[], char *const envp[], int stdin_fd,
                           int stdout_fd, int stderr_fd, int trace_fd, int trace_target);

/* Makes the calling process adopt its descendants' orphans (Linux), so that it can reap them
   itself instead of leaving them to PID 1; `on` 0 turns it off. 0 or an errno value. */
int cprim_set_child_subreaper(int on);

/* The number of processes in process group `group` (Linux, from /proc), or -1 when the
   platform cannot tell. */
int cprim_count_group(pid_t group);

#endif
