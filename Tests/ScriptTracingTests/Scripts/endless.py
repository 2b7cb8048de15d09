# Shows: a thread and the main loop that never end (no deadlock: both keep running/sleeping).
# Expect: Spindle stops it at its time limit (not a deadlock); a `thread 1 spinner 1` line,
# the main thread's `sleep 0.1` / `run` lines repeat; nothing left behind after the kill.
import threading
import time


def spin():
    n = 0
    while True:
        n += 1


threading.Thread(target=spin, name="spinner", daemon=True).start()
while True:
    time.sleep(0.1)
