#define _GNU_SOURCE
#include "CProcesses.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

pid_t cprim_fork(int new_group) {
    pid_t parent = getpid();
    fflush(NULL);
    pid_t child = fork();
    if (child != 0) {
        /* Both sides set the group so that a kill of the group right after fork cannot miss. */
        if (child > 0 && new_group) setpgid(child, child);
        return child;
    }
    if (new_group) setpgid(0, 0);
#if defined(__linux__)
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    /* The parent may have died before the line above took effect. */
    if (getppid() != parent) _exit(70);
    return 0;
}

static int64_t monotonic_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000LL + now.tv_nsec;
}

static int reap_now(pid_t pid, int *status) {
    pid_t reaped;
    do {
        reaped = waitpid(pid, status, WNOHANG);
    } while (reaped < 0 && errno == EINTR);
    if (reaped < 0) return -errno;
    return reaped == pid ? 1 : 0;
}

int cprim_wait_child(pid_t pid, int64_t deadline_ns, int *status) {
    int result = reap_now(pid, status);
    if (result != 0) return result;
#if defined(__linux__) && defined(SYS_pidfd_open)
    /* A pidfd becomes readable when the child exits, which gives waitpid a timeout. */
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (pidfd >= 0) {
        for (;;) {
            int timeout_ms = -1;
            if (deadline_ns >= 0) {
                int64_t left = deadline_ns - monotonic_now();
                if (left <= 0) break;
                timeout_ms = (int)((left + 999999) / 1000000);
            }
            struct pollfd watched = {pidfd, POLLIN, 0};
            int ready = poll(&watched, 1, timeout_ms);
            if (ready < 0 && errno != EINTR) break;
            if (ready > 0) break;
        }
        close(pidfd);
        return reap_now(pid, status);
    }
#endif
    /* Without pidfds, poll the child at a short interval. */
    for (;;) {
        result = reap_now(pid, status);
        if (result != 0) return result;
        if (deadline_ns >= 0 && monotonic_now() >= deadline_ns) return 0;
        struct timespec pause = {0, 1000000};
        nanosleep(&pause, NULL);
    }
}

int cprim_thread_count(void) {
#if defined(__linux__)
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks) return -1;
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(tasks)) != NULL) {
        if (entry->d_name[0] != '.') count++;
    }
    closedir(tasks);
    return count;
#else
    return -1;
#endif
}

int cprim_status_exited(int status) { return WIFEXITED(status); }
int cprim_status_exit_code(int status) { return WEXITSTATUS(status); }
int cprim_status_signalled(int status) { return WIFSIGNALED(status); }
int cprim_status_signal(int status) { return WTERMSIG(status); }

int cprim_cloexec_pipe(int fds[2]) {
#if defined(__linux__)
    return pipe2(fds, O_CLOEXEC) == 0 ? 0 : errno;
#else
    if (pipe(fds) != 0) return errno;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

int cprim_set_pipe_size(int fd, int bytes) {
#if defined(__linux__)
    int size = fcntl(fd, F_SETPIPE_SZ, bytes);
    return size < 0 ? -errno : size;
#else
    (void)fd;
    (void)bytes;
    return -ENOSYS;
#endif
}
