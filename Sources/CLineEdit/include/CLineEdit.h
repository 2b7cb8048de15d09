/*
 * CLineEdit: the C side of LineEditing.
 *
 * libedit is opened with dlopen at run time, so nothing here depends on its
 * headers. Swift cannot call libedit's variadic el_set/history, and the
 * reader libedit calls for each key must wait on the terminal and CTerminal's
 * signal pipe together, so those parts live in C behind this small
 * non-variadic interface.
 */
#ifndef CLINEEDIT_H
#define CLINEEDIT_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Loading ---------------------------------------------------------- */

/* Opens libedit (libedit.so.2, libedit.so, libedit.3.dylib, libedit.dylib)
   and resolves every symbol CLineEdit needs. Returns 1 on success, 0 if the
   library or any symbol is missing. Thread-safe; the work is done once. */
int cle_libedit_load(void);

/* setlocale(LC_CTYPE, "") so multibyte input decodes; if that locale is not
   UTF-8 (e.g. plain "C"), tries C.UTF-8, since Swift strings are UTF-8. */
void cle_use_environment_locale(void);

/* ---- History (requires cle_libedit_load() == 1) ----------------------- */

typedef struct cle_history cle_history;

/* New empty history keeping at most max_entries; consecutive duplicates are
   not entered. NULL if libedit is not loaded or memory is short. */
cle_history *cle_history_create(int max_entries);
void cle_history_destroy(cle_history *history);

/* Returns 0 on success, -1 on failure (e.g. the file does not exist). */
int cle_history_load(cle_history *history, const char *path);
int cle_history_enter(cle_history *history, const char *line);
/* Writes to a temporary file beside path, then renames it over path, so a
   crash mid-write never truncates the existing history. */
int cle_history_save(cle_history *history, const char *path);

/* Iteration from the oldest entry to the newest. Each returns the entry's
   text (valid until the history changes) or NULL when there is none. */
const char *cle_history_oldest(cle_history *history);
const char *cle_history_newer(cle_history *history);

/* ---- Editor ----------------------------------------------------------- */

typedef struct cle_editor cle_editor;

typedef enum cle_complete_result {
    CLE_COMPLETE_REFRESH,   /* the line changed: redraw it */
    CLE_COMPLETE_REDISPLAY, /* output was printed below: redraw prompt and line */
    CLE_COMPLETE_BEEP       /* nothing to do */
} cle_complete_result;

/* Called on Tab with the line's text before the cursor (UTF-8). It may edit
   the line with cle_editor_delete_backward / cle_editor_insert and print with
   cle_editor_write. */
typedef cle_complete_result (*cle_complete_fn)(void *context, cle_editor *editor,
                                               const char *text_before_cursor);

/* Editor on stdin/stdout/stderr with emacs bindings and ~/.editrc applied.
   history may be NULL; it must outlive the editor. complete may be NULL. */
cle_editor *cle_editor_create(const char *program_name, cle_history *history,
                              cle_complete_fn complete, void *complete_context);
void cle_editor_destroy(cle_editor *editor);

/* Reads one line. The prompt may contain \1-delimited invisible sequences.
   Returns the line (including its newline; valid until the next call), or
   NULL at the end of input or when a signal ended the read; then the cursor
   has been moved to a fresh line and the terminal is back in its normal mode.
   The caller keeps a CTerminal signal window open around the call: while it
   is open, Ctrl-C, SIGTERM, SIGHUP and SIGQUIT end the read, and *ended_by
   holds their CTERM_* flags (0 when none did); a resize redraws the line, and
   Ctrl-Z stops the process with the terminal in its normal mode. */
const char *cle_editor_read(cle_editor *editor, const char *prompt, int *ended_by);

/* Deletes count characters (Unicode scalars) before the cursor. */
void cle_editor_delete_backward(cle_editor *editor, int count);
/* Inserts UTF-8 text at the cursor; returns 0 on success, -1 on failure. */
int cle_editor_insert(cle_editor *editor, const char *text);
/* Writes text to the editor's output and flushes it. */
void cle_editor_write(cle_editor *editor, const char *text);

#ifdef __cplusplus
}
#endif

#endif
