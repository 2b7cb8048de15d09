import Threading

/// Lesson 13: producer and consumer threads share one bounded `queue.Queue(5)`. A put on the
/// full queue waits for a consumer to make room; each consumer calls `task_done()` after each
/// item, so the main thread's `q.join()` returns once every item was handled; then one `None`
/// per consumer stops them.
public enum ProducerConsumerDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "producer-consumer",
        parameters: [producers, consumers, items, capacity],
        results: [
            DemoResultSpec("produced"),
            DemoResultSpec("consumed"),
            DemoResultSpec("seen_once"),
            DemoResultSpec("producer_waits"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let producers: DemoParameterKey<Int> = .integer(
        "producers", 1...6, default: 2)
    static let consumers: DemoParameterKey<Int> = .integer(
        "consumers", 1...6, default: 2)
    static let items: DemoParameterKey<Int> = .integer(
        "items", 1...100_000, default: 6)
    static let capacity: DemoParameterKey<Int> = .integer(
        "capacity", 1...64, default: 5)

    /// Items each producer and consumer shows slowly and traced before the rest run at full speed.
    static let watchedRounds = 6
    /// Seconds a blocking call may wait beyond the time limit before the demo gives up on it.
    static let grace = 2.0

    public static func run(_ run: DemoRun) throws {
        let producers = run[Self.producers]
        let consumers = run[Self.consumers]
        let items = run[Self.items]
        let capacity = run[Self.capacity]
        let queue = Queue<Job>(maxsize: capacity, name: "q", tracer: run.detailTracer)
        // Opened by the first producer to find the queue full, or to finish: the consumers start
        // late on purpose, so that every run (even at full speed) shows producers blocked.
        let firstFull = Event(name: "queue first full")
        let tally = Tally()
        let pace = run.pace
        run.note(
            descriptor.text(
                "note.plan", ["capacity": "\(capacity)", "producers": "\(producers)", "items": "\(items)"]))

        let producerThreads = (1...producers).map { number in
            Thread(name: "producer-\(number)") {
                try produce(
                    queue, pace: pace, number: number, items: items, firstFull: firstFull, tally: tally)
            }
        }
        for thread in producerThreads { try thread.start() }
        firstFull.wait(timeout: pace.remaining(plus: grace))

        let consumerThreads = (1...consumers).map { number in
            Thread(name: "consumer-\(number)") {
                try consume(queue, pace: pace, number: number, tally: tally)
            }
        }
        for thread in consumerThreads { try thread.start() }
        for thread in producerThreads { try thread.join(timeout: pace.remaining(plus: grace)) }

        run.note(descriptor.text("note.join"))
        let allDone = queue.join(timeout: pace.remaining(plus: grace))
        run.note(descriptor.text("note.sentinels"))
        for _ in 0..<consumers {
            // A consumer that already gave up at the time limit leaves the queue full.
            do { try queue.put(.stop, timeout: pace.remaining(plus: grace)) } catch is QueueFull { break }
        }
        for thread in consumerThreads { try thread.join(timeout: pace.remaining(plus: grace)) }

        let counts = tally.snapshot()
        if counts.produced < producers * items || !allDone {
            run.stopEarly(
                because: descriptor.text(
                    "stop.items", ["done": "\(counts.produced)", "all": "\(producers * items)"]))
        }
        run.report("produced", counts.produced)
        run.report("consumed", counts.consumed)
        run.report("seen_once", counts.seenOnce)
        run.report("producer_waits", counts.waits)
    }

    /// A producer: tries `put_nowait` first, so a full queue is counted before the put waits.
    private static func produce(
        _ queue: Queue<Job>, pace: ThreadPace, number: Int, items: Int, firstFull: Event, tally: Tally
    ) throws {
        defer { open(firstFull) }
        for index in 1...items {
            if index == watchedRounds + 1 {
                pace.detail?.close()
                pace.note(
                    descriptor.text(
                        "note.producer-full-speed",
                        ["number": "\(number)", "puts": "\(items - watchedRounds)"]))
            }
            if pace.isOverTime { return }
            let job = Job.item(producer: number, index: index)
            do {
                try queue.putNowait(job)
            } catch is QueueFull {
                tally.countWait()
                open(firstFull)
                do {
                    try queue.put(job, timeout: pace.remaining(plus: grace))
                } catch is QueueFull {
                    return
                }
            }
            tally.countProduced()
            if index <= watchedRounds { pace.pause(0.3) }
        }
    }

    /// Sets the gate once, so the stage shows it opening once rather than at every full queue.
    private static func open(_ gate: Event) {
        if !gate.isSet { gate.set() }
    }

    /// A consumer: gets until the sentinel, calling `task_done()` for every item it handled.
    private static func consume(_ queue: Queue<Job>, pace: ThreadPace, number: Int, tally: Tally) throws {
        var handled = 0
        while true {
            let job: Job
            do {
                job = try queue.get(timeout: pace.remaining(plus: grace))
            } catch is QueueEmpty {
                return
            }
            guard case .item = job else {
                try queue.taskDone()
                return
            }
            handled += 1
            if handled <= watchedRounds { pace.pause(0.8) }
            tally.countConsumed(job)
            try queue.taskDone()
        }
    }
}

extension ProducerConsumerDemo {
    /// What travels on the queue: an item, or the sentinel (Python's `None`) that stops one consumer.
    enum Job: Sendable, Hashable, CustomStringConvertible {
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
    }

    /// What the threads did, counted under one lock so the main thread reads a consistent total.
    final class Tally: Sendable {
        private let state = PthreadLocked(Counts())

        /// The totals, and how many times each item came out.
        struct Counts {
            var produced = 0
            var waits = 0
            var seen: [Job: Int] = [:]

            var consumed: Int { seen.values.reduce(0, +) }
            var seenOnce: Int { seen.values.filter { $0 == 1 }.count }
        }

        func countProduced() { state.withLock { $0.produced += 1 } }
        func countWait() { state.withLock { $0.waits += 1 } }
        func countConsumed(_ job: Job) { state.withLock { $0.seen[job, default: 0] += 1 } }
        func snapshot() -> Counts { state.withLock { $0 } }
    }
}
