# Spindle's probe overhead on a lock-heavy program: 2 threads x 500k acquire/release on one
# lock (1M rounds, 2M lock operations). Run it plain and under the probe and compare:
#   python3 trace_overhead_locks.py
#   SPINDLE_TRACE_FD=3 python3 -c "$(cat ../../Python/spindle_probe.py)" trace_overhead_locks.py 3>/tmp/lines.txt
# It prints one machine-readable line:
#   RESULT bench=locks seconds=S events=N
# where events is the number of lock operations done (acquire + release).
import threading
import time

ROUNDS = 500_000
lock = threading.Lock()
count = 0


def work():
    global count
    for _ in range(ROUNDS):
        with lock:
            count += 1


start = time.perf_counter()
threads = [threading.Thread(target=work, name="worker-%d" % i) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
assert count == 2 * ROUNDS
print("RESULT bench=locks seconds=%.4f events=%d" % (elapsed, 4 * ROUNDS))
