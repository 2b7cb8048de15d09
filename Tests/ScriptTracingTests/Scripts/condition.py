# Shows: Condition wait / wait_for / notify / notify_all.
# Expect: a `condition` resource `cond`; waiters report op release, `wait condition`, then
# op acquire + run after the notify; the main thread reports `op notify 1` and `op notifyAll`.
# Prints "got 1" and "all 3".
import threading
import time

cond = threading.Condition()
items = []
ready = False


def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("got", items.pop())


def waiter():
    with cond:
        while not ready:
            cond.wait()


c = threading.Thread(target=consumer, name="consumer")
c.start()
time.sleep(0.1)
with cond:
    items.append(1)
    cond.notify()
c.join()
ws = [threading.Thread(target=waiter, name="waiter-%d" % i) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.1)
with cond:
    ready = True
    cond.notify_all()
for w in ws:
    w.join()
print("all", len(ws))
