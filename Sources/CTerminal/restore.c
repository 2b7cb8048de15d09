#define _GNU_SOURCE
#include "CTerminal.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/*
 * The terminal as it was when Spindle started, so that a crash can give it back. Everything
 * here runs in signal handlers too: only async-signal-safe calls (tcsetattr, write, sigaction,
 * raise).
 */
static struct termios original_mode;
static volatile sig_atomic_t original_fd = -1;
static volatile sig_atomic_t alternate_screen = 0;

void cterm_remember_terminal(int fd) {
    if (tcgetattr(fd, &original_mode) == 0) original_fd = fd;
}

void cterm_note_alternate_screen(int active) {
    alternate_screen = active ? 1 : 0;
}

void cterm_restore_terminal_now(void) {
    if (alternate_screen) {
        /* Plain style, no scroll region, cursor shown, main screen: what the stage's normal
           exit writes. A region only lives within one frame's write, but a crash can land
           inside that write. */
        static const char leave[] = "\033[0m\033[r\033[?25h\033[?1049l";
        (void)write(STDOUT_FILENO, leave, sizeof leave - 1);
        alternate_screen = 0;
    }
    int fd = original_fd;
    if (fd >= 0) tcsetattr(fd, TCSANOW, &original_mode);
}

#define CRASH_SIGNAL_COUNT 6
static const int crash_signals[CRASH_SIGNAL_COUNT] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
static struct sigaction before_us[CRASH_SIGNAL_COUNT];

static void on_crash(int number, siginfo_t *info, void *context) {
    (void)context;
    cterm_restore_terminal_now();
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] == number) sigaction(number, &before_us[i], NULL);
    }
    /* A fault (a trap, a bad address) happens again when the handler returns, now reaching the
       handler that was there before ours (the Swift runtime's backtracer). A signal that was
       sent (abort, kill) does not: send it again. */
    if (info == NULL || info->si_code <= 0 || number == SIGABRT) raise(number);
}

void cterm_install_crash_restore(void) {
    struct sigaction ours;
    memset(&ours, 0, sizeof ours);
    ours.sa_sigaction = on_crash;
    /* SA_ONSTACK: a stack overflow can only be handled on the alternate stack, if there is one. */
    ours.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&ours.sa_mask);
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &ours, &before_us[i]);
}
