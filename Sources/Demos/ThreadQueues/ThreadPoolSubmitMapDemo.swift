import Threading

/// Lesson 14: `executor.submit(fun, seed)` calls `fun` once, with the whole list;
/// `executor.map(fun, seed)` calls it once per item and yields the results in input order,
/// even when the first call finishes last; `as_completed` yields futures as they finish.
public enum ThreadPoolSubmitMapDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "thread-pool-submit-map",
        parameters: [items, workers],
        results: [
            DemoResultSpec("submit_calls"),
            DemoResultSpec("map_calls"),
            DemoResultSpec("map_order"),
            DemoResultSpec("completion_order"),
            DemoResultSpec("out_of_order"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let items: DemoParameterKey<Int> = .integer(
        "items", 2...12, default: 5)
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 2...8, default: 3)

    /// Seconds a blocking call may wait beyond the time limit before the demo gives up on it.
    static let grace = 2.0

    public static func run(_ run: DemoRun) throws {
        do {
            try runRounds(run)
        } catch is TimeoutError {
            // A result still missing after the time limit and its grace: stop with what was measured.
            run.stopEarly(
                because: descriptor.text(
                    "stop.result-late", ["seconds": "\(DemoValue.decimal(run.timeLimit))"]))
        }
    }

    /// The three rounds: submit with the whole list, map, then one submit per item with as_completed.
    private static func runRounds(_ run: DemoRun) throws {
        let items = run[Self.items]
        let workers = run[Self.workers]
        let seed = Array(1...items)
        let pace = run.pace
        run.note(descriptor.text("note.seed", ["seed": "\(seed)"]))

        run.note(descriptor.text("note.submit"))
        let whole = Fun(pace: pace, slowItem: 1, waitsFor: 0)
        try withExecutor(maxWorkers: workers) { executor in
            let future = try executor.submit { whole.call(seed) }
            _ = try future.result(timeout: pace.remaining(plus: grace))
        }
        run.report("submit_calls", whole.calls.count)
        if run.stopIfOverTime() { return }

        run.note(descriptor.text("note.map"))
        let each = Fun(pace: pace, slowItem: 1, waitsFor: items - 1)
        let mapped = try withExecutor(maxWorkers: workers) { executor in
            try executor.map(
                { item in
                    let value = each.call(item)
                    if !each.isSlow(item) { each.arrive() }
                    return value
                }, seed, timeout: pace.remaining(plus: grace)
            ).collect()
        }
        run.note(
            descriptor.text(
                "note.map-order",
                [
                    "finished": each.finished.joined(separator: ", "),
                    "yielded": mapped.joined(separator: ", "),
                ]))
        run.report("map_calls", each.calls.count)
        run.report("map_order", mapped.joined(separator: ","))
        if run.stopIfOverTime() { return }

        run.note(descriptor.text("note.as-completed"))
        // fun(1) also waits for the main thread to be in as_completed, so that it cannot finish
        // before as_completed looks, which would then yield the futures already done in any order.
        let single = Fun(pace: pace, slowItem: 1, waitsFor: items)
        let completed = try withExecutor(maxWorkers: workers) { executor in
            let futures = try seed.map { item in try executor.submit { single.call(item) } }
            for (item, future) in zip(seed, futures) where !single.isSlow(item) {
                future.addDoneCallback { _ in single.arrive() }
            }
            let finished = asCompleted(futures, timeout: pace.remaining(plus: grace))
            single.arrive()
            var order: [String] = []
            while let future = try finished.next() {
                let value = try future.result(timeout: 0)
                run.note(descriptor.text("note.yields", ["value": "\(value)"]))
                order.append(value)
            }
            return order
        }
        run.report("completion_order", completed.joined(separator: ","))
        run.report("out_of_order", completed == seed.map(String.init) ? "no" : "yes")
        run.stopIfOverTime()
    }
}

extension ThreadPoolSubmitMapDemo {
    /// The function handed to the executor, Python's `def fun(x)`: it records each call and its
    /// argument. Its call with `slowItem` stands for a slow download: it returns only after
    /// ``arrive()`` was called `waitsFor` times (by the other calls' completions), so it
    /// finishes last at any speed.
    final class Fun: Sendable {
        private let log = PthreadLocked(Log())
        private let othersDone: Event
        private let slowItem: Int
        private let waitsFor: Int
        private let pace: ThreadPace

        /// The calls made, the calls returned, and the arrivals counted so far.
        struct Log {
            var calls: [String] = []
            var finished: [String] = []
            var arrivals = 0
        }

        /// A function whose call with `slowItem` waits for `waitsFor` arrivals.
        init(pace: ThreadPace, slowItem: Int, waitsFor: Int) {
            self.pace = pace
            self.slowItem = slowItem
            self.waitsFor = waitsFor
            othersDone = Event(name: "fun(\(slowItem)) may return")
        }

        /// Each call's argument as Python prints it: `fun([1, 2, 3])`, `fun(2)`.
        var calls: [String] { log.withLock { $0.calls } }

        /// The arguments of the calls that have returned, in the order they returned.
        var finished: [String] { log.withLock { $0.finished } }

        /// Whether `argument` is the slow one.
        func isSlow(_ argument: some Any) -> Bool {
            (argument as? Int) == slowItem && waitsFor > 0
        }

        /// `fun(x)`: returns `str(x)` after a pause; the slow item waits for its arrivals instead.
        func call<Argument: CustomStringConvertible>(_ argument: Argument) -> String {
            let text = argument.description
            log.withLock { $0.calls.append("fun(\(text))") }
            pace.note(ThreadPoolSubmitMapDemo.descriptor.text("note.called", ["argument": text]))
            if isSlow(argument) {
                othersDone.wait(timeout: pace.remaining(plus: ThreadPoolSubmitMapDemo.grace))
            } else {
                pace.pause(0.9)
            }
            log.withLock { $0.finished.append(text) }
            pace.note(ThreadPoolSubmitMapDemo.descriptor.text("note.returns", ["argument": text]))
            return text
        }

        /// Counts one thing the slow call waits for, and lets it return after the last one.
        func arrive() {
            let last = log.withLock { log in
                log.arrivals += 1
                return log.arrivals == waitsFor
            }
            if last { othersDone.set() }
        }
    }
}
