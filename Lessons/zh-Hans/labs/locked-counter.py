# 又是丢失的更新，不过每次加法都在 `with lock:` 之内。
import threading

counter = 0
lock = threading.Lock()

def add_one():
    global counter
    with lock:
        counter += 1

adder_1 = threading.Thread(target=add_one, name="adder-1")
adder_2 = threading.Thread(target=add_one, name="adder-2")
adder_1.start()
adder_2.start()
adder_1.join()
adder_2.join()
print("counter =", counter)
