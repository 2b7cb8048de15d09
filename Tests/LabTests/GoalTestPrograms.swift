import Lab

/// Small lab programs for the goal, search and view tests; each is plain Python that python3
/// runs unchanged.
enum GoalTestPrograms {
    /// Two threads add 1 to a shared counter without a lock.
    static let lostUpdate = """
        import threading

        counter = 0


        def worker():
            global counter
            counter += 1


        t1 = threading.Thread(target=worker)
        t2 = threading.Thread(target=worker)
        t1.start()
        t2.start()
        t1.join()
        t2.join()

        """

    /// ``lostUpdate`` with the increment under a lock.
    static let locked = """
        import threading

        counter = 0
        lock = threading.Lock()


        def worker():
            global counter
            with lock:
                counter += 1


        t1 = threading.Thread(target=worker)
        t2 = threading.Thread(target=worker)
        t1.start()
        t2.start()
        t1.join()
        t2.join()

        """

    /// Two threads take locks `a` and `b`, in the orders given.
    static func twoLocks(firstThread: String, secondThread: String) -> String {
        """
        import threading

        a = threading.Lock()
        b = threading.Lock()


        def one():
            with \(firstThread.prefix(1)):
                with \(firstThread.suffix(1)):
                    pass


        def two():
            with \(secondThread.prefix(1)):
                with \(secondThread.suffix(1)):
                    pass


        t1 = threading.Thread(target=one)
        t2 = threading.Thread(target=two)
        t1.start()
        t2.start()
        t1.join()
        t2.join()

        """
    }

    /// A critical section marked with `# critical`, with or without a lock around it; a `#`
    /// inside a string on another line is not a mark.
    static func criticalSection(locked: Bool) -> String {
        let body =
            locked
            ? """
                with lock:
                    tmp = counter  # critical
                    counter = tmp + 1  # critical
            """
            : """
                tmp = counter  # critical
                counter = tmp + 1  # critical
            """
        return """
            import threading

            counter = 0
            lock = threading.Lock()
            label = "not # critical"


            def worker():
                global counter
            \(body)


            t1 = threading.Thread(target=worker)
            t2 = threading.Thread(target=worker)
            t1.start()
            t2.start()
            t1.join()
            t2.join()

            """
    }

    /// A thread releases a lock nobody holds: RuntimeError, while the main thread still runs.
    static let releaseUnheld = """
        import threading

        lock = threading.Lock()


        def worker():
            lock.release()


        t = threading.Thread(target=worker)
        t.start()
        t.join()

        """

    /// Two consumers wait with `if` instead of `while`: one can wake to find the only item
    /// taken by the other, and its assertion fails.
    static let conditionWithIf = """
        import threading

        items = []
        cond = threading.Condition()


        def consumer():
            with cond:
                if len(items) == 0:
                    cond.wait()
                assert len(items) > 0, "woke up to an empty list"
                items.pop(0)


        def producer():
            with cond:
                items.append(1)
                cond.notify()


        c1 = threading.Thread(target=consumer)
        c2 = threading.Thread(target=consumer)
        p = threading.Thread(target=producer)
        c1.start()
        c2.start()
        p.start()

        """

    /// The program `source`, parsed and compiled with its source lines and comments.
    static func program(_ source: String) throws -> LabProgram {
        try LabProgram(source: source, file: "lab.py")
    }
}
