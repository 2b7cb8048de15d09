/// Where a ``Tracer`` sends events: the in-process ``TraceRecorder``, or a link that carries
/// them to a recorder in another process (a demo's child processes report this way).
///
/// A sink stamps each event itself, so that whatever order it delivers events in is also
/// their time order; and it hands out the IDs, because IDs must be unique across every
/// process that reports into the same trace.
public protocol TraceSink: AnyObject, Sendable {
    /// Stamps an event with ``MonotonicClock/now()`` and keeps or forwards it.
    func record(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?)

    /// A fresh actor ID, unique within the trace.
    func nextActorID() -> ActorID

    /// A fresh resource ID, unique within the trace.
    func nextResourceID() -> ResourceID

    /// Whether events are kept right now. A sink that can pause (a demo's gate after the first
    /// rounds of a busy loop) says no, so callers skip building events nobody keeps.
    var isRecording: Bool { get }
}

extension TraceSink {
    /// Sinks record whatever they are given unless they say otherwise.
    public var isRecording: Bool { true }
}
