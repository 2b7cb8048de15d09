import Messages

/// Checks the events of a trace read from a file, in file order, against what a
/// recorder can produce: every number within ``TraceLimits``, every actor and
/// resource declared before an event refers to it, and an id keeping its kind.
///
/// A recorder guarantees declaration before use (a forked child's first event waits
/// for its parent's declaration of it), so a file that breaks it was edited or
/// damaged; saying so at its line beats a stage or an export that has to guess.
/// Times may go backwards, though: events forwarded from other processes can
/// arrive a little out of order, and every reader of a trace tolerates that.
struct TraceValidator {
    /// What is wrong with an event: a catalogue message and its arguments, so that the reader's
    /// error can say it in every language.
    struct Problem {
        let key: String
        let arguments: KeyValuePairs<String, String>

        static func text(_ key: String, _ arguments: KeyValuePairs<String, String>) -> Problem {
            Problem(key: key, arguments: arguments)
        }
    }

    private var actorKinds: [ActorID: TraceActor.Kind] = [:]
    private var resourceKinds: [ResourceID: ResourceKind] = [:]

    /// Why `event` cannot be part of the trace read so far, in English, or `nil` when it can,
    /// in which case its declarations are remembered for the events after it.
    mutating func problem(with event: TraceEvent) -> String? {
        reason(against: event).map { Messages.text($0.key, $0.arguments, in: .english) }
    }

    /// ``problem(with:)`` as a catalogue message, for a reader to say in any language.
    mutating func reason(against event: TraceEvent) -> Problem? {
        if let problem = timeProblem(event.time, field: "time") {
            return problem
        }
        switch event.kind {
        case .declareActor(let actor):
            return declare(actor, by: event.actor)
        case .declareResource(let resource):
            return undeclared(event.actor) ?? declare(resource)
        case .transition(let state):
            return undeclared(event.actor) ?? problem(with: state)
        case .operation(let resource, let operation):
            return undeclared(event.actor) ?? undeclared(resource) ?? problem(with: operation)
        case .result, .note:
            return undeclared(event.actor)
        }
    }

    private mutating func declare(_ actor: TraceActor, by reporter: ActorID) -> Problem? {
        if let problem = idProblem(actor.id.rawValue, key: "trace.file.actor-id-range") {
            return problem
        }
        // A root actor declares itself; every other one is declared by an actor that exists.
        if reporter != actor.id, let problem = undeclared(reporter) {
            return problem
        }
        if let parent = actor.parent, let problem = undeclared(parent, key: "trace.file.undeclared-parent") {
            return problem
        }
        if let earlier = actorKinds[actor.id], earlier != actor.kind {
            return .text(
                "trace.file.actor-changes-kind",
                ["id": "\(actor.id.rawValue)", "earlier": earlier.rawValue, "kind": actor.kind.rawValue])
        }
        actorKinds[actor.id] = actor.kind
        return nil
    }

    private mutating func declare(_ resource: TraceResource) -> Problem? {
        if let problem = idProblem(resource.id.rawValue, key: "trace.file.resource-id-range") {
            return problem
        }
        if let capacity = resource.capacity, let problem = countProblem(capacity, field: "capacity") {
            return problem
        }
        if let earlier = resourceKinds[resource.id], earlier != resource.kind {
            return .text(
                "trace.file.resource-changes-kind",
                [
                    "id": "\(resource.id.rawValue)", "earlier": earlier.rawValue,
                    "kind": resource.kind.rawValue,
                ])
        }
        resourceKinds[resource.id] = resource.kind
        return nil
    }

    private func problem(with state: ActorState) -> Problem? {
        switch state {
        case .new, .ready, .running, .done:
            nil
        case .sleeping(let until):
            until.flatMap { timeProblem($0, field: "until") }
        case .waiting(.join(let actor)):
            // Joining the unassigned actor is how a demo waits for a worker not started yet.
            actor == .unassigned ? nil : undeclared(actor, key: "trace.file.undeclared-joined")
        case .blocked(let resource), .waiting(.condition(let resource)), .waiting(.queue(let resource, _)),
            .waiting(.pipe(let resource)), .waiting(.event(let resource)), .waiting(.barrier(let resource)):
            undeclared(resource)
        }
    }

    private func problem(with operation: ResourceOperation) -> Problem? {
        if case .notify(let count) = operation {
            return countProblem(count, field: "count")
        }
        return nil
    }

    private func undeclared(_ actor: ActorID, key: String = "trace.file.undeclared-actor") -> Problem? {
        guard actorKinds[actor] == nil else { return nil }
        return .text(key, ["id": "\(actor.rawValue)"])
    }

    private func undeclared(_ resource: ResourceID) -> Problem? {
        guard resourceKinds[resource] == nil else { return nil }
        return .text("trace.file.undeclared-resource", ["id": "\(resource.rawValue)"])
    }

    private func idProblem(_ id: Int, key: String) -> Problem? {
        guard !(1...TraceLimits.maximumID).contains(id) else { return nil }
        return .text(key, ["id": "\(id)", "maximum": "\(TraceLimits.maximumID)"])
    }

    private func countProblem(_ count: Int, field: String) -> Problem? {
        guard !(0...TraceLimits.maximumCount).contains(count) else { return nil }
        return .text(
            "trace.file.count-range",
            ["field": field, "count": "\(count)", "maximum": "\(TraceLimits.maximumCount)"])
    }

    private func timeProblem(_ time: UInt64, field: String) -> Problem? {
        guard time > TraceLimits.maximumTime else { return nil }
        return .text(
            "trace.file.time-range",
            ["field": field, "time": "\(time)", "maximum": "\(TraceLimits.maximumTime)"])
    }
}
