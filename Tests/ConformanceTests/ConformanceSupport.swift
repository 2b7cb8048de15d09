import Foundation
import Multiprocessing
import TestSupport
import Testing
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's `lock_tests.Bunch`: `count` threads running `body` at once. `finished` counts the
/// bodies that have returned, as Bunch's `finished` list does.
struct Bunch {
    let threads: [Threading.Thread]
    let finished: Counter

    init(_ count: Int, tracer: Tracer = .disabled, _ body: @escaping @Sendable () throws -> Void) throws {
        let finished = Counter()
        self.finished = finished
        threads = (0..<count).map { _ in
            Threading.Thread(tracer: tracer) {
                try body()
                finished.increment()
            }
        }
        for thread in threads { try thread.start() }
    }

    /// Joins every thread, each within a minute (a hang fails the test instead of stalling the
    /// suite); each must have ended without an error.
    func join(sourceLocation: SourceLocation = #_sourceLocation) throws {
        for thread in threads {
            try thread.join(timeout: 60)
            #expect(!thread.isAlive, "a thread of the bunch is still running", sourceLocation: sourceLocation)
            #expect(
                thread.error == nil, "a thread of the bunch threw \(thread.error!)",
                sourceLocation: sourceLocation)
        }
    }
}

/// Whether every thread of `bunch` has reported `state` to `fixture`: how a test knows the
/// threads are asleep in a wait rather than on their way to it.
func allReported(_ bunch: Bunch, _ state: ActorState, to fixture: TraceFixture) -> Bool {
    bunch.threads.allSatisfy { fixture.hasReported($0.actor, state) }
}

/// Runs `body` on one thread of its own and joins it, as CPython's `Bunch(f, 1)` does.
func onOtherThread<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) throws -> Result? {
    let box = GuardedBox<Result?>(nil)
    try Bunch(1) { box.value = try body() }.join()
    return box.value
}

/// CPython's `wait_threads_blocked`: gives threads a moment to reach their blocking call. It only
/// makes a check that nothing finished more telling; no outcome depends on its length.
func letThreadsBlock() {
    usleep(20_000)
}

/// The seconds `body` took, for CPython's lower-bound checks on timeouts.
func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let taken = clock.now - start
    return Double(taken.components.seconds) + Double(taken.components.attoseconds) / 1e18
}

/// CPython's `assertTimeout` without its upper bound: a wait of `expected` seconds that timed out
/// took at least 60% of it (CPython's tolerance for coarse clocks).
func expectWaited(
    _ actual: Double, atLeast expected: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual >= expected * 0.6, "waited \(actual) s for a \(expected) s timeout",
        sourceLocation: sourceLocation)
}

/// Runs a hosted program (forked by the fork server, so the test process may run threads) and
/// returns its output, never waiting longer than a minute.
func runHosted<Program: HostedProgram>(_ program: Program.Type, _ arguments: Program.Arguments) throws
    -> Program.Output
{
    let process = try HostedProcess(program, arguments: arguments, output: .capture, tracer: .disabled)
    guard try process.join(timeout: 60) else {
        process.kill()
        try process.join(timeout: 60)
        Issue.record("\(program) did not finish within a minute; output: \(process.output)")
        throw HostedProgramError.stillRunning
    }
    return try process.result()
}

/// Whether running `body` threw an error of type `E`, for reports a hosted program sends back.
func throwsError<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> Bool {
    do {
        try body()
        return false
    } catch {
        return error is E
    }
}

/// Python's `weakref.ref`: refers to an object without keeping it alive.
final class WeakReference {
    weak var object: AnyObject?

    init(_ object: AnyObject?) {
        self.object = object
    }
}

/// A count that threads add to.
final class Counter: Sendable {
    private let count = GuardedBox(0)

    func increment() {
        count.withLock { $0 += 1 }
    }

    var value: Int { count.value }
}

/// A list that threads append to, each append whole (setting `value` of a `Shared` array
/// would lose appends made at the same moment).
final class SharedList<Element>: Sendable {
    private let items = GuardedBox<[Element]>([])

    func append(_ item: Element) {
        items.withLock { $0.append(item) }
    }

    var values: [Element] { items.value }

    func removeAll() {
        items.value = []
    }
}

/// The checks a hosted program makes, sent back as the descriptions of those that failed: the
/// test then expects an empty list, and a failure names what went wrong in the child.
struct Checks {
    private(set) var failures: [String] = []

    mutating func check(_ holds: Bool, _ what: String) {
        if !holds { failures.append(what) }
    }

    /// CPython's `assertTimingAlmostEqual` for a timeout, without its upper bound.
    mutating func checkWaited(_ taken: Double, atLeast expected: Double, _ what: String) {
        check(taken >= expected * 0.6, "\(what): waited \(taken) s for a \(expected) s timeout")
    }
}
