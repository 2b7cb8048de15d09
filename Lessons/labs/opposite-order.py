# Two transfers between accounts a and b, each locking both accounts,
# in opposite orders. (python3 nearly always finishes it: each thread
# takes both locks before the other starts.)
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
