# 账户 a 和 b 之间的两笔转账，各自锁住两个账户，但顺序相反。
# （python3 几乎总能运行完：每个线程都在另一个开始之前
# 拿到了两把锁。）
import threading

a = threading.Lock()
b = threading.Lock()

def a_to_b():
    with a:
        with b:
            print("moved from a to b")

def b_to_a():
    with b:
        with a:
            print("moved from b to a")

first = threading.Thread(target=a_to_b, name="a-to-b")
second = threading.Thread(target=b_to_a, name="b-to-a")
first.start()
second.start()
first.join()
second.join()
