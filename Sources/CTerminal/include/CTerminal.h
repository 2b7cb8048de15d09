/*
 * The terminal under the live stage: raw input, size, and the signals that must put the
 * terminal back as it was (Ctrl-C, Ctrl-\\, SIGTERM, SIGHUP, Ctrl-Z and fg, window resizes).
 *
 * Handlers only record the signal and write one byte to a self-pipe; all the work happens in
 * the player's loop, which waits on the pipe and the keyboard together. No Swift code ever runs
 * in a signal handler.
 */
#ifndef CTERMINAL_H
#define CTERMINAL_H

/* Signals the stage reports, as bit flags. */
#define CTERM_INTERRUPT 1
#define CTERM_TERMINATE 2
#define CTERM_HANGUP 4
#define CTERM_SUSPEND 8
#define CTERM_RESIZE 16
/* Ctrl-\ (SIGQUIT): ends Spindle like SIGTERM, never as a crash. */
#define CTERM_QUIT 32

/* Puts `fd` in a raw-ish mode: no echo, no line buffering, keys arrive one by one; signal keys
   (Ctrl-C, Ctrl-Z) still raise signals. Saves the previous mode for cterm_restore_mode.
   Returns 0, or an errno value (not a terminal, for one). */
int cterm_enter_raw_mode(int fd);

/* Puts the terminal back as it was before cterm_enter_raw_mode; safe to call twice. */
void cterm_restore_mode(int fd);

/* Installs the handlers and unblocks their signals in the calling thread; returns the read end
   of the wake pipe, or -1. cterm_signals_end puts the previous handlers and mask back. */
int cterm_signals_begin(void);
void cterm_signals_end(void);

/* The signals that arrived since the last call (CTERM_* flags), clearing them. */
int cterm_take_signals(void);

/* Stops the process as Ctrl-Z asked, with the previous SIGTSTP disposition, and returns once
   it is resumed with fg. The caller restores the terminal before and re-enters raw mode after. */
void cterm_suspend_self(void);

/* Columns and rows of the terminal on `fd`; returns 0, or -1 when it cannot tell. */
int cterm_window_size(int fd, int *columns, int *rows);

/* Waits until `fd` (may be -1) or the wake pipe is readable, at most `timeout_ms` milliseconds.
   Returns 1 when `fd` is readable, 0 otherwise (timeout or signal). */
int cterm_wait_input(int fd, int timeout_ms);

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
