# The guard opens the gate for a moment: set(), then clear() at once.
# (python3 finishes in practice: the walker is waiting before the guard
# starts, and CPython lets a waiting walker through.)
import threading

gate = threading.Event()

def walker():
    gate.wait()
    print("walked through")

def guard():
    gate.set()
    gate.clear()

w = threading.Thread(target=walker, name="walker")
g = threading.Thread(target=guard, name="guard")
w.start()
g.start()
w.join()
g.join()
