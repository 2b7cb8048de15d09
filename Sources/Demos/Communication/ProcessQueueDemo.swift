import Multiprocessing
import Threading

/// Lesson 03: producers and consumers in separate processes share one bounded `mp.Queue`.
/// Every item put is got exactly once, a full queue makes producers wait, and each consumer
/// stops at the sentinel the main process puts after the producers are done.
public enum ProcessQueueDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "process-queue",
        parameters: [producers, consumers, items, capacity],
        results: [
            DemoResultSpec("produced"),
            DemoResultSpec("consumed"),
            DemoResultSpec("lost", values: .count),
            DemoResultSpec("max_in_queue"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let producers: DemoParameterKey<Int> = .integer(
        "producers", 1...6, default: 2)
    static let consumers: DemoParameterKey<Int> = .integer(
        "consumers", 1...6, default: 2)
    static let items: DemoParameterKey<Int> = .integer(
        "items", 1...100_000, default: 6)
    static let capacity: DemoParameterKey<Int> = .integer(
        "capacity", 1...64, default: 3)

    /// Items each producer and consumer shows slowly and traced before the rest run at full speed.
    static let watchedRounds = 6
    /// Seconds a blocking call may wait beyond the time limit before the demo gives up on it.
    static let grace = 2.0

    public static func run(_ run: DemoRun) throws {
        let producers = run[Self.producers]
        let consumers = run[Self.consumers]
        let items = run[Self.items]
        let capacity = run[Self.capacity]
        let queue = try ProcessQueue<Job>(maxsize: capacity, name: "q", tracer: run.detailTracer)
        // One slot per process, each written only by its owner, so no lock is needed: counts and
        // sums tell the parent what the children did, and cover work cut short by the time limit.
        let put = try SharedArray<Int64>(repeating: 0, count: producers, lock: false, tracer: .disabled)
        let putSum = try SharedArray<Int64>(repeating: 0, count: producers, lock: false, tracer: .disabled)
        let highWater = try SharedArray<Int64>(repeating: 0, count: producers, lock: false, tracer: .disabled)
        let got = try SharedArray<Int64>(repeating: 0, count: consumers, lock: false, tracer: .disabled)
        let gotSum = try SharedArray<Int64>(repeating: 0, count: consumers, lock: false, tracer: .disabled)
        run.note(
            descriptor.text(
                "note.plan",
                [
                    "capacity": "\(capacity)", "producers": "\(producers)", "items": "\(items)",
                    "consumers": "\(consumers)",
                ]))

        let consumerProcesses = (1...consumers).map { number in
            Process(name: "consumer-\(number)") {
                try consume(queue, run: run, number: number, got: got, gotSum: gotSum)
            }
        }
        let producerProcesses = (1...producers).map { number in
            Process(name: "producer-\(number)") {
                try produce(
                    queue, run: run, number: number, items: items, put: put, putSum: putSum,
                    highWater: highWater)
            }
        }
        for process in consumerProcesses + producerProcesses { try process.start() }
        for process in producerProcesses { try reap(process, run: run) }

        run.note(descriptor.text("note.sentinels"))
        for _ in 0..<consumers {
            // A consumer that already gave up leaves the queue full; the sentinel is then useless.
            do { try queue.put(.stop, timeout: run.remaining(plus: grace)) } catch is QueueFull { break }
        }
        for process in consumerProcesses { try reap(process, run: run) }

        let produced = put.toArray().reduce(0, +)
        let consumed = got.toArray().reduce(0, +)
        if produced < Int64(producers * items) {
            run.stopEarly(
                because: descriptor.text(
                    "stop.items", ["done": "\(produced)", "all": "\(producers * items)"]))
        }
        if putSum.toArray().reduce(0, +) != gotSum.toArray().reduce(0, +) {
            run.note(descriptor.text("note.mismatch"))
        }
        run.report("produced", produced)
        run.report("consumed", consumed)
        run.report("lost", produced - consumed)
        run.report("max_in_queue", highWater.toArray().max() ?? 0)
    }

    /// A producer: puts its items, slowly at first, noting how full the queue is after each put.
    private static func produce(
        _ queue: ProcessQueue<Job>, run: DemoRun, number: Int, items: Int,
        put: SharedArray<Int64>, putSum: SharedArray<Int64>, highWater: SharedArray<Int64>
    ) throws {
        var sum: Int64 = 0
        var highest = 0
        for index in 1...items {
            if index == watchedRounds + 1 {
                run.detail?.close()
                run.note(
                    descriptor.text(
                        "note.producer-full-speed",
                        ["number": "\(number)", "puts": "\(items - watchedRounds)"]))
            }
            if run.isOverTime { break }
            let job = Job.item(producer: number, index: index)
            do {
                try queue.put(job, timeout: run.remaining(plus: grace))
            } catch is QueueFull {
                break
            }
            highest = max(highest, queue.qsize())
            sum += job.checksum
            put[number - 1] = Int64(index)
            putSum[number - 1] = sum
            highWater[number - 1] = Int64(highest)
            if index <= watchedRounds { run.pause(0.4) }
        }
    }

    /// A consumer: gets items until the sentinel, more slowly than the producers put them at
    /// first, so the queue fills and producers are seen waiting.
    private static func consume(
        _ queue: ProcessQueue<Job>, run: DemoRun, number: Int, got: SharedArray<Int64>,
        gotSum: SharedArray<Int64>
    ) throws {
        var count: Int64 = 0
        var sum: Int64 = 0
        while true {
            let job: Job
            do {
                job = try queue.get(timeout: run.remaining(plus: grace))
            } catch is QueueEmpty {
                return
            }
            guard case .item = job else { return }
            count += 1
            sum += job.checksum
            got[number - 1] = count
            gotSum[number - 1] = sum
            if count == watchedRounds {
                run.detail?.close()
                run.note(descriptor.text("note.consumer-full-speed", ["number": "\(number)"]))
            }
            if count <= watchedRounds { run.pause(0.7) }
        }
    }

    /// Joins `process`, terminating it if it is still stuck once the time limit and grace are over.
    private static func reap(_ process: Process, run: DemoRun) throws {
        guard try !process.join(timeout: run.remaining(plus: grace)) else { return }
        process.terminate()
        try process.join(timeout: grace)
    }
}

extension ProcessQueueDemo {
    /// What travels on the queue: an item, or the sentinel (Python's `None`) that tells one
    /// consumer to stop.
    enum Job: Codable, CustomStringConvertible {
        /// The `index`-th item of producer number `producer`.
        case item(producer: Int, index: Int)
        /// The sentinel.
        case stop

        /// `p1#3` for an item, `None` for the sentinel, as the stage shows them.
        var description: String {
            switch self {
            case .item(let producer, let index): "p\(producer)#\(index)"
            case .stop: "None"
            }
        }

        /// A number that differs between items, so sums in and out reveal a changed item.
        var checksum: Int64 {
            switch self {
            case .item(let producer, let index): Int64(producer) << 32 + Int64(index)
            case .stop: 0
            }
        }
    }
}
