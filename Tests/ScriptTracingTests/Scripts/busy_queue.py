# Shows: a producer and a consumer passing 100k items through a queue.Queue(10) (the gate on
# queues).
# Expect: prints "total 100000"; at most a few thousand probe lines: the first 50 puts / gets per
# thread in full, then notes like "producer put 12,345 items more into q"; before anything
# could observe it the queue's contents are resynchronised, so at the end the stage shows it
# empty.
import queue
import threading

q = queue.Queue(10)
total = 0


def producer():
    for i in range(100_000):
        q.put(i)
    q.put(None)


def consumer():
    global total
    while q.get() is not None:
        total += 1


ts = [threading.Thread(target=producer, name="producer"), threading.Thread(target=consumer, name="consumer")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total)
