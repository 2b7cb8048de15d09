# Shows: time.sleep in the main thread and in a thread (also `from time import sleep`).
# Expect: `sleep 0.1` then `run` from the main thread (sleep.py:12), `sleep 0.05` / `run` from
# the thread, and `sleep 0.0` / `run` for sleep(0). Prints "slept".
import threading
import time
from time import sleep


def nap():
    sleep(0.05)


time.sleep(0.1)
t = threading.Thread(target=nap, name="napper")
t.start()
t.join()
time.sleep(0)
print("slept")
