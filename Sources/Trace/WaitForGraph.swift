/// Who waits for whom in a ``TraceState``, and whether the waiting can ever end.
///
/// An actor blocked on a lock waits for the lock's owner; an actor joining another waits for
/// that one. A deadlock is a cycle of such waits while nobody who could break it still runs:
/// every live actor is blocked on a lock or waits in a join or in a condition's `wait()`,
/// with no timeout that would let it give up. A condition waiter adds no edge (anyone could
/// notify it) but neither can it run to release anything, so it does not stop the deadlock.
public struct WaitForGraph: Sendable {
    /// One wait of the cycle: `waiter` cannot go on until `holder` does something.
    public struct Link: Hashable, Sendable {
        /// The actor that waits.
        public let waiter: ActorID
        /// The lock it is blocked on, or `nil` when it joins `holder`.
        public let resource: ResourceID?
        /// The actor that holds the lock, or the one being joined.
        public let holder: ActorID
    }

    private let state: TraceState

    /// The graph of `state`'s current waits.
    public init(_ state: TraceState) {
        self.state = state
    }

    /// The actor `actor` waits for, and through which lock, or `nil` when its wait has no
    /// single actor that could end it.
    public func link(from actor: ActorID) -> Link? {
        switch state.state(of: actor) {
        case .blocked(let resource):
            guard let owner = state.owner(of: resource), owner != actor else { return nil }
            return Link(waiter: actor, resource: resource, holder: owner)
        case .waiting(.join(let joined)):
            return Link(waiter: actor, resource: nil, holder: joined)
        default:
            return nil
        }
    }

    /// The cycle of a deadlock, starting from its lowest actor ID, or `nil` when some
    /// live actor can still run. `mayGiveUp` holds actors whose wait has a timeout: they are
    /// not stuck, so a trace with one of them is not deadlocked.
    public func deadlock(mayGiveUp: Set<ActorID> = []) -> [Link]? {
        var live: [ActorID] = []
        for actor in state.actorIDs {
            switch state.state(of: actor) {
            case .done, .new, nil: continue
            case .blocked, .waiting(.join), .waiting(.condition):
                guard !mayGiveUp.contains(actor) else { return nil }
                live.append(actor)
            default:
                return nil
            }
        }
        for start in live {
            guard let cycle = cycle(from: start) else { continue }
            // The same deadlock reads the same however it was found.
            let first = cycle.indices.min { cycle[$0].waiter < cycle[$1].waiter } ?? 0
            return Array(cycle[first...] + cycle[..<first])
        }
        return nil
    }

    /// Follows the one outgoing wait of each actor from `start`; a walk that comes back to an
    /// actor it has seen has found a cycle, which is returned from that actor on.
    private func cycle(from start: ActorID) -> [Link]? {
        var path: [Link] = []
        var seen: [ActorID: Int] = [:]
        var current = start
        while let link = link(from: current) {
            if let index = seen[current] { return Array(path[index...]) }
            seen[current] = path.count
            path.append(link)
            current = link.holder
            if let index = seen[current] { return Array(path[index...]) }
        }
        return nil
    }
}
