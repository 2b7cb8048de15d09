/*
 * Plain C counterpart of spindle-bench: the physical limit for the cases C can express directly,
 * with pthreads and POSIX calls and nothing else. Same case names and amounts of work.
 *
 *   cc -O2 -pthread -o prims prims.c
 *   ./prims --list
 *   ./prims --case lock_uncontended --work 2000000     (prints the figure on one line)
 *
 * The duplex pipe cases use a socketpair, as Spindle's and Python's duplex Pipe() do.
 *
 * A round-trip case (ping-pongs, pipe round trips) also times each round trip on the side that
 * starts them, one CLOCK_MONOTONIC read per round trip, and prints before the figure
 *   latency_ns p50=N p99=N max=N
 * The first round trip also waits for the other side to start, so it only starts the clock.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void fail(const char *what) {
    perror(what);
    exit(1);
}

/* Placement: 0 where the OS likes, 1 both sides on the first CPU, 2 one side on each. */
static int first_cpus[2] = {0, 0};

static void find_cpus(void) {
    cpu_set_t set;
    int found = 0;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return;
    for (int cpu = 0; cpu < CPU_SETSIZE && found < 2; cpu++)
        if (CPU_ISSET(cpu, &set)) first_cpus[found++] = cpu;
    if (found == 1) first_cpus[1] = first_cpus[0];
}

static void pin(int placement, int side) {
    if (placement == 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(placement == 1 ? first_cpus[0] : first_cpus[side], &set);
    sched_setaffinity(0, sizeof set, &set);
}

static long work;

/* glibc skips the atomic instructions of an uncontended mutex while a process has only one
   thread. Spindle's locks live in programs with threads, so the comparison is made in one too:
   a thread that does nothing is started first. */
static void *parked(void *unused) {
    (void)unused;
    for (;;) pause();
    return NULL;
}

static void become_multithreaded(void) {
    pthread_t thread;
    if (pthread_create(&thread, NULL, parked, NULL) == 0) pthread_detach(thread);
}

/* ---- round-trip latencies: one lap per round trip, the first only starts the clock ---- */

static long long *laps;
static long lap_count;
static long long lap_last;

static void round_trip_ended(long index) {
    long long t = now_ns();
    if (index > 0) laps[lap_count++] = t - lap_last;
    lap_last = t;
}

static int by_value(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

/* Nearest rank: the smallest lap that at least `percent` of the laps do not exceed. */
static long long percentile(long percent) {
    long rank = (percent * lap_count + 99) / 100;
    return laps[rank > 0 ? rank - 1 : 0];
}

static void print_latency(void) {
    if (lap_count == 0) return;
    qsort(laps, (size_t)lap_count, sizeof *laps, by_value);
    printf("latency_ns p50=%lld p99=%lld max=%lld\n", percentile(50), percentile(99), laps[lap_count - 1]);
}

/* ---- locks ---- */

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;

static double lock_uncontended(void) {
    double start = now();
    for (long i = 0; i < work; i++) {
        pthread_mutex_lock(&mutex);
        pthread_mutex_unlock(&mutex);
    }
    return work / (now() - start);
}

static void *lock_half(void *unused) {
    (void)unused;
    for (long i = 0; i < work / 2; i++) {
        pthread_mutex_lock(&mutex);
        pthread_mutex_unlock(&mutex);
    }
    return NULL;
}

static double lock_contended_2t(void) {
    pthread_t threads[2];
    double start = now();
    for (int i = 0; i < 2; i++) pthread_create(&threads[i], NULL, lock_half, NULL);
    for (int i = 0; i < 2; i++) pthread_join(threads[i], NULL);
    return work / (now() - start);
}

/* ---- a queue: ring buffer, mutex and two condition variables ---- */

#define RING 1024
static struct {
    long items[RING];
    long head, count;
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
} ring = {.lock = PTHREAD_MUTEX_INITIALIZER, .not_empty = PTHREAD_COND_INITIALIZER, .not_full = PTHREAD_COND_INITIALIZER};

static void ring_put(long item) {
    pthread_mutex_lock(&ring.lock);
    while (ring.count == RING) pthread_cond_wait(&ring.not_full, &ring.lock);
    ring.items[(ring.head + ring.count) % RING] = item;
    ring.count++;
    pthread_cond_signal(&ring.not_empty);
    pthread_mutex_unlock(&ring.lock);
}

static long ring_get(void) {
    pthread_mutex_lock(&ring.lock);
    while (ring.count == 0) pthread_cond_wait(&ring.not_empty, &ring.lock);
    long item = ring.items[ring.head];
    ring.head = (ring.head + 1) % RING;
    ring.count--;
    pthread_cond_signal(&ring.not_full);
    pthread_mutex_unlock(&ring.lock);
    return item;
}

static double queue_put_get_1t(void) {
    long sum = 0;
    double start = now();
    for (long i = 0; i < work; i++) {
        ring_put(i);
        sum += ring_get();
    }
    double figure = work / (now() - start);
    return sum >= 0 ? figure : 0;
}

static void *producer(void *unused) {
    (void)unused;
    for (long i = 0; i < work; i++) ring_put(i);
    return NULL;
}

static double queue_spsc_2t(void) {
    pthread_t thread;
    long sum = 0;
    double start = now();
    pthread_create(&thread, NULL, producer, NULL);
    for (long i = 0; i < work; i++) sum += ring_get();
    pthread_join(thread, NULL);
    double figure = work / (now() - start);
    return sum >= 0 ? figure : 0;
}

/* ---- condition ping-pong ---- */

static pthread_cond_t turn_changed = PTHREAD_COND_INITIALIZER;
static int turn;
static int placement_now;

static void *pingpong_side(void *argument) {
    int me = (int)(long)argument;
    pin(placement_now, me);
    for (long i = 0; i < work; i++) {
        pthread_mutex_lock(&mutex);
        while (turn != me) pthread_cond_wait(&turn_changed, &mutex);
        /* Side 0 has the turn from the start: getting it back the first time ends round trip 0. */
        if (me == 0 && i > 0) round_trip_ended(i - 1);
        turn = 1 - me;
        pthread_cond_signal(&turn_changed);
        pthread_mutex_unlock(&mutex);
    }
    return NULL;
}

static double condition_pingpong(int placement) {
    pthread_t threads[2];
    placement_now = placement;
    turn = 0;
    double start = now();
    for (long i = 0; i < 2; i++) pthread_create(&threads[i], NULL, pingpong_side, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(threads[i], NULL);
    return work / (now() - start);
}

static double condition_pingpong_free(void) { return condition_pingpong(0); }
static double condition_pingpong_one(void) { return condition_pingpong(1); }
static double condition_pingpong_two(void) { return condition_pingpong(2); }

/* Runs side(0) and side(1) on two threads placed as asked; round trips per second. */
static double on_two_threads(void *(*side)(void *), int placement) {
    pthread_t threads[2];
    placement_now = placement;
    double start = now();
    for (long i = 0; i < 2; i++) pthread_create(&threads[i], NULL, side, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(threads[i], NULL);
    return work / (now() - start);
}

/* ---- event ping-pong: CPython's Event, a flag under a mutex with a condition ---- */

static struct event {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    int flag;
} events[2] = {
    {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0},
    {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0},
};

static void event_set(struct event *event) {
    pthread_mutex_lock(&event->lock);
    event->flag = 1;
    pthread_cond_broadcast(&event->changed);
    pthread_mutex_unlock(&event->lock);
}

static void event_wait(struct event *event) {
    pthread_mutex_lock(&event->lock);
    while (!event->flag) pthread_cond_wait(&event->changed, &event->lock);
    pthread_mutex_unlock(&event->lock);
}

static void event_clear(struct event *event) {
    pthread_mutex_lock(&event->lock);
    event->flag = 0;
    pthread_mutex_unlock(&event->lock);
}

static void *event_side(void *argument) {
    int me = (int)(long)argument;
    pin(placement_now, me);
    for (long i = 0; i < work; i++) {
        if (me == 0) {
            event_set(&events[1]);
            event_wait(&events[0]);
            event_clear(&events[0]);
            round_trip_ended(i);
        } else {
            event_wait(&events[1]);
            event_clear(&events[1]);
            event_set(&events[0]);
        }
    }
    return NULL;
}

static double event_pingpong_free(void) { return on_two_threads(event_side, 0); }
static double event_pingpong_one(void) { return on_two_threads(event_side, 1); }
static double event_pingpong_two(void) { return on_two_threads(event_side, 2); }

/* ---- semaphore ping-pong: two unnamed sem_t, each starting at 0 ---- */

static sem_t semaphores[2];

static void *semaphore_side(void *argument) {
    int me = (int)(long)argument;
    pin(placement_now, me);
    for (long i = 0; i < work; i++) {
        if (me == 0) {
            sem_post(&semaphores[1]);
            while (sem_wait(&semaphores[0]) != 0) continue;
            round_trip_ended(i);
        } else {
            while (sem_wait(&semaphores[1]) != 0) continue;
            sem_post(&semaphores[0]);
        }
    }
    return NULL;
}

static double semaphore_pingpong(int placement) {
    for (int i = 0; i < 2; i++)
        if (sem_init(&semaphores[i], 0, 0) != 0) fail("sem_init");
    double figure = on_two_threads(semaphore_side, placement);
    for (int i = 0; i < 2; i++) sem_destroy(&semaphores[i]);
    return figure;
}

static double semaphore_pingpong_free(void) { return semaphore_pingpong(0); }
static double semaphore_pingpong_one(void) { return semaphore_pingpong(1); }
static double semaphore_pingpong_two(void) { return semaphore_pingpong(2); }

/* ---- processes ---- */

static double fork_exit_wait(void) {
    double start = now();
    for (long i = 0; i < work; i++) {
        pid_t pid = fork();
        if (pid < 0) fail("fork");
        if (pid == 0) _exit(0);
        waitpid(pid, NULL, 0);
    }
    return work / (now() - start);
}

static int full_read(int fd, char *buffer, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t got = read(fd, buffer + done, length - done);
        if (got <= 0) return -1;
        done += (size_t)got;
    }
    return 0;
}

static int full_write(int fd, const char *buffer, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t put = write(fd, buffer + done, length - done);
        if (put <= 0) return -1;
        done += (size_t)put;
    }
    return 0;
}

/* One message framed as Python's Connection and Spindle's Pipe frame it: a 4-byte length, then
   the bytes, sent in one write; received as the length, then the bytes, in two reads, so that
   no read takes bytes of the next message. */
static int send_message(int fd, const char *bytes, uint32_t length) {
    char frame[4 + 64];
    if (length > 64) return -1;
    uint32_t header = htonl(length);
    memcpy(frame, &header, 4);
    memcpy(frame + 4, bytes, length);
    return full_write(fd, frame, 4 + length);
}

static int receive_message(int fd, char *bytes, uint32_t capacity) {
    uint32_t header;
    if (full_read(fd, (char *)&header, 4)) return -1;
    uint32_t length = ntohl(header);
    return length > capacity ? -1 : full_read(fd, bytes, length);
}

/* An 8-byte message to a child and back: over one socketpair (duplex), or a pipe(2) each way. */
static double pipe_roundtrip(int placement, int duplex) {
    int to_child[2], to_parent[2];
    char message[8] = "8 bytes!";
    if (duplex) {
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, to_child) != 0) fail("socketpair");
        /* One socket carries both ways: the parent reads where it writes, and so does the child. */
        to_parent[0] = to_child[0];
        to_parent[1] = to_child[1];
    } else if (pipe(to_child) != 0 || pipe(to_parent) != 0) {
        fail("pipe");
    }
    pid_t pid = fork();
    if (pid < 0) fail("fork");
    if (pid == 0) {
        close(to_child[duplex ? 0 : 1]);
        if (!duplex) close(to_parent[0]);
        pin(placement, 1);
        char echo[8];
        for (long i = 0; i < work; i++) {
            if (receive_message(to_child[duplex ? 1 : 0], echo, 8) || send_message(to_parent[1], echo, 8)) _exit(1);
        }
        _exit(0);
    }
    int sender = duplex ? to_child[0] : to_child[1], receiver = to_parent[0];
    close(to_child[duplex ? 1 : 0]);
    if (!duplex) close(to_parent[1]);
    pin(placement, 0);
    double start = now();
    for (long i = 0; i < work; i++) {
        if (send_message(sender, message, 8) || receive_message(receiver, message, 8)) fail("round trip");
        round_trip_ended(i);
    }
    double figure = work / (now() - start);
    waitpid(pid, NULL, 0);
    close(sender);
    if (!duplex) close(receiver);
    return figure;
}

static double pipe_roundtrip_free(void) { return pipe_roundtrip(0, 1); }
static double pipe_roundtrip_one(void) { return pipe_roundtrip(1, 1); }
static double pipe_roundtrip_two(void) { return pipe_roundtrip(2, 1); }
static double pipe_roundtrip_simplex_free(void) { return pipe_roundtrip(0, 0); }
static double pipe_roundtrip_simplex_one(void) { return pipe_roundtrip(1, 0); }
static double pipe_roundtrip_simplex_two(void) { return pipe_roundtrip(2, 0); }

#define MESSAGE (64 * 1024)

static double pipe_throughput_64k_2p(void) {
    int ends[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, ends) != 0) fail("socketpair");
    char *buffer = aligned_alloc(4096, MESSAGE);
    memset(buffer, '7', MESSAGE);
    double start = now();
    pid_t pid = fork();
    if (pid == 0) {
        close(ends[0]);
        for (long i = 0; i < work; i++)
            if (full_write(ends[1], buffer, MESSAGE)) _exit(1);
        _exit(0);
    }
    close(ends[1]);
    for (long i = 0; i < work; i++)
        if (full_read(ends[0], buffer, MESSAGE)) fail("read");
    double figure = (double)work * MESSAGE / (now() - start);
    waitpid(pid, NULL, 0);
    close(ends[0]);
    free(buffer);
    return figure;
}

static double shared_value_incr_2p(void) {
    struct shared {
        pthread_mutex_t lock;
        long value;
    } *shared = mmap(NULL, sizeof *shared, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) fail("mmap");
    pthread_mutexattr_t attributes;
    pthread_mutexattr_init(&attributes);
    pthread_mutexattr_setpshared(&attributes, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(&shared->lock, &attributes);
    shared->value = 0;
    double start = now();
    pid_t children[2];
    for (int c = 0; c < 2; c++) {
        children[c] = fork();
        if (children[c] == 0) {
            for (long i = 0; i < work; i++) {
                pthread_mutex_lock(&shared->lock);
                shared->value++;
                pthread_mutex_unlock(&shared->lock);
            }
            _exit(0);
        }
    }
    for (int c = 0; c < 2; c++) waitpid(children[c], NULL, 0);
    double figure = 2.0 * work / (now() - start);
    if (shared->value != 2 * work) {
        fprintf(stderr, "lost updates under the lock\n");
        exit(1);
    }
    munmap(shared, sizeof *shared);
    return figure;
}

/* ---- pool_map_100k: Pool(2).map of x * 2, as Spindle's ProcessPool does it ----
 * Spindle's map splits the n items into chunks of ceil(n / (4 * workers)) (Python's default),
 * sends each chunk as one record (a task header, then the Ints as 8 bytes each), a worker
 * computes x * 2 for each and sends the outputs back as one record, and the parent copies them
 * into the result in order. Here the same chunks and the same work go through a pipe(2) to each
 * of 2 worker processes and a pipe(2) back; chunk k goes to worker k % 2 (Spindle's workers
 * take the next chunk from one shared queue; with equal chunks the split is the same). A thread
 * sends the chunks while the main thread collects the results, so neither side can block the
 * other on a full pipe. The workers start, and a warm-up map of 1000 items runs, before timing. */

#define POOL_WORKERS 2

struct chunk_header {
    long task, count; /* count < 0: stop */
};

static int pool_tasks[POOL_WORKERS], pool_results[POOL_WORKERS];
static pid_t pool_pids[POOL_WORKERS];

static void pool_worker(int tasks, int results) {
    struct chunk_header header;
    long *items = NULL;
    long capacity = 0;
    while (full_read(tasks, (char *)&header, sizeof header) == 0 && header.count >= 0) {
        if (header.count > capacity) {
            capacity = header.count;
            items = realloc(items, sizeof *items * (size_t)capacity);
            if (!items) _exit(1);
        }
        if (full_read(tasks, (char *)items, sizeof *items * (size_t)header.count)) _exit(1);
        for (long i = 0; i < header.count; i++) items[i] *= 2;
        if (full_write(results, (const char *)&header, sizeof header) ||
            full_write(results, (const char *)items, sizeof *items * (size_t)header.count))
            _exit(1);
    }
    _exit(0);
}

static void pool_start(void) {
    for (int w = 0; w < POOL_WORKERS; w++) {
        int tasks[2], results[2];
        if (pipe(tasks) != 0 || pipe(results) != 0) fail("pipe");
        pool_pids[w] = fork();
        if (pool_pids[w] < 0) fail("fork");
        if (pool_pids[w] == 0) {
            for (int earlier = 0; earlier < w; earlier++) {
                close(pool_tasks[earlier]);
                close(pool_results[earlier]);
            }
            close(tasks[1]);
            close(results[0]);
            pool_worker(tasks[0], results[1]);
        }
        close(tasks[0]);
        close(results[1]);
        pool_tasks[w] = tasks[1];
        pool_results[w] = results[0];
    }
}

static void pool_stop(void) {
    struct chunk_header stop = {-1, -1};
    for (int w = 0; w < POOL_WORKERS; w++) {
        if (full_write(pool_tasks[w], (const char *)&stop, sizeof stop)) fail("stop");
        close(pool_tasks[w]);
    }
    for (int w = 0; w < POOL_WORKERS; w++) {
        waitpid(pool_pids[w], NULL, 0);
        close(pool_results[w]);
    }
}

static struct {
    const long *items;
    long count, chunk;
} pool_job;

static void *pool_send(void *unused) {
    (void)unused;
    for (long task = 0, start = 0; start < pool_job.count; task++, start += pool_job.chunk) {
        long size = pool_job.count - start < pool_job.chunk ? pool_job.count - start : pool_job.chunk;
        struct chunk_header header = {task, size};
        int to = pool_tasks[task % POOL_WORKERS];
        if (full_write(to, (const char *)&header, sizeof header) ||
            full_write(to, (const char *)(pool_job.items + start), sizeof(long) * (size_t)size))
            fail("send chunk");
    }
    return NULL;
}

static void pool_map(const long *items, long *outputs, long count) {
    long per = 4 * POOL_WORKERS;
    pool_job.items = items;
    pool_job.count = count;
    pool_job.chunk = count / per + (count % per > 0);
    if (pool_job.chunk < 1) pool_job.chunk = 1;
    pthread_t sender;
    if (pthread_create(&sender, NULL, pool_send, NULL) != 0) fail("pthread_create");
    for (long task = 0, start = 0; start < count; task++, start += pool_job.chunk) {
        struct chunk_header header;
        int from = pool_results[task % POOL_WORKERS];
        if (full_read(from, (char *)&header, sizeof header) || header.task != task ||
            full_read(from, (char *)(outputs + start), sizeof(long) * (size_t)header.count))
            fail("receive chunk");
    }
    pthread_join(sender, NULL);
}

static double pool_map_100k(void) {
    long *items = malloc(sizeof *items * (size_t)(work > 1000 ? work : 1000));
    long *outputs = malloc(sizeof *outputs * (size_t)(work > 1000 ? work : 1000));
    if (!items || !outputs) fail("malloc");
    for (long i = 0; i < (work > 1000 ? work : 1000); i++) items[i] = i;
    pool_start();
    pool_map(items, outputs, 1000);
    double start = now();
    pool_map(items, outputs, work);
    double figure = work / (now() - start);
    pool_stop();
    for (long i = 0; i < work; i++)
        if (outputs[i] != 2 * i) {
            fprintf(stderr, "pool_map_100k: wrong output at %ld\n", i);
            exit(1);
        }
    free(items);
    free(outputs);
    return figure;
}

/* ---- mp_queue_2p: Spindle's ProcessQueue<Int> in plain C ----
 * Spindle copies each Int (8 bytes, raw) with a 4-byte length prefix into a 1 MiB byte ring in
 * shared memory, under a process-shared lock, and wakes a waiter only when one sleeps. Here: the
 * same 12-byte records in the same 1 MiB ring, under a process-shared pthread mutex with two
 * process-shared condition variables, signalled only when someone waits. The producer process
 * is forked and reaped inside the timing, as Spindle's and Python's are. */

#define QUEUE_BYTES (1 << 20)
#define RECORD_BYTES (4 + 8)

struct shared_queue {
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    uint64_t head, tail; /* bytes taken and put so far; their difference is in use */
    int empty_waiters, full_waiters;
    unsigned char data[QUEUE_BYTES];
};

/* A record may wrap around the end of the ring: copied in at most two pieces. */
static void ring_copy_in(struct shared_queue *queue, uint64_t at, const void *bytes, size_t length) {
    size_t offset = at % QUEUE_BYTES, first = length < QUEUE_BYTES - offset ? length : QUEUE_BYTES - offset;
    memcpy(queue->data + offset, bytes, first);
    memcpy(queue->data, (const unsigned char *)bytes + first, length - first);
}

static void ring_copy_out(struct shared_queue *queue, uint64_t at, void *bytes, size_t length) {
    size_t offset = at % QUEUE_BYTES, first = length < QUEUE_BYTES - offset ? length : QUEUE_BYTES - offset;
    memcpy(bytes, queue->data + offset, first);
    memcpy((unsigned char *)bytes + first, queue->data, length - first);
}

static void shared_put(struct shared_queue *queue, long item) {
    uint32_t length = sizeof item;
    pthread_mutex_lock(&queue->lock);
    while (queue->tail - queue->head + RECORD_BYTES > QUEUE_BYTES) {
        queue->full_waiters++;
        pthread_cond_wait(&queue->not_full, &queue->lock);
        queue->full_waiters--;
    }
    ring_copy_in(queue, queue->tail, &length, 4);
    ring_copy_in(queue, queue->tail + 4, &item, length);
    queue->tail += 4 + length;
    if (queue->empty_waiters) pthread_cond_signal(&queue->not_empty);
    pthread_mutex_unlock(&queue->lock);
}

static long shared_get(struct shared_queue *queue) {
    uint32_t length;
    long item = 0;
    pthread_mutex_lock(&queue->lock);
    while (queue->tail == queue->head) {
        queue->empty_waiters++;
        pthread_cond_wait(&queue->not_empty, &queue->lock);
        queue->empty_waiters--;
    }
    ring_copy_out(queue, queue->head, &length, 4);
    ring_copy_out(queue, queue->head + 4, &item, length <= sizeof item ? length : sizeof item);
    queue->head += 4 + length;
    if (queue->full_waiters) pthread_cond_signal(&queue->not_full);
    pthread_mutex_unlock(&queue->lock);
    return item;
}

static double mp_queue_2p(void) {
    struct shared_queue *queue =
        mmap(NULL, sizeof *queue, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (queue == MAP_FAILED) fail("mmap");
    pthread_mutexattr_t lock_attributes;
    pthread_mutexattr_init(&lock_attributes);
    pthread_mutexattr_setpshared(&lock_attributes, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(&queue->lock, &lock_attributes);
    pthread_condattr_t cond_attributes;
    pthread_condattr_init(&cond_attributes);
    pthread_condattr_setpshared(&cond_attributes, PTHREAD_PROCESS_SHARED);
    pthread_cond_init(&queue->not_empty, &cond_attributes);
    pthread_cond_init(&queue->not_full, &cond_attributes);
    long sum = 0;
    double start = now();
    pid_t pid = fork();
    if (pid < 0) fail("fork");
    if (pid == 0) {
        for (long i = 0; i < work; i++) shared_put(queue, i);
        _exit(0);
    }
    for (long i = 0; i < work; i++) sum += shared_get(queue);
    waitpid(pid, NULL, 0);
    double figure = work / (now() - start);
    if (sum != work * (work - 1) / 2) {
        fprintf(stderr, "mp_queue_2p: items lost or changed\n");
        exit(1);
    }
    munmap(queue, sizeof *queue);
    return figure;
}

static const struct {
    const char *name;
    double (*run)(void);
    int needs_two_cpus;
} cases[] = {
    {"lock_uncontended", lock_uncontended, 0},
    {"lock_contended_2t", lock_contended_2t, 0},
    {"queue_put_get_1t", queue_put_get_1t, 0},
    {"queue_spsc_2t", queue_spsc_2t, 0},
    {"condition_pingpong_2t", condition_pingpong_free, 0},
    {"condition_pingpong_2t_1cpu", condition_pingpong_one, 0},
    {"condition_pingpong_2t_2cpu", condition_pingpong_two, 1},
    {"event_pingpong_2t", event_pingpong_free, 0},
    {"event_pingpong_2t_1cpu", event_pingpong_one, 0},
    {"event_pingpong_2t_2cpu", event_pingpong_two, 1},
    {"semaphore_pingpong_2t", semaphore_pingpong_free, 0},
    {"semaphore_pingpong_2t_1cpu", semaphore_pingpong_one, 0},
    {"semaphore_pingpong_2t_2cpu", semaphore_pingpong_two, 1},
    {"fork_exit_wait", fork_exit_wait, 0},
    {"pipe_roundtrip_2p", pipe_roundtrip_free, 0},
    {"pipe_roundtrip_2p_1cpu", pipe_roundtrip_one, 0},
    {"pipe_roundtrip_2p_2cpu", pipe_roundtrip_two, 1},
    {"pipe_roundtrip_simplex_2p", pipe_roundtrip_simplex_free, 0},
    {"pipe_roundtrip_simplex_2p_1cpu", pipe_roundtrip_simplex_one, 0},
    {"pipe_roundtrip_simplex_2p_2cpu", pipe_roundtrip_simplex_two, 1},
    {"pipe_throughput_64k_2p", pipe_throughput_64k_2p, 0},
    {"shared_value_incr_2p", shared_value_incr_2p, 0},
    {"mp_queue_2p", mp_queue_2p, 0},
    {"pool_map_100k", pool_map_100k, 0},
};

int main(int argc, char **argv) {
    const char *wanted = NULL;
    work = 1000;
    find_cpus();
    int two_cpus = first_cpus[0] != first_cpus[1];
    size_t count = sizeof cases / sizeof cases[0];
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--list") == 0) {
            for (size_t c = 0; c < count; c++)
                if (!cases[c].needs_two_cpus || two_cpus) puts(cases[c].name);
            return 0;
        } else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) {
            wanted = argv[++i];
        } else if (strcmp(argv[i], "--work") == 0 && i + 1 < argc) {
            work = atol(argv[++i]);
            if (work < 1) work = 1;
        } else {
            fprintf(stderr, "usage: %s --list | --case NAME [--work N]\n", argv[0]);
            return 2;
        }
    }
    become_multithreaded();
    laps = malloc(sizeof *laps * (size_t)work);
    if (!laps) fail("malloc");
    for (size_t c = 0; wanted && c < count; c++) {
        if (strcmp(cases[c].name, wanted) == 0) {
            double figure = cases[c].run();
            print_latency();
            printf("%.6g\n", figure);
            return 0;
        }
    }
    fprintf(stderr, "unknown case %s; --list shows them\n", wanted ? wanted : "(none)");
    return 2;
}
