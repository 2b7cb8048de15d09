# 同样的两笔转账；现在两者都先获取锁 a，再获取锁 b。
import threading

a = threading.Lock()
b = threading.Lock()

def a_to_b():
    with a:
        with b:
            print("moved from a to b")

def b_to_a():
    with a:              # 先获取 a，尽管钱是从 b 转到 a
        with b:
            print("moved from b to a")

first = threading.Thread(target=a_to_b, name="a-to-b")
second = threading.Thread(target=b_to_a, name="b-to-a")
first.start()
second.start()
first.join()
second.join()
