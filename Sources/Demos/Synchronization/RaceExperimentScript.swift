/// The source of `Benchmarks/python/race_experiment.py`, the race of lesson 11 in real CPython.
///
/// Kept here as text for the same reason as ``GILExperimentScript``: a built `spindle` cannot
/// rely on finding the repository's files. A test checks the two are identical.
enum RaceExperimentScript {
    /// The script's file name, as the demo's notes show it.
    static let fileName = "race_experiment.py"

    /// The script, byte for byte as in the repository.
    static let source = #"""
        # The race of Spindle's lesson on locks, run in real CPython.
        # Threads add 1 to a global counter three ways and print what was lost:
        #   plain:  counter += 1
        #   call:   value = counter; f(); counter = value + 1
        #   sleep0: value = counter; time.sleep(0); counter = value + 1
        # Since CPython 3.10 a thread hands over the GIL only at a call, a function
        # entry or a backward jump, so the plain form usually loses nothing there;
        # the forms with a call between the read and the write lose updates.
        # Usage: python3 race_experiment.py [threads] [increments]
        #    or: python3 - [threads] [increments] < race_experiment.py
        import sys
        import threading
        import time

        counter = 0


        def f():
            pass


        def plain(n):
            global counter
            for _ in range(n):
                counter += 1


        def call(n):
            global counter
            for _ in range(n):
                value = counter
                f()
                counter = value + 1


        def sleep0(n):
            global counter
            for _ in range(n):
                value = counter
                time.sleep(0)
                counter = value + 1


        def lost(work, threads, n):
            global counter
            counter = 0
            workers = [threading.Thread(target=work, args=(n,))
                       for _ in range(threads)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            return threads * n - counter


        def main():
            threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
            n = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
            gil_on = getattr(sys, "_is_gil_enabled", lambda: True)()
            print(f"python_version={sys.version.split()[0]}")
            print(f"gil={'on' if gil_on else 'off'}")
            print(f"additions={threads * n}")
            print(f"lost_plain={lost(plain, threads, n)}")
            print(f"lost_call={lost(call, threads, n)}")
            # sleep(0) is a system call each time: fewer rounds say the same.
            few = max(1_000, n // 100)
            print(f"additions_sleep0={threads * few}")
            print(f"lost_sleep0={lost(sleep0, threads, few)}")


        if __name__ == "__main__":
            main()

        """#
}
