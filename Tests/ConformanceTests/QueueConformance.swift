import TestSupport
import Testing
import Threading

/// What CPython's `BaseQueueTestMixin` asks of `Queue`, `LifoQueue` and `PriorityQueue`, on
/// integers.
protocol ConformanceQueue: Sendable {
    func put(_ item: Int, block: Bool, timeout: Double?) throws
    func get(block: Bool, timeout: Double?) throws -> Int
    func putNowait(_ item: Int) throws
    func getNowait() throws -> Int
    func taskDone() throws
    func join(timeout: Double?) -> Bool
    func qsize() -> Int
    func empty() -> Bool
    func full() -> Bool
}

extension Queue: ConformanceQueue where Element == Int {}
extension LifoQueue: ConformanceQueue where Element == Int {}

/// A `PriorityQueue` of integers, each its own priority, as CPython's test puts plain integers.
struct PriorityIntQueue: ConformanceQueue {
    let queue: PriorityQueue<Int, Int>

    func put(_ item: Int, block: Bool, timeout: Double?) throws {
        try queue.put(priority: item, item, block: block, timeout: timeout)
    }

    func get(block: Bool, timeout: Double?) throws -> Int {
        try queue.get(block: block, timeout: timeout).element
    }

    func putNowait(_ item: Int) throws { try queue.putNowait(priority: item, item) }
    func getNowait() throws -> Int { try queue.getNowait().element }
    func taskDone() throws { try queue.taskDone() }
    func join(timeout: Double?) -> Bool { queue.join(timeout: timeout) }
    func qsize() -> Int { queue.qsize() }
    func empty() -> Bool { queue.empty() }
    func full() -> Bool { queue.full() }
}

/// CPython's `QueueTest`, `LifoQueueTest` and `PriorityQueueTest`.
enum QueueKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case queue = "QueueTest"
    case lifo = "LifoQueueTest"
    case priority = "PriorityQueueTest"

    func make(maxsize: Int = 0) -> any ConformanceQueue {
        switch self {
        case .queue: Queue<Int>(maxsize: maxsize, tracer: .disabled)
        case .lifo: LifoQueue<Int>(maxsize: maxsize, tracer: .disabled)
        case .priority: PriorityIntQueue(queue: PriorityQueue(maxsize: maxsize, tracer: .disabled))
        }
    }

    /// The order 111, 333, 222 come out in.
    var order: [Int] {
        switch self {
        case .queue: [111, 333, 222]
        case .lifo: [222, 333, 111]
        case .priority: [111, 222, 333]
        }
    }

    var testDescription: String { rawValue }
}

/// CPython's `QUEUE_SIZE`.
private let queueSize = 5

/// CPython's `do_blocking_test`: runs `block`, which must wait until `trigger` (run by another
/// thread after a short pause) lets it go; it failed to block if it returned before then.
private func expectBlocks<Result>(
    _ block: () throws -> Result, until trigger: @escaping @Sendable () throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> Result {
    let started = GuardedBox(false)
    let triggering = try Bunch(1) {
        Time.sleep(0.02, tracer: .disabled)
        started.value = true
        try trigger()
    }
    let result = try block()
    #expect(started.value, "the blocking call appeared not to block", sourceLocation: sourceLocation)
    try triggering.join(sourceLocation: sourceLocation)
    return result
}

@Suite("CPython test_queue: QueueTest, LifoQueueTest, PriorityQueueTest")
struct QueueConformance {
    /// CPython's `basic_queue_test`.
    private func basicQueueTest(_ queue: any ConformanceQueue, kind: QueueKind) throws {
        #expect(queue.qsize() == 0)
        #expect(queue.empty())
        #expect(!queue.full())
        for item in [111, 333, 222] { try queue.put(item, block: true, timeout: nil) }
        let order = try (0..<3).map { _ in try queue.get(block: true, timeout: nil) }
        #expect(order == kind.order)
        for item in 0..<(queueSize - 1) {
            try queue.put(item, block: true, timeout: nil)
            #expect(queue.qsize() != 0)
        }
        #expect(!queue.full())
        let last = 2 * queueSize
        let full = 3 * 2 * queueSize
        try queue.put(last, block: true, timeout: nil)
        #expect(queue.full())
        #expect(!queue.empty())
        #expect(throws: QueueFull.self) { try queue.put(full, block: false, timeout: nil) }
        #expect(throws: QueueFull.self) { try queue.put(full, block: true, timeout: 0.01) }
        try expectBlocks(
            { try queue.put(full, block: true, timeout: nil) },
            until: { _ = try queue.get(block: true, timeout: 60) })
        try expectBlocks(
            { try queue.put(full, block: true, timeout: 10) },
            until: { _ = try queue.get(block: true, timeout: 60) })
        for _ in 0..<queueSize { _ = try queue.get(block: true, timeout: nil) }
        #expect(queue.qsize() == 0)
        #expect(throws: QueueEmpty.self) { try queue.get(block: false, timeout: nil) }
        #expect(throws: QueueEmpty.self) { try queue.get(block: true, timeout: 0.01) }
        _ = try expectBlocks(
            { try queue.get(block: true, timeout: nil) },
            until: { try queue.put(-1, block: true, timeout: 60) })
        _ = try expectBlocks(
            { try queue.get(block: true, timeout: 10) },
            until: { try queue.put(-1, block: true, timeout: 60) })
    }

    /// CPython's `queue_join_test`: two workers sum 0..<100; join returns only after every
    /// task_done, and a second join works too.
    private func queueJoinTest(_ queue: any ConformanceQueue) throws {
        let total = Counter()
        let workers = try Bunch(2) {
            while true {
                let item = try queue.get(block: true, timeout: 60)
                if item < 0 {
                    try queue.taskDone()
                    return
                }
                for _ in 0..<item { total.increment() }
                try queue.taskDone()
            }
        }
        for item in 0..<100 { try queue.put(item, block: true, timeout: nil) }
        #expect(queue.join(timeout: 60))
        #expect(total.value == (0..<100).reduce(0, +))
        for _ in 0..<2 { try queue.put(-1, block: true, timeout: nil) }
        #expect(queue.join(timeout: 60))
        try workers.join()
    }

    @Test(
        "test_queue.BaseQueueTestMixin.test_queue_task_done: task_done on a fresh queue raises ValueError",
        arguments: QueueKind.allCases)
    func queueTaskDone(kind: QueueKind) {
        #expect(throws: QueueValueError.taskDoneTooManyTimes) { try kind.make().taskDone() }
    }

    @Test(
        "test_queue.BaseQueueTestMixin.test_queue_join: join waits for every task_done, twice over, and an extra task_done raises ValueError",
        arguments: QueueKind.allCases)
    func queueJoin(kind: QueueKind) throws {
        let queue = kind.make()
        try queueJoinTest(queue)
        try queueJoinTest(queue)
        #expect(throws: QueueValueError.taskDoneTooManyTimes) { try queue.taskDone() }
    }

    @Test(
        "test_queue.BaseQueueTestMixin.test_basic: order, sizes, Full and Empty, and blocking put and get, twice on one queue",
        arguments: QueueKind.allCases)
    func basic(kind: QueueKind) throws {
        let queue = kind.make(maxsize: queueSize)
        try basicQueueTest(queue, kind: kind)
        try basicQueueTest(queue, kind: kind)
    }

    @Test(
        "test_queue.BaseQueueTestMixin.test_negative_timeout_raises_exception: a negative timeout raises ValueError",
        arguments: QueueKind.allCases)
    func negativeTimeout(kind: QueueKind) {
        let queue = kind.make(maxsize: queueSize)
        #expect(throws: QueueValueError.self) { try queue.put(1, block: true, timeout: -1) }
        #expect(throws: QueueValueError.self) { try queue.get(block: true, timeout: -1) }
    }

    @Test(
        "test_queue.BaseQueueTestMixin.test_nowait: put_nowait raises Full at maxsize and get_nowait raises Empty when drained",
        arguments: QueueKind.allCases)
    func nowait(kind: QueueKind) throws {
        let queue = kind.make(maxsize: queueSize)
        for _ in 0..<queueSize { try queue.putNowait(1) }
        #expect(throws: QueueFull.self) { try queue.putNowait(1) }
        for _ in 0..<queueSize { _ = try queue.getNowait() }
        #expect(throws: QueueEmpty.self) { try queue.getNowait() }
    }
}
