# Shows: a Barrier of 3 parties; the first two wait, the third releases them.
# Expect: `resource ... barrier 3 gate`; two threads report `wait barrier KEY - -` then `run`;
# the last to arrive reports no wait. Prints "passed 3".
import threading
import time

gate = threading.Barrier(3)
passed = []


def party(delay):
    time.sleep(delay)
    gate.wait()
    passed.append(1)


ts = [threading.Thread(target=party, args=(0.05 * i,), name="party-%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("passed", len(passed))
