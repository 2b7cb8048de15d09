#define _GNU_SOURCE
#include "CProcesses.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/prctl.h>
#endif

pid_t cprim_spawn_in_group(const char *program, char *const argv[], char *const envp[], int stdin_fd,
                           int stdout_fd, int stderr_fd, int trace_fd, int trace_target) {
    /* dup2 onto the same number would keep close-on-exec, so the trace end first moves above
       every target; the copy itself is close-on-exec and goes away in the child. */
    int moved = fcntl(trace_fd, F_DUPFD_CLOEXEC, trace_target + 1);
    if (moved < 0) return -errno;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0);
    posix_spawn_file_actions_adddup2(&actions, stdout_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, stderr_fd, 2);
    posix_spawn_file_actions_adddup2(&actions, moved, trace_target);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    /* The tutor holds SIGINT and ignores or catches others; the program must start as a
       program started from a shell does. */
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    sigaddset(&defaults, SIGCHLD);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGHUP);
    sigaddset(&defaults, SIGTSTP);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    pid_t pid = 0;
    int status = posix_spawnp(&pid, program, &actions, &attributes, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(moved);
    return status == 0 ? pid : -status;
}

int cprim_set_child_subreaper(int on) {
#if defined(__linux__)
    return prctl(PR_SET_CHILD_SUBREAPER, on ? 1 : 0, 0, 0, 0) == 0 ? 0 : errno;
#else
    (void)on;
    return ENOSYS;
#endif
}

int cprim_count_group(pid_t group) {
#if defined(__linux__)
    DIR *folder = opendir("/proc");
    if (!folder) return -1;
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(folder)) != NULL) {
        if (!isdigit((unsigned char)entry->d_name[0])) continue;
        char path[64];
        snprintf(path, sizeof path, "/proc/%s/stat", entry->d_name);
        FILE *stat = fopen(path, "re");
        if (!stat) continue;
        char line[512];
        size_t length = fread(line, 1, sizeof line - 1, stat);
        fclose(stat);
        line[length] = '\0';
        /* The command name may hold spaces and parentheses: the fields resume after the last ')'. */
        char *end = strrchr(line, ')');
        if (!end) continue;
        char state;
        int parent, process_group;
        if (sscanf(end + 1, " %c %d %d", &state, &parent, &process_group) != 3) continue;
        if (process_group == group && state != 'Z') count++;
    }
    closedir(folder);
    return count;
#else
    (void)group;
    return -1;
#endif
}
