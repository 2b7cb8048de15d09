import Lab
import Testing

@Suite("Lab engine: variables, shared objects and the step log in words")
struct EngineViewsTests {
    @Test("a held lock names its holder and the thread waiting for it")
    func heldLock() throws {
        let source = """
            import threading

            lock = threading.Lock()
            done = False


            def worker():
                with lock:
                    pass


            lock.acquire()
            t = threading.Thread(target=worker)
            t.start()
            lock.release()
            t.join()
            done = True

            """
        var engine = try LabEngine(GoalTestPrograms.program(source), replaying: [0, 0, 0, 0, 1])
        #expect(
            engine.sharedObjects == [
                LabObjectView(
                    name: "lock", kind: "Lock", state: "held by MainThread; waiting: Thread-1 (worker)")
            ])
        #expect(engine.variables == [LabVariableView(name: "done", value: "False")])
        try runFirstRunnable(&engine)
        #expect(engine.sharedObjects == [LabObjectView(name: "lock", kind: "Lock", state: "free")])
        #expect(engine.variables == [LabVariableView(name: "done", value: "True")])
    }

    @Test("a queue shows its items and size, a semaphore its value, an event whether it is set")
    func queueSemaphoreEvent() throws {
        let source = """
            import queue
            import threading

            q = queue.Queue(maxsize=2)
            unbounded = queue.Queue()
            sem = threading.Semaphore(1)
            ready = threading.Event()
            items = [1, "two"]
            table = {"a": (1, 2)}
            name = "lab"


            def worker():
                sem.acquire()
                ready.wait()


            q.put(1)
            q.put(2)
            sem.acquire()
            t = threading.Thread(target=worker)
            t.start()

            """
        let program = try GoalTestPrograms.program(source)
        var engine = LabEngine(program)
        try runFirstRunnable(&engine)
        #expect(
            engine.sharedObjects == [
                LabObjectView(name: "q", kind: "Queue(maxsize=2)", state: "[1, 2] (2 of 2)"),
                LabObjectView(name: "unbounded", kind: "Queue", state: "[]"),
                LabObjectView(name: "sem", kind: "Semaphore", state: "value 0; waiting: Thread-1 (worker)"),
                LabObjectView(name: "ready", kind: "Event", state: "clear"),
                LabObjectView(name: "items", kind: "list", state: "[1, 'two']"),
                LabObjectView(name: "table", kind: "dict", state: "{'a': (1, 2)}"),
            ])
        #expect(engine.variables == [LabVariableView(name: "name", value: "'lab'")])
        #expect(engine.ending != nil)
    }

    @Test("an RLock shows its count, a condition its waiters, a barrier its arrivals")
    func rlockConditionBarrier() throws {
        let source = """
            import threading

            r = threading.RLock()
            cond = threading.Condition()
            gate = threading.Barrier(3)


            def waiter():
                with cond:
                    cond.wait()


            def arriver():
                gate.wait()


            r.acquire()
            r.acquire()
            t1 = threading.Thread(target=waiter)
            t2 = threading.Thread(target=arriver)
            t1.start()
            t2.start()

            """
        var engine = LabEngine(try GoalTestPrograms.program(source))
        try runFirstRunnable(&engine)
        #expect(
            engine.sharedObjects == [
                LabObjectView(name: "r", kind: "RLock", state: "held by MainThread (count 2)"),
                LabObjectView(
                    name: "cond", kind: "Condition", state: "lock free; waiting for notify: Thread-1 (waiter)"
                ),
                LabObjectView(
                    name: "gate", kind: "Barrier(3)", state: "1 of 3 arrived; waiting: Thread-2 (arriver)"),
            ])
    }

    @Test("an event waited on shows its waiter until it is set")
    func event() throws {
        let source = """
            import threading

            ready = threading.Event()


            def worker():
                ready.wait()


            t = threading.Thread(target=worker)
            t.start()
            ready.set()
            t.join()

            """
        // Thread-1's first step takes it to `ready.wait()`, where it blocks.
        var engine = try LabEngine(GoalTestPrograms.program(source), replaying: [0, 0, 1])
        #expect(
            engine.sharedObjects == [
                LabObjectView(name: "ready", kind: "Event", state: "clear; waiting: Thread-1 (worker)")
            ])
        try engine.step(0)
        #expect(engine.sharedObjects == [LabObjectView(name: "ready", kind: "Event", state: "set")])
    }

    @Test("the log says each step with the value read or written, and undo takes it back")
    func log() throws {
        let source = GoalTestPrograms.lostUpdate + "print(counter)\n"
        var engine = try LabEngine(GoalTestPrograms.program(source), replaying: [0, 0, 0, 0, 1, 2, 1, 2])
        #expect(engine.stepCount == 8)
        #expect(engine.log.count == 8)
        let lastFour = engine.log.suffix(4).map { "\($0.threadName) \($0.description)" }
        #expect(
            lastFour == [
                "Thread-1 (worker) read counter (0)", "Thread-2 (worker) read counter (0)",
                "Thread-1 (worker) write counter = 1", "Thread-2 (worker) write counter = 1",
            ])
        #expect(engine.log[1].description == "write counter = 0")
        #expect(engine.log[4].position == SourcePosition(line: 8, column: 5))
        #expect(engine.log[4].thread == 1)
        try runFirstRunnable(&engine)
        #expect(engine.log.last?.description == "print '1'")
        let undone = engine.undo()
        #expect(undone)
        #expect(engine.log.count == engine.stepCount)
        #expect(engine.log.last?.description == "read counter (1)")
    }

    @Test("a replayed schedule that cannot be played names its step")
    func badReplay() throws {
        let program = try GoalTestPrograms.program(GoalTestPrograms.lostUpdate)
        #expect(
            throws: LabScheduleError(
                message: "step 3 of the schedule: Thread-1 (worker) has not been started")
        ) {
            try LabEngine(program, replaying: [0, 0, 1])
        }
    }

    @Test("a step that raises says so in the log")
    func raisedInLog() throws {
        let engine = try LabEngine(
            GoalTestPrograms.program(GoalTestPrograms.releaseUnheld), replaying: [0, 0, 1, 1])
        #expect(
            engine.log.last?.description
                == "release lock; Thread-1 (worker) raised RuntimeError: release unlocked lock")
    }
}
