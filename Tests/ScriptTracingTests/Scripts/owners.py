# Shows: who holds a lock when. Three threads take `lock` 5 times each and record, while they
# hold it, their name and the order of acquisition; the record is written as JSON to the file
# named by sys.argv[1] ({"order": [names in acquisition order], "holders": same}).
# A test compares "order" with the sequence of `op KEY acquire` lines on `lock` (by thread
# name): they must be equal, and each acquire must be followed by a release by the same
# thread before the next acquire. 15 rounds < the gate, so every round is reported.
import json
import sys
import threading
import time

lock = threading.Lock()
order = []


def work():
    me = threading.current_thread().name
    for _ in range(5):
        with lock:
            order.append(me)
            time.sleep(0.001)


ts = [threading.Thread(target=work, name="t%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
with open(sys.argv[1], "w") as f:
    json.dump({"order": order, "holders": order}, f)
print("rounds", len(order))
