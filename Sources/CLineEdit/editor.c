#include "CLineEdit.h"
#include "libedit_abi.h"

#include <CTerminal.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The character that brackets invisible prompt sequences (EL_PROMPT_ESC). */
#define PROMPT_IGNORE '\1'

struct cle_editor {
    EditLine *el;
    FILE *output;
    int input_fd;
    char *prompt;
    cle_complete_fn complete;
    void *complete_context;
    /* The CTERM_* signals that ended the current read; they stay set until
       the next one starts, in case libedit asks for another key regardless. */
    int ended_by;
};

/* The signals that end a read rather than being handled within it. */
#define ENDING_SIGNALS (CTERM_INTERRUPT | CTERM_TERMINATE | CTERM_HANGUP | CTERM_QUIT)

/* Callbacks receive only the EditLine; EL_CLIENTDATA leads back to us. */
static cle_editor *editor_of(EditLine *el) {
    void *data = NULL;
    cle_api.el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static char *prompt_callback(EditLine *el) {
    static char empty[] = "";
    cle_editor *editor = editor_of(el);
    return editor != NULL && editor->prompt != NULL ? editor->prompt : empty;
}

static unsigned char complete_callback(EditLine *el, int key) {
    (void)key;
    cle_editor *editor = editor_of(el);
    if (editor == NULL || editor->complete == NULL) return CC_ERROR;
    /* Copy: el_line's buffer is a conversion scratch area that the editing
       calls made by the completer overwrite. */
    const LineInfo *line = cle_api.el_line(el);
    size_t length = (size_t)(line->cursor - line->buffer);
    char *before_cursor = malloc(length + 1);
    if (before_cursor == NULL) return CC_ERROR;
    memcpy(before_cursor, line->buffer, length);
    before_cursor[length] = '\0';
    cle_complete_result result =
        editor->complete(editor->complete_context, editor, before_cursor);
    free(before_cursor);
    switch (result) {
    case CLE_COMPLETE_REFRESH: return CC_REFRESH;
    case CLE_COMPLETE_REDISPLAY: return CC_REDISPLAY;
    default: return CC_ERROR;
    }
}

/* Redraws the prompt and line from the start of the row, after a resize or a
   stop: el_resize forgets where the cursor is, and the shell has moved to a
   fresh line while Spindle was stopped. */
static void redraw(cle_editor *editor) {
    fputc('\r', editor->output);
    cle_api.el_wset(editor->el, EL_REFRESH);
}

/* Handles the signals CTerminal took while a line is read; returns nonzero
   when they end the read. */
static int handle_signals(cle_editor *editor, int taken) {
    editor->ended_by |= taken & ENDING_SIGNALS;
    if (editor->ended_by != 0) return 1;
    if (taken & CTERM_SUSPEND) {
        /* Leave the terminal usable for the shell while stopped. */
        cle_api.el_set(editor->el, EL_PREP_TERM, 0);
        cterm_suspend_self();
        cle_api.el_set(editor->el, EL_PREP_TERM, 1);
    }
    if (taken & CTERM_RESIZE) cle_api.el_resize(editor->el);
    if (taken & (CTERM_SUSPEND | CTERM_RESIZE)) redraw(editor);
    return 0;
}

/* Replaces libedit's reader (EL_GETCFN) so that, without EL_SIGNAL, Ctrl-C
   ends el_gets, a resize is applied before the next keystroke is read, and
   Ctrl-Z restores the terminal before stopping and raw mode after `fg`.
   Decodes multibyte input itself with mbrtowc, as libedit's reader does. */
static int read_char_callback(EditLine *el, wchar_t *out) {
    cle_editor *editor = editor_of(el);
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    *out = L'\0';
    for (;;) {
        if (handle_signals(editor, cterm_take_signals())) {
            errno = EINTR;
            return -1;
        }
        /* A signal pending with the key is taken first: Ctrl-C then Enter
           must not enter the line. When waiting fails, the read reports why. */
        int ready = cterm_wait(editor->input_fd, -1);
        if (ready >= 0 && ready != CTERM_READY_INPUT) continue;
        ssize_t got = read(editor->input_fd, &bytes[count], 1);
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        if (got == 0) return 0;
        count++;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t decoded = mbrtowc(out, bytes, count, &state);
        if (decoded == (size_t)-2 && count < sizeof bytes) continue; /* need more bytes */
        if (decoded == (size_t)-1 || decoded == (size_t)-2) {
            count = 0; /* invalid sequence: drop it */
            continue;
        }
        return 1;
    }
}

cle_editor *cle_editor_create(const char *program_name, cle_history *history,
                              cle_complete_fn complete, void *complete_context) {
    if (!cle_libedit_load()) return NULL;
    cle_editor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->el = cle_api.el_init(program_name, stdin, stdout, stderr);
    if (editor->el == NULL) {
        free(editor);
        return NULL;
    }
    editor->output = stdout;
    editor->input_fd = fileno(stdin);
    editor->complete = complete;
    editor->complete_context = complete_context;

    EditLine *el = editor->el;
    cle_api.el_set(el, EL_CLIENTDATA, (void *)editor);
    cle_api.el_set(el, EL_PROMPT_ESC, prompt_callback, PROMPT_IGNORE);
    cle_api.el_set(el, EL_EDITOR, "emacs");
    cle_api.el_wset(el, EL_GETCFN, read_char_callback);
    if (history != NULL) {
        cle_api.el_set(el, EL_HIST, cle_api.history, cle_history_handle(history));
    }
    if (complete != NULL) {
        cle_api.el_set(el, EL_ADDFN, "spindle-complete", "Complete the word before the cursor",
                       complete_callback);
        cle_api.el_set(el, EL_BIND, "^I", "spindle-complete", NULL);
    }
    /* Last, so the user's ~/.editrc can override the bindings above. */
    cle_api.el_source(el, NULL);
    return editor;
}

void cle_editor_destroy(cle_editor *editor) {
    if (editor == NULL) return;
    cle_api.el_end(editor->el);
    free(editor->prompt);
    free(editor);
}

const char *cle_editor_read(cle_editor *editor, const char *prompt, int *ended_by) {
    free(editor->prompt);
    editor->prompt = strdup(prompt);
    /* Text the program printed with stdio must appear before the prompt. */
    fflush(editor->output);

    editor->ended_by = 0;
    int count = 0;
    const char *line = cle_api.el_gets(editor->el, &count);
    /* One that came after libedit's last key still says why a read ended
       without a line: Ctrl-D and SIGTERM together is a SIGTERM. */
    editor->ended_by |= cterm_take_signals() & ENDING_SIGNALS;
    *ended_by = editor->ended_by;
    if (line != NULL && count > 0) return line;
    /* libedit leaves the cursor on the edited line; start a fresh one. */
    fputc('\n', editor->output);
    fflush(editor->output);
    return NULL;
}

void cle_editor_delete_backward(cle_editor *editor, int count) {
    if (count > 0) cle_api.el_deletestr(editor->el, count);
}

int cle_editor_insert(cle_editor *editor, const char *text) {
    return cle_api.el_insertstr(editor->el, text) == 0 ? 0 : -1;
}

void cle_editor_write(cle_editor *editor, const char *text) {
    fputs(text, editor->output);
    fflush(editor->output);
}
