import Trace

/// An actor's current state in words for the end of its lane: what it is stuck on
/// and, for locks, who holds them, so the cause is visible without reading the narration.
enum StateWords {
    static func describe(_ actor: ActorID, in state: TraceState, now: UInt64) -> String {
        guard let record = state.actor(actor) else { return "unknown" }
        switch record.state {
        case .new:
            return "not started"
        case .ready:
            return "ready, waiting for a CPU"
        case .running:
            let held = state.held(by: actor).map { state.displayName(of: $0) }
            return held.isEmpty ? "running" : "running, holds " + held.joined(separator: ", ")
        case .blocked(let resource):
            return "blocked on \(state.displayName(of: resource))" + holder(of: resource, in: state)
        case .waiting(let wait):
            return describe(wait, in: state)
        case .sleeping(let until):
            guard let until, until > now else { return "sleeping" }
            return "sleeping, wakes in " + DurationText.format(nanoseconds: until - now)
        case .done(.exited(let code)):
            return "done, exit \(code)"
        case .done(.signalled(let signal)):
            return "killed by signal \(signal)"
        case .done(.failed(let message)):
            return "failed: " + ViewText.singleLine(message)
        }
    }

    private static func holder(of resource: ResourceID, in state: TraceState) -> String {
        if let owner = state.owner(of: resource) {
            return " (held by \(state.displayName(of: owner)))"
        }
        if let value = state.semaphoreValue(of: resource) {
            return " (value \(value))"
        }
        return ""
    }

    private static func describe(_ wait: ActorState.Wait, in state: TraceState) -> String {
        switch wait {
        case .join(let other) where other == .unassigned:
            "waiting"
        case .join(let other):
            "waiting to join \(state.displayName(of: other))"
        case .condition(let resource), .pipe(let resource):
            "waiting on \(state.displayName(of: resource))"
        case .queue(let resource, let status):
            "waiting: \(state.displayName(of: resource)) \(status.rawValue)"
        case .event(let resource):
            "waiting for \(state.displayName(of: resource)) to be set"
        case .barrier(let resource):
            "waiting at \(state.displayName(of: resource))" + parties(of: resource, in: state)
        }
    }

    private static func parties(of resource: ResourceID, in state: TraceState) -> String {
        guard let parties = state.resource(resource)?.capacity else { return "" }
        return " (\(state.waiters(of: resource).count) of \(parties))"
    }
}
