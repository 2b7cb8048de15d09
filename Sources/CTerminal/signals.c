#define _GNU_SOURCE
#include "CTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

/*
 * One window at a time, because there is one terminal. The handler records the signal in
 * `pending` and writes one byte to the wake pipe, so a thread waiting on the pipe wakes whichever
 * thread the kernel delivered the signal to.
 *
 * `pending` plays the part of a volatile sig_atomic_t, but as an _Atomic int: the taker reads and
 * resets it in one exchange, where a read followed by a reset would lose a signal that arrived
 * in between. Lock-free atomics are async-signal-safe; the assertion keeps them so.
 */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "signal flags need a lock-free atomic int");

static _Atomic int pending = 0;
static volatile sig_atomic_t wake_fd = -1;

/* Only touched outside the handler, by the thread that opened the window. */
static int wake_pipe[2] = {-1, -1};
static int window_open = 0;
#define WATCHED_COUNT 7
static const int watched_signals[WATCHED_COUNT] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGCONT, SIGQUIT};
#define SUSPEND_INDEX 3
static struct sigaction previous[WATCHED_COUNT];
static sigset_t previous_mask;

static int flag_for(int number) {
    switch (number) {
    case SIGINT: return CTERM_INTERRUPT;
    case SIGTERM: return CTERM_TERMINATE;
    case SIGHUP: return CTERM_HANGUP;
    case SIGTSTP: return CTERM_SUSPEND;
    case SIGQUIT: return CTERM_QUIT;
    default: return CTERM_RESIZE; /* SIGWINCH, SIGCONT */
    }
}

static void on_signal(int number) {
    int saved = errno;
    atomic_fetch_or(&pending, flag_for(number));
    int fd = wake_fd;
    if (fd >= 0) {
        char byte = 0;
        (void)write(fd, &byte, 1);
    }
    errno = saved;
}

static int make_nonblocking_cloexec(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return -1;
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}

static void close_wake_pipe(void) {
    close(wake_pipe[0]);
    close(wake_pipe[1]);
    wake_pipe[0] = wake_pipe[1] = -1;
}

int cterm_signals_begin(void) {
    if (window_open) {
        errno = EBUSY;
        return -1;
    }
    if (pipe(wake_pipe) != 0) return -1;
    if (make_nonblocking_cloexec(wake_pipe[0]) != 0 || make_nonblocking_cloexec(wake_pipe[1]) != 0) {
        int saved = errno;
        close_wake_pipe();
        errno = saved;
        return -1;
    }
    atomic_store(&pending, 0);
    wake_fd = wake_pipe[1];
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigset_t ours;
    sigemptyset(&ours);
    for (int i = 0; i < WATCHED_COUNT; i++) {
        sigaction(watched_signals[i], &action, &previous[i]);
        sigaddset(&ours, watched_signals[i]);
    }
    /* Worker threads block these, and a parent may hand them down blocked (posix_spawn keeps
       the mask): unblocked here, they come to this thread, which waits for them. */
    pthread_sigmask(SIG_UNBLOCK, &ours, &previous_mask);
    window_open = 1;
    return wake_pipe[0];
}

void cterm_signals_end(void) {
    if (!window_open) return;
    pthread_sigmask(SIG_SETMASK, &previous_mask, NULL);
    for (int i = 0; i < WATCHED_COUNT; i++) sigaction(watched_signals[i], &previous[i], NULL);
    wake_fd = -1;
    close_wake_pipe();
    window_open = 0;
}

int cterm_take_signals(void) {
    if (!window_open) return 0;
    /* Drain, then take. A signal after the take leaves its byte in the pipe, so the next wait
       returns at once; taken the other way round, a signal in between would have its flag
       pending and its byte drained, and the next wait would sleep through it. */
    char drain[64];
    while (read(wake_pipe[0], drain, sizeof drain) > 0) {}
    return atomic_exchange(&pending, 0);
}

int cterm_wait(int fd, int timeout_ms) {
    int wake = wake_pipe[0];
    /* select rather than poll: poll does not support terminals on macOS. */
    if (fd >= FD_SETSIZE || wake >= FD_SETSIZE) {
        errno = EBADF;
        return -1;
    }
    fd_set readable;
    FD_ZERO(&readable);
    if (fd >= 0) FD_SET(fd, &readable);
    if (wake >= 0) FD_SET(wake, &readable);
    int highest = fd > wake ? fd : wake;
    struct timeval limit = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    int ready = select(highest + 1, &readable, NULL, NULL, timeout_ms < 0 ? NULL : &limit);
    if (ready < 0) return errno == EINTR ? CTERM_READY_SIGNAL : -1;
    int found = 0;
    if (fd >= 0 && FD_ISSET(fd, &readable)) found |= CTERM_READY_INPUT;
    if (wake >= 0 && FD_ISSET(wake, &readable)) found |= CTERM_READY_SIGNAL;
    return found;
}

void cterm_suspend_self(void) {
    if (!window_open) return;
    struct sigaction before = previous[SUSPEND_INDEX];
    /* Whoever started Spindle turned Ctrl-Z off (a shell without job control): nobody could
       resume a stopped process. */
    if (before.sa_handler == SIG_IGN) return;
    struct sigaction ours;
    sigaction(SIGTSTP, &before, &ours);
    sigset_t just_stop;
    sigemptyset(&just_stop);
    sigaddset(&just_stop, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &just_stop, NULL);
    /* raise, not kill(0, ...): only this process stops, as the user asked. */
    if (before.sa_handler == SIG_DFL) {
        raise(SIGTSTP);
    } else {
        kill(getpid(), SIGSTOP);
    }
    sigaction(SIGTSTP, &ours, NULL);
}
