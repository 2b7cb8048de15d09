import TestSupport
import Testing
import Threading

/// CPython's `Counter` in test_various_ops, also keeping the most seen at once.
private final class RunningCount: Sendable {
    private let state = GuardedBox((now: 0, most: 0))

    func enter() {
        state.withLock {
            $0.now += 1
            $0.most = max($0.most, $0.now)
        }
    }

    func leave() {
        state.withLock { $0.now -= 1 }
    }

    var now: Int { state.withLock { $0.now } }
    var most: Int { state.withLock { $0.most } }
}

@Suite("CPython test_threading")
struct ThreadingConformance {
    @Test("test_threading.ThreadTests.test_name: a given name is kept; the default is Thread-N")
    func name() {
        #expect(Thread(name: "myname1", tracer: .disabled).name == "myname1")
        #expect(Thread(name: "myname2", tracer: .disabled) {}.name == "myname2")
        for thread in [Thread(tracer: .disabled), Thread(tracer: .disabled) {}] {
            #expect(thread.name.hasPrefix("Thread-"))
            #expect(Int(thread.name.dropFirst("Thread-".count)) != nil)
        }
    }

    @Test(
        "test_threading.ThreadTests.test_various_ops: 10 threads under a BoundedSemaphore(3) get idents and native ids, at most 3 run at once"
    )
    func variousOps() throws {
        let semaphore = try BoundedSemaphore(value: 3, tracer: .disabled)
        let mutex = RLock(tracer: .disabled)
        let running = RunningCount()
        let threads = (0..<10).map { index in
            Thread(name: "<thread \(index)>", tracer: .disabled) {
                semaphore.withLock {
                    mutex.withLock { running.enter() }
                    Time.sleep(Double.random(in: 0..<0.0001), tracer: .disabled)
                    mutex.withLock { running.leave() }
                }
            }
        }
        for thread in threads {
            #expect(thread.ident == nil)
            try thread.start()
        }
        let nativeIDs = Set(threads.compactMap(\.nativeID))
        #expect(nativeIDs.count == threads.count)
        for thread in threads {
            try thread.join(timeout: 60)
            #expect(!thread.isAlive)
            #expect(thread.ident != nil && thread.ident != 0)
        }
        #expect(running.now == 0)
        #expect(running.most <= 3)
    }

    @Test("test_threading.ThreadTests.test_enumerate_after_join: a joined thread is no longer enumerated")
    func enumerateAfterJoin() throws {
        for _ in 1..<100 {
            let thread = Thread(tracer: .disabled) {}
            try thread.start()
            try thread.join(timeout: 60)
            #expect(!Thread.enumerate().contains { $0 === thread })
        }
    }

    @Test("test_threading.ThreadTests.test_daemon_param: daemon is false by default and as given otherwise")
    func daemonParam() {
        #expect(!Thread(tracer: .disabled).daemon)
        #expect(!Thread(daemon: false, tracer: .disabled).daemon)
        #expect(Thread(daemon: true, tracer: .disabled).daemon)
    }

    @Test(
        "test_threading.ThreadTests.test_BoundedSemaphore_limit: a BoundedSemaphore released by other threads still refuses one release too many"
    )
    func boundedSemaphoreLimit() throws {
        for limit in 1..<10 {
            let semaphore = try BoundedSemaphore(value: limit, tracer: .disabled)
            try Bunch(limit) { semaphore.acquire() }.join()
            try Bunch(limit) { try semaphore.release() }.join()
            #expect(throws: ValueError.self) { try semaphore.release() }
        }
    }

    @Test(
        "test_threading.ThreadingExceptionTests.test_start_thread_again: starting a thread twice raises RuntimeError"
    )
    func startThreadAgain() throws {
        let thread = Thread(tracer: .disabled) {}
        try thread.start()
        #expect(throws: RuntimeError.self) { try thread.start() }
        try thread.join(timeout: 60)
    }

    @Test(
        "test_threading.ThreadingExceptionTests.test_joining_current_thread: a thread joining itself raises RuntimeError"
    )
    func joiningCurrentThread() throws {
        let raised = try onOtherThread { () -> Bool in
            guard let current = Thread.current else { return false }
            return throwsError(RuntimeError.self) { try current.join(timeout: 1) }
        }
        #expect(raised == true)
    }

    @Test(
        "test_threading.ThreadingExceptionTests.test_joining_inactive_thread: joining a thread never started raises RuntimeError"
    )
    func joiningInactiveThread() {
        let thread = Thread(tracer: .disabled) {}
        #expect(throws: RuntimeError.self) { try thread.join(timeout: 1) }
    }

    @Test(
        "test_threading.ThreadingExceptionTests.test_releasing_unacquired_lock: releasing a free Lock raises RuntimeError"
    )
    func releasingUnacquiredLock() {
        #expect(throws: RuntimeError.self) { try Lock(tracer: .disabled).release() }
    }

    @Test(
        "test_threading.ConditionAsRLockTests.test_reacquire: a default Condition is taken again by its owner and freed level by level"
    )
    func conditionReacquire() throws {
        let condition = Condition(tracer: .disabled)
        condition.acquire()
        condition.acquire()
        try condition.release()
        condition.acquire()
        try condition.release()
        try condition.release()
        #expect(try onOtherThread { condition.acquire(blocking: false) } == true)
    }

    @Test(
        "test_threading.ConditionAsRLockTests.test_release_unacquired: releasing a default Condition not held raises RuntimeError"
    )
    func conditionReleaseUnacquired() throws {
        let condition = Condition(tracer: .disabled)
        #expect(throws: RuntimeError.self) { try condition.release() }
        condition.acquire()
        try condition.release()
        #expect(throws: RuntimeError.self) { try condition.release() }
    }

    @Test(
        "test_threading.ConditionAsRLockTests.test_different_thread: a default Condition cannot be released by a thread that does not hold it"
    )
    func conditionDifferentThread() throws {
        let condition = Condition(tracer: .disabled)
        let taken = Event(tracer: .disabled)
        let finish = Event(tracer: .disabled)
        let bunch = try Bunch(1) {
            condition.acquire()
            taken.set()
            finish.wait(timeout: 60)
            try condition.release()
        }
        #expect(taken.wait(timeout: 60))
        #expect(throws: RuntimeError.self) { try condition.release() }
        finish.set()
        try bunch.join()
    }
}
