import Threading
import Trace

/// How the crawl shows on the stage: the requests not yet sent as a queue named "pending", and
/// each slot as a semaphore named after its domain or IP, whose units are its free places for
/// requests in flight.
///
/// The event-loop and sequential crawlers have no real semaphores (one thread decides
/// everything), so their slots are traced through this; the thread-per-request crawler uses
/// real ``Semaphore``s, which trace themselves, and only its pending queue comes from here.
struct CrawlTrace: Sendable {
    private let tracer: Tracer
    private let pending: ResourceID
    private let slots: [String: ResourceID]

    /// Declares the pending queue and, if `tracesSlots`, a semaphore of value `capacity` per slot.
    init(slotKeys: [String], capacity: Int, tracesSlots: Bool, tracer: Tracer = TraceContext.tracer) {
        self.tracer = tracer
        let actor = TraceContext.currentActor
        pending = tracer.nextResourceID()
        tracer.record(
            actor: actor, .declareResource(TraceResource(id: pending, kind: .queue, name: "pending")))
        var slots: [String: ResourceID] = [:]
        if tracesSlots {
            for key in slotKeys {
                let id = tracer.nextResourceID()
                slots[key] = id
                tracer.record(
                    actor: actor,
                    .declareResource(TraceResource(id: id, kind: .semaphore, name: key, capacity: capacity)))
            }
        }
        self.slots = slots
    }

    /// The spider yielded `page`: it joins the pending queue.
    func queued(_ page: CrawlPage) {
        tracer.record(actor: TraceContext.currentActor, .operation(pending, .put(item: page.label)))
    }

    /// `page` was sent: it leaves the pending queue and takes a place in `slot`.
    func sent(_ page: CrawlPage, slot: String) {
        let actor = TraceContext.currentActor
        tracer.record(actor: actor, .operation(pending, .get(item: page.label)))
        if let id = slots[slot] { tracer.record(actor: actor, .operation(id, .acquire)) }
    }

    /// A request of `slot` was answered: its place is free again.
    func answered(slot: String) {
        if let id = slots[slot] { tracer.record(actor: TraceContext.currentActor, .operation(id, .release)) }
    }
}
