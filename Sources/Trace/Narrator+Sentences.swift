import Messages

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
        let kind = declared.kind.displayName(in: language)
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
            describeCreation(of: resource)
        case .transition(let state):
            state.words(.sentence, of: event.actor, at: event.time, naming: self)
        case .operation(let resource, let operation):
            describe(operation, on: resource, removedItem: removedItem)
        case .result(let name, let value):
            text("trace.narration.result", ["name": name, "value": value])
        case .note(let text):
            text
        }
    }

    /// The message `key`, a whole literal so that no event builds a key string, in the
    /// narrator's language.
    private func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        Messages.text(key, arguments, in: language)
    }

    private func describeStart(of actor: TraceActor, by creator: ActorID) -> String {
        let pid = actor.pid.map { "\($0)" } ?? ""
        let hasPid = actor.pid != nil
        if actor.id == creator {
            return text(
                hasPid ? "trace.narration.started-self-pid" : "trace.narration.started-self", ["pid": pid])
        }
        let (noun, key, keyWithPid) =
            switch actor.kind {
            case .process: ("child", "trace.narration.started-child", "trace.narration.started-child-pid")
            case .thread: ("thread", "trace.narration.started-thread", "trace.narration.started-thread-pid")
            case .task: ("task", "trace.narration.started-task", "trace.narration.started-task-pid")
            }
        let actorName = name(of: actor.id)
        let arguments: KeyValuePairs<String, String> = ["actor": actorName, "pid": pid]
        // `started child-1`, not `started child child-1`.
        if actorName.startsWithWord(noun) {
            return text(hasPid ? "trace.narration.started-pid" : "trace.narration.started", arguments)
        }
        return text(hasPid ? keyWithPid : key, arguments)
    }

    private func describeCreation(of resource: TraceResource) -> String {
        let target = name(of: resource.id)
        guard let capacity = resource.capacity else {
            return text("trace.narration.created", ["resource": target])
        }
        let key =
            switch resource.kind {
            case .queue: "trace.narration.created-maxsize"
            case .semaphore: "trace.narration.created-value"
            case .barrier: "trace.narration.created-parties"
            default: "trace.narration.created"
            }
        return text(key, ["resource": target, "count": "\(capacity)"])
    }

    private func describe(_ operation: ResourceOperation, on resource: ResourceID, removedItem: String?)
        -> String
    {
        let target = name(of: resource)
        switch operation {
        case .acquire, .release:
            let (key, arguments) = counted(operation, on: resource, target)
            return text(key, arguments)
        case .put(let item):
            return text(
                "trace.narration.put", ["item": item, "resource": target, "items": itemCount(of: resource)])
        case .get:
            return text(
                removedItem == nil ? "trace.narration.got-unknown" : "trace.narration.got",
                ["item": removedItem ?? "", "resource": target, "items": itemCount(of: resource)])
        case .send(let item):
            return text(
                "trace.narration.sent", ["item": item, "resource": target, "items": itemCount(of: resource)])
        case .receive:
            return text(
                removedItem == nil ? "trace.narration.received-unknown" : "trace.narration.received",
                ["item": removedItem ?? "", "resource": target, "items": itemCount(of: resource)])
        case .notify(let count):
            return text(
                count == 1 ? "trace.narration.notified-one" : "trace.narration.notified",
                ["resource": target, "count": "\(count)"])
        case .notifyAll:
            return text("trace.narration.notified-all", ["resource": target])
        case .set:
            return text("trace.narration.set", ["resource": target])
        case .clear:
            return text("trace.narration.cleared", ["resource": target])
        case .read(let value):
            return text(
                value == nil ? "trace.narration.read" : "trace.narration.read-value",
                ["resource": target, "value": value.map { "\($0)" } ?? ""])
        case .write(let value):
            return text(
                value == nil ? "trace.narration.wrote" : "trace.narration.wrote-value",
                ["resource": target, "value": value.map { "\($0)" } ?? ""])
        }
    }

    /// An acquire or release sentence's key and arguments. It gives a semaphore's value, or a
    /// reentrant lock's depth once it is at least 2 after an acquire or 1 after a release (so a
    /// plain first acquire stays uncluttered); each count is looked up once.
    private func counted(_ operation: ResourceOperation, on resource: ResourceID, _ target: String)
        -> (String, KeyValuePairs<String, String>)
    {
        let isAcquire = operation == .acquire
        if let value = state.semaphoreValue(of: resource) {
            return (
                isAcquire ? "trace.narration.acquired-value" : "trace.narration.released-value",
                ["resource": target, "value": "\(value)"]
            )
        }
        let depth = state.depth(of: resource)
        let reentrant = state.resource(resource)?.kind.isReentrant ?? false
        let arguments: KeyValuePairs<String, String> = ["resource": target, "depth": "\(depth)"]
        if reentrant, depth >= (isAcquire ? 2 : 1) {
            return (
                isAcquire ? "trace.narration.acquired-depth" : "trace.narration.released-depth", arguments
            )
        }
        return (isAcquire ? "trace.narration.acquired" : "trace.narration.released", arguments)
    }

    private func itemCount(of resource: ResourceID) -> String {
        switch state.contents(of: resource).count {
        case 0: text("trace.narration.items-none")
        case 1: text("trace.narration.items-one")
        case let count: text("trace.narration.items", ["count": "\(count)"])
        }
    }
}
