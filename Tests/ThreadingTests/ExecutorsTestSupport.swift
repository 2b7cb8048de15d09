import Testing
import Trace

@testable import Threading

#if canImport(Glibc)
import Glibc
#endif

/// A one-shot gate for ordering threads in executor tests, built on the module's pthread types.
final class ExecutorsLatch: @unchecked Sendable {
    // `isOpen` is guarded by `mutex`.
    private let mutex = PthreadMutex()
    private let condition = PthreadCondition()
    private var isOpen = false

    func open() {
        mutex.lock()
        isOpen = true
        condition.broadcast()
        mutex.unlock()
    }

    /// Waits for `open()`; the limit only turns a broken test into a failure instead of a hang.
    @discardableResult
    func wait(limit: Double = 10) -> Bool {
        let deadline = Deadline.after(seconds: limit)!
        mutex.lock()
        defer { mutex.unlock() }
        while !isOpen && condition.wait(mutex, until: deadline) {}
        return isOpen
    }
}

/// A thread-safe list that tasks append to, to observe the order things happened in.
final class ExecutorsLog<Element: Sendable>: @unchecked Sendable {
    // `storage` is guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var storage: [Element] = []

    func append(_ element: Element) {
        mutex.withLock { storage.append(element) }
    }

    var elements: [Element] {
        mutex.withLock { storage }
    }
}

struct ExecutorsTestError: Error, Equatable {
    let value: Int
}

/// Polls `condition` until it holds (yielding the CPU in between), for states another thread
/// reaches eventually; gives up after 10 s so a broken test fails instead of hanging.
func executorsEventually(_ condition: () -> Bool) -> Bool {
    let deadline = Deadline.after(seconds: 10)!
    while !condition() {
        if deadline.hasPassed { return false }
        sched_yield()
    }
    return true
}

/// Runs `body` on a fresh thread registered as the traced actor `name`, so the test runner's
/// pooled threads keep no actor identity; returns the actor.
func executorsRunAsActor(
    _ name: String, recorder: TraceRecorder, _ body: @escaping @Sendable () throws -> Void
) throws -> ActorID {
    let actor = recorder.nextActorID()
    recorder.record(actor: actor, kind: .declareActor(TraceActor(id: actor, kind: .thread, name: name)))
    let failure = ExecutorsLog<String>()
    let thread = try NativeThread.spawn(name: name) {
        TraceContext.setCurrentActor(actor)
        do {
            try body()
        } catch {
            failure.append(String(describing: error))
        }
    }
    thread.join()
    #expect(failure.elements.isEmpty)
    return actor
}
