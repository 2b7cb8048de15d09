# 一个生产者和一个消费者共用一个队列，队列最多容纳两个任务。
import threading
import queue

jobs = queue.Queue(2)
waits = 0                    # 发现队列已满的 put 次数

def producer():
    global waits
    for job in [1, 2, 3, 4, None]:    # None：没有更多任务了
        if jobs.full():
            waits += 1       # 已满：这次 put 可能要等待
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
