# 生产者一次放出一个条目，两个消费者来取。每个消费者都用 `if`
# 而不是 `while` 来等待。（python3 在任何顺序下都能运行完。）
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
