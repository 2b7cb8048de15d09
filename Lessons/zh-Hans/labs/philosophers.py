# 三位哲学家，三把叉子；每人先拿左手边的叉子，再拿右手边的。
# （python3 实际上都能运行完：下一位哲学家坐下之前，
# 上一位已经吃完了。）
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
