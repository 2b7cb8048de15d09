import Testing
import Trace

@testable import Threading

@Suite("queue.PriorityQueue, queue.LifoQueue and queue.SimpleQueue")
struct QueuesVariantsTests {
    /// Not Comparable: Python would raise TypeError comparing two of these on a priority tie.
    struct Job: Sendable, Equatable {
        let name: String
    }

    @Test("a priority queue hands out the smallest priority first")
    func smallestFirst() throws {
        let queue = PriorityQueue<Int, Job>()
        for (priority, name) in [(3, "low"), (1, "urgent"), (2, "normal")] {
            try queue.put(priority: priority, Job(name: name))
        }
        #expect(queue.qsize() == 3)
        #expect(try queue.get().element.name == "urgent")
        #expect(try queue.getNowait() == (priority: 2, element: Job(name: "normal")))
        #expect(try queue.get(timeout: 0.05).priority == 3)
        #expect(throws: QueueEmpty()) { try queue.get(timeout: 0.05) }
    }

    @Test("equal priorities leave in arrival order")
    func stable() throws {
        let queue = PriorityQueue<Int, Int>()
        let puts = (0..<1000).map { (priority: ($0 * 7) % 3, arrival: $0) }
        for put in puts {
            try queue.putNowait(priority: put.priority, put.arrival)
        }
        let gets = try (0..<1000).map { _ in try queue.get() }
        let expected = puts.sorted { ($0.priority, $0.arrival) < ($1.priority, $1.arrival) }
        #expect(gets.map(\.priority) == expected.map(\.priority))
        #expect(gets.map(\.element) == expected.map(\.arrival))
    }

    @Test("puts and gets in any mix leave as a sorted list says, payloads that own memory intact")
    func interleaved() throws {
        let queue = PriorityQueue<Int, String>()
        var model: [(priority: Int, arrival: Int, payload: String)] = []
        var generator = SystemRandomNumberGenerator()
        let firstSeed = UInt64.random(in: 1...UInt64.max, using: &generator)
        var seed = firstSeed
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for arrival in 0..<8_000 {
            // A deep heap first, then puts and gets at random around it.
            if arrival < 600 || model.isEmpty || next(2) == 0 {
                let put = (
                    priority: next(40), arrival: arrival,
                    payload: String(repeating: "p", count: 20) + "\(arrival)"
                )
                try queue.putNowait(priority: put.priority, put.payload)
                model.append(put)
            } else {
                let smallest = model.indices.min {
                    (model[$0].priority, model[$0].arrival) < (model[$1].priority, model[$1].arrival)
                }!
                let expected = model.remove(at: smallest)
                let got = try queue.getNowait()
                #expect(
                    got.priority == expected.priority && got.element == expected.payload, "seed \(firstSeed)")
            }
        }
        let rest = try model.indices.map { _ in try queue.getNowait().element }
        #expect(rest == model.sorted { ($0.priority, $0.arrival) < ($1.priority, $1.arrival) }.map(\.payload))
        #expect(queue.empty())
    }

    @Test("a bounded priority queue blocks, refuses and shuts down like Queue")
    func priorityQueueBounds() throws {
        let queue = PriorityQueue<Double, String>(maxsize: 1)
        try queue.put(priority: 0.5, "a")
        #expect(queue.full())
        #expect(throws: QueueFull()) { try queue.putNowait(priority: 0, "b") }
        #expect(throws: QueueFull()) { try queue.put(priority: 0, "b", timeout: 0.05) }
        queue.shutdown()
        #expect(throws: QueueShutDown()) { try queue.put(priority: 0, "c") }
        #expect(try queue.get().element == "a")
        try queue.taskDone()
        #expect(queue.join())
        #expect(throws: QueueShutDown()) { try queue.get() }
    }

    @Test("a LIFO queue hands out the newest item first")
    func lifoOrder() throws {
        let stack = LifoQueue<Int>(maxsize: 3)
        for value in 1...3 {
            try stack.put(value)
        }
        #expect(throws: QueueFull()) { try stack.putNowait(4) }
        #expect(try [stack.get(), stack.get()] == [3, 2])
        try stack.put(5)
        #expect(try [stack.getNowait(), stack.get()] == [5, 1])
        #expect(throws: QueueEmpty()) { try stack.get(timeout: 0.05) }
        for _ in 1...4 {
            try stack.taskDone()
        }
        #expect(stack.join(timeout: 0))
    }

    @Test("a simple queue is first in, first out, unbounded, with Empty on timeout")
    func simpleQueue() throws {
        let queue = SimpleQueue<String>()
        #expect(queue.empty())
        for value in 0..<500 {
            queue.put("\(value)")
        }
        queue.putNowait("last")
        #expect(queue.qsize() == 501)
        #expect(try queue.get() == "0")
        #expect(try queue.getNowait() == "1")
        for _ in 2..<500 {
            _ = try queue.get(block: false)
        }
        #expect(try queue.get(timeout: 0.05) == "last")
        #expect(throws: QueueEmpty()) { try queue.get(timeout: 0.05) }
        #expect(throws: QueueEmpty()) { try queue.getNowait() }
    }

    @Test("a consumer blocked on an empty simple queue gets the next item")
    func simpleQueueBlocks() throws {
        let stage = QueueTestStage()
        let queue = SimpleQueue<Int>(tracer: stage.tracer)
        let received = QueueTestBox<Int?>(nil)
        let (consumer, thread) = try stage.spawn("consumer") {
            let value = try? queue.get()
            received.update { $0 = value }
        }
        #expect(stage.waitFor(consumer, toReport: .waiting(.queue(queue.core.state.resource, .empty))))
        queue.put(42)
        thread.join()
        #expect(received.value == 42)
    }
}
