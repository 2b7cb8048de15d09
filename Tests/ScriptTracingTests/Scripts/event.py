# Shows: an Event that two threads wait for until the main thread sets it, then clear.
# Expect: `resource ... event - go`; each waiter `wait event KEY - -`, then after main's
# `op set` a `run`; main later `op clear`. Prints "went 2".
import threading
import time

go = threading.Event()
went = []


def waiter():
    go.wait()
    went.append(1)


ts = [threading.Thread(target=waiter, name="waiter-%d" % i) for i in (1, 2)]
for t in ts:
    t.start()
time.sleep(0.1)
go.set()
for t in ts:
    t.join()
go.clear()
print("went", len(went))
