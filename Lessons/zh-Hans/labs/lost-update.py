# 两个线程各给共享的计数器加一，不加锁。
import threading

counter = 0

def add_one():
    global counter
    counter += 1    # 先读，再写

adder_1 = threading.Thread(target=add_one, name="adder-1")
adder_2 = threading.Thread(target=add_one, name="adder-2")
adder_1.start()
adder_2.start()
adder_1.join()
adder_2.join()
print("counter =", counter)
