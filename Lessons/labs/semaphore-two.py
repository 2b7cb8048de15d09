# Three visitors, two seats: a Semaphore(2) guards the room. The program
# counts who is inside, under a lock that keeps the count honest.
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
