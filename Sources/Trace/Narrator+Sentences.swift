extension Narrator: StateNaming {
    /// The actor's declared name, or `actor#N` when it has none.
    package func name(of actor: ActorID) -> String {
        guard let name = state.actor(actor)?.actor.name, !name.isEmpty else {
            return actor.description
        }
        return name
    }

    /// `queue "jobs"` for named resources, `lock#1` for unnamed ones, and the name alone when
    /// it already says the kind (`lock-a`, `GIL`).
    package func name(of resource: ResourceID) -> String {
        guard let declared = state.resource(resource) else {
            return resource.description
        }
        let kind = declared.kind.displayName
        if declared.name.isEmpty { return "\(kind)#\(resource.rawValue)" }
        return declared.kind.isNamed(by: declared.name) ? declared.name : "\(kind) \"\(declared.name)\""
    }

    /// The world as of the event being narrated, for who holds what.
    package var world: TraceState? { state }

    /// The sentence for an event that has already been applied to ``state``.
    func describe(_ event: TraceEvent, removedItem: String?) -> String {
        switch event.kind {
        case .declareActor(let actor):
            describeStart(of: actor, by: event.actor)
        case .declareResource(let resource):
            "created \(name(of: resource.id))\(capacityText(of: resource))"
        case .transition(let state):
            state.words(.sentence, of: event.actor, at: event.time, naming: self)
        case .operation(let resource, let operation):
            describe(operation, on: resource, removedItem: removedItem)
        case .result(let name, let value):
            "result \(name)=\(value)"
        case .note(let text):
            text
        }
    }

    private func describeStart(of actor: TraceActor, by creator: ActorID) -> String {
        let pid = actor.pid.map { " (pid \($0))" } ?? ""
        if actor.id == creator {
            return "started\(pid)"
        }
        let noun =
            switch actor.kind {
            case .process: "child"
            case .thread: "thread"
            case .task: "task"
            }
        let actorName = name(of: actor.id)
        // `started child-1`, not `started child child-1`.
        return actorName.startsWithWord(noun)
            ? "started \(actorName)\(pid)" : "started \(noun) \(actorName)\(pid)"
    }

    private func capacityText(of resource: TraceResource) -> String {
        guard let capacity = resource.capacity else { return "" }
        return switch resource.kind {
        case .queue: " (maxsize \(capacity))"
        case .semaphore: " (value \(capacity))"
        case .barrier: " (\(capacity) parties)"
        default: ""
        }
    }

    private func describe(_ operation: ResourceOperation, on resource: ResourceID, removedItem: String?)
        -> String
    {
        let target = name(of: resource)
        switch operation {
        case .acquire:
            return "acquired \(target)\(countText(of: resource, minimumDepth: 2))"
        case .release:
            return "released \(target)\(countText(of: resource, minimumDepth: 1))"
        case .put(let item):
            return "put \"\(item)\" on \(target) (\(itemCount(of: resource)))"
        case .get:
            return "got \(itemText(removedItem)) from \(target) (\(itemCount(of: resource)))"
        case .send(let item):
            return "sent \"\(item)\" into \(target) (\(itemCount(of: resource)))"
        case .receive:
            return "received \(itemText(removedItem)) from \(target) (\(itemCount(of: resource)))"
        case .notify(let count):
            return "notified \(target) (wakes up to \(count) \(count == 1 ? "waiter" : "waiters"))"
        case .notifyAll:
            return "notified all waiters of \(target)"
        case .set:
            return "set \(target)"
        case .clear:
            return "cleared \(target)"
        case .read(let value):
            return value.map { "read \($0) from \(target)" } ?? "read \(target)"
        case .write(let value):
            return value.map { "wrote \($0) to \(target)" } ?? "wrote \(target)"
        }
    }

    /// After an acquire or release: a semaphore's value, or a reentrant lock's depth
    /// once it is at least `minimumDepth` (so a plain first acquire stays uncluttered).
    private func countText(of resource: ResourceID, minimumDepth: Int) -> String {
        if let value = state.semaphoreValue(of: resource) {
            return " (value \(value))"
        }
        let depth = state.depth(of: resource)
        let reentrant = state.resource(resource)?.kind.isReentrant ?? false
        return reentrant && depth >= minimumDepth ? " (depth \(depth))" : ""
    }

    private func itemText(_ item: String?) -> String {
        item.map { "\"\($0)\"" } ?? "an item"
    }

    private func itemCount(of resource: ResourceID) -> String {
        switch state.contents(of: resource).count {
        case 0: "empty"
        case 1: "1 item"
        case let count: "\(count) items"
        }
    }
}
