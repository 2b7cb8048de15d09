# Spindle's probe overhead on a queue-heavy program: a producer puts 200k items into a
# queue.Queue(100) and a consumer gets them. Run it plain and under the probe:
#   python3 trace_overhead_queue.py
#   SPINDLE_TRACE_FD=3 python3 -c "$(cat ../../Python/spindle_probe.py)" trace_overhead_queue.py 3>/tmp/lines.txt
# It prints one machine-readable line:
#   RESULT bench=queue seconds=S events=N
# where events is the number of queue operations done (put + get). Queue operations are
# gated like lock rounds: after 50 in full, each thread's puts and gets become notes. Set
# SPINDLE_PROBE_GATE=0 to have each reported as one line (plus wait/run when full or empty).
import queue
import threading
import time

ITEMS = 200_000
q = queue.Queue(100)
received = 0


def producer():
    for i in range(ITEMS):
        q.put(i)
    q.put(None)


def consumer():
    global received
    while q.get() is not None:
        received += 1


start = time.perf_counter()
threads = [threading.Thread(target=producer, name="producer"), threading.Thread(target=consumer, name="consumer")]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
assert received == ITEMS
print("RESULT bench=queue seconds=%.4f events=%d" % (elapsed, 2 * (ITEMS + 1)))
