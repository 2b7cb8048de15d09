/*
 * The terminal under Spindle: raw input, size, and the signals that must put the terminal back
 * as it was (Ctrl-C, Ctrl-\\, SIGTERM, SIGHUP, Ctrl-Z and fg, window resizes).
 *
 * Handlers only record the signal and write one byte to a self-pipe; all the work happens in
 * the loop that waits on the pipe and the keyboard together (the live stage's, the line
 * editor's). No Swift code ever runs in a signal handler. The Swift module Terminal is the
 * only caller besides the line editor's C code.
 */
#ifndef CTERMINAL_H
#define CTERMINAL_H

/* Signals the terminal reports, as bit flags. */
#define CTERM_INTERRUPT 1
#define CTERM_TERMINATE 2
#define CTERM_HANGUP 4
#define CTERM_SUSPEND 8
/* A window resize, or SIGCONT after a stop: either way the screen must be drawn again. */
#define CTERM_RESIZE 16
/* Ctrl-\ (SIGQUIT): ends Spindle like SIGTERM, never as a crash. */
#define CTERM_QUIT 32

/* ---- Raw mode and size (mode.c) ---------------------------------------------------------- */

/* Puts `fd` in a raw-ish mode: no echo, no line buffering, keys arrive one by one; signal keys
   (Ctrl-C, Ctrl-Z) still raise signals. Saves the previous mode for cterm_restore_mode.
   Returns 0, or an errno value (not a terminal, for one). */
int cterm_enter_raw_mode(int fd);

/* Puts the terminal back as it was before cterm_enter_raw_mode; safe to call twice. */
void cterm_restore_mode(int fd);

/* Columns and rows of the terminal on `fd`; returns 0, or -1 when it cannot tell. */
int cterm_window_size(int fd, int *columns, int *rows);

/* ---- The signal window (signals.c) ------------------------------------------------------- */

/* Opens the window: installs the handlers (without SA_RESTART, so a blocking read in this
   thread returns EINTR) and unblocks their signals in the calling thread. Returns the read end
   of the wake pipe, or -1 with errno set (EBUSY when a window is already open: there is one
   terminal, and one set of saved dispositions). */
int cterm_signals_begin(void);

/* Closes the window: puts the previous handlers and mask back; harmless when none is open. */
void cterm_signals_end(void);

/* The signals that arrived since the last call (CTERM_* flags), clearing them in one atomic
   step, and the wake pipe with them. Returns 0 when no window is open. */
int cterm_take_signals(void);

/* What cterm_wait found ready. */
#define CTERM_READY_INPUT 1
#define CTERM_READY_SIGNAL 2

/* Waits until `fd` (may be -1) is readable or a signal is pending, at most `timeout_ms`
   milliseconds (-1: no limit). Returns CTERM_READY_* flags, 0 on timeout, or -1 when it cannot
   wait on `fd` (errno says why). */
int cterm_wait(int fd, int timeout_ms);

/* Stops the process as Ctrl-Z asked, with the SIGTSTP disposition from before the window, and
   returns once it is resumed with fg; does nothing when that disposition ignored SIGTSTP. The
   caller restores the terminal before and re-enters raw mode after. */
void cterm_suspend_self(void);

/* ---- Ending by a signal (ending.c) ------------------------------------------------------- */

/* Ends the process with `signal_number`'s default action, after the terminal was restored.
   Never writes a core file: a signal the user sent is not a crash. */
void cterm_die_by_signal(int signal_number) __attribute__((noreturn));

/* ---- Giving the terminal back after a crash (restore.c) ---------------------------------- */

/* Remembers `fd`'s mode as the one to give back; call once at start, before any mode change. */
void cterm_remember_terminal(int fd);

/* Whether the stage has the alternate screen now, so that a crash leaves it too. */
void cterm_note_alternate_screen(int active);

/* Leaves the alternate screen if the stage had it and puts back the remembered mode.
   Async-signal-safe. */
void cterm_restore_terminal_now(void);

/* On a crash signal (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT), gives the terminal back
   first, then lets the handler that was there before (the runtime's backtracer) do its work.
   Call after the runtime installed its handlers, that is, in main. */
void cterm_install_crash_restore(void);

#endif
