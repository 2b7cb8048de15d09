import Synchronization
import Trace

/// Where a player gets its events: a recorder a demo is writing to now, or a loaded trace.
public protocol TraceSource: AnyObject, Sendable {
    /// Events that arrived since the last call.
    func poll() -> [TraceEvent]
    /// Whether no more events will come.
    var isFinished: Bool { get }
    /// Ctrl-Z stops the player: whatever produces the events (a running demo) stops with it.
    func suspendProducer()
    /// The player runs again after `fg`: so does the producer.
    func resumeProducer()
}

extension TraceSource {
    /// A recorded trace has nothing to stop.
    public func suspendProducer() {}
    public func resumeProducer() {}
}

/// A recorder that a running demo fills; ``finish()`` says the demo is over.
public final class RecorderSource: TraceSource, @unchecked Sendable {
    // `next` is only touched by the player's thread; the finished flag crosses threads.
    private let recorder: TraceRecorder
    private var next = 0
    private let finished = Atomic<Bool>(false)

    /// Follows `recorder` from its first event.
    public init(_ recorder: TraceRecorder) {
        self.recorder = recorder
    }

    public func poll() -> [TraceEvent] {
        let (events, following) = recorder.events(from: next)
        next = following
        return events
    }

    public var isFinished: Bool { finished.load(ordering: .acquiring) && next >= recorder.count }

    /// Marks the demo as over: the player shows the rest and ends.
    public func finish() {
        finished.store(true, ordering: .releasing)
    }
}

/// A whole trace, read from a file: everything is there from the start.
public final class LoadedTraceSource: TraceSource, @unchecked Sendable {
    // Only the player's thread touches `delivered`.
    private let events: [TraceEvent]
    private var delivered = false

    /// Plays `events` in the order given.
    public init(_ events: [TraceEvent]) {
        self.events = events
    }

    public func poll() -> [TraceEvent] {
        defer { delivered = true }
        return delivered ? [] : events
    }

    public var isFinished: Bool { delivered }
}
