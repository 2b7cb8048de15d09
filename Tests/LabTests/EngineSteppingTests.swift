import Lab
import Testing

@Suite("Lab engine: stepping, undo and the schedule")
struct EngineSteppingTests {
    static let lostUpdate = SemanticsTableTests.lostUpdate

    @Test("counter += 1 is a read step and then a write step")
    func readThenWrite() throws {
        // Main runs up to `counter = 0`, writes it, starts t1, then t2.
        var engine = try engine(Self.lostUpdate, after: [0, 0, 0, 0])
        guard case .runnable(let next, let position)? = engine.threads.first(where: { $0.id == 1 })?.status
        else {
            Issue.record("Thread-1 is not runnable")
            return
        }
        #expect(next == "read counter")
        #expect(position == SourcePosition(line: 7, column: 5))
        try engine.step(1)
        guard case .runnable(let write, _)? = engine.threads.first(where: { $0.id == 1 })?.status else {
            Issue.record("Thread-1 is not runnable")
            return
        }
        #expect(write == "write counter")
    }

    @Test("the lost update is one schedule away, and replaying it gives it again")
    func lostUpdateSchedule() throws {
        var engine = try engine(Self.lostUpdate, after: [0, 0, 0, 0, 1, 2, 1, 2])
        try runFirstRunnable(&engine)
        #expect(engine.output == ["1"])
        #expect(engine.ending == .completed)
        var replayed = LabEngine(try labProgram(Self.lostUpdate))
        for thread in engine.schedule { try replayed.step(thread) }
        #expect(replayed.output == ["1"])
        #expect(replayed.schedule == engine.schedule)
    }

    @Test("undo restores the exact earlier state")
    func undo() throws {
        var engine = try engine(Self.lostUpdate, after: [0, 0, 0, 0, 1])
        let threadsBefore = engine.threads
        let runnableBefore = engine.runnableThreads
        try engine.step(1)
        try engine.step(2)
        let undoneTwice = engine.undo() && engine.undo()
        #expect(undoneTwice)
        #expect(engine.threads == threadsBefore)
        #expect(engine.runnableThreads == runnableBefore)
        #expect(engine.schedule == [0, 0, 0, 0, 1])
        var fresh = LabEngine(try labProgram(Self.lostUpdate))
        let undoneFresh = fresh.undo()
        #expect(!undoneFresh)
    }

    @Test("a blocked thread cannot take a step, and says why")
    func blockedRefused() throws {
        var engine = try engine(
            """
            import threading
            lock = threading.Lock()

            def worker():
                with lock:
                    pass

            t = threading.Thread(target=worker)
            lock.acquire()
            t.start()
            lock.release()
            t.join()
            """, after: [0, 0, 0, 1])
        #expect(!engine.runnableThreads.contains(1))
        #expect(throws: LabScheduleError.self) { try engine.step(1) }
        do {
            try engine.step(1)
        } catch {
            #expect(
                error.message == "Thread-1 (worker) is blocked: it waits for lock lock held by MainThread")
        }
        guard case .blocked(let reason, let position)? = engine.threads.first(where: { $0.id == 1 })?.status
        else {
            Issue.record("Thread-1 is not blocked")
            return
        }
        #expect(reason == "waits for lock lock held by MainThread")
        #expect(position.line == 5)
    }

    @Test("steps of unknown and finished threads are refused")
    func unknownAndFinished() throws {
        var engine = try engine("print('hi')")
        #expect(throws: LabScheduleError(message: "there is no thread 7")) { try engine.step(7) }
        try runFirstRunnable(&engine)
        #expect(engine.output == ["hi"])
        #expect(throws: LabScheduleError.self) { try engine.step(0) }
    }

    @Test("thread names follow CPython 3.11")
    func threadNames() throws {
        var engine = try engine(
            """
            import threading

            def work():
                print(threading.current_thread().name)

            a = threading.Thread(target=work)
            b = threading.Thread(target=work, name="custom")
            c = threading.Thread(target=lambda: None)
            a.start()
            a.join()
            b.start()
            b.join()
            c.start()
            c.join()
            print(threading.current_thread().name)
            """)
        try runFirstRunnable(&engine)
        #expect(engine.output == ["Thread-1 (work)", "custom", "MainThread"])
        #expect(
            engine.threads.map(\.name) == ["MainThread", "Thread-1 (work)", "custom", "Thread-2 (<lambda>)"])
    }

    @Test("a while True: pass loop ends at the step limit")
    func stepLimit() throws {
        var engine = LabEngine(try labProgram("while True:\n    pass\n"), stepLimit: 100)
        try engine.step(0)
        #expect(engine.ending == .stepLimit(thread: 0, name: "MainThread"))
        #expect(engine.outcome?.description == "step limit")
    }

    @Test("daemon threads end with the last other thread")
    func daemonEnds() throws {
        var engine = try engine(
            """
            import threading
            import time

            def forever():
                while True:
                    time.sleep(1)

            threading.Thread(target=forever, daemon=True).start()
            print("main done")
            """)
        try runFirstRunnable(&engine)
        #expect(engine.ending == .completed)
        #expect(engine.output == ["main done"])
        #expect(engine.threads.allSatisfy { $0.status == .finished })
    }

    @Test("the same seed gives the same random schedule")
    func seededRuns() throws {
        let program = try labProgram(Self.lostUpdate)
        var first = LabEngine(program)
        var second = LabEngine(program)
        first.runRandomly(seed: 42)
        second.runRandomly(seed: 42)
        #expect(first.schedule == second.schedule)
        #expect(first.ending == .completed)
        var outputs: Set<[String]> = []
        for seed in 0..<200 {
            var engine = LabEngine(program)
            engine.runRandomly(seed: UInt64(seed))
            outputs.insert(engine.output)
        }
        #expect(outputs == [["1"], ["2"]])
    }

    @Test("print joins with sep and ends with end")
    func printArguments() throws {
        var engine = try engine(
            """
            print(1, 2, sep="-", end="")
            print("|", [1, 'a'], (2,), {'k': None}, True)
            """)
        try runFirstRunnable(&engine)
        #expect(engine.output == ["1-2| [1, 'a'] (2,) {'k': None} True"])
    }
}
