/// The handle primitives hold so that tracing can be switched off for free.
///
/// Primitives take a `Tracer` rather than an optional recorder so that every
/// call site reads the same, and because the payload arguments are autoclosures
/// the disabled path is a single nil check: no clock read, no string building.
public struct Tracer: Sendable {
    /// A tracer that drops everything; the default for untraced runs.
    public static let disabled = Tracer(nil)

    /// Where events go, or `nil` when tracing is off.
    public let recorder: TraceRecorder?

    /// Wraps a recorder; passing `nil` is the same as ``disabled``.
    public init(_ recorder: TraceRecorder?) {
        self.recorder = recorder
    }

    /// Whether events are kept; lets callers skip work that only feeds tracing.
    @inlinable
    public var isEnabled: Bool { recorder != nil }

    /// Records a time-stamped event if tracing is on; otherwise evaluates nothing.
    @inlinable
    public func record(
        actor: ActorID,
        _ kind: @autoclosure () -> TraceEvent.Kind,
        note: @autoclosure () -> String? = nil
    ) {
        guard let recorder else { return }
        recorder.record(actor: actor, kind: kind(), note: note())
    }

    /// A fresh actor ID, or ``ActorID/unassigned`` when tracing is off.
    @inlinable
    public func nextActorID() -> ActorID {
        recorder?.nextActorID() ?? .unassigned
    }

    /// A fresh resource ID, or ``ResourceID/unassigned`` when tracing is off.
    @inlinable
    public func nextResourceID() -> ResourceID {
        recorder?.nextResourceID() ?? .unassigned
    }
}
