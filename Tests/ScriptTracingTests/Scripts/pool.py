# Shows: a ThreadPoolExecutor with 2 workers, futures, result(), wait() and as_completed().
# Expect: worker threads named ThreadPoolExecutor-0_0 / _1; `resource ... event - future N` per
# submit; workers report `op KEY set`; main `wait event KEY` then `run` while a result is pending.
# Prints "squares [0, 1, 4, 9, 16]" and "sum 30".
import concurrent.futures
import time


def square(n):
    time.sleep(0.05)
    return n * n


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(square, n) for n in range(5)]
    first = futures[0].result()
    concurrent.futures.wait(futures)
    total = sum(f.result() for f in concurrent.futures.as_completed(futures))
print("squares", [f.result() for f in futures])
print("sum", total)
