/// The world as described by a prefix of a trace: a pure reducer over events.
///
/// The stage and the narrator both feed events through `apply` so that they
/// agree on who owns what. The reducer is tolerant: events about undeclared
/// actors or resources never trap, because a live trace may be read while a
/// primitive is still half-way through reporting.
public struct TraceState: Hashable, Sendable {
    /// Declared actors in declaration order, which is the stage's lane order.
    public private(set) var actorIDs: [ActorID] = []
    /// Declared resources in declaration order.
    public private(set) var resourceIDs: [ResourceID] = []
    /// Every result reported so far, oldest first.
    public private(set) var results: [TraceResult] = []

    private var actors: [ActorID: ActorRecord] = [:]
    private var resources: [ResourceID: TraceResource] = [:]
    private var holds: [ResourceID: LockHold] = [:]
    private var waiting: [ResourceID: [ActorID]] = [:]
    private var items: [ResourceID: QueueContents] = [:]
    private var semaphoreValues: [ResourceID: Int] = [:]
    private var eventFlags: [ResourceID: Bool] = [:]
    private var sharedValues: [ResourceID: Int64] = [:]

    /// An empty world, before any event.
    public init() {}

    /// Folds one event into the state.
    public mutating func apply(_ event: TraceEvent) {
        switch event.kind {
        case .declareActor(let actor):
            declare(actor, at: event.time)
        case .declareResource(let resource):
            declare(resource)
        case .transition(let state):
            transition(event.actor, to: state, at: event.time)
        case .operation(let resource, let operation):
            perform(operation, on: resource, by: event.actor)
        case .result(let name, let value):
            results.append(TraceResult(actor: event.actor, name: name, value: value))
        case .note:
            break
        }
    }

    // MARK: Queries

    /// The actor's declaration and current state, if it was declared.
    public func actor(_ id: ActorID) -> ActorRecord? {
        actors[id]
    }

    /// The resource's declaration, if it was declared.
    public func resource(_ id: ResourceID) -> TraceResource? {
        resources[id]
    }

    /// The actor's current state, if it was declared.
    public func state(of actor: ActorID) -> ActorState? {
        actors[actor]?.state
    }

    /// How the actor finished, once it has.
    public func exitStatus(of actor: ActorID) -> ExitStatus? {
        if case .done(let status) = actors[actor]?.state { status } else { nil }
    }

    /// Declared actors whose parent is `actor`, in declaration order; the process tree's edges.
    public func children(of actor: ActorID) -> [ActorID] {
        actorIDs.filter { actors[$0]?.actor.parent == actor }
    }

    /// The current owner of a lock, rlock, condition or GIL, or `nil` if it is free.
    public func owner(of resource: ResourceID) -> ActorID? {
        holds[resource]?.owner
    }

    /// How many times the owner holds the resource; 0 when free.
    public func depth(of resource: ResourceID) -> Int {
        holds[resource]?.depth ?? 0
    }

    /// Actors currently blocked on or waiting for the resource, in the order they started waiting.
    public func waiters(of resource: ResourceID) -> [ActorID] {
        waiting[resource] ?? []
    }

    /// Labels of the items in a queue or pipe, oldest first.
    public func contents(of resource: ResourceID) -> [String] {
        items[resource]?.items ?? []
    }

    /// A semaphore's current value, known only if it was declared with a capacity.
    public func semaphoreValue(of resource: ResourceID) -> Int? {
        semaphoreValues[resource]
    }

    /// Whether an event resource is set; `nil` until it is first set or cleared.
    public func isSet(_ resource: ResourceID) -> Bool? {
        eventFlags[resource]
    }

    /// The last value read or written to shared memory, when operations carried one.
    public func sharedValue(of resource: ResourceID) -> Int64? {
        sharedValues[resource]
    }

    /// The label a `get`/`receive` with this requested label would remove now:
    /// the first match, or the oldest item when there is no label or no match.
    public func itemToRemove(from resource: ResourceID, matching label: String?) -> String? {
        items[resource]?.item(matching: label)
    }

    // MARK: Reducers

    private mutating func declare(_ actor: TraceActor, at time: UInt64) {
        if actors[actor.id] == nil {
            actorIDs.append(actor.id)
            actors[actor.id] = ActorRecord(actor: actor, state: .new, since: time)
        } else {
            actors[actor.id]?.actor = actor
        }
    }

    private mutating func declare(_ resource: TraceResource) {
        if resources[resource.id] == nil {
            resourceIDs.append(resource.id)
        }
        resources[resource.id] = resource
        if resource.kind == .semaphore, let capacity = resource.capacity {
            semaphoreValues[resource.id] = capacity
        }
    }

    private mutating func transition(_ id: ActorID, to state: ActorState, at time: UInt64) {
        guard let previous = actors[id]?.state else { return }
        actors[id]?.state = state
        actors[id]?.since = time
        // Staying behind the same resource (e.g. woken by notify, now blocked on the
        // condition's lock) keeps the actor's place in line.
        guard previous.resource != state.resource else { return }
        if let old = previous.resource {
            waiting[old]?.removeAll { $0 == id }
        }
        if let new = state.resource {
            waiting[new, default: []].append(id)
        }
    }

    private mutating func perform(_ operation: ResourceOperation, on resource: ResourceID, by actor: ActorID)
    {
        let kind = resources[resource]?.kind ?? .lock
        switch operation {
        case .acquire:
            if kind.hasOwner {
                acquireHold(resource, by: actor, reentrant: kind.isReentrant)
            } else if kind == .semaphore, let value = semaphoreValues[resource] {
                // Saturating: a count from a file must never trap, however it was edited.
                semaphoreValues[resource] = value == .min ? value : value - 1
            }
        case .release:
            if kind.hasOwner {
                releaseHold(resource)
            } else if kind == .semaphore, let value = semaphoreValues[resource] {
                semaphoreValues[resource] = value == .max ? value : value + 1
            }
        case .put(let item), .send(let item):
            items[resource, default: QueueContents()].append(item)
        case .get(let label), .receive(let label):
            items[resource]?.remove(matching: label)
        case .set:
            eventFlags[resource] = true
        case .clear:
            eventFlags[resource] = false
        case .read(let value), .write(let value):
            if let value {
                sharedValues[resource] = value
            }
        case .notify, .notifyAll:
            // Who wakes up is only known when the waiters report their own transitions.
            break
        }
    }

    private mutating func acquireHold(_ resource: ResourceID, by actor: ActorID, reentrant: Bool) {
        if reentrant, let hold = holds[resource], hold.owner == actor {
            holds[resource]?.depth = hold.depth == .max ? hold.depth : hold.depth + 1
        } else {
            holds[resource] = LockHold(owner: actor, depth: 1)
        }
    }

    private mutating func releaseHold(_ resource: ResourceID) {
        guard let hold = holds[resource] else { return }
        if hold.depth > 1 {
            holds[resource]?.depth = hold.depth - 1
        } else {
            holds[resource] = nil
        }
    }
}
