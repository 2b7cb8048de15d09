# 同一张桌子；现在每个人都先拿编号较小的叉子，所以 hume
# 先去拿叉子 1，再拿叉子 3。
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
