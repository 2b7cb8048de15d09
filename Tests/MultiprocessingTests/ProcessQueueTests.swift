import Multiprocessing
import TestSupport
import Testing
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#endif

struct QueueTraffic: Codable, Sendable {
    var producers: Int
    var consumers: Int
    var itemsPerProducer: Int
}

/// Producers and consumers, each a process, moving unique items through one queue; consumers
/// hand back everything they got.
struct QueueManyToMany: HostedProgram {
    static func main(_ traffic: QueueTraffic) throws -> [Int] {
        let queue = try ProcessQueue<Int>(maxsize: 1000)
        let received = try ProcessQueue<[Int]>(bufferBytes: 16 << 20)
        let producers = (0..<traffic.producers).map { producer in
            Process(name: "producer-\(producer)") {
                for index in 0..<traffic.itemsPerProducer {
                    try queue.put(producer * 1_000_000 + index, timeout: 60)
                }
            }
        }
        let consumers = (0..<traffic.consumers).map { consumer in
            Process(name: "consumer-\(consumer)") {
                var got: [Int] = []
                while true {
                    let item = try queue.get(timeout: 60)
                    if item < 0 { break }
                    got.append(item)
                }
                try received.put(got, timeout: 60)
            }
        }
        for process in producers + consumers { try process.start() }
        for producer in producers { try producer.join(timeout: 120) }
        for _ in consumers { try queue.put(-1, timeout: 60) }
        var all: [Int] = []
        for _ in consumers { all += try received.get(timeout: 120) }
        for consumer in consumers { try consumer.join(timeout: 60) }
        guard (producers + consumers).allSatisfy({ $0.exitCode == 0 }) else {
            throw ValueError(
                "a producer or consumer failed: \((producers + consumers).compactMap(\.failure))")
        }
        return all
    }
}

@Suite("ProcessQueue", .forksProcesses)
struct ProcessQueueTests {
    @Test("4 producer and 4 consumer processes move 100,000 items with none lost or duplicated")
    func manyToMany() throws {
        let traffic = QueueTraffic(producers: 4, consumers: 4, itemsPerProducer: 25_000)
        let received = try runHosted(QueueManyToMany.self, traffic)
        let expected = (0..<4).flatMap { producer in (0..<25_000).map { producer * 1_000_000 + $0 } }
        #expect(received.count == expected.count)
        #expect(received.sorted() == expected)
    }

    @Test("a queue of one item hands 20,000 items across in order, each side waking the other")
    func lockstepThroughOneSlot() throws {
        // With room for one item, nearly every put waits for a get and every get for a put, so
        // each side's sleep and the other side's wake-up (under different locks) run thousands
        // of times; a lost wake-up would hang here until the timeout.
        let queue = try ProcessQueue<Int>(maxsize: 1)
        let count = 20_000
        let producer = Threading.Thread(name: "producer") {
            for item in 0..<count { try queue.put(item, timeout: 60) }
        }
        try producer.start()
        var received: [Int] = []
        for _ in 0..<count { received.append(try queue.get(timeout: 60)) }
        try producer.join(timeout: 60)
        #expect(received == Array(0..<count))
        #expect(queue.empty() && queue.qsize() == 0)
    }

    @Test("put and get in order, qsize, empty and full")
    func basics() throws {
        let queue = try ProcessQueue<String>(maxsize: 2)
        #expect(queue.empty())
        try queue.put("first")
        try queue.put("second")
        #expect(queue.qsize() == 2)
        #expect(queue.full())
        #expect(throws: QueueFull.self) { try queue.put("third", block: false) }
        #expect(throws: QueueFull.self) { try queue.put("third", timeout: 0.01) }
        #expect(try queue.get() == "first")
        #expect(try queue.getNowait() == "second")
        #expect(throws: QueueEmpty.self) { try queue.get(block: false) }
        #expect(throws: QueueEmpty.self) { try queue.get(timeout: 0.01) }
    }

    @Test("plain structs travel byte for byte and come back equal")
    func plainStructs() throws {
        let queue = try ProcessQueue<QueuePoint>(bufferBytes: 100)
        for index in 0..<20 {
            let point = QueuePoint(x: Double(index) / 3, y: -index, flag: index.isMultiple(of: 2))
            try queue.put(point, block: false)
            #expect(try queue.get(block: false) == point)
        }
    }

    @Test("items wrap around the end of the buffer intact")
    func wrapAround() throws {
        let queue = try ProcessQueue<String>(bufferBytes: 100)
        for round in 0..<50 {
            let item = String(repeating: Character(UnicodeScalar(65 + round % 26)!), count: 10 + round % 30)
            try queue.put(item, block: false)
            #expect(try queue.get(block: false) == item)
        }
    }

    @Test("close stops this process's use; oversized items are refused")
    func closeAndOversize() throws {
        let queue = try ProcessQueue<[UInt8]>(bufferBytes: 64)
        let error = #expect(throws: ValueError.self) { try queue.put(Array(repeating: 1, count: 100)) }
        #expect(error?.message.contains("does not fit") == true)
        queue.close()
        #expect(throws: ValueError("Queue is closed")) { try queue.put([1]) }
        #expect(throws: ValueError("Queue is closed")) { _ = try queue.get(block: false) }
    }

    @Test("a get blocked on an empty queue is woken by a put from another thread, and traced")
    func blockingGetIsTraced() throws {
        let recorder = TraceRecorder()
        let queue = try ProcessQueue<Int>(name: "jobs", tracer: Tracer(recorder))
        let consumerActor = recorder.nextActorID()
        let got = ResultBox<Int>()
        let consumer = Threading.Thread(name: "consumer") {
            TraceContext.setCurrentActor(consumerActor)
            got.set(try queue.get(timeout: 60))
        }
        try consumer.start()
        // The consumer announces its wait in the trace before it sleeps: put only after that.
        while !recorder.events.contains(where: { $0.actor == consumerActor && $0.kind.isWaiting }) {
            usleep(1000)
        }
        try queue.put(42)
        try consumer.join(timeout: 60)
        #expect(got.value == 42)
        let kinds = recorder.events.filter { $0.actor == consumerActor }.map(\.kind)
        let resource = try #require(
            recorder.events.compactMap { event -> ResourceID? in
                if case .declareResource(let declared) = event.kind, declared.name == "jobs" {
                    return declared.id
                }
                return nil
            }.first)
        #expect(
            kinds == [
                .transition(.waiting(.queue(resource, .empty))), .transition(.running),
                .operation(resource, .get(item: "42")),
            ])
    }
}

struct QueuePoint: Codable, Sendable, Equatable {
    var x: Double
    var y: Int
    var flag: Bool
}

/// A value set by one thread and read by another.
final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let lock = Threading.Lock()
    private var stored: Value?

    func set(_ value: Value) {
        lock.withLock { stored = value }
    }

    var value: Value? { lock.withLock { stored } }
}

extension TraceEvent.Kind {
    var isWaiting: Bool {
        if case .transition(.waiting) = self { return true }
        return false
    }
}
