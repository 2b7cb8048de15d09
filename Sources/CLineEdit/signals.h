/*
 * Signal handling while a line is being read. Private to CLineEdit.
 *
 * libedit's own EL_SIGNAL mode is not used: it re-raises each signal with
 * kill(0, sig), which reaches the whole process group. Instead SIGINT and
 * SIGWINCH (and SIGTSTP, see below) get C handlers (installed without SA_RESTART) that only record the
 * signal and poke a self-pipe. The pipe matters in a multi-threaded Swift
 * process: the kernel may deliver the signal to any thread, so the reading
 * thread cannot rely on its own read() failing with EINTR; waiting on the
 * pipe as well as the terminal wakes it whichever thread took the signal.
 *
 * SIGTSTP (Ctrl-Z) is caught too, so the terminal can be put back in its
 * normal mode before the process stops and raw mode restored when it resumes;
 * otherwise the shell's cooked, echoing mode stays in force after `fg`.
 *
 * SIGTERM, SIGHUP and SIGQUIT (Ctrl-\) end the read like Ctrl-C, so that
 * libedit puts the terminal back before the caller ends the process by that
 * signal; their default action would end it with the editor's mode in force.
 */
#ifndef CLINEEDIT_SIGNALS_H
#define CLINEEDIT_SIGNALS_H

#include <signal.h>

typedef struct cle_signal_scope {
    struct sigaction previous_interrupt;
    struct sigaction previous_resize;
    struct sigaction previous_suspend;
    struct sigaction previous_terminate;
    struct sigaction previous_hangup;
    struct sigaction previous_quit;
    sigset_t previous_mask;
    int wake_pipe[2];
} cle_signal_scope;

typedef enum cle_wait_result {
    CLE_WAIT_READABLE,
    CLE_WAIT_INTERRUPTED,
    CLE_WAIT_RESIZED,
    CLE_WAIT_SUSPENDED,
    CLE_WAIT_TERMINATED,
    CLE_WAIT_FAILED
} cle_wait_result;

/* Installs the handlers; returns 0, or -1 (nothing installed) on failure.
   Only one scope may be active at a time: there is one terminal. */
int cle_signals_begin(cle_signal_scope *scope);

/* Restores the dispositions and the signal mask saved by cle_signals_begin and closes the pipe. */
void cle_signals_end(cle_signal_scope *scope);

/* Blocks until fd is readable or a signal arrived. An interrupt stays
   reported until the scope ends; a resize or suspension is reported once. */
cle_wait_result cle_signals_wait(int fd);

/* After CLE_WAIT_SUSPENDED: performs the stop the user asked for (with the
   disposition SIGTSTP had before the scope) and returns once resumed. */
void cle_signals_suspend_self(void);

/* Whether SIGINT arrived since cle_signals_begin. */
int cle_signals_interrupted(void);

/* The number of the SIGTERM, SIGHUP or SIGQUIT that arrived since
   cle_signals_begin, or 0. Stays reported after the scope ends. */
int cle_signals_termination(void);

#endif
