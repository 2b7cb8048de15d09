# Shows: an acquire with a timeout that gives up: NOT a deadlock.
# Expect: holder `op acquire` held; waiter `block KEY 0.3` (timed), then `run` and a note
# "waiter gave up waiting for held after 0.3 s"; the program prints "gave up" and exits 0.
import threading
import time

held = threading.Lock()
release = threading.Event()


def holder():
    with held:
        release.wait()


def waiter():
    if not held.acquire(timeout=0.3):
        print("gave up")


h = threading.Thread(target=holder, name="holder")
w = threading.Thread(target=waiter, name="waiter")
h.start()
time.sleep(0.05)
w.start()
w.join()
release.set()
h.join()
