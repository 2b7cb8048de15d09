import TestSupport
import Testing
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's `sentinel`: each feeder puts one when the input runs out.
private let sentinel = -1

/// The input shared by CPython's feeders, taken from one item at a time.
private final class Feed: Sendable {
    private let items: GuardedBox<[Int]>

    init(_ items: [Int]) {
        self.items = GuardedBox(items.reversed())
    }

    func next() -> Int? {
        items.withLock { $0.popLast() }
    }
}

/// How a consumer takes items: CPython's `consume`, `consume_nonblock` and `consume_timeout`.
private enum Consume {
    case blocking, nonblocking, timeout

    func take(from queue: SimpleQueue<Int>) throws -> Int {
        switch self {
        case .blocking:
            return try queue.get(timeout: 60)
        case .nonblocking:
            while true {
                do { return try queue.get(block: false) } catch is QueueEmpty { usleep(10) }
            }
        case .timeout:
            while true {
                do { return try queue.get(timeout: 1e-5) } catch is QueueEmpty {}
            }
        }
    }
}

/// Class instances, to see when the queue lets go of them.
private final class Item: Sendable {}

@Suite("CPython test_queue: BaseSimpleQueueTest")
struct SimpleQueueConformance {
    /// CPython's `run_threads`: `count` feeders put `inputs` (pausing at random) and `count`
    /// consumers take them until each sees a sentinel; returns what the consumers took.
    private func runThreads(_ count: Int, inputs: [Int], consume: Consume) throws -> [Int] {
        let queue = SimpleQueue<Int>(tracer: .disabled)
        let feed = Feed(inputs)
        let results = SharedList<Int>()
        let feeders = try Bunch(count) {
            while let item = feed.next() {
                queue.put(item)
                if Bool.random() { usleep(UInt32.random(in: 0..<1000)) }
            }
            queue.put(sentinel)
        }
        let consumers = try Bunch(count) {
            while true {
                let item = try consume.take(from: queue)
                if item == sentinel { return }
                results.append(item)
            }
        }
        try feeders.join()
        try consumers.join()
        #expect(queue.empty())
        #expect(queue.qsize() == 0)
        return results.values
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_basic: put, get, get_nowait and timed get in order, with sizes and Empty"
    )
    func basic() throws {
        let queue = SimpleQueue<Int>(tracer: .disabled)
        #expect(queue.empty())
        #expect(queue.qsize() == 0)
        queue.put(1)
        #expect(!queue.empty())
        #expect(queue.qsize() == 1)
        queue.put(2)
        queue.putNowait(3)
        queue.put(4)
        #expect(queue.qsize() == 4)
        #expect(try queue.get() == 1)
        #expect(queue.qsize() == 3)
        #expect(try queue.getNowait() == 2)
        #expect(queue.qsize() == 2)
        #expect(try queue.get(block: false) == 3)
        #expect(!queue.empty())
        #expect(queue.qsize() == 1)
        #expect(try queue.get(timeout: 0.1) == 4)
        #expect(queue.empty())
        #expect(throws: QueueEmpty.self) { try queue.get(block: false) }
        #expect(throws: QueueEmpty.self) { try queue.get(timeout: 1e-3) }
        #expect(throws: QueueEmpty.self) { try queue.getNowait() }
        #expect(queue.empty())
        #expect(queue.qsize() == 0)
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_negative_timeout_raises_exception: get with a negative timeout raises ValueError"
    )
    func negativeTimeout() {
        let queue = SimpleQueue<Int>(tracer: .disabled)
        queue.put(1)
        #expect(throws: QueueValueError.self) { try queue.get(timeout: -1) }
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_order: one feeder and one consumer keep the order of 100 items")
    func order() throws {
        let inputs = Array(0..<100)
        #expect(try runThreads(1, inputs: inputs, consume: .blocking) == inputs)
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_many_threads: 10 feeders and 10 blocking consumers lose and duplicate nothing"
    )
    func manyThreads() throws {
        let inputs = Array(0..<10_000)
        #expect(try runThreads(10, inputs: inputs, consume: .blocking).sorted() == inputs)
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_many_threads_nonblock: 10 feeders and 10 non-blocking consumers lose and duplicate nothing"
    )
    func manyThreadsNonblock() throws {
        let inputs = Array(0..<10_000)
        #expect(try runThreads(10, inputs: inputs, consume: .nonblocking).sorted() == inputs)
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_many_threads_timeout: 10 feeders and 10 consumers with tiny timeouts lose and duplicate nothing"
    )
    func manyThreadsTimeout() throws {
        let inputs = Array(0..<1000)
        #expect(try runThreads(10, inputs: inputs, consume: .timeout).sorted() == inputs)
    }

    @Test(
        "test_queue.BaseSimpleQueueTest.test_references: the queue lets go of an item as soon as it is taken")
    func references() throws {
        let queue = SimpleQueue<Item>(tracer: .disabled)
        for _ in 0..<20 { queue.put(Item()) }
        for _ in 0..<20 {
            let reference = WeakReference(try queue.get(block: false))
            #expect(reference.object == nil)
        }
    }
}
