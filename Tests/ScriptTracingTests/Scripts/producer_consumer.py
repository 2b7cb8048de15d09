# Shows: a producer and two consumers around a bounded Queue(2), ending with None sentinels.
# Expect: `queue 2 jobs`; every `op put` matched by an `op get` with the same label; consumers
# report `wait queue KEY empty` when it is empty; all threads `done exited 0`. Prints "consumed 10".
import queue
import threading
import time

jobs = queue.Queue(2)
consumed = []
lock = threading.Lock()


def producer():
    for i in range(10):
        jobs.put("job %d" % i)
    for _ in range(2):
        jobs.put(None)


def consumer():
    while True:
        job = jobs.get()
        if job is None:
            break
        time.sleep(0.01)
        with lock:
            consumed.append(job)


ts = [threading.Thread(target=producer, name="producer")]
ts += [threading.Thread(target=consumer, name="consumer-%d" % i) for i in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("consumed", len(consumed))
