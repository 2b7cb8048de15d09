import Trace

@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared by test threads, guarded by its own mutex.
final class QueueTestBox<Value>: @unchecked Sendable {
    // `stored` is guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        mutex.withLock { stored }
    }

    func update(_ body: (inout Value) -> Void) {
        mutex.withLock { body(&stored) }
    }
}

/// A traced scenario: a recorder, a declared main actor for the test's own thread, and
/// helpers to start declared threads and to wait for events they report.
final class QueueTestStage: Sendable {
    let recorder = TraceRecorder()
    let main: ActorID

    init() {
        main = recorder.nextActorID()
        recorder.record(actor: main, kind: .declareActor(TraceActor(id: main, kind: .thread, name: "main")))
        recorder.record(actor: main, kind: .transition(.running))
    }

    /// Runs `body` with the calling thread acting as ``main``, then restores its previous actor
    /// (test threads are shared between tests).
    func actingAsMain<T>(_ body: () throws -> T) rethrows -> T {
        let previous = TraceContext.currentActor
        TraceContext.setCurrentActor(main)
        defer { TraceContext.setCurrentActor(previous) }
        return try body()
    }

    var tracer: Tracer { Tracer(recorder) }

    /// Starts `body` on a native thread acting as a newly declared actor named `name`.
    func spawn(_ name: String, _ body: @escaping @Sendable () -> Void) throws -> (ActorID, NativeThread) {
        let actor = recorder.nextActorID()
        recorder.record(actor: actor, kind: .declareActor(TraceActor(id: actor, kind: .thread, name: name)))
        let thread = try NativeThread.spawn(name: name) { [recorder] in
            TraceContext.setCurrentActor(actor)
            recorder.record(actor: actor, kind: .transition(.running))
            body()
        }
        return (actor, thread)
    }

    /// Whether `actor` reported `state` within `timeout` seconds (an upper bound only: it
    /// returns as soon as the event is there).
    func waitFor(_ actor: ActorID, toReport state: ActorState, timeout: Double = 10) -> Bool {
        waitUntil(timeout: timeout) {
            recorder.events.contains { $0.actor == actor && $0.kind == .transition(state) }
        }
    }

    /// Polls `condition` until it holds or `timeout` seconds pass; true if it held. Used only to
    /// learn that another thread reached a point it reports (such as blocking), never to give it
    /// time: the outcome is decided by the condition.
    private func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Deadline.after(seconds: timeout)!
        while !condition() {
            if deadline.hasPassed { return false }
            usleep(200)
        }
        return true
    }

    /// The reduced state of everything recorded so far.
    var state: TraceState {
        var state = TraceState()
        for event in recorder.events {
            state.apply(event)
        }
        return state
    }
}
