import Synchronization
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lesson 11: consumers wait on a `Condition` with `wait_for(predicate)` until an item is there;
/// the producer adds one item at a time and wakes one waiter (`notify`) or all (`notify_all`).
/// Every wake-up re-checks the predicate, so waking everyone costs checks but loses nothing.
public enum ConditionWaitForDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "condition-wait-for",
        parameters: [consumers, items, wake],
        results: [
            DemoResultSpec("items_consumed"),
            DemoResultSpec("each_once", values: .yesNo),
            DemoResultSpec("woken"),
            DemoResultSpec("spurious_checks"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let consumers: DemoParameterKey<Int> = .integer(
        "consumers", 1...6, default: 3)
    static let items: DemoParameterKey<Int> = .integer(
        "items", 1...20, default: 6)
    static let wake: DemoParameterKey<Wake> = .choice(
        "wake", default: .one)

    /// The words of `wake`.
    enum Wake: String, DemoChoice {
        case one
        case all
    }

    public static func run(_ run: DemoRun) throws {
        let consumers = run[Self.consumers]
        let items = run[Self.items]
        let wakeAll = run[Self.wake] == .all
        let pace = run.pace
        let cond = Condition(name: "cond")
        let shelf = Shelf(items: items)
        run.note(descriptor.text("note.consumer"))

        let threads = (1...consumers).map { number in
            Thread(name: "consumer-\(number)") {
                while let item = take(from: shelf, cond: cond, pace: pace) {
                    pace.note(descriptor.text("note.consuming", ["item": "\(item)"]))
                    shelf.consumed(item)
                    pace.pause(1.2)
                }
            }
        }
        for thread in threads { try thread.start() }
        pace.pause(0.8)
        run.note(descriptor.text("note.producer", ["consumers": "\(consumers)"]))
        // Wake-ups the producer has caused so far: it waits until every woken consumer has
        // looked at the shelf again before the next item, so none of them finds that item.
        var wakeUpsCaused = 0
        // The question is about items that find every consumer waiting; without this, at full
        // speed the items would pile up before anyone waits and nobody would wake for nothing.
        // Read without the lock (polling it would fill the stage): a consumer counts itself
        // under the lock and releases it only inside `wait`, so once the producer holds the
        // lock, every consumer counted is really waiting.
        let untilAllWait = { (caused: Int) in
            while !pace.isOverTime,
                shelf.idle.load(ordering: .acquiring) < consumers
                    || shelf.wakeUps.load(ordering: .acquiring) < caused
            {
                usleep(1_000) // untraced: a wait of the demo's own, not the producer's
            }
        }
        for _ in 0..<items {
            untilAllWait(wakeUpsCaused)
            if run.stopIfOverTime() { break }
            try cond.withLock {
                shelf.produce()
                wakeUpsCaused += wakeAll ? shelf.idle.load(ordering: .relaxed) : 1
                if wakeAll { try cond.notifyAll() } else { try cond.notify() }
            }
            pace.pause(0.6)
        }
        untilAllWait(wakeUpsCaused)
        try cond.withLock {
            shelf.close()
            try cond.notifyAll()
        }
        for thread in threads { try thread.join(timeout: pace.remaining(plus: 1)) }
        run.stopIfOverTime()

        let counts = shelf.counts
        run.report("items_consumed", counts.filter { $0 > 0 }.count)
        run.report("each_once", counts.allSatisfy { $0 == 1 } ? "yes" : "no")
        run.report("woken", shelf.wakeUps.load(ordering: .relaxed))
        run.report("spurious_checks", shelf.falseWakeUps.load(ordering: .relaxed))
    }

    /// One consumer's `with cond: cond.wait_for(...)` and take: the next item, or nil once the
    /// producer is done and the shelf is empty (or the time limit has passed).
    private static func take(from shelf: Shelf, cond: Condition, pace: ThreadPace) -> Int? {
        var checks = 0
        var waiting = false
        return try? cond.withLock { () throws -> Int? in
            _ = try cond.waitFor(
                {
                    checks += 1
                    let ready = shelf.hasItem || shelf.isClosed
                    // Counts the consumers that wait (checked under the lock, as the producer reads it).
                    if ready == waiting {
                        shelf.idle.add(ready ? -1 : 1, ordering: .releasing)
                        waiting = !ready
                    }
                    if checks > 1 {
                        shelf.wakeUps.add(1, ordering: .releasing)
                        if !ready { shelf.falseWakeUps.add(1, ordering: .relaxed) }
                    }
                    return ready
                }, timeout: max(pace.remaining, 0.001))
            return shelf.hasItem ? shelf.takeNext() : nil
        }
    }
}

/// The producer's items and what became of them. Every access happens with the condition's
/// lock held, which orders them; the atomics only make that visible to the compiler.
private final class Shelf: Sendable {
    private let produced = Atomic<Int>(0)
    private let taken = Atomic<Int>(0)
    private let closed = Atomic<Bool>(false)
    private let consumptions: PthreadLocked<[Int]>
    /// Times a consumer woke from `wait` and checked the predicate again.
    let wakeUps = Atomic<Int>(0)
    /// Of those, the ones that found the predicate false.
    let falseWakeUps = Atomic<Int>(0)
    /// Consumers waiting in `wait_for` now: their last check found the predicate false.
    let idle = Atomic<Int>(0)

    init(items: Int) {
        consumptions = PthreadLocked(Array(repeating: 0, count: items))
    }

    var hasItem: Bool { taken.load(ordering: .relaxed) < produced.load(ordering: .relaxed) }
    var isClosed: Bool { closed.load(ordering: .relaxed) }

    func produce() { produced.add(1, ordering: .relaxed) }
    func close() { closed.store(true, ordering: .relaxed) }

    /// The number of the next item (from 1), taken off the shelf.
    func takeNext() -> Int { taken.add(1, ordering: .relaxed).newValue }

    /// Counts one consumption of `item`.
    func consumed(_ item: Int) {
        consumptions.withLock { $0[item - 1] += 1 }
    }

    /// How many times each item was consumed.
    var counts: [Int] { consumptions.withLock { $0 } }
}
