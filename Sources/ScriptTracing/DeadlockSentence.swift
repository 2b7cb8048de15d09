import Trace

/// The sentence that names a deadlock's cycle, with the lines where each wait began:
/// "deadlock: Thread-1 waits for lock `a` held by Thread-2, which waits for lock `b` held by
/// Thread-1 (bank.py:14 and bank.py:22)".
enum DeadlockSentence {
    static func make(_ cycle: [WaitForGraph.Link], in state: TraceState, sources: [ActorID: String]) -> String
    {
        var text = "deadlock: "
        for (index, link) in cycle.enumerated() {
            text += index == 0 ? name(of: link.waiter, in: state) : ", which"
            if let resource = link.resource {
                text +=
                    " waits for \(name(of: resource, in: state)) held by \(name(of: link.holder, in: state))"
            } else {
                text += " waits for \(name(of: link.holder, in: state)) to end (join)"
            }
        }
        var places: [String] = []
        for link in cycle {
            if let place = sources[link.waiter], !places.contains(place) { places.append(place) }
        }
        if !places.isEmpty { text += " (\(listed(places)))" }
        return text
    }

    private static func name(of actor: ActorID, in state: TraceState) -> String {
        guard let name = state.actor(actor)?.actor.name, !name.isEmpty else { return actor.description }
        return name
    }

    private static func name(of resource: ResourceID, in state: TraceState) -> String {
        guard let declared = state.resource(resource) else { return resource.description }
        let kind = declared.kind.displayName
        return declared.name.isEmpty ? "\(kind)#\(resource.rawValue)" : "\(kind) `\(declared.name)`"
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
