#define _GNU_SOURCE
#include "CTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_mode;
static int saved_mode_valid = 0;

int cterm_enter_raw_mode(int fd) {
    struct termios mode;
    if (tcgetattr(fd, &mode) != 0) return errno;
    if (!saved_mode_valid) {
        saved_mode = mode;
        saved_mode_valid = 1;
    }
    mode.c_lflag &= ~(tcflag_t)(ICANON | ECHO | IEXTEN);
    mode.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    mode.c_cc[VMIN] = 1;
    mode.c_cc[VTIME] = 0;
    return tcsetattr(fd, TCSAFLUSH, &mode) == 0 ? 0 : errno;
}

void cterm_restore_mode(int fd) {
    if (!saved_mode_valid) return;
    tcsetattr(fd, TCSAFLUSH, &saved_mode);
    saved_mode_valid = 0;
}

/* Set by handlers, taken by cterm_take_signals with an atomic exchange: a plain read followed by
   a reset would lose a signal that arrived in between. An _Atomic int plays the part of a
   volatile sig_atomic_t; lock-free atomics are async-signal-safe, and the assertion keeps them so. */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "signal flags need a lock-free atomic int");
static _Atomic int pending = 0;
static volatile sig_atomic_t wake_fd = -1;
static int wake_pipe[2] = {-1, -1};
#define WATCHED_COUNT 7
static struct sigaction previous[WATCHED_COUNT];
static sigset_t previous_mask;
static const int watched_signals[WATCHED_COUNT] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGCONT, SIGQUIT};
#define SUSPEND_INDEX 3

static void on_signal(int number) {
    int saved = errno;
    int flag;
    switch (number) {
    case SIGINT: flag = CTERM_INTERRUPT; break;
    case SIGTERM: flag = CTERM_TERMINATE; break;
    case SIGHUP: flag = CTERM_HANGUP; break;
    case SIGTSTP: flag = CTERM_SUSPEND; break;
    case SIGQUIT: flag = CTERM_QUIT; break;
    default: flag = CTERM_RESIZE; break;
    }
    atomic_fetch_or(&pending, flag);
    int fd = wake_fd;
    if (fd >= 0) {
        char byte = 0;
        (void)write(fd, &byte, 1);
    }
    errno = saved;
}

int cterm_signals_begin(void) {
    if (pipe(wake_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
        fcntl(wake_pipe[i], F_SETFL, O_NONBLOCK);
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
    /* Worker threads block these, so they come to this thread, which waits for them. */
    pthread_sigmask(SIG_UNBLOCK, &ours, &previous_mask);
    return wake_pipe[0];
}

void cterm_signals_end(void) {
    pthread_sigmask(SIG_SETMASK, &previous_mask, NULL);
    for (int i = 0; i < WATCHED_COUNT; i++) sigaction(watched_signals[i], &previous[i], NULL);
    wake_fd = -1;
    close(wake_pipe[0]);
    close(wake_pipe[1]);
    wake_pipe[0] = wake_pipe[1] = -1;
}

int cterm_take_signals(void) {
    /* Drain, then take. A signal after the take leaves its byte in the pipe, so the next wait
       returns at once; taken the other way round, a signal in between would have its flag
       pending and its byte drained, and the next wait would sleep through it. */
    char drain[64];
    if (wake_pipe[0] >= 0) {
        while (read(wake_pipe[0], drain, sizeof drain) > 0) {}
    }
    return atomic_exchange(&pending, 0);
}

void cterm_suspend_self(void) {
    struct sigaction ours;
    sigaction(SIGTSTP, &previous[SUSPEND_INDEX], &ours);
    sigset_t just_stop;
    sigemptyset(&just_stop);
    sigaddset(&just_stop, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &just_stop, NULL);
    if (previous[SUSPEND_INDEX].sa_handler == SIG_DFL) {
        raise(SIGTSTP);
    } else {
        kill(getpid(), SIGSTOP);
    }
    sigaction(SIGTSTP, &ours, NULL);
}

int cterm_window_size(int fd, int *columns, int *rows) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0) return -1;
    *columns = size.ws_col;
    *rows = size.ws_row;
    return 0;
}

int cterm_wait_input(int fd, int timeout_ms) {
    struct pollfd watched[2] = {{fd, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
    int ready = poll(watched, 2, timeout_ms);
    if (ready <= 0) return 0;
    return fd >= 0 && (watched[0].revents & (POLLIN | POLLHUP)) ? 1 : 0;
}

void cterm_die_by_signal(int signal_number) {
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    signal(signal_number, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    pthread_sigmask(SIG_UNBLOCK, &only, NULL);
    raise(signal_number);
    _exit(128 + signal_number);
}
