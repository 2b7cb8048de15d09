/*
 * The small part of libedit's <histedit.h> that CLineEdit uses, restated here
 * because libedit is opened with dlopen at run time: the tutor must build on a
 * machine that has the Swift toolchain but no libedit development headers.
 * Values and layouts match histedit.h (NetBSD libedit, LIBEDIT_MAJOR 2), whose
 * numbering has been stable across the Linux and macOS builds of the library.
 */
#ifndef CLINEEDIT_LIBEDIT_ABI_H
#define CLINEEDIT_LIBEDIT_ABI_H

#include <stdio.h>
#include <wchar.h>

typedef struct editline EditLine;
typedef struct history History;

typedef struct lineinfo {
    const char *buffer;
    const char *cursor;
    const char *lastchar;
} LineInfo;

typedef struct HistEvent {
    int num;
    const char *str;
} HistEvent;

/* Return codes of user-defined editor functions (EL_ADDFN). */
#define CC_REFRESH 4
#define CC_ERROR 6
#define CC_REDISPLAY 8

/* el_set / el_wset / el_get operations. */
#define EL_EDITOR 2
#define EL_BIND 4
#define EL_ADDFN 9
#define EL_HIST 10
#define EL_GETCFN 13
#define EL_CLIENTDATA 14
#define EL_PREP_TERM 16
#define EL_REFRESH 20
#define EL_PROMPT_ESC 21

/* history() operations. */
#define H_SETSIZE 1
#define H_LAST 4
#define H_PREV 5
#define H_ENTER 10
#define H_LOAD 17
#define H_SAVE 18
#define H_SETUNIQUE 20

typedef char *(*cle_prompt_fn)(EditLine *);
typedef unsigned char (*cle_editor_fn)(EditLine *, int);
/* Wide-character reader installed with el_wset(EL_GETCFN): both old and new
   libedit builds agree on this signature for the wide entry point. */
typedef int (*cle_getc_fn)(EditLine *, wchar_t *);
typedef int (*cle_history_fn)(History *, HistEvent *, int, ...);

/* Entry points resolved with dlsym; every one is required. */
typedef struct cle_libedit {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_wset)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    int (*el_source)(EditLine *, const char *);
    void (*el_resize)(EditLine *);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    void (*el_deletestr)(EditLine *, int);
    History *(*history_init)(void);
    void (*history_end)(History *);
    cle_history_fn history;
} cle_libedit;

/* The resolved table; valid only after cle_libedit_load() returned 1. */
extern cle_libedit cle_api;

/* The libedit History behind a cle_history, for EL_HIST (history.c). */
struct cle_history;
History *cle_history_handle(struct cle_history *history);

#endif
