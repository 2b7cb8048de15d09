#include "CLineEdit.h"
#include "libedit_abi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Wraps libedit's History so callers never touch the variadic history(). */
struct cle_history {
    History *history;
    HistEvent event;
};

cle_history *cle_history_create(int max_entries) {
    if (!cle_libedit_load()) return NULL;
    cle_history *wrapper = calloc(1, sizeof *wrapper);
    if (wrapper == NULL) return NULL;
    wrapper->history = cle_api.history_init();
    if (wrapper->history == NULL) {
        free(wrapper);
        return NULL;
    }
    cle_api.history(wrapper->history, &wrapper->event, H_SETSIZE, max_entries);
    cle_api.history(wrapper->history, &wrapper->event, H_SETUNIQUE, 1);
    return wrapper;
}

void cle_history_destroy(cle_history *wrapper) {
    if (wrapper == NULL) return;
    cle_api.history_end(wrapper->history);
    free(wrapper);
}

/* Exposes the libedit handle to editor.c for EL_HIST. */
History *cle_history_handle(cle_history *wrapper) {
    return wrapper->history;
}

int cle_history_load(cle_history *wrapper, const char *path) {
    return cle_api.history(wrapper->history, &wrapper->event, H_LOAD, path) < 0 ? -1 : 0;
}

int cle_history_enter(cle_history *wrapper, const char *line) {
    return cle_api.history(wrapper->history, &wrapper->event, H_ENTER, line) < 0 ? -1 : 0;
}

int cle_history_save(cle_history *wrapper, const char *path) {
    size_t length = strlen(path) + sizeof ".XXXXXX";
    char *temporary = malloc(length);
    if (temporary == NULL) return -1;
    snprintf(temporary, length, "%s.XXXXXX", path);
    int fd = mkstemp(temporary); /* mode 0600, and H_SAVE keeps it */
    int result = -1;
    if (fd >= 0) {
        close(fd);
        if (cle_api.history(wrapper->history, &wrapper->event, H_SAVE, temporary) >= 0 &&
            rename(temporary, path) == 0) {
            result = 0;
        } else {
            unlink(temporary);
        }
    }
    free(temporary);
    return result;
}

const char *cle_history_oldest(cle_history *wrapper) {
    if (cle_api.history(wrapper->history, &wrapper->event, H_LAST) < 0) return NULL;
    return wrapper->event.str;
}

const char *cle_history_newer(cle_history *wrapper) {
    if (cle_api.history(wrapper->history, &wrapper->event, H_PREV) < 0) return NULL;
    return wrapper->event.str;
}
