/// The handle primitives hold so that tracing can be switched off for free.
///
/// Primitives take a `Tracer` rather than an optional recorder so that every
/// call site reads the same, and because the payload arguments are autoclosures
/// the disabled path is a single nil check: no clock read, no string building.
public struct Tracer: Sendable {
    /// A tracer that drops everything; the default for untraced runs.
    public static let disabled = Tracer(nil)

    /// Where events go, or `nil` when tracing is off.
    public let sink: (any TraceSink)?

    /// The in-process recorder events go to, if that is where they go. Kept apart from `sink`
    /// so that recording to it is a direct call, not a dynamic one through the protocol.
    public let recorder: TraceRecorder?

    /// Wraps a recorder; passing `nil` is the same as ``disabled``.
    public init(_ recorder: TraceRecorder?) {
        sink = recorder
        self.recorder = recorder
    }

    /// Sends events to `sink`, for example a link to a recorder in another process.
    public init(sink: any TraceSink) {
        self.sink = sink
        recorder = sink as? TraceRecorder
    }

    /// Whether events are kept; lets callers skip work that only feeds tracing.
    @inlinable
    public var isEnabled: Bool { recorder != nil || (sink?.isRecording ?? false) }

    /// Records a time-stamped event if tracing is on; otherwise evaluates nothing.
    ///
    /// With an `order`, the event is stamped after the latest event recorded with the same
    /// order rather than with a fence: see ``EventOrder`` for when that is right. Sinks other
    /// than a ``TraceRecorder`` stamp in their own way and need no order.
    @inlinable @inline(__always)
    public func record(
        actor: ActorID,
        _ kind: @autoclosure () -> TraceEvent.Kind,
        note: @autoclosure () -> String? = nil,
        orderedBy order: EventOrder? = nil
    ) {
        if recorder != nil {
            // Optional chaining borrows the recorder; binding it with `if let` retained it.
            recorder?.record(actor: actor, kind: kind(), note: note(), orderedBy: order)
        } else if let sink, sink.isRecording {
            sink.record(actor: actor, kind: kind(), note: note())
        }
    }

    /// Records that `actor` moved an item labelled `number` (in decimal) into or out of
    /// `resource`. A recorder keeps the number and makes the label only when the event is
    /// read, which saves most of what recording a queue's put or get costs.
    @inlinable
    public func record(
        actor: ActorID, _ move: ItemMove, of resource: ResourceID, numbered number: Int,
        orderedBy order: EventOrder? = nil
    ) {
        if recorder != nil {
            recorder?.record(actor: actor, move, of: resource, numbered: number, orderedBy: order)
        } else if let sink, sink.isRecording {
            sink.record(
                actor: actor, kind: .operation(resource, move.operation(labelled: String(number))), note: nil)
        }
    }

    /// A fresh actor ID, or ``ActorID/unassigned`` when tracing is off.
    @inlinable
    public func nextActorID() -> ActorID {
        sink?.nextActorID() ?? .unassigned
    }

    /// A fresh resource ID, or ``ResourceID/unassigned`` when tracing is off.
    @inlinable
    public func nextResourceID() -> ResourceID {
        sink?.nextResourceID() ?? .unassigned
    }
}
