#include "signals.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

/* Shared with the handler, hence volatile sig_atomic_t. */
static volatile sig_atomic_t pending_interrupt;
static volatile sig_atomic_t pending_resize;
static volatile sig_atomic_t pending_suspend;
static volatile sig_atomic_t pending_termination;
static volatile sig_atomic_t wake_write_fd = -1;

/* Only touched outside the handler. */
static int wake_read_fd = -1;
static cle_signal_scope *active_scope;
static struct sigaction our_action;

/* Async-signal-safe: records the signal and writes one byte to the pipe. */
static void on_signal(int signo) {
    int saved_errno = errno;
    if (signo == SIGINT) {
        pending_interrupt = 1;
    } else if (signo == SIGTSTP) {
        pending_suspend = 1;
    } else if (signo == SIGTERM || signo == SIGHUP || signo == SIGQUIT) {
        pending_termination = signo;
    } else {
        pending_resize = 1;
    }
    int fd = wake_write_fd;
    if (fd >= 0) {
        char byte = 0;
        (void)write(fd, &byte, 1);
    }
    errno = saved_errno;
}

static int make_nonblocking_cloexec(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return -1;
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}

int cle_signals_begin(cle_signal_scope *scope) {
    if (pipe(scope->wake_pipe) != 0) return -1;
    if (make_nonblocking_cloexec(scope->wake_pipe[0]) != 0 ||
        make_nonblocking_cloexec(scope->wake_pipe[1]) != 0) {
        close(scope->wake_pipe[0]);
        close(scope->wake_pipe[1]);
        return -1;
    }
    pending_interrupt = 0;
    pending_resize = 0;
    pending_suspend = 0;
    pending_termination = 0;
    active_scope = scope;
    wake_read_fd = scope->wake_pipe[0];
    wake_write_fd = scope->wake_pipe[1];

    memset(&our_action, 0, sizeof our_action);
    our_action.sa_handler = on_signal;
    sigemptyset(&our_action.sa_mask);
    /* No SA_RESTART: a blocking read or select in this thread returns EINTR. */
    our_action.sa_flags = 0;
    sigaction(SIGINT, &our_action, &scope->previous_interrupt);
    sigaction(SIGWINCH, &our_action, &scope->previous_resize);
    sigaction(SIGTSTP, &our_action, &scope->previous_suspend);
    sigaction(SIGTERM, &our_action, &scope->previous_terminate);
    sigaction(SIGHUP, &our_action, &scope->previous_hangup);
    sigaction(SIGQUIT, &our_action, &scope->previous_quit);
    /* A parent may hand these signals down blocked (threads of test runners and
       of libdispatch block most signals, and posix_spawn inherits the mask);
       blocked, Ctrl-C would silently do nothing while a line is read. */
    sigset_t ours;
    sigemptyset(&ours);
    sigaddset(&ours, SIGINT);
    sigaddset(&ours, SIGWINCH);
    sigaddset(&ours, SIGTSTP);
    sigaddset(&ours, SIGTERM);
    sigaddset(&ours, SIGHUP);
    sigaddset(&ours, SIGQUIT);
    pthread_sigmask(SIG_UNBLOCK, &ours, &scope->previous_mask);
    return 0;
}

void cle_signals_end(cle_signal_scope *scope) {
    pthread_sigmask(SIG_SETMASK, &scope->previous_mask, NULL);
    sigaction(SIGINT, &scope->previous_interrupt, NULL);
    sigaction(SIGWINCH, &scope->previous_resize, NULL);
    sigaction(SIGTSTP, &scope->previous_suspend, NULL);
    sigaction(SIGTERM, &scope->previous_terminate, NULL);
    sigaction(SIGHUP, &scope->previous_hangup, NULL);
    sigaction(SIGQUIT, &scope->previous_quit, NULL);
    active_scope = NULL;
    wake_write_fd = -1;
    wake_read_fd = -1;
    close(scope->wake_pipe[0]);
    close(scope->wake_pipe[1]);
}

int cle_signals_interrupted(void) {
    return pending_interrupt != 0;
}

int cle_signals_termination(void) {
    return pending_termination;
}

static void drain_wake_pipe(void) {
    char bytes[64];
    while (read(wake_read_fd, bytes, sizeof bytes) > 0) {
    }
}

cle_wait_result cle_signals_wait(int fd) {
    for (;;) {
        if (pending_termination) return CLE_WAIT_TERMINATED;
        if (pending_interrupt) return CLE_WAIT_INTERRUPTED;
        if (pending_suspend) {
            pending_suspend = 0;
            return CLE_WAIT_SUSPENDED;
        }
        if (pending_resize) {
            pending_resize = 0;
            return CLE_WAIT_RESIZED;
        }
        /* select rather than poll: poll does not support terminals on macOS. */
        if (fd >= FD_SETSIZE || wake_read_fd < 0 || wake_read_fd >= FD_SETSIZE) {
            return CLE_WAIT_READABLE; /* fall back to a plain blocking read */
        }
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        FD_SET(wake_read_fd, &readable);
        int highest = fd > wake_read_fd ? fd : wake_read_fd;
        if (select(highest + 1, &readable, NULL, NULL, NULL) < 0) {
            if (errno == EINTR) continue;
            return CLE_WAIT_FAILED;
        }
        if (FD_ISSET(wake_read_fd, &readable)) drain_wake_pipe();
        if (FD_ISSET(fd, &readable) && !pending_interrupt && !pending_termination) return CLE_WAIT_READABLE;
    }
}

void cle_signals_suspend_self(void) {
    if (active_scope == NULL) return;
    /* raise, not kill(0, ...): only this process stops, as the user asked.
       With the default disposition it stops here until SIGCONT. */
    sigaction(SIGTSTP, &active_scope->previous_suspend, NULL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &our_action, NULL);
}
