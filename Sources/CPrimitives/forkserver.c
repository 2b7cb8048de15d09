/*
 * Why a fork server: fork() copies only the calling thread. If another thread held a lock at that
 * moment (malloc's, the Swift runtime's, stdio's), the child inherits the lock held by a thread
 * that does not exist there, and deadlocks the first time it needs it. The tutor runs several
 * threads (rendering, Dispatch, Swift concurrency), so it never forks itself. Instead, before any
 * of that starts, it spawns a fresh copy of its own executable that does nothing else for life;
 * that copy forks demo processes when asked, from one thread that holds no lock. CPython 3.14
 * made the same choice: on Linux its default start method is now "forkserver".
 *
 * The server is recognised by an environment variable in a constructor, which runs before main
 * and before any thread exists, so it works the same inside the tutor and inside the test runner,
 * whose main is not ours. The server never returns to main.
 *
 * Protocol, over a SOCK_SEQPACKET socket pair so that message boundaries survive:
 *   request  = header (request id, payload length) + payload, with up to 8 file descriptors
 *              attached (SCM_RIGHTS) that the new process receives;
 *   replies  = fixed-size cprim_fork_reply records: SPAWNED (request id -> pid) and EXITED
 *              (pid -> wait status) once the server has reaped a child.
 * The server exits, killing what it started, when the control socket closes: that is how it
 * follows the tutor even when the tutor is killed with SIGKILL.
 */
#define _GNU_SOURCE
#include "CForkServer.h"
#include "CProcesses.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/prctl.h>
#endif

extern char **environ;

/* Implemented in Swift (Primitives, HostedEntry.swift): runs the program a request names and
   never returns. Weak, so that a binary without the Swift side still links. */
extern void spindle_hosted_main(const void *payload, size_t length, const int *fds, int fd_count)
    __attribute__((weak));

typedef struct {
    uint64_t request_id;
    uint32_t payload_length;
    uint32_t fd_count;
} request_header;

static char *title_area = NULL;
static size_t title_room = 0;

/* Padding after argv[0] gives hosted processes room to rename themselves in `ps -f`. */
static const char server_title_padding[] =
    "                                                                ";

static int server_sigchld_pipe[2] = {-1, -1};
static int server_control_fd = -1;

static void server_on_sigchld(int signal_number) {
    (void)signal_number;
    int saved = errno;
    char byte = 0;
    (void)write(server_sigchld_pipe[1], &byte, 1);
    errno = saved;
}

static void send_reply(int control, uint32_t kind, int32_t pid, int32_t value, uint64_t request_id) {
    cprim_fork_reply reply = {kind, pid, value, 0, request_id};
    while (send(control, &reply, sizeof reply, MSG_NOSIGNAL) < 0 && errno == EINTR) {}
}

/* Children still running, so that they can be killed when the tutor goes away. */
#define SERVER_MAX_CHILDREN 4096
static pid_t live_children[SERVER_MAX_CHILDREN];
static int live_count = 0;

static int forget_child(pid_t pid) {
    for (int i = 0; i < live_count; i++) {
        if (live_children[i] == pid) {
            live_children[i] = live_children[--live_count];
            return 1;
        }
    }
    return 0;
}

/* Reaps hosted processes, and also their orphans: the server is their subreaper. */
static void reap_children(int control) {
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        if (!forget_child(pid)) continue;
        /* Whatever the hosted process left behind in its group goes with it: no orphans. */
        kill(-pid, SIGKILL);
        send_reply(control, CPRIM_FORK_REPLY_EXITED, pid, status, 0);
    }
}

static void shut_down(void) {
    for (int i = 0; i < live_count; i++) {
        kill(-live_children[i], SIGKILL);
        kill(live_children[i], SIGKILL);
    }
    while (waitpid(-1, NULL, 0) > 0 || errno == EINTR) {}
    _exit(0);
}

static void run_child(pid_t server, const char *payload, size_t length, const int *fds, int fd_count,
                      int control) {
    close(control);
    close(server_sigchld_pipe[0]);
    close(server_sigchld_pipe[1]);
    signal(SIGCHLD, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    setpgid(0, 0);
#if defined(__linux__)
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    if (getppid() != server) _exit(70);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (spindle_hosted_main) spindle_hosted_main(payload, length, fds, fd_count);
    fputs("spindle: this executable cannot run hosted programs\n", stderr);
    _exit(71);
}

static void handle_request(int control, pid_t server, char *payload) {
    /* Zeroed, so that the fields a message too short to fill them did not reach read as 0, not
       as whatever the stack held. */
    request_header header;
    memset(&header, 0, sizeof header);
    int fds[CPRIM_FORK_REQUEST_MAX_FDS];
    struct iovec parts[2] = {{&header, sizeof header}, {payload, CPRIM_FORK_REQUEST_MAX_PAYLOAD}};
    union {
        struct cmsghdr align;
        char bytes[CMSG_SPACE(sizeof(int) * CPRIM_FORK_REQUEST_MAX_FDS)];
    } control_buffer;
    struct msghdr message = {0};
    message.msg_iov = parts;
    message.msg_iovlen = 2;
    message.msg_control = control_buffer.bytes;
    message.msg_controllen = sizeof control_buffer.bytes;

#if defined(MSG_CMSG_CLOEXEC)
    const int receive_flags = MSG_CMSG_CLOEXEC;
#else
    const int receive_flags = 0;
#endif
    ssize_t received;
    do {
        received = recvmsg(control, &message, receive_flags);
    } while (received < 0 && errno == EINTR);
    if (received <= 0) shut_down();

    int fd_count = 0;
    for (struct cmsghdr *part = CMSG_FIRSTHDR(&message); part; part = CMSG_NXTHDR(&message, part)) {
        if (part->cmsg_level == SOL_SOCKET && part->cmsg_type == SCM_RIGHTS) {
            int count = (int)((part->cmsg_len - CMSG_LEN(0)) / sizeof(int));
            for (int i = 0; i < count && fd_count < CPRIM_FORK_REQUEST_MAX_FDS; i++) {
                memcpy(&fds[fd_count++], CMSG_DATA(part) + i * sizeof(int), sizeof(int));
            }
        }
    }
    /* A message shorter than the header is refused before any of the header is believed. */
    const int short_message = (size_t)received < sizeof header;
    size_t length = short_message ? 0 : (size_t)received - sizeof header;
    if (short_message || header.payload_length != length || header.fd_count != (uint32_t)fd_count
        || (message.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0 || live_count >= SERVER_MAX_CHILDREN) {
        for (int i = 0; i < fd_count; i++) close(fds[i]);
        /* The refusal names the request when its id arrived whole, else request 0, which no
           client uses: a partial id could name someone else's request. */
        uint64_t refused = (size_t)received >= sizeof header.request_id ? header.request_id : 0;
        send_reply(control, CPRIM_FORK_REPLY_SPAWNED, -1, -EINVAL, refused);
        return;
    }

    fflush(NULL);
    pid_t child = fork();
    if (child == 0) run_child(server, payload, length, fds, fd_count, control);
    int error = child < 0 ? errno : 0;
    for (int i = 0; i < fd_count; i++) close(fds[i]);
    if (child > 0) {
        live_children[live_count++] = child;
        /* Set here too, so a kill of the group cannot race the child's own setpgid. */
        setpgid(child, child);
    }
    send_reply(control, CPRIM_FORK_REPLY_SPAWNED, child > 0 ? child : -1, -error, header.request_id);
}

static void run_server(int control) {
    pid_t server = getpid();
    /* Out of the terminal's foreground group: Ctrl-C is for the tutor to handle, not for us. */
    setpgid(0, 0);
#if defined(__linux__)
    /* Orphans of a hosted process come to us rather than to init, which in a container may
       never reap them: the server reaps them, so a demo leaves no zombies. */
    prctl(PR_SET_CHILD_SUBREAPER, 1);
#endif
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTSTP, SIG_IGN);
    int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd >= 0) {
        dup2(null_fd, STDIN_FILENO);
        close(null_fd);
    }
    if (pipe(server_sigchld_pipe) != 0) _exit(72);
    for (int i = 0; i < 2; i++) {
        fcntl(server_sigchld_pipe[i], F_SETFD, FD_CLOEXEC);
        fcntl(server_sigchld_pipe[i], F_SETFL, O_NONBLOCK);
    }
    struct sigaction action = {0};
    action.sa_handler = server_on_sigchld;
    action.sa_flags = SA_RESTART | SA_NOCLDSTOP;
    sigemptyset(&action.sa_mask);
    sigaction(SIGCHLD, &action, NULL);

    static char payload[CPRIM_FORK_REQUEST_MAX_PAYLOAD];
    for (;;) {
        struct pollfd watched[2] = {{control, POLLIN, 0}, {server_sigchld_pipe[0], POLLIN, 0}};
        if (poll(watched, 2, -1) < 0) {
            if (errno == EINTR) continue;
            shut_down();
        }
        if (watched[1].revents) {
            char drain[64];
            while (read(server_sigchld_pipe[0], drain, sizeof drain) > 0) {}
            reap_children(control);
        }
        if (watched[0].revents & (POLLERR | POLLNVAL)) shut_down();
        if (watched[0].revents & (POLLIN | POLLHUP)) handle_request(control, server, payload);
    }
}

/* ThreadSanitizer kills a child that starts threads after a fork in a process with more than one
   thread, since another thread might have held a lock. Here the other thread waits in
   pthread_join and holds none, so demos under the sanitizer may start threads. Only a build with
   the sanitizer calls this. */
const char *__tsan_default_options(void);
const char *__tsan_default_options(void) { return "die_after_fork=0"; }

/*
 * Why the server runs on a thread of its own: a forked child's only thread is a copy of the thread
 * that called fork(), thread-local variables included. The Swift runtime's locks store their
 * owner's thread id, which each thread reads once and caches in a thread-local variable; the
 * runtime may have cached the main thread's id before this constructor ran. A child forked from
 * the main thread would then take the runtime's locks under the server's id, and once one of its
 * own threads waited for such a lock, releasing it would fail for ever (the kernel refuses to
 * release a priority-inheritance lock on behalf of another thread's id): the demo spins, stuck.
 * A thread created here has run no Swift code, so nothing is cached, and each child computes its
 * own id. The main thread only waits for it, in pthread_join, holding nothing a child could miss.
 */
static void *server_thread(void *argument) {
    sigset_t *original = argument;
    pthread_sigmask(SIG_SETMASK, original, NULL);
    run_server(server_control_fd);
    _exit(0);
}

__attribute__((constructor)) static void cprim_fork_server_entry(int argc, char **argv, char **envp) {
    (void)envp;
    if (argc > 0 && argv && argv[0]) {
        title_area = argv[0];
        char *end = argv[argc - 1] + strlen(argv[argc - 1]);
        title_room = (size_t)(end - argv[0]);
    }
    const char *value = getenv(CPRIM_FORK_SERVER_ENV);
    if (!value) return;
    server_control_fd = atoi(value);
    unsetenv(CPRIM_FORK_SERVER_ENV);
#if defined(__linux__)
    /* Named before the thread starts, which inherits the name: `ps` shows the main thread's. */
    prctl(PR_SET_NAME, "spindle-forksrv");
#endif
    /* Signals go to the server thread alone: the waiting main thread blocks them all. */
    static sigset_t original;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &original);
    /* Children run their demo on a copy of this thread's stack: as much room as a main thread. */
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, 8u << 20);
    pthread_t thread;
    if (pthread_create(&thread, &attributes, server_thread, &original) != 0) _exit(73);
    pthread_attr_destroy(&attributes);
    pthread_join(thread, NULL);
    _exit(0);
}

static int spawn_server(const char *executable, int *control_fd, pid_t *server_pid) {
    int ends[2];
#if defined(SOCK_CLOEXEC)
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends) != 0) return errno;
#else
    if (socketpair(AF_UNIX, SOCK_SEQPACKET, 0, ends) != 0) return errno;
    fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    fcntl(ends[1], F_SETFD, FD_CLOEXEC);
#endif
    /* The server finds its end at fd 3; dup2 in the child clears close-on-exec on it alone. */
    const int server_fd = 3;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], server_fd);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    /* Descriptors someone else opened without close-on-exec must not live on in the server:
       a pipe's write end held there would keep its reader from ever seeing end of file. */
    posix_spawn_file_actions_addclosefrom_np(&actions, server_fd + 1);
#endif
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGCHLD);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGHUP);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    size_t environment_count = 0;
    while (environ[environment_count]) environment_count++;
    char **environment = calloc(environment_count + 2, sizeof(char *));
    if (!environment) {
        close(ends[0]);
        close(ends[1]);
        return ENOMEM;
    }
    char setting[64];
    snprintf(setting, sizeof setting, "%s=%d", CPRIM_FORK_SERVER_ENV, server_fd);
    size_t used = 0;
    environment[used++] = setting;
    for (size_t i = 0; i < environment_count; i++) {
        if (strncmp(environ[i], CPRIM_FORK_SERVER_ENV "=", strlen(CPRIM_FORK_SERVER_ENV) + 1) != 0) {
            environment[used++] = environ[i];
        }
    }
    environment[used] = NULL;
    char *arguments[] = {"spindle-forksrv", (char *)server_title_padding, NULL};
    pid_t pid;
    int status = posix_spawn(&pid, executable, &actions, &attributes, arguments, environment);
    free(environment);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(ends[1]);
    if (status != 0) {
        close(ends[0]);
        return status;
    }
    *control_fd = ends[0];
    *server_pid = pid;
    return 0;
}

int cprim_fork_server_spawn(const char *executable, int *control_fd, pid_t *server_pid) {
    /* A signal that ends the program while the server is being spawned would find no server to
       end: it would be left to init. Held back until the server is known, it ends it too. */
    sigset_t ending, before;
    sigemptyset(&ending);
    sigaddset(&ending, SIGTERM);
    sigaddset(&ending, SIGHUP);
    sigaddset(&ending, SIGINT);
    sigaddset(&ending, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &ending, &before);
    int status = spawn_server(executable, control_fd, server_pid);
    if (status == 0) cprim_tidy_exit_watch_server(*control_fd, *server_pid);
    pthread_sigmask(SIG_SETMASK, &before, NULL);
    return status;
}

int cprim_fork_server_request(int control_fd, uint64_t request_id, const void *payload, size_t length,
                              const int *fds, int fd_count) {
    if (length > CPRIM_FORK_REQUEST_MAX_PAYLOAD || fd_count > CPRIM_FORK_REQUEST_MAX_FDS || fd_count < 0) {
        return EINVAL;
    }
    request_header header = {request_id, (uint32_t)length, (uint32_t)fd_count};
    struct iovec parts[2] = {{&header, sizeof header}, {(void *)payload, length}};
    union {
        struct cmsghdr align;
        char bytes[CMSG_SPACE(sizeof(int) * CPRIM_FORK_REQUEST_MAX_FDS)];
    } control_buffer;
    memset(&control_buffer, 0, sizeof control_buffer);
    struct msghdr message = {0};
    message.msg_iov = parts;
    message.msg_iovlen = 2;
    if (fd_count > 0) {
        message.msg_control = control_buffer.bytes;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)fd_count);
        struct cmsghdr *part = CMSG_FIRSTHDR(&message);
        part->cmsg_level = SOL_SOCKET;
        part->cmsg_type = SCM_RIGHTS;
        part->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)fd_count);
        memcpy(CMSG_DATA(part), fds, sizeof(int) * (size_t)fd_count);
    }
    ssize_t sent;
    do {
        sent = sendmsg(control_fd, &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent < 0 ? errno : 0;
}

int cprim_fork_server_next_reply(int control_fd, cprim_fork_reply *reply) {
    ssize_t received;
    do {
        received = recv(control_fd, reply, sizeof *reply, 0);
    } while (received < 0 && errno == EINTR);
    if (received < 0) return -errno;
    if (received == 0) return 0;
    return received == sizeof *reply ? 1 : -EPROTO;
}

/* Linux only for now: macOS would need _NSGetExecutablePath, and its fork server is untested,
   so there the caller reports that demos which fork are unavailable. */
const char *cprim_executable_path(void) {
#if defined(__linux__)
    return "/proc/self/exe";
#else
    return NULL;
#endif
}

void cprim_set_process_title(const char *name) {
#if defined(__linux__)
    prctl(PR_SET_NAME, name);
#endif
    if (!title_area || title_room == 0) return;
    size_t length = strlen(name);
    if (length > title_room) length = title_room;
    memcpy(title_area, name, length);
    memset(title_area + length, 0, title_room - length);
}
