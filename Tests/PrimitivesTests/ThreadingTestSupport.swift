#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import Primitives
import Trace

/// A counter shared between test threads, guarded by the module's own pthread mutex so that
/// the tests of a primitive do not depend on that primitive.
final class ThreadingCounter: @unchecked Sendable {
    // `count` and `log` are guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var count = 0
    private var log: [String] = []

    func increment() {
        mutex.withLock { count += 1 }
    }

    func append(_ entry: String) {
        mutex.withLock { log.append(entry) }
    }

    var value: Int { mutex.withLock { count } }
    var entries: [String] { mutex.withLock { log } }
}

/// A value written by one thread and read by another, guarded by a pthread mutex.
final class ThreadingBox<Value: Sendable>: @unchecked Sendable {
    // `stored` is guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get { mutex.withLock { stored } }
        set { mutex.withLock { stored = newValue } }
    }
}

/// Polls `condition` until it holds; false if `timeout` seconds (an upper bound only) pass first.
/// Used to wait for another thread to reach a state, never to decide an outcome by elapsed time.
func threadingEventually(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Deadline.after(seconds: timeout)!
    while !condition() {
        if deadline.hasPassed { return false }
        usleep(200)
    }
    return true
}

/// A recorder and a tracer on it, passed explicitly to each primitive so that tests running in
/// parallel never share a trace.
struct ThreadingTraceFixture {
    let recorder = TraceRecorder()
    var tracer: Tracer { Tracer(recorder) }

    var events: [TraceEvent] { recorder.events }

    /// The world after every event recorded so far.
    var state: TraceState {
        var state = TraceState()
        for event in recorder.events { state.apply(event) }
        return state
    }

    /// Whether `actor` has reported `state` at least once.
    func hasReported(_ actor: ActorID, _ state: ActorState) -> Bool {
        recorder.events.contains { $0.actor == actor && $0.kind == .transition(state) }
    }
}
