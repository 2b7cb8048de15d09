# Shows: a deadlock through a join: the main thread holds lock `m` and joins `t`, while `t`
# waits for `m`.
# Expect: main `op acquire` m (join_deadlock.py:17); t `block KEY_m -` at join_deadlock.py:13;
# main `wait join PID.1 - -` at join_deadlock.py:21. Spindle must report a deadlock
# (t waits for lock `m` held by the main thread, which waits for t to end). Never ends by itself.
import threading
import time

m = threading.Lock()


def worker():
    with m:
        print("never printed")


with m:
    t = threading.Thread(target=worker, name="t")
    t.start()
    time.sleep(0.05)
    t.join()
