# Shows: a program that replaces threading.Lock with its own class and uses it in two threads.
# Expect: one line `warn replaces_threading.py:20 replaced threading.Lock; those locks are not
# traced` (at the first thread start, from the main thread); no resource line for `lock`; the
# program still works and prints "count 2000".
import _thread
import threading


class MyLock:
    def __init__(self):
        self._inner = _thread.allocate_lock()

    def acquire(self, blocking=True, timeout=-1):
        return self._inner.acquire(blocking, timeout)

    def release(self):
        self._inner.release()

    def locked(self):
        return self._inner.locked()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


threading.Lock = MyLock
lock = threading.Lock()
count = 0


def work():
    global count
    for _ in range(1000):
        with lock:
            count += 1


ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("count", count)
