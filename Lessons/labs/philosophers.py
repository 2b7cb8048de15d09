# Three philosophers, three forks; each takes the fork on the left, then
# the one on the right. (python3 finishes in practice: each philosopher
# has eaten before the next one sits down.)
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
hume = threading.Thread(target=dine, args=(fork_3, fork_1), name="hume")
for p in (plato, kant, hume): p.start()
for p in (plato, kant, hume): p.join()
