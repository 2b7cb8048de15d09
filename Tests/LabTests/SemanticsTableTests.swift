import Foundation
import Lab
import TestSupport
import Testing

/// Small programs whose every possible outcome is known, checked against the explorer.
@Suite("Lab: the outcome sets of known programs")
struct SemanticsTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        /// Every outcome's description, as ``LabOutcome/description`` writes it.
        var outcomes: Set<String>
        var testDescription: String { name }
    }

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
        print(counter)
        """

    static let withLock = """
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
        print(counter)
        """

    static func twoLocks(secondOrder: String) -> String {
        """
        from threading import Lock, Thread

        a = Lock()
        b = Lock()

        def one():
            with a:
                with b:
                    pass

        def two():
        \(secondOrder)
                    pass

        t1 = Thread(target=one)
        t2 = Thread(target=two)
        t1.start()
        t2.start()
        t1.join()
        t2.join()
        print("done")
        """
    }

    static func consumers(_ test: String) -> String {
        """
        import threading

        items = []
        cond = threading.Condition()

        def consumer():
            with cond:
                \(test) len(items) == 0:
                    cond.wait()
                item = items.pop()
                print("got", item)

        def producer():
            for i in range(2):
                with cond:
                    items.append(i)
                    cond.notify()

        c1 = threading.Thread(target=consumer)
        c2 = threading.Thread(target=consumer)
        p = threading.Thread(target=producer)
        c1.start()
        c2.start()
        p.start()
        c1.join()
        c2.join()
        p.join()
        """
    }

    static let cases: [Case] = [
        Case(name: "lost update", source: lostUpdate, outcomes: [#"printed "1""#, #"printed "2""#]),
        Case(name: "lost update under a lock", source: withLock, outcomes: [#"printed "2""#]),
        Case(
            name: "two locks in opposite orders",
            source: twoLocks(secondOrder: "    with b:\n        with a:"),
            outcomes: [#"printed "done""#, "deadlock"]),
        Case(
            name: "two locks in the same order",
            source: twoLocks(secondOrder: "    with a:\n        with b:"),
            outcomes: [#"printed "done""#]),
        Case(
            name: "Condition checked with if", source: consumers("if"),
            outcomes: [
                #"printed "got 0" "got 1""#, #"printed "got 1" "got 0""#,
                #"printed "got 0"; IndexError: pop from empty list"#,
            ]),
        Case(
            name: "Condition checked with while", source: consumers("while"),
            outcomes: [#"printed "got 0" "got 1""#, #"printed "got 1" "got 0""#]),
        Case(
            name: "BoundedSemaphore released too often",
            source: """
                import threading
                s = threading.BoundedSemaphore(1)
                s.acquire()
                s.release()
                s.release()
                print("unreachable")
                """,
            outcomes: ["ValueError: Semaphore released too many times"]),
        Case(
            name: "RLock taken twice",
            source: """
                import threading
                r = threading.RLock()
                with r:
                    with r:
                        print("inner")
                print("ok")
                """,
            outcomes: [#"printed "inner" "ok""#]),
        Case(
            name: "Lock taken twice by one thread",
            source: """
                import threading
                lock = threading.Lock()
                lock.acquire()
                lock.acquire()
                print("never")
                """,
            outcomes: ["deadlock"]),
        Case(
            name: "Event set after the data is ready",
            source: """
                import threading
                ready = threading.Event()
                data = []

                def waiter():
                    ready.wait()
                    print("saw", data[0])

                t = threading.Thread(target=waiter)
                t.start()
                data.append(42)
                ready.set()
                t.join()
                """,
            outcomes: [#"printed "saw 42""#]),
        Case(
            name: "Barrier holds every worker until all arrive",
            source: """
                import threading
                barrier = threading.Barrier(3)
                arrived = 0
                lock = threading.Lock()

                def worker(n):
                    global arrived
                    with lock:
                        arrived += 1
                    barrier.wait()
                    assert arrived == 3, f"worker {n} passed early"

                threads = []
                for i in range(3):
                    t = threading.Thread(target=worker, args=(i,))
                    threads.append(t)
                    t.start()
                for t in threads:
                    t.join()
                print("all passed")
                """,
            outcomes: [#"printed "all passed""#]),
        Case(
            name: "Queue producer and consumer with task_done and join",
            source: """
                import queue
                import threading

                q = queue.Queue(maxsize=1)
                results = []

                def consumer():
                    while True:
                        item = q.get()
                        results.append(item * 10)
                        q.task_done()

                threading.Thread(target=consumer, daemon=True).start()
                for i in range(3):
                    q.put(i)
                q.join()
                print(results)
                """,
            outcomes: [#"printed "[0, 10, 20]""#]),
        Case(
            name: "assertion on a lost update",
            source: lostUpdate + "\nassert counter == 2, f\"expected 2, got {counter}\"\n",
            outcomes: [#"printed "2""#, #"printed "1"; AssertionError: expected 2, got 1"#]),
    ]

    @Test("the explorer finds exactly the known outcomes", arguments: cases)
    func outcomeSet(_ testCase: Case) throws {
        let report = Explorer.explore(try labProgram(testCase.source))
        #expect(report.complete)
        #expect(Set(report.outcomes.map(\.outcome.description)) == testCase.outcomes)
    }

    @Test("a deadlock of two locks names the cycle")
    func deadlockCycle() throws {
        let report = Explorer.explore(
            try labProgram(Self.twoLocks(secondOrder: "    with b:\n        with a:")))
        let deadlock = try #require(report.outcomes.first { $0.outcome.ending == .deadlock })
        let sentence = try #require(deadlock.detail)
        #expect(
            sentence
                == "Thread-1 (one) waits for lock b held by Thread-2 (two), which waits for lock a held by Thread-1 (one)"
                || sentence
                    == "Thread-2 (two) waits for lock a held by Thread-1 (one), which waits for lock b held by Thread-2 (two)"
        )
        #expect(report.exitStatus == 1)
    }

    @Test(
        "CPython's outputs are among the explorer's outcomes",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"),
        arguments: cases.filter { !$0.outcomes.contains("deadlock") })
    func cpythonAgrees(_ testCase: Case) throws {
        let printed = Set(
            Explorer.explore(try labProgram(testCase.source)).outcomes.map {
                $0.outcome.output.joined(separator: "\n")
            })
        for _ in 0..<3 {
            let run = try ChildProcess.run(
                ["python3", "-c", testCase.source], environment: ProcessInfo.processInfo.environment)
            let output = run.output.split(separator: "\n").joined(separator: "\n")
            #expect(printed.contains(output), "CPython printed \(output)")
        }
    }
}
