# Two consumers take items a producer puts out one at a time. Each waits
# with `if`, not `while`. (python3 finishes in every order.)
import threading

cond = threading.Condition()
items = []

def consumer():
    with cond:
        if not items:
            cond.wait()
        assert items, "woke up to an empty list"
        print(threading.current_thread().name, "took", items.pop(0))

def producer():
    for item in ["apple", "pear"]:
        with cond:
            items.append(item)
            cond.notify()

threads = [threading.Thread(target=consumer, name="eve"),
           threading.Thread(target=consumer, name="fay"),
           threading.Thread(target=producer, name="producer")]
for t in threads: t.start()
for t in threads: t.join()
