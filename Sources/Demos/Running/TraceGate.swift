import Synchronization
import Trace

/// A tracer a demo can close after the first few rounds of a loop, so that a student watches
/// the interesting steps and the other ten thousand run at full speed without flooding the
/// narration. The process's own tracer is untouched: starts, ends and results always reach
/// the stage.
///
/// The flag is process-local memory: a forked child inherits it as it was, and closing it in
/// one process does not close it in another.
public final class TraceGate: TraceSink {
    private let inner: any TraceSink
    private let open = Atomic<Bool>(true)

    init(_ inner: any TraceSink) {
        self.inner = inner
    }

    /// Stops forwarding events.
    public func close() {
        open.store(false, ordering: .relaxed)
    }

    /// Forwards events again.
    public func reopen() {
        open.store(true, ordering: .relaxed)
    }

    public var isRecording: Bool { open.load(ordering: .relaxed) && inner.isRecording }

    public func record(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?) {
        guard isRecording else { return }
        inner.record(actor: actor, kind: kind, note: note)
    }

    public func nextActorID() -> ActorID { inner.nextActorID() }

    public func nextResourceID() -> ResourceID { inner.nextResourceID() }
}
