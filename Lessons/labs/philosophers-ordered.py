# The same table; now everyone takes the lower-numbered fork first, so
# hume reaches for fork 1 before fork 3.
import threading

fork_1 = threading.Lock()
fork_2 = threading.Lock()
fork_3 = threading.Lock()

def dine(first, second):
    with first:
        with second:
            print(threading.current_thread().name, "eats")

plato = threading.Thread(target=dine, args=(fork_1, fork_2), name="plato")
kant = threading.Thread(target=dine, args=(fork_2, fork_3), name="kant")
hume = threading.Thread(target=dine, args=(fork_1, fork_3), name="hume")
for p in (plato, kant, hume): p.start()
for p in (plato, kant, hume): p.join()
