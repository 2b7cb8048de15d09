# Shows: Queue, LifoQueue, PriorityQueue, SimpleQueue, and a full bounded queue blocking a producer.
# Expect: five `queue` resources (fifo, lifo, prio, simple, small with capacity 1); gets carry
# the same labels as the puts (lifo gets 3,2,1; prio gets (1, 'a') first); the producer of
# `small` reports `wait queue KEY full -` then `run` after the consumer's get.
# Prints the orders: "fifo [1, 2, 3]", "lifo [3, 2, 1]", "prio ['a', 'b', 'c']", "simple [1, 2]", "small [1, 2, 3]".
import queue
import threading
import time

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
simple = queue.SimpleQueue()
small = queue.Queue(maxsize=1)

for i in (1, 2, 3):
    fifo.put(i)
    lifo.put(i)
prio.put((2, "b"))
prio.put((1, "a"))
prio.put((3, "c"))
simple.put(1)
simple.put(2)
print("fifo", [fifo.get() for _ in range(3)])
print("lifo", [lifo.get() for _ in range(3)])
print("prio", [prio.get()[1] for _ in range(3)])
print("simple", [simple.get() for _ in range(2)])


def producer():
    for i in (1, 2, 3):
        small.put(i)


p = threading.Thread(target=producer, name="producer")
p.start()
time.sleep(0.1)
got = []
for _ in range(3):
    got.append(small.get())
    time.sleep(0.05)
p.join()
print("small", got)
