# The same two transfers; now both take lock a first, then lock b.
import threading

a = threading.Lock()
b = threading.Lock()

def a_to_b():
    with a:
        with b:
            print("moved from a to b")

def b_to_a():
    with a:              # a first, although the money goes b to a
        with b:
            print("moved from b to a")

first = threading.Thread(target=a_to_b, name="a-to-b")
second = threading.Thread(target=b_to_a, name="b-to-a")
first.start()
second.start()
first.join()
second.join()
