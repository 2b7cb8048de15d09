# Shows: a Lock and an RLock taken nested by two threads.
# Expect: resource lines `lock` named `a` and `rlock` named `r`; each worker reports
# op acquire a, op acquire r twice (depth 2), releases in reverse order; both end `done exited 0`;
# the program prints "total 4".
import threading

a = threading.Lock()
r = threading.RLock()
total = 0


def work():
    global total
    with a:
        with r:
            with r:
                total += 1
    with a:
        total += 1


threads = [threading.Thread(target=work, name="worker-%d" % i) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total)
