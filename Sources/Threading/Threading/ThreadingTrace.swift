import Trace

/// The tracer and resource one primitive of this area reports under.
///
/// Every method checks `isEnabled` before reading the calling thread's actor, because even that
/// lookup (`pthread_getspecific`) is too much for an untraced fast path.
package struct ThreadingTrace: Sendable {
    let tracer: Tracer
    package let resource: ResourceID

    /// Allocates the resource's ID and declares it on behalf of the calling thread's actor.
    package init(kind: ResourceKind, name: String?, capacity: Int? = nil, tracer: Tracer) {
        self.tracer = tracer
        resource = tracer.nextResourceID()
        guard tracer.isEnabled else { return }
        let declared = TraceResource(id: resource, kind: kind, name: name ?? "", capacity: capacity)
        tracer.record(actor: TraceContext.currentActor, .declareResource(declared))
    }

    @inline(__always)
    package var isEnabled: Bool { tracer.isEnabled }

    /// Records that the calling thread performed `operation` on the resource; with an `order`,
    /// the caller holds what `order` orders (see ``EventOrder``).
    @inline(__always)
    package func record(_ operation: @autoclosure () -> ResourceOperation, orderedBy order: EventOrder? = nil)
    {
        guard tracer.isEnabled else { return }
        tracer.record(actor: TraceContext.currentActor, .operation(resource, operation()), orderedBy: order)
    }

    /// Records `operation` `count` times, for releases and acquires that stand for several units or levels.
    package func record(_ operation: ResourceOperation, times count: Int, orderedBy order: EventOrder? = nil)
    {
        guard tracer.isEnabled else { return }
        let actor = TraceContext.currentActor
        for _ in 0..<count {
            tracer.record(actor: actor, .operation(resource, operation), orderedBy: order)
        }
    }

    /// Records that the calling thread entered `state`.
    @inline(__always)
    package func transition(_ state: @autoclosure () -> ActorState, note: @autoclosure () -> String? = nil) {
        guard tracer.isEnabled else { return }
        tracer.record(actor: TraceContext.currentActor, .transition(state()), note: note())
    }
}
