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
            say("result", ["name": name, "value": value])
        case .note(let text):
            text
        }
    }

    /// The message `key` after `trace.narration.`, in the narrator's language.
    private func say(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        Messages.text("trace.narration." + key, arguments, in: language)
    }

    private func describeStart(of actor: TraceActor, by creator: ActorID) -> String {
        let pidSuffix = actor.pid == nil ? "" : "-pid"
        let pid = actor.pid.map { "\($0)" } ?? ""
        if actor.id == creator {
            return say("started-self" + pidSuffix, ["pid": pid])
        }
        let noun =
            switch actor.kind {
            case .process: "child"
            case .thread: "thread"
            case .task: "task"
            }
        let actorName = name(of: actor.id)
        // `started child-1`, not `started child child-1`.
        let key = actorName.startsWithWord(noun) ? "started" : "started-\(noun)"
        return say(key + pidSuffix, ["actor": actorName, "pid": pid])
    }

    private func describeCreation(of resource: TraceResource) -> String {
        let target = name(of: resource.id)
        guard let capacity = resource.capacity else { return say("created", ["resource": target]) }
        let key =
            switch resource.kind {
            case .queue: "created-maxsize"
            case .semaphore: "created-value"
            case .barrier: "created-parties"
            default: "created"
            }
        return say(key, ["resource": target, "count": "\(capacity)"])
    }

    private func describe(_ operation: ResourceOperation, on resource: ResourceID, removedItem: String?)
        -> String
    {
        let target = name(of: resource)
        switch operation {
        case .acquire:
            return say("acquired" + countSuffix(of: resource, minimumDepth: 2), counted(resource, target))
        case .release:
            return say("released" + countSuffix(of: resource, minimumDepth: 1), counted(resource, target))
        case .put(let item):
            return say("put", ["item": item, "resource": target, "items": itemCount(of: resource)])
        case .get:
            return say(
                removedItem == nil ? "got-unknown" : "got",
                ["item": removedItem ?? "", "resource": target, "items": itemCount(of: resource)])
        case .send(let item):
            return say("sent", ["item": item, "resource": target, "items": itemCount(of: resource)])
        case .receive:
            return say(
                removedItem == nil ? "received-unknown" : "received",
                ["item": removedItem ?? "", "resource": target, "items": itemCount(of: resource)])
        case .notify(let count):
            return say(count == 1 ? "notified-one" : "notified", ["resource": target, "count": "\(count)"])
        case .notifyAll:
            return say("notified-all", ["resource": target])
        case .set:
            return say("set", ["resource": target])
        case .clear:
            return say("cleared", ["resource": target])
        case .read(let value):
            return say(
                value == nil ? "read" : "read-value",
                ["resource": target, "value": value.map { "\($0)" } ?? ""])
        case .write(let value):
            return say(
                value == nil ? "wrote" : "wrote-value",
                ["resource": target, "value": value.map { "\($0)" } ?? ""])
        }
    }

    /// After an acquire or release, which count the sentence gives: a semaphore's value, or a
    /// reentrant lock's depth once it is at least `minimumDepth` (so a plain first acquire stays
    /// uncluttered), as a key suffix.
    private func countSuffix(of resource: ResourceID, minimumDepth: Int) -> String {
        if state.semaphoreValue(of: resource) != nil { return "-value" }
        let reentrant = state.resource(resource)?.kind.isReentrant ?? false
        return reentrant && state.depth(of: resource) >= minimumDepth ? "-depth" : ""
    }

    /// The arguments of an acquire or release sentence.
    private func counted(_ resource: ResourceID, _ target: String) -> KeyValuePairs<String, String> {
        [
            "resource": target, "value": state.semaphoreValue(of: resource).map { "\($0)" } ?? "",
            "depth": "\(state.depth(of: resource))",
        ]
    }

    private func itemCount(of resource: ResourceID) -> String {
        switch state.contents(of: resource).count {
        case 0: say("items-none")
        case 1: say("items-one")
        case let count: say("items", ["count": "\(count)"])
        }
    }
}
