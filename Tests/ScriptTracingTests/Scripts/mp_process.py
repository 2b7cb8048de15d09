# Shows: multiprocessing (fork): Process + Queue + Lock + Value + Pipe, join.
# Expect: one `process PARENTPID 0 Process-1` child; resources queue `q`, lock `lock`,
# sharedMemory `counter` (+ rlock `counter lock`), pipe `parent_end`; the child reports op put,
# op acquire/release, read/write and send; the parent get/receive with the same labels,
# `wait join CHILDPID.0` and `run`; the child `done exited 0`. Prints "got 42", "counter 1", "pipe hello".
import multiprocessing as mp


def child(q, lock, counter, end):
    q.put(42)
    with lock:
        with counter.get_lock():
            counter.value += 1
    end.send("hello")


if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    lock = mp.Lock()
    counter = mp.Value("i", 0)
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=child, args=(q, lock, counter, child_end))
    p.start()
    print("got", q.get())
    print("pipe", parent_end.recv())
    p.join()
    print("counter", counter.value)
