import Threading

/// Lesson 11: a thread takes the same lock again from inside a function that already holds it.
/// A plain `Lock` has no owner, so the second `acquire` waits for a release only the waiting
/// thread could make: a deadlock, which a timeout detects and the thread recovers from by giving
/// back what it holds. An `RLock` counts the levels instead and lets its owner in.
public enum RLockReentryDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "rlock-reentry",
        parameters: [kind, depth, timeout],
        results: [
            DemoResultSpec(
                "deadlocked",
                values: .yesNo),
            DemoResultSpec("depth"),
            DemoResultSpec("releases"),
            DemoResultSpec(
                "recovered",
                values: .yesNo),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let kind: DemoParameterKey<Kind> = .choice(
        "kind", default: .lock)
    static let depth: DemoParameterKey<Int> = .integer(
        "depth", 2...8, default: 3)
    static let timeout: DemoParameterKey<Double> = .decimal(
        "timeout", 0.1...10, default: 2)

    /// The words of `kind`.
    enum Kind: String, DemoChoice {
        case lock
        case rlock
    }

    public static func run(_ run: DemoRun) throws {
        let reentrant = run[Self.kind] == .rlock
        let levels = run[Self.depth]
        let timeout = run[Self.timeout]
        let pace = run.pace
        let lock = reentrant ? ReentryLock.reentrant(RLock(name: "rlock")) : .plain(Lock(name: "lock"))
        let outcome = PthreadLocked(ReentryOutcome())
        run.note(descriptor.text("note.plan", ["lock": lock.pythonName, "levels": "\(levels)"]))

        let worker = Thread(name: "worker") {
            var held = 0
            var report = ReentryOutcome()
            func enter(_ level: Int) {
                let patience = min(timeout, max(pace.remaining, 0.001))
                guard lock.acquire(timeout: patience) else {
                    report.deadlocked = true
                    pace.note(
                        descriptor.text(
                            "note.gave-up",
                            [
                                "level": "\(level)",
                                "seconds": "\(DemoValue.decimal((patience * 100).rounded() / 100))",
                            ]))
                    return
                }
                held += 1
                report.depth = max(report.depth, held)
                pace.pause(0.8)
                if level < levels { enter(level + 1) }
                if (try? lock.release()) != nil {
                    held -= 1
                    report.releases += 1
                }
                pace.pause(0.4)
            }
            enter(1)
            outcome.withLock { $0 = report }
        }
        try worker.start()
        try worker.join(timeout: pace.remaining(plus: timeout + 1))
        let finished = !worker.isAlive
        let free = lock.acquire(timeout: 0)
        if free { try lock.release() }
        run.stopIfOverTime()

        let report = outcome.withLock { $0 }
        let recovered = finished && free
        if report.deadlocked && recovered {
            run.note(descriptor.text("note.recovered"))
        }
        run.report("deadlocked", report.deadlocked ? "yes" : "no")
        run.report("depth", report.depth)
        run.report("releases", report.releases)
        run.report("recovered", recovered ? "yes" : "no")
    }
}

/// What the worker saw.
private struct ReentryOutcome: Sendable {
    var deadlocked = false
    var depth = 0
    var releases = 0
}

/// The two locks the demo compares, behind one `acquire`/`release`.
private enum ReentryLock: Sendable {
    case plain(Lock)
    case reentrant(RLock)

    var pythonName: String {
        switch self {
        case .plain: "lock"
        case .reentrant: "rlock"
        }
    }

    /// `acquire(timeout=...)`; a timeout of 0 means "do not wait".
    func acquire(timeout: Double) -> Bool {
        switch self {
        case .plain(let lock): lock.acquire(timeout: timeout)
        case .reentrant(let lock): lock.acquire(timeout: timeout)
        }
    }

    func release() throws {
        switch self {
        case .plain(let lock): try lock.release()
        case .reentrant(let lock): try lock.release()
        }
    }
}
