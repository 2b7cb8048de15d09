import Messages
import Trace

/// The sentence that names a deadlock's cycle, with the lines where each wait began:
/// "deadlock: Thread-1 waits for lock `a` held by Thread-2, which waits for lock `b` held by
/// Thread-1 (bank.py:14 and bank.py:22)". The trace and `--json` keep it in English.
enum DeadlockSentence {
    static func make(
        _ cycle: [WaitForGraph.Link], in state: TraceState, sources: [ActorID: String],
        language: Language = .english
    ) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String>) -> String {
            Messages.text(key, arguments, in: language)
        }
        var chain = ""
        for (index, link) in cycle.enumerated() {
            let wait =
                if let resource = link.resource {
                    text(
                        "script.deadlock.waits-for",
                        [
                            "resource": name(of: resource, in: state, language: language),
                            "holder": name(of: link.holder, in: state),
                        ])
                } else {
                    text("script.deadlock.waits-to-end", ["thread": name(of: link.holder, in: state)])
                }
            chain =
                index == 0
                ? text("script.deadlock.first", ["thread": name(of: link.waiter, in: state), "wait": wait])
                : text("script.deadlock.which", ["chain": chain, "wait": wait])
        }
        var places: [String] = []
        for link in cycle {
            if let place = sources[link.waiter], !places.contains(place) { places.append(place) }
        }
        guard !places.isEmpty else { return text("script.deadlock.sentence", ["chain": chain]) }
        return text(
            "script.deadlock.sentence-at", ["chain": chain, "places": listed(places, language: language)])
    }

    private static func name(of actor: ActorID, in state: TraceState) -> String {
        guard let name = state.actor(actor)?.actor.name, !name.isEmpty else { return actor.description }
        return name
    }

    private static func name(of resource: ResourceID, in state: TraceState, language: Language) -> String {
        guard let declared = state.resource(resource) else { return resource.description }
        let kind = declared.kind.displayName(in: language)
        return declared.name.isEmpty ? "\(kind)#\(resource.rawValue)" : "\(kind) `\(declared.name)`"
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func listed(_ items: [String], language: Language) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return Messages.text(
            "script.list.and",
            [
                "items": items.dropLast().joined(
                    separator: Messages.text("script.list.separator", in: language)),
                "last": last,
            ], in: language)
    }
}
