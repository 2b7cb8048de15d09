# 守卫把门打开一瞬间：先 set()，紧接着 clear()。
# （python3 实际上都能运行完：守卫开始之前，行人已经在等待，
# 而 CPython 会放正在等待的行人通过。）
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
