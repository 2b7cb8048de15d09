import Testing
import Trace

@testable import Threading

@Suite("queue.Queue")
struct QueuesTests {
    @Test("items come out in the order they went in, and the size queries follow")
    func fifoOrder() throws {
        let queue = Queue<Int>(maxsize: 3)
        #expect(queue.empty() && !queue.full() && queue.qsize() == 0 && queue.maxsize == 3)
        for value in 1...3 {
            try queue.put(value)
        }
        #expect(queue.full() && queue.qsize() == 3)
        #expect(try [queue.get(), queue.get(), queue.get()] == [1, 2, 3])
        #expect(queue.empty())

        let unbounded = Queue<String>()
        for value in 0..<1000 {
            try unbounded.putNowait("item \(value)")
        }
        #expect(!unbounded.full(), "an unbounded queue is never full")
        #expect(try (0..<1000).map { _ in try unbounded.getNowait() } == (0..<1000).map { "item \($0)" })
    }

    @Test("the non-blocking forms throw Full and Empty instead of waiting")
    func nonBlocking() throws {
        let queue = Queue<Int>(maxsize: 1)
        #expect(throws: QueueEmpty()) { try queue.getNowait() }
        #expect(throws: QueueEmpty()) { try queue.get(block: false) }
        try queue.putNowait(1)
        #expect(throws: QueueFull()) { try queue.putNowait(2) }
        #expect(throws: QueueFull()) { try queue.put(2, block: false) }
        #expect(try queue.getNowait() == 1, "the refused item was not stored")
        #expect(queue.empty())
    }

    @Test("timed waits give up with Empty or Full; a negative timeout is a ValueError")
    func timeouts() throws {
        let queue = Queue<Int>(maxsize: 1)
        #expect(throws: QueueEmpty()) { try queue.get(timeout: 0.05) }
        #expect(throws: QueueEmpty()) { try queue.get(timeout: 0) }
        try queue.put(1, timeout: 0.05)
        #expect(throws: QueueFull()) { try queue.put(2, timeout: 0.05) }
        #expect(throws: QueueValueError.invalidTimeout(-1)) { try queue.put(2, timeout: -1) }
        #expect(throws: QueueValueError.invalidTimeout(-1)) { try queue.get(timeout: -1) }
        #expect(try queue.get(timeout: 0.05) == 1)
        #expect("\(QueueValueError.invalidTimeout(-1))" == "'timeout' must be a non-negative number")
    }

    @Test("a put on a full queue blocks until a get makes room")
    func boundedPutBlocks() throws {
        let stage = QueueTestStage()
        let queue = Queue<Int>(maxsize: 1, tracer: stage.tracer)
        try queue.put(1)
        let finished = QueueTestBox(false)
        let (producer, thread) = try stage.spawn("producer") {
            try? queue.put(2)
            finished.update { $0 = true }
        }
        #expect(stage.waitFor(producer, toReport: .waiting(.queue(queue.core.state.resource, .full))))
        #expect(!finished.value, "the producer is still inside put")
        #expect(try queue.get() == 1)
        thread.join()
        #expect(finished.value)
        #expect(try queue.getNowait() == 2)
    }

    @Test("join returns once every item put has been marked done")
    func taskDoneAndJoin() throws {
        let queue = Queue<Int>()
        #expect(queue.join(timeout: 0), "nothing was ever put")
        for value in 0..<100 {
            try queue.put(value)
        }
        #expect(!queue.join(timeout: 0.05), "no item is done yet")
        let done = QueueTestBox(0)
        let worker = try NativeThread.spawn(name: "worker") {
            while (try? queue.get(block: false)) != nil {
                done.update { $0 += 1 }
                try? queue.taskDone()
            }
        }
        #expect(queue.join(timeout: 10))
        #expect(done.value == 100, "join returned only after the last taskDone")
        worker.join()
    }

    @Test("taskDone more often than items were put is a ValueError")
    func taskDoneTooMany() throws {
        let queue = Queue<String>()
        try queue.put("job")
        _ = try queue.get()
        try queue.taskDone()
        #expect(throws: QueueValueError.taskDoneTooManyTimes) { try queue.taskDone() }
        #expect("\(QueueValueError.taskDoneTooManyTimes)" == "task_done() called too many times")
        #expect(QueueValueError.taskDoneTooManyTimes.pythonException == "ValueError")
    }

    @Test("a joiner blocked on unfinished tasks is woken by the last taskDone")
    func blockedJoiner() throws {
        let stage = QueueTestStage()
        let queue = Queue<Int>(tracer: stage.tracer)
        try queue.put(1)
        let joined = QueueTestBox<Bool?>(nil)
        let (joiner, thread) = try stage.spawn("joiner") {
            let result = queue.join()
            joined.update { $0 = result }
        }
        #expect(stage.waitFor(joiner, toReport: .waiting(.queue(queue.core.state.resource, .empty))))
        #expect(joined.value == nil)
        _ = try queue.get()
        try queue.taskDone()
        thread.join()
        #expect(joined.value == true)
        let note = stage.recorder.events.first {
            $0.actor == joiner && $0.kind == .transition(.waiting(.queue(queue.core.state.resource, .empty)))
        }?.note
        #expect(note == "join: waiting for task_done")
    }
}
