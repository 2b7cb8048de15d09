# 三位访客，两个座位：由一个 Semaphore(2) 看守房间。程序统计
# 房间里有几个人，并用一把锁保证计数准确。
import threading

seats = threading.Semaphore(2)
count = threading.Lock()
inside = 0
max_inside = 0

def visit():
    global inside, max_inside
    with seats:
        with count:
            inside += 1
            max_inside = max(max_inside, inside)
        with count:
            inside -= 1

visitors = [threading.Thread(target=visit, name="ada"),
            threading.Thread(target=visit, name="bo"),
            threading.Thread(target=visit, name="cy")]
for v in visitors: v.start()
for v in visitors: v.join()
print("at most", max_inside, "inside")
