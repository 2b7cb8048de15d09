import Synchronization
import Threading

/// Lesson 12: `BoundedSemaphore(5)` lets at most five of many workers into a section at once.
/// After the workers, one release too many: a bounded semaphore raises `ValueError`, a plain
/// one silently grows past its bound and would let one extra worker in from then on.
public enum SemaphorePoolDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "semaphore-pool",
        parameters: [workers, bound, bounded],
        results: [
            DemoResultSpec("max_inside"),
            DemoResultSpec("bound"),
            DemoResultSpec("over_release_raised", values: .yesNo),
            DemoResultSpec("value_after"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...16, default: 8)
    static let bound: DemoParameterKey<Int> = .integer(
        "bound", 1...8, default: 5)
    static let bounded: DemoParameterKey<Bool> = .flag(
        "bounded", default: true)

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
            descriptor.text(
                "note.plan", ["type": bounded ? "BoundedSemaphore" : "Semaphore", "bound": "\(bound)"]))

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

        run.note(descriptor.text("note.extra-release"))
        var raised = false
        do {
            try sem.release()
        } catch let error as ValueError {
            raised = true
            run.note(descriptor.text("note.raised", ["error": "\(error)"]))
        }
        if !raised {
            run.note(descriptor.text("note.not-raised", ["value": "\(sem.value)", "bound": "\(bound)"]))
        }
        run.report("max_inside", mostInside.load(ordering: .relaxed))
        run.report("bound", bound)
        run.report("over_release_raised", raised ? "yes" : "no")
        run.report("value_after", sem.value)
    }
}
