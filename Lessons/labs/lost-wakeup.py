# The waiter waits for a signal that the signaller sends once.
# (python3 finishes in practice: the waiter is waiting before the
# signaller starts.)
import threading

cond = threading.Condition()

def waiter():
    with cond:
        cond.wait()              # no check: was the signal sent already?
        print("got the signal")

def signaller():
    with cond:
        cond.notify()
        print("signal sent")

w = threading.Thread(target=waiter, name="waiter")
s = threading.Thread(target=signaller, name="signaller")
w.start()
s.start()
w.join()
s.join()
