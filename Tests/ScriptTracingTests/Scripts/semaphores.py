# Shows: a Semaphore(2) shared by 4 threads (two must block), and a BoundedSemaphore.
# Expect: `resource ... semaphore 2 slots` and `semaphore 1 bounded`; at least one `block` on
# slots followed by `op acquire` and `run`; releasing `bounded` too often raises ValueError,
# caught (no line for it). Prints "done 4" and "bounded ok".
import threading
import time

slots = threading.Semaphore(2)
bounded = threading.BoundedSemaphore(1)
count = 0


def work():
    global count
    with slots:
        time.sleep(0.05)
        count += 1


threads = [threading.Thread(target=work, name="w%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", count)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError:
    print("bounded ok")
