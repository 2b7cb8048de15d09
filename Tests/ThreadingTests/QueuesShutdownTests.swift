import Testing
import Trace

@testable import Threading

@Suite("queue.Queue.shutdown")
struct QueuesShutdownTests {
    @Test("after shutdown, put fails and get drains what is left, then fails")
    func drainThenShutDown() throws {
        let queue = Queue<Int>()
        try queue.put(1)
        try queue.put(2)
        queue.shutdown()
        #expect(throws: QueueShutDown()) { try queue.put(3) }
        #expect(throws: QueueShutDown()) { try queue.putNowait(3) }
        #expect(try queue.get() == 1)
        #expect(try queue.getNowait() == 2)
        #expect(throws: QueueShutDown()) { try queue.get() }
        #expect(throws: QueueShutDown()) { try queue.getNowait() }
        #expect(throws: QueueShutDown()) { try queue.get(timeout: 0.05) }
    }

    @Test("an immediate shutdown drops the items left, and they count as done for join")
    func immediate() throws {
        let queue = Queue<Int>(maxsize: 5)
        for value in 0..<5 {
            try queue.put(value)
        }
        _ = try queue.get()
        queue.shutdown(immediate: true)
        #expect(queue.qsize() == 0)
        #expect(throws: QueueShutDown()) { try queue.get() }
        #expect(!queue.join(timeout: 0), "the item already taken is still unfinished")
        try queue.taskDone()
        #expect(queue.join(timeout: 0))
    }

    @Test("getters blocked on an empty queue are released with ShutDown")
    func releasesGetters() throws {
        let stage = QueueTestStage()
        let queue = Queue<Int>(tracer: stage.tracer)
        let outcomes = QueueTestBox<[String]>([])
        let consumers = try (0..<2).map { index in
            try stage.spawn("consumer \(index)") {
                do {
                    _ = try queue.get()
                    outcomes.update { $0.append("item") }
                } catch {
                    outcomes.update { $0.append("\(error)") }
                }
            }
        }
        for (actor, _) in consumers {
            #expect(stage.waitFor(actor, toReport: .waiting(.queue(queue.core.state.resource, .empty))))
        }
        queue.shutdown()
        for (_, thread) in consumers {
            thread.join()
        }
        #expect(outcomes.value == Array(repeating: "\(QueueShutDown())", count: 2))
        for (actor, _) in consumers {
            #expect(stage.state.state(of: actor) == .running, "each consumer reported resuming")
        }
    }

    @Test("putters blocked on a full queue are released with ShutDown, even once there is room")
    func releasesPutters() throws {
        let stage = QueueTestStage()
        let queue = Queue<Int>(maxsize: 1, tracer: stage.tracer)
        try queue.put(0)
        let outcome = QueueTestBox<Error?>(nil)
        let (producer, thread) = try stage.spawn("producer") {
            do {
                try queue.put(1)
            } catch {
                outcome.update { $0 = error }
            }
        }
        #expect(stage.waitFor(producer, toReport: .waiting(.queue(queue.core.state.resource, .full))))
        queue.shutdown(immediate: true)
        thread.join()
        #expect(outcome.value is QueueShutDown)
        #expect(queue.qsize() == 0)
    }
}
