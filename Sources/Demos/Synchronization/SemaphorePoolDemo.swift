import Synchronization
import Threading

/// Lesson 12: `BoundedSemaphore(5)` lets at most five of many workers into a section at once.
/// After the workers, one release too many: a bounded semaphore raises `ValueError`, a plain
/// one silently grows past its bound and would let one extra worker in from then on.
public enum SemaphorePoolDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "semaphore-pool",
        summary:
            "a BoundedSemaphore admits at most `bound` workers at once, and raises when released too often",
        parameters: [workers, bound, bounded],
        results: [
            DemoResultSpec("max_inside", "most workers inside the `with sem:` block at the same time"),
            DemoResultSpec("bound", "the semaphore's initial value"),
            DemoResultSpec(
                "over_release_raised", "yes when the extra release() raised ValueError", values: .yesNo),
            DemoResultSpec("value_after", "the semaphore's value after the extra release"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...16, default: 8,
        "worker threads wanting in")
    static let bound: DemoParameterKey<Int> = .integer(
        "bound", 1...8, default: 5,
        "the semaphore's initial value: places inside")
    static let bounded: DemoParameterKey<Bool> = .flag(
        "bounded", default: true,
        "BoundedSemaphore (on) or plain Semaphore (off)")

    public static func run(_ run: DemoRun) throws {
        let workers = run[Self.workers]
        let bound = run[Self.bound]
        let bounded = run[Self.bounded]
        let pace = run.pace
        let sem: Semaphore =
            bounded
            ? try BoundedSemaphore(value: bound, name: "sem")
            : try Semaphore(value: bound, name: "sem")
        let inside = Atomic<Int>(0)
        let mostInside = Atomic<Int>(0)
        run.note(
            "each worker runs `with sem: work()`; sem = \(bounded ? "BoundedSemaphore" : "Semaphore")(\(bound))"
        )

        let threads = (1...workers).map { number in
            Thread(name: "worker-\(number)") {
                guard sem.acquire(timeout: max(pace.remaining, 0.001)) else { return }
                let now = inside.add(1, ordering: .relaxed).newValue
                mostInside.max(now, ordering: .relaxed)
                pace.pause(1.5)
                inside.subtract(1, ordering: .relaxed)
                try sem.release()
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join(timeout: pace.remaining(plus: 1)) }
        run.stopIfOverTime()

        run.note("every worker has released; now one sem.release() more than the acquires")
        var raised = false
        do {
            try sem.release()
        } catch let error as ValueError {
            raised = true
            run.note("sem.release() raised \(error)")
        }
        if !raised {
            run.note(
                "sem.release() raised nothing: the value is now \(sem.value), above the bound of \(bound)")
        }
        run.report("max_inside", mostInside.load(ordering: .relaxed))
        run.report("bound", bound)
        run.report("over_release_raised", raised ? "yes" : "no")
        run.report("value_after", sem.value)
    }
}
