# Shows: threading.Timer: one fires after 0.1 s, one is cancelled.
# Expect: two `thread` lines (names Thread-1/Thread-2 style, as Python names them); the
# firing timer reports `sleep 0.1`, `run`, then `done exited 0`; main reports a note
# "MainThread cancelled the timer ...". Prints "fired".
import threading


def fire():
    print("fired")


t1 = threading.Timer(0.1, fire)
t2 = threading.Timer(5.0, fire)
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
