"""CPython counterpart of spindle-bench: the same cases, the same amounts of work.

Run by `spindle-bench --compare python`, one case at a time:
    python3 prims.py --list
    python3 prims.py --case lock_uncontended --work 2000000
prints the figure (a rate per second, or a ratio for the speedup cases) on the last line.
A round-trip case (ping-pongs, pipe round trips) also times each round trip on the side that
starts them, one time.monotonic_ns() (CLOCK_MONOTONIC) read per round trip, and prints before
the figure
    latency_ns p50=N p99=N max=N
The first round trip also waits for the other side to start, so it only starts the clock.
Standard library only; multiprocessing uses the fork start method, as Spindle's demos do.
"""
import argparse
import concurrent.futures
import multiprocessing as mp
import os
import queue
import sys
import threading
import time


def rate(count, seconds):
    return count / max(seconds, 1e-9)


class RoundTrips:
    """The laps between the ends of consecutive round trips, in nanoseconds."""

    def __init__(self):
        self.laps = []
        self.last = 0

    def ended(self, index):
        now = time.monotonic_ns()
        if index > 0:
            self.laps.append(now - self.last)
        self.last = now

    def line(self):
        laps = sorted(self.laps)
        if not laps:
            return None
        # Nearest rank: the smallest lap that at least `percent` of the laps do not exceed.
        def percentile(percent):
            return laps[max(0, -(-percent * len(laps) // 100) - 1)]
        return f"latency_ns p50={percentile(50)} p99={percentile(99)} max={laps[-1]}"


class Timed:
    """A round-trip case's result: its rate, and the latency line of the same run."""

    def __init__(self, figure, round_trips):
        self.figure = figure
        self.round_trips = round_trips


def timed(body):
    start = time.perf_counter()
    body()
    return time.perf_counter() - start


# Placement of the two sides of a ping-pong case: on Linux, sched_setaffinity(0, ...) pins the
# calling thread only, so each thread pins itself.
def cpus():
    return sorted(os.sched_getaffinity(0))[:2]


def pin(placement, side):
    if placement == "1cpu":
        os.sched_setaffinity(0, {cpus()[0]})
    elif placement == "2cpu" and len(cpus()) > 1:
        os.sched_setaffinity(0, {cpus()[side]})


def lock_uncontended(n):
    lock = threading.Lock()
    def body():
        for _ in range(n):
            lock.acquire()
            lock.release()
    return rate(n, timed(body))


def lock_contended_2t(n):
    lock = threading.Lock()
    def work():
        for _ in range(n // 2):
            lock.acquire()
            lock.release()
    return rate(n, timed(lambda: on_threads([work, work])))


def rlock_uncontended(n):
    lock = threading.RLock()
    def body():
        for _ in range(n):
            lock.acquire()
            lock.release()
    return rate(n, timed(body))


def semaphore_uncontended(n):
    semaphore = threading.Semaphore(1)
    def body():
        for _ in range(n):
            semaphore.acquire()
            semaphore.release()
    return rate(n, timed(body))


def thread_start_join(n):
    def body():
        for _ in range(n):
            t = threading.Thread(target=lambda: None)
            t.start()
            t.join()
    return rate(n, timed(body))


def on_threads(targets):
    threads = [threading.Thread(target=target) for target in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def condition_pingpong(n, placement):
    condition = threading.Condition()
    turn = [0]
    round_trips = RoundTrips()
    def side(me):
        pin(placement, me)
        for index in range(n):
            with condition:
                condition.wait_for(lambda: turn[0] == me, timeout=60)
                # Side 0 has the turn from the start: getting it back the first time ends
                # round trip 0.
                if me == 0 and index > 0:
                    round_trips.ended(index - 1)
                turn[0] = 1 - me
                condition.notify()
    figure = rate(n, timed(lambda: on_threads([lambda: side(0), lambda: side(1)])))
    return Timed(figure, round_trips)


def event_pingpong(n, placement):
    events = [threading.Event(), threading.Event()]
    round_trips = RoundTrips()
    def first():
        pin(placement, 0)
        for index in range(n):
            events[1].set()
            events[0].wait(60)
            events[0].clear()
            round_trips.ended(index)
    def second():
        pin(placement, 1)
        for _ in range(n):
            events[1].wait(60)
            events[1].clear()
            events[0].set()
    return Timed(rate(n, timed(lambda: on_threads([first, second]))), round_trips)


def semaphore_pingpong(n, placement):
    semaphores = [threading.Semaphore(0), threading.Semaphore(0)]
    round_trips = RoundTrips()
    def first():
        pin(placement, 0)
        for index in range(n):
            semaphores[1].release()
            semaphores[0].acquire(timeout=60)
            round_trips.ended(index)
    def second():
        pin(placement, 1)
        for _ in range(n):
            semaphores[1].acquire(timeout=60)
            semaphores[0].release()
    return Timed(rate(n, timed(lambda: on_threads([first, second]))), round_trips)


def queue_put_get_1t(n):
    q = queue.Queue()
    def body():
        for i in range(n):
            q.put(i)
            q.get()
    return rate(n, timed(body))


def queue_spsc_2t(n):
    q = queue.Queue()
    def body():
        producer = threading.Thread(target=lambda: [q.put(i) for i in range(n)])
        producer.start()
        for _ in range(n):
            q.get(timeout=60)
        producer.join()
    return rate(n, timed(body))


def priority_queue_1t(n):
    q = queue.PriorityQueue()
    batches = max(1, n // 100)
    def body():
        for batch in range(batches):
            for item in range(100):
                q.put(((item * 7919 + batch) % 100, item))
            for _ in range(100):
                q.get()
    return rate(batches * 100, timed(body))


def double(x):
    return x * 2


def executor_submit_result(n):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        def body():
            futures = [executor.submit(double, i) for i in range(n)]
            for future in futures:
                future.result(timeout=60)
        return rate(n, timed(body))


def executor_map_100k(n):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        return rate(n, timed(lambda: list(executor.map(double, range(n)))))


def fork_exit_wait(n):
    def body():
        for _ in range(n):
            pid = os.fork()
            if pid == 0:
                os._exit(0)
            os.waitpid(pid, 0)
    return rate(n, timed(body))


def noop():
    pass


def process_start_join(n):
    def body():
        for _ in range(n):
            p = mp.Process(target=noop)
            p.start()
            p.join()
    return rate(n, timed(body))


def send_messages(conn, n):
    payload = b"7" * 65536
    for _ in range(n):
        conn.send_bytes(payload)


def pipe_throughput_64k_2p(n):
    receiver, sender = mp.Pipe()
    buffer = bytearray(65536)
    def body():
        p = mp.Process(target=send_messages, args=(sender, n))
        p.start()
        for _ in range(n):
            receiver.recv_bytes_into(buffer)
        p.join()
    return rate(n * 65536, timed(body))


def echo(receiver, sender, n, placement):
    pin(placement, 1)
    for _ in range(n):
        sender.send_bytes(receiver.recv_bytes())


def pipe_roundtrip(n, placement, duplex=True):
    if duplex:
        parent, child = mp.Pipe()
        to_child, from_child, child_ends = parent, parent, (child, child)
    else:
        child_reader, to_child = mp.Pipe(duplex=False)
        from_child, child_writer = mp.Pipe(duplex=False)
        child_ends = (child_reader, child_writer)
    p = mp.Process(target=echo, args=(*child_ends, n, placement))
    p.start()
    for end in set(child_ends):
        end.close()
    pin(placement, 0)
    round_trips = RoundTrips()
    def body():
        for index in range(n):
            to_child.send_bytes(b"8 bytes!")
            from_child.recv_bytes()
            round_trips.ended(index)
    figure = rate(n, timed(body))
    p.join()
    return Timed(figure, round_trips)


def produce(q, n):
    for i in range(n):
        q.put(i)


def mp_queue_2p(n):
    q = mp.Queue()
    def body():
        p = mp.Process(target=produce, args=(q, n))
        p.start()
        for _ in range(n):
            q.get(timeout=60)
        p.join()
    return rate(n, timed(body))


def increment(value, n):
    for _ in range(n):
        with value.get_lock():
            value.value += 1


def shared_value_incr_2p(n):
    value = mp.Value("q", 0)
    def body():
        workers = [mp.Process(target=increment, args=(value, n)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    figure = rate(2 * n, timed(body))
    assert value.value == 2 * n
    return figure


def pool_map_100k(n):
    with mp.Pool(2) as pool:
        pool.map(double, range(1000))
        return rate(n, timed(lambda: pool.map(double, range(n))))


def pool_apply_async(n):
    with mp.Pool(2) as pool:
        pool.map(double, range(100))
        def body():
            pending = [pool.apply_async(double, (i,)) for i in range(n)]
            for result in pending:
                result.get(timeout=60)
        return rate(n, timed(body))


def spin(iterations):
    # A pure-Python loop: CPU-bound work that holds the GIL, as Spindle's InterpretedWork does.
    state = 0x9E3779B97F4A7C15
    mask = (1 << 64) - 1
    for _ in range(iterations):
        state ^= (state << 13) & mask
        state ^= state >> 7
        state ^= (state << 17) & mask
    return state


# Python's loop is ~100x slower per iteration than Spindle's stand-in, so it does 1/100 of the
# iterations; the figure is a speedup, which does not depend on the amount.
PYTHON_SPIN_SHARE = 100


def gil_cpu_speedup_2t_gil_on(n):
    iterations = max(2, n // PYTHON_SPIN_SHARE)
    one = timed(lambda: on_threads([lambda: spin(iterations)]))
    two = timed(lambda: on_threads([lambda: spin(iterations // 2)] * 2))
    return one / two


def gil_io_speedup_2t_gil_on(n):
    waits = max(2, n // 2 * 2)
    one = timed(lambda: on_threads([lambda: [time.sleep(0.01) for _ in range(waits)]]))
    two = timed(lambda: on_threads([lambda: [time.sleep(0.01) for _ in range(waits // 2)]] * 2))
    return one / two


def gil_cpu_speedup_2p(n):
    iterations = max(2, n // PYTHON_SPIN_SHARE)
    def on_processes(count, each):
        workers = [mp.Process(target=spin, args=(each,)) for _ in range(count)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    one = timed(lambda: on_processes(1, iterations))
    two = timed(lambda: on_processes(2, iterations // 2))
    return one / two


CASES = {
    "lock_uncontended": lock_uncontended,
    "lock_contended_2t": lock_contended_2t,
    "rlock_uncontended": rlock_uncontended,
    "semaphore_uncontended": semaphore_uncontended,
    "thread_start_join": thread_start_join,
    "queue_put_get_1t": queue_put_get_1t,
    "queue_spsc_2t": queue_spsc_2t,
    "priority_queue_1t": priority_queue_1t,
    "executor_submit_result": executor_submit_result,
    "executor_map_100k": executor_map_100k,
    "fork_exit_wait": fork_exit_wait,
    "process_start_join": process_start_join,
    "pipe_throughput_64k_2p": pipe_throughput_64k_2p,
    "mp_queue_2p": mp_queue_2p,
    "shared_value_incr_2p": shared_value_incr_2p,
    "pool_map_100k": pool_map_100k,
    "pool_apply_async": pool_apply_async,
    "gil_cpu_speedup_2t_gil_on": gil_cpu_speedup_2t_gil_on,
    "gil_io_speedup_2t_gil_on": gil_io_speedup_2t_gil_on,
    "gil_cpu_speedup_2p": gil_cpu_speedup_2p,
}
for suffix, placement in [("", "free"), ("_1cpu", "1cpu"), ("_2cpu", "2cpu")]:
    if placement == "2cpu" and len(cpus()) < 2:
        continue
    CASES["condition_pingpong_2t" + suffix] = lambda n, p=placement: condition_pingpong(n, p)
    CASES["event_pingpong_2t" + suffix] = lambda n, p=placement: event_pingpong(n, p)
    CASES["semaphore_pingpong_2t" + suffix] = lambda n, p=placement: semaphore_pingpong(n, p)
    CASES["pipe_roundtrip_2p" + suffix] = lambda n, p=placement: pipe_roundtrip(n, p)
    CASES["pipe_roundtrip_simplex_2p" + suffix] = lambda n, p=placement: pipe_roundtrip(n, p, duplex=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the case names")
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--work", type=int, default=1000)
    arguments = parser.parse_args()
    if arguments.list:
        print("\n".join(CASES))
        return
    if not arguments.case:
        parser.error("--case or --list is required")
    result = CASES[arguments.case](max(1, arguments.work))
    if isinstance(result, Timed):
        line = result.round_trips.line()
        if line:
            print(line)
        result = result.figure
    print(result)


if __name__ == "__main__":
    mp.set_start_method("fork")
    sys.exit(main())
