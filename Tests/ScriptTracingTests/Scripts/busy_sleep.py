# Shows: a thread spinning on time.sleep(0) until another sets a flag (the gate on sleep(0)).
# Expect: prints "spun"; the first 50 `sleep 0.0` / `run` pairs in full, then notes like
# "spinner called sleep(0) 12,345 times more".
import threading
import time

done = False


def spin():
    while not done:
        time.sleep(0)


t = threading.Thread(target=spin, name="spinner")
t.start()
time.sleep(0.3)
done = True
t.join()
print("spun")
