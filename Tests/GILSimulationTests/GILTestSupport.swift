import Trace

@testable import GILSimulation
@testable import Threading

/// A one-shot latch for ordering test threads, built on the module's own pthread wrappers so
/// GIL tests do not depend on other primitives of the module.
final class GILTestLatch: @unchecked Sendable {
    // `isOpen` is guarded by `mutex`.
    private let mutex = PthreadMutex()
    private let condition = PthreadCondition()
    private var isOpen = false

    func open() {
        mutex.withLock {
            isOpen = true
            condition.broadcast()
        }
    }

    /// Waits until opened; false if `timeout` seconds (an upper bound only) pass first.
    func wait(timeout: Double = 10) -> Bool {
        let deadline = Deadline.after(seconds: timeout)!
        return mutex.withLock {
            while !isOpen {
                if !condition.wait(mutex, until: deadline) { return isOpen }
            }
            return true
        }
    }
}

/// A value that test threads share; plain, so only the GIL protects it.
final class GILTestBox<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// Runs each body on its own native thread, acting as a freshly declared trace actor when a
/// recorder is given, and waits for all of them.
func runGILTestThreads(
    recorder: TraceRecorder? = nil, names: [String], _ bodies: [@Sendable () -> Void]
) throws {
    let threads = try zip(names, bodies).map { name, body in
        let actor = recorder?.nextActorID() ?? .unassigned
        recorder?.record(
            actor: actor, kind: .declareActor(TraceActor(id: actor, kind: .thread, name: name)))
        return try NativeThread.spawn(name: name) {
            TraceContext.setCurrentActor(actor)
            recorder?.record(actor: actor, kind: .transition(.running))
            body()
        }
    }
    for thread in threads {
        thread.join()
    }
}
