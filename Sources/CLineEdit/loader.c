#include "CLineEdit.h"
#include "libedit_abi.h"

#include <dlfcn.h>
#include <pthread.h>

cle_libedit cle_api;

static int loaded;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

/* Linux sonames first, then the macOS install names. */
static const char *const library_names[] = {
    "libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib",
};

#define RESOLVE(name)                                                          \
    if ((api.name = (__typeof__(api.name))dlsym(handle, #name)) == NULL)       \
        return 0;

static int resolve(void *handle) {
    cle_libedit api;
    RESOLVE(el_init)
    RESOLVE(el_end)
    RESOLVE(el_gets)
    RESOLVE(el_set)
    RESOLVE(el_wset)
    RESOLVE(el_get)
    RESOLVE(el_source)
    RESOLVE(el_resize)
    RESOLVE(el_line)
    RESOLVE(el_insertstr)
    RESOLVE(el_deletestr)
    RESOLVE(history_init)
    RESOLVE(history_end)
    RESOLVE(history)
    cle_api = api;
    return 1;
}

static void load(void) {
    for (size_t i = 0; i < sizeof library_names / sizeof library_names[0]; i++) {
        void *handle = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) continue;
        if (resolve(handle)) {
            /* Kept open for the life of the process: editors and histories
               created later call into it. */
            loaded = 1;
            return;
        }
        dlclose(handle);
    }
}

int cle_libedit_load(void) {
    pthread_once(&load_once, load);
    return loaded;
}
