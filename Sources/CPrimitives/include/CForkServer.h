/*
 * The fork server: a process that stays single-threaded for life and forks demo processes on
 * request, so that they never inherit a lock some other thread held at the moment of fork().
 * See forkserver.c for the protocol and the reasons behind each step.
 */
#ifndef CFORKSERVER_H
#define CFORKSERVER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The environment variable that turns a fresh copy of the executable into the server. */
#define CPRIM_FORK_SERVER_ENV "SPINDLE_FORK_SERVER_FD"

/* The largest request payload (program name and encoded arguments) the server accepts. */
#define CPRIM_FORK_REQUEST_MAX_PAYLOAD 65536
/* The most file descriptors one request may hand to the new process. */
#define CPRIM_FORK_REQUEST_MAX_FDS 8

/* Reply kinds the server sends back. */
#define CPRIM_FORK_REPLY_SPAWNED 1
#define CPRIM_FORK_REPLY_EXITED 2

/* One reply: SPAWNED carries the request id and the pid (or -errno in `value` when fork failed);
   EXITED carries the pid and the raw wait status in `value`. */
typedef struct {
    uint32_t kind;
    int32_t pid;
    int32_t value;
    uint32_t reserved;
    uint64_t request_id;
} cprim_fork_reply;

/* Starts the server from `executable` (a path to this very program) in its own process group.
   On success returns 0 and stores the client end of the control socket and the server's pid;
   otherwise returns an errno value. Safe to call from a multi-threaded process: it uses
   posix_spawn, which does not run the caller's code in the child. */
int cprim_fork_server_spawn(const char *executable, int *control_fd, pid_t *server_pid);

/* Sends one spawn request; returns 0 or an errno value. */
int cprim_fork_server_request(int control_fd, uint64_t request_id, const void *payload, size_t length,
                              const int *fds, int fd_count);

/* Waits for the next reply; returns 1 with `reply` filled, 0 when the server has gone, or -errno. */
int cprim_fork_server_next_reply(int control_fd, cprim_fork_reply *reply);

/* A path that executes the running program again (/proc/self/exe on Linux), or NULL where
   Spindle has no fork server (macOS for now). */
const char *cprim_executable_path(void);

/* Writes `name` over the process's command line (what `ps -f` shows) as far as room allows,
   and sets the kernel's 15-byte process name (what `ps` and `top` show). */
void cprim_set_process_title(const char *name);

/* ---- Ending the server with the program (tidy_exit.c) ------------------------------------ */

/* Installs handlers for SIGTERM, SIGHUP, SIGINT and SIGQUIT (those not ignored) that end and
   reap the server a program started, then end the program by that signal. For an executable's
   main, before the server starts; a library or a test runner has no reason to call it. */
void cprim_tidy_exit_install(void);

/* Which server the handlers end: set when one starts, forgotten once it was stopped. */
void cprim_tidy_exit_watch_server(int control_fd, pid_t server_pid);
void cprim_tidy_exit_forget_server(void);

#endif
