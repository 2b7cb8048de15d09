/// The source of `Benchmarks/python/gil_experiment.py`, the GIL experiment in real CPython.
///
/// Kept here as text because a built `spindle` cannot find the repository's files reliably: it
/// may be installed elsewhere, run from any directory, or built on another machine, so neither a
/// path relative to the executable nor one relative to the lesson folder is always there. The
/// file stays in the repository for students to read and run themselves; a test checks the two
/// are identical.
enum GILExperimentScript {
    /// The script's file name, as the demo's notes and the lesson show it.
    static let fileName = "gil_experiment.py"

    /// The script, byte for byte as in the repository.
    static let source = #"""
        # The GIL experiment of Spindle's lesson on the GIL, run in real CPython.
        # Times CPU-bound and I/O-bound work on one thread, two threads and two
        # processes, and prints each result as name=value. Standard library only.
        # CPU-bound runs are repeated three times and the median kept; CPU time over
        # wall time (parallelism) says how many CPUs a run kept busy at once, which
        # other programs on the machine can lower but never raise.
        # Usage: python3 gil_experiment.py [cpu_task_s] [io_task_s]
        #    or: python3 - [cpu_task_s] [io_task_s] < gil_experiment.py
        import multiprocessing as mp
        import sys
        import threading
        import time


        def count(n):
            while n > 0:
                n -= 1


        def calibrate(seconds):
            # How many steps of count() take `seconds` on this machine.
            n = 100_000
            while True:
                start = time.perf_counter()
                count(n)
                took = time.perf_counter() - start
                if took >= 0.05:
                    return max(1, int(n * seconds / took))
                n *= 2


        def wait_for_io(seconds):
            for _ in range(10):
                time.sleep(seconds / 10)  # a blocking call releases the GIL


        def twice_in_a_row(task, arg):
            start = time.perf_counter()
            task(arg)
            task(arg)
            return time.perf_counter() - start


        def two_at_once(kind, task, arg):
            start = time.perf_counter()
            workers = [kind(target=task, args=(arg,)) for _ in range(2)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            return time.perf_counter() - start


        def median_of_three(run):
            # (wall seconds, CPU seconds of this process) of the median run.
            runs = []
            for _ in range(3):
                cpu = time.process_time()
                wall = run()
                runs.append((wall, time.process_time() - cpu))
            return sorted(runs)[1]


        def main():
            cpu_task_s = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
            io_task_s = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
            gil_on = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
            mode = "gil" if gil_on else "nogil"
            n = calibrate(cpu_task_s)
            # Processes first, before any thread has been started.
            cpu_processes = two_at_once(mp.Process, count, n)
            cpu_1, _ = median_of_three(lambda: twice_in_a_row(count, n))
            cpu_2, cpu_2_time = median_of_three(
                lambda: two_at_once(threading.Thread, count, n))
            io_1 = twice_in_a_row(wait_for_io, io_task_s)
            io_2 = two_at_once(threading.Thread, wait_for_io, io_task_s)
            print(f"python_version={sys.version.split()[0]}")
            print(f"gil={'on' if gil_on else 'off'}")
            print(f"switch_interval_s={sys.getswitchinterval()}")
            print(f"cpu_1_thread_s={cpu_1:.3f}")
            print(f"cpu_2_threads_{mode}_s={cpu_2:.3f}")
            print(f"cpu_2_processes_s={cpu_processes:.3f}")
            print(f"io_1_thread_s={io_1:.3f}")
            print(f"io_2_threads_{mode}_s={io_2:.3f}")
            print(f"speedup_cpu_{mode}={cpu_1 / cpu_2:.2f}")
            print(f"parallelism_cpu_{mode}={cpu_2_time / cpu_2:.2f}")
            print(f"speedup_cpu_processes={cpu_1 / cpu_processes:.2f}")
            print(f"speedup_io_{mode}={io_1 / io_2:.2f}")


        if __name__ == "__main__":
            main()

        """#
}
