# A producer and a consumer share a queue that holds two jobs.
import threading
import queue

jobs = queue.Queue(2)
waits = 0                    # puts that found the queue full

def producer():
    global waits
    for job in [1, 2, 3, 4, None]:    # None: no more jobs
        if jobs.full():
            waits += 1       # full: this put may have to wait
        jobs.put(job)

def consumer():
    job = jobs.get()
    while job is not None:
        print("done", job)
        job = jobs.get()

p = threading.Thread(target=producer, name="producer")
c = threading.Thread(target=consumer, name="consumer")
p.start(); c.start()
p.join(); c.join()
print("waits =", waits)
