import Multiprocessing
import TestSupport
import Testing
import Threading

/// CPython's `_TestQueue.test_put`: a parent fills a queue of 6, sees Full in every form, and a
/// child process empties it.
struct QueuePutAcrossProcesses: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        var checks = Checks()
        let queue = try ProcessQueue<Int>(maxsize: 6, tracer: .disabled)
        let childCanStart = try ProcessEvent(tracer: .disabled)
        let parentCanContinue = try ProcessEvent(tracer: .disabled)
        let child = Process {
            guard childCanStart.wait(timeout: 60) else { return }
            for _ in 0..<6 { _ = try queue.get(timeout: 60) }
            parentCanContinue.set()
        }
        try child.start()
        checks.check(queue.empty(), "a new queue is empty")
        checks.check(!queue.full(), "a new queue is not full")
        try queue.put(1)
        try queue.put(2, block: true)
        try queue.put(3, block: true, timeout: nil)
        try queue.put(4, block: false)
        try queue.put(5, block: false, timeout: nil)
        try queue.putNowait(6)
        checks.check(!queue.empty(), "a queue of 6 is not empty")
        checks.check(queue.full(), "a queue of 6 with maxsize 6 is full")
        checks.check(throwsError(QueueFull.self) { try queue.put(7, block: false) }, "put(7, False)")
        checks.check(
            throwsError(QueueFull.self) { try queue.put(7, block: false, timeout: nil) },
            "put(7, False, None)")
        checks.check(throwsError(QueueFull.self) { try queue.putNowait(7) }, "put_nowait(7)")
        var full = false
        var taken = secondsTaken {
            full = throwsError(QueueFull.self) { try queue.put(7, block: true, timeout: 0.1) }
        }
        checks.check(full, "put(7, True, TIMEOUT1)")
        checks.checkWaited(taken, atLeast: 0.1, "put(7, True, TIMEOUT1)")
        checks.check(
            throwsError(QueueFull.self) { try queue.put(7, block: false, timeout: 0.1) },
            "put(7, False, TIMEOUT2)")
        taken = secondsTaken { full = throwsError(QueueFull.self) { try queue.put(7, timeout: 0.1) } }
        checks.check(full, "put(7, timeout=TIMEOUT3)")
        checks.checkWaited(taken, atLeast: 0.1, "put(7, timeout=TIMEOUT3)")
        childCanStart.set()
        checks.check(parentCanContinue.wait(timeout: 60), "the child emptied the queue")
        checks.check(queue.empty(), "the queue is empty again")
        checks.check(!queue.full(), "the queue is not full again")
        checks.check(try child.join(timeout: 60) && child.exitCode == 0, "the child ended well")
        return checks.failures
    }
}

/// CPython's `_TestQueue.test_get`: a child process fills the queue; the parent takes each item
/// with another form of get, then sees Empty in every form.
struct QueueGetAcrossProcesses: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        var checks = Checks()
        let queue = try ProcessQueue<Int>(tracer: .disabled)
        let childCanStart = try ProcessEvent(tracer: .disabled)
        let parentCanContinue = try ProcessEvent(tracer: .disabled)
        let child = Process {
            guard childCanStart.wait(timeout: 60) else { return }
            for item in 2...5 { try queue.put(item) }
            parentCanContinue.set()
        }
        try child.start()
        checks.check(queue.empty(), "a new queue is empty")
        childCanStart.set()
        checks.check(parentCanContinue.wait(timeout: 60), "the child filled the queue")
        checks.check(!queue.empty(), "the filled queue is not empty")
        checks.check(try queue.get(block: true, timeout: nil) == 2, "get(True, None)")
        checks.check(try queue.get(block: true) == 3, "get(True)")
        checks.check(try queue.get(timeout: 1) == 4, "get(timeout=1)")
        checks.check(try queue.getNowait() == 5, "get_nowait()")
        checks.check(queue.empty(), "the drained queue is empty")
        checks.check(throwsError(QueueEmpty.self) { _ = try queue.get(block: false) }, "get(False)")
        checks.check(
            throwsError(QueueEmpty.self) { _ = try queue.get(block: false, timeout: nil) }, "get(False, None)"
        )
        checks.check(throwsError(QueueEmpty.self) { _ = try queue.getNowait() }, "get_nowait()")
        var empty = false
        var taken = secondsTaken {
            empty = throwsError(QueueEmpty.self) { _ = try queue.get(block: true, timeout: 0.1) }
        }
        checks.check(empty, "get(True, TIMEOUT1)")
        checks.checkWaited(taken, atLeast: 0.1, "get(True, TIMEOUT1)")
        checks.check(
            throwsError(QueueEmpty.self) { _ = try queue.get(block: false, timeout: 0.1) },
            "get(False, TIMEOUT2)")
        taken = secondsTaken { empty = throwsError(QueueEmpty.self) { _ = try queue.get(timeout: 0.1) } }
        checks.check(empty, "get(timeout=TIMEOUT3)")
        checks.checkWaited(taken, atLeast: 0.1, "get(timeout=TIMEOUT3)")
        checks.check(try child.join(timeout: 60) && child.exitCode == 0, "the child ended well")
        return checks.failures
    }
}

/// CPython's `_TestQueue.test_fork`: a child forked after the parent has put items adds its
/// own, and the parent gets all of them in order.
struct QueueFork: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        var checks = Checks()
        let queue = try ProcessQueue<Int>(tracer: .disabled)
        for item in 0..<10 { try queue.put(item) }
        let child = Process {
            for item in 10..<20 { try queue.put(item) }
        }
        try child.start()
        for expected in 0..<20 {
            let item = try queue.get(timeout: 60)
            checks.check(item == expected, "got \(item) where \(expected) was due")
        }
        checks.check(
            throwsError(QueueEmpty.self) { _ = try queue.get(block: false) }, "the queue is empty after 20")
        checks.check(try child.join(timeout: 60) && child.exitCode == 0, "the child ended well")
        return checks.failures
    }
}

@Suite("CPython _test_multiprocessing: _TestQueue", .forksProcesses)
struct MultiprocessingQueueConformance {
    @Test(
        "_test_multiprocessing._TestQueue.test_put: put in every form fills the queue, then Full is raised at once or after the timeout"
    )
    func put() throws {
        #expect(try runHosted(QueuePutAcrossProcesses.self, NoOutput()) == [])
    }

    @Test(
        "_test_multiprocessing._TestQueue.test_get: get in every form takes a child's items, then Empty is raised at once or after the timeout"
    )
    func get() throws {
        #expect(try runHosted(QueueGetAcrossProcesses.self, NoOutput()) == [])
    }

    @Test(
        "_test_multiprocessing._TestQueue.test_fork: items put before and after a fork all arrive, in order")
    func fork() throws {
        #expect(try runHosted(QueueFork.self, NoOutput()) == [])
    }

    @Test("_test_multiprocessing._TestQueue.test_qsize: qsize follows puts and gets")
    func qsize() throws {
        let queue = try ProcessQueue<Int>(tracer: .disabled)
        #expect(queue.qsize() == 0)
        try queue.put(1)
        #expect(queue.qsize() == 1)
        try queue.put(5)
        #expect(queue.qsize() == 2)
        _ = try queue.get(timeout: 10)
        #expect(queue.qsize() == 1)
        _ = try queue.get(timeout: 10)
        #expect(queue.qsize() == 0)
    }

    @Test(
        "_test_multiprocessing._TestQueue.test_timeout: get on an empty queue raises Empty after at least its timeout"
    )
    func timeout() throws {
        let queue = try ProcessQueue<Int>(tracer: .disabled)
        var empty = false
        let taken = secondsTaken { empty = throwsError(QueueEmpty.self) { _ = try queue.get(timeout: 0.2) } }
        #expect(empty)
        #expect(taken >= 0.1)
    }

    @Test(
        "_test_multiprocessing._TestQueue.test_closed_queue_put_get_exceptions: put and get on a closed queue raise ValueError"
    )
    func closedQueue() throws {
        let queue = try ProcessQueue<String>(tracer: .disabled)
        queue.close()
        let putError = #expect(throws: ValueError.self) { try queue.put("foo") }
        #expect(putError?.message.contains("is closed") == true)
        let getError = #expect(throws: ValueError.self) { _ = try queue.get() }
        #expect(getError?.message.contains("is closed") == true)
    }
}
