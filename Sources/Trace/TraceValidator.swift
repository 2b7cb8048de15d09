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
    private var actorKinds: [ActorID: TraceActor.Kind] = [:]
    private var resourceKinds: [ResourceID: ResourceKind] = [:]

    /// Why `event` cannot be part of the trace read so far, or `nil` when it can,
    /// in which case its declarations are remembered for the events after it.
    mutating func problem(with event: TraceEvent) -> String? {
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

    private mutating func declare(_ actor: TraceActor, by reporter: ActorID) -> String? {
        if let problem = idProblem(actor.id.rawValue, of: "actor") {
            return problem
        }
        // A root actor declares itself; every other one is declared by an actor that exists.
        if reporter != actor.id, let problem = undeclared(reporter) {
            return problem
        }
        if let parent = actor.parent, let problem = undeclared(parent, as: "parent") {
            return problem
        }
        if let earlier = actorKinds[actor.id], earlier != actor.kind {
            return "actor \(actor.id.rawValue) was declared a \(earlier.rawValue) and cannot become a "
                + "\(actor.kind.rawValue); give the new actor an unused id"
        }
        actorKinds[actor.id] = actor.kind
        return nil
    }

    private mutating func declare(_ resource: TraceResource) -> String? {
        if let problem = idProblem(resource.id.rawValue, of: "resource") {
            return problem
        }
        if let capacity = resource.capacity, let problem = countProblem(capacity, field: "capacity") {
            return problem
        }
        if let earlier = resourceKinds[resource.id], earlier != resource.kind {
            return "resource \(resource.id.rawValue) was declared a \(earlier.rawValue) and cannot become a "
                + "\(resource.kind.rawValue); give the new resource an unused id"
        }
        resourceKinds[resource.id] = resource.kind
        return nil
    }

    private func problem(with state: ActorState) -> String? {
        switch state {
        case .new, .ready, .running, .done:
            nil
        case .sleeping(let until):
            until.flatMap { timeProblem($0, field: "until") }
        case .waiting(.join(let actor)):
            // Joining the unassigned actor is how a demo waits for a worker not started yet.
            actor == .unassigned ? nil : undeclared(actor, as: "joined")
        case .blocked(let resource), .waiting(.condition(let resource)), .waiting(.queue(let resource, _)),
            .waiting(.pipe(let resource)), .waiting(.event(let resource)), .waiting(.barrier(let resource)):
            undeclared(resource)
        }
    }

    private func problem(with operation: ResourceOperation) -> String? {
        if case .notify(let count) = operation {
            return countProblem(count, field: "count")
        }
        return nil
    }

    private func undeclared(_ actor: ActorID, as role: String = "") -> String? {
        guard actorKinds[actor] == nil else { return nil }
        let what = role.isEmpty ? "actor" : "\(role) actor"
        return "\(what) \(actor.rawValue) is not declared; add a declareActor line for it above this one"
    }

    private func undeclared(_ resource: ResourceID) -> String? {
        guard resourceKinds[resource] == nil else { return nil }
        return
            "resource \(resource.rawValue) is not declared; add a declareResource line for it above this one"
    }

    private func idProblem(_ id: Int, of what: String) -> String? {
        guard !(1...TraceLimits.maximumID).contains(id) else { return nil }
        return "\(what) id \(id) is out of range; ids are whole numbers from 1 to \(TraceLimits.maximumID)"
    }

    private func countProblem(_ count: Int, field: String) -> String? {
        guard !(0...TraceLimits.maximumCount).contains(count) else { return nil }
        return "\(field) \(count) is out of range; it must be from 0 to \(TraceLimits.maximumCount)"
    }

    private func timeProblem(_ time: UInt64, field: String) -> String? {
        guard time > TraceLimits.maximumTime else { return nil }
        return "\(field) \(time) is out of range; times are nanoseconds from 0 to \(TraceLimits.maximumTime)"
    }
}
