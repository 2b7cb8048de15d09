#include "CLineEdit.h"
#include "signals.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

void cle_use_environment_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    int is_utf8 = codeset != NULL &&
        (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
    if (!is_utf8) {
        /* Leaves the locale unchanged when C.UTF-8 is not installed. */
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

int cle_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

ssize_t cle_read_interruptibly(int fd, void *buffer, size_t length) {
    cle_signal_scope scope;
    if (cle_signals_begin(&scope) != 0) return read(fd, buffer, length);
    ssize_t result;
    for (;;) {
        cle_wait_result waited = cle_signals_wait(fd);
        if (waited == CLE_WAIT_RESIZED) continue;
        if (waited == CLE_WAIT_SUSPENDED) {
            cle_signals_suspend_self();
            continue;
        }
        if (waited == CLE_WAIT_TERMINATED) {
            result = -3;
            break;
        }
        if (waited == CLE_WAIT_INTERRUPTED) {
            result = -2;
            break;
        }
        result = read(fd, buffer, length);
        if (result < 0 && errno == EINTR) {
            if (cle_signals_termination() != 0) {
                result = -3;
                break;
            }
            if (cle_signals_interrupted()) {
                result = -2;
                break;
            }
            continue;
        }
        break;
    }
    int saved_errno = errno;
    cle_signals_end(&scope);
    errno = saved_errno;
    return result;
}

int cle_termination_signal(void) {
    return cle_signals_termination();
}
