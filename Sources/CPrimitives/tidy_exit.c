#define _GNU_SOURCE
#include "CForkServer.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/*
 * A program with a fork server must not leave it to the machine's init when a signal ends the
 * program: in a container init may reap late or never. Where nothing else handles SIGTERM,
 * SIGHUP, SIGINT or SIGQUIT (a command that prints and exits, the start-up before any handler
 * is in place), these handlers end the server and reap it, then let the signal do what it would
 * have done. The live stage and the line reader install their own handlers while they run and
 * put these back afterwards.
 *
 * Everything here is async-signal-safe: shutdown, waitpid, kill, nanosleep, sigaction, raise.
 */

static volatile sig_atomic_t tidy_server_pid = 0;
static volatile sig_atomic_t tidy_control_fd = -1;

void cprim_tidy_exit_watch_server(int control_fd, pid_t server_pid) {
    tidy_control_fd = control_fd;
    tidy_server_pid = server_pid;
}

void cprim_tidy_exit_forget_server(void) {
    tidy_server_pid = 0;
    tidy_control_fd = -1;
}

/* Waits up to about `milliseconds` for `pid` to end; returns 1 when it was reaped (by us or by
   the program's own reader thread, which makes waitpid fail with ECHILD). */
static int reap_within(pid_t pid, int milliseconds) {
    struct timespec pause = {0, 10 * 1000 * 1000};
    for (int waited = 0; waited <= milliseconds; waited += 10) {
        int status;
        pid_t reaped = waitpid(pid, &status, WNOHANG);
        if (reaped == pid || (reaped < 0 && errno == ECHILD)) return 1;
        nanosleep(&pause, NULL);
    }
    return 0;
}

static void on_termination(int number) {
    pid_t server = tidy_server_pid;
    int control = tidy_control_fd;
    if (server > 0) {
        /* The server sees the hang-up, kills what it started and exits at once. */
        if (control >= 0) shutdown(control, SHUT_RDWR);
        if (!reap_within(server, 2000)) {
            kill(server, SIGKILL);
            reap_within(server, 2000);
        }
    }
    /* A signal the user sent is not a crash: no core file for Ctrl-\. */
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    sigaction(number, &standard, NULL);
    /* Delivered when the handler returns, since the signal is blocked while it runs. */
    raise(number);
}

void cprim_tidy_exit_install(void) {
    static const int ending[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
    struct sigaction ours;
    memset(&ours, 0, sizeof ours);
    ours.sa_handler = on_termination;
    sigemptyset(&ours.sa_mask);
    for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++) {
        struct sigaction current;
        sigaction(ending[i], NULL, &current);
        /* An ignored signal stays ignored, as the one who started us asked (nohup). */
        if (current.sa_handler == SIG_IGN) continue;
        sigaction(ending[i], &ours, NULL);
    }
}
