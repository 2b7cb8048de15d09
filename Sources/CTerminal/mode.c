#define _GNU_SOURCE
#include "CTerminal.h"

#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>

static struct termios saved_mode;
static int saved_mode_valid = 0;

int cterm_enter_raw_mode(int fd) {
    struct termios mode;
    if (tcgetattr(fd, &mode) != 0) return errno;
    if (!saved_mode_valid) {
        saved_mode = mode;
        saved_mode_valid = 1;
    }
    mode.c_lflag &= ~(tcflag_t)(ICANON | ECHO | IEXTEN);
    mode.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    mode.c_cc[VMIN] = 1;
    mode.c_cc[VTIME] = 0;
    return tcsetattr(fd, TCSAFLUSH, &mode) == 0 ? 0 : errno;
}

void cterm_restore_mode(int fd) {
    if (!saved_mode_valid) return;
    tcsetattr(fd, TCSAFLUSH, &saved_mode);
    saved_mode_valid = 0;
}

int cterm_window_size(int fd, int *columns, int *rows) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0) return -1;
    *columns = size.ws_col;
    *rows = size.ws_row;
    return 0;
}
