# Two threads each add one to a shared counter, with no lock.
import threading

counter = 0

def add_one():
    global counter
    counter += 1    # a read, then a write

adder_1 = threading.Thread(target=add_one, name="adder-1")
adder_2 = threading.Thread(target=add_one, name="adder-2")
adder_1.start()
adder_2.start()
adder_1.join()
adder_2.join()
print("counter =", counter)
