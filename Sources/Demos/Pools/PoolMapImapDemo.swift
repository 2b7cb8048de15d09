import Multiprocessing
import Threading

/// Lesson 07: `pool.map(f, items)` against `pool.imap(f, items)` on calls that take different
/// times. `map` returns one list, so the parent sees nothing until the slowest call is done;
/// `imap` returns an iterator whose `next()` hands out each output as soon as it and every one
/// before it are done. With `unordered=on` the second pass uses `imap_unordered`, which hands
/// them out in the order they finish.
public enum PoolMapImapDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "pool-map-imap",
        parameters: [workers, tasks, taskSeconds, unordered],
        results: [
            DemoResultSpec("map_first_result_s"),
            DemoResultSpec("map_all_s"),
            DemoResultSpec("imap_first_result_s"),
            DemoResultSpec("imap_all_s"),
            DemoResultSpec("imap_arrivals"),
            DemoResultSpec("imap_order"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...8, default: 3)
    static let tasks: DemoParameterKey<Int> = .integer(
        "tasks", 1...12, default: 6)
    static let taskSeconds: DemoParameterKey<Double> = .decimal(
        "task_s", 0.05...2, default: 0.3)
    static let unordered: DemoParameterKey<Bool> = .flag(
        "unordered", default: false)

    /// How many time units f(i) works, by i % 3: short, long, middle, so that later items
    /// often finish before earlier ones.
    static let units = [1.0, 3.0, 2.0]

    public static func run(_ run: DemoRun) throws {
        let workers = run[Self.workers]
        let tasks = run[Self.tasks]
        let unit = run[Self.taskSeconds]
        let unordered = run[Self.unordered]
        let iteratorName = unordered ? "imap_unordered" : "imap"
        let pool = try ProcessPool<Int, Int>(processes: workers, name: "pool") { item in
            // Capped by the time limit, because map() itself waits without one.
            let left = run.remaining
            if left > 0 { Time.sleep(min(unit * units[item % units.count], left)) }
            return item
        }
        let items = Array(0..<tasks)
        run.note(
            descriptor.text(
                "note.pool",
                [
                    "workers": "\(workers)", "first": seconds(unit), "second": seconds(3 * unit),
                    "third": seconds(2 * unit),
                ]))
        run.pause(0.8)

        run.note(descriptor.text("note.map", ["tasks": "\(tasks)"]))
        let mapStarted = run.elapsed
        let mapped = try pool.map(items)
        let mapAll = run.elapsed - mapStarted
        run.note(descriptor.text("note.map-returned", ["list": list(mapped), "seconds": seconds(mapAll)]))
        if run.stopIfOverTime() {
            report(mapAll: mapAll, run)
            finish(pool, run)
            return
        }
        run.pause(1)

        run.note(descriptor.text("note.iterate", ["method": iteratorName, "tasks": "\(tasks)"]))
        let iterator = unordered ? try pool.imapUnordered(items) : try pool.imap(items)
        let imapStarted = run.elapsed
        var arrivals: [Double] = []
        var order: [Int] = []
        while !run.stopIfOverTime() {
            // The workers cap their work at the time limit, so the timeout only guards against a stall.
            guard let output = try iterator.next(timeout: run.remaining(plus: 1)) else { break }
            let arrival = run.elapsed - imapStarted
            arrivals.append(arrival)
            order.append(output)
            run.note(
                descriptor.text("note.next-returned", ["item": "\(output)", "seconds": seconds(arrival)]))
        }
        report(mapAll: mapAll, run)
        if let first = arrivals.first, let last = arrivals.last {
            run.report("imap_first_result_s", rounded(first))
            run.report("imap_all_s", rounded(last))
            run.report(
                "imap_arrivals",
                arrivals.map { DemoValue.decimal(rounded($0)).description }.joined(separator: ","))
            run.report("imap_order", list(order))
        }
        finish(pool, run)
    }

    /// `map` hands over the whole list at once: its first result arrives with its last.
    private static func report(mapAll: Double, _ run: DemoRun) {
        run.report("map_first_result_s", rounded(mapAll))
        run.report("map_all_s", rounded(mapAll))
    }

    /// `pool.close(); pool.join()`, with a timeout; a pool that does not wind down is terminated.
    private static func finish(_ pool: ProcessPool<Int, Int>, _ run: DemoRun) {
        pool.close()
        if (try? pool.join(timeout: 5)) != true {
            run.stopEarly(because: descriptor.text("stop.workers-late"))
            pool.terminate()
        }
    }

    private static func list(_ items: [Int]) -> String {
        items.map(String.init).joined(separator: ",")
    }

    private static func seconds(_ value: Double) -> String {
        "\(DemoValue.decimal(rounded(value))) s"
    }

    /// Seconds to the hundredth, as the results show them.
    static func rounded(_ seconds: Double) -> Double {
        (seconds * 100).rounded() / 100
    }
}
