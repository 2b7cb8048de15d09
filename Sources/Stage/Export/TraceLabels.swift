import Trace

/// The names an export shows for actors and resources, taken from their
/// declarations wherever in the trace those appear.
struct TraceLabels: Sendable {
    private(set) var actors: [ActorID: TraceActor] = [:]
    private(set) var resources: [ResourceID: TraceResource] = [:]

    init(_ events: [TraceEvent]) {
        for event in events {
            switch event.kind {
            case .declareActor(let actor): actors[actor.id] = actor
            case .declareResource(let resource): resources[resource.id] = resource
            default: break
            }
        }
    }

    /// The declared name, or `actor#3` when it has none.
    func name(of actor: ActorID) -> String {
        guard let name = actors[actor]?.name, !name.isEmpty else { return actor.description }
        return name
    }

    /// The declared name (`jobs`), or the kind and number (`lock#1`) when it has none.
    func name(of resource: ResourceID) -> String {
        guard let declared = resources[resource] else { return resource.description }
        return declared.name.isEmpty ? "\(declared.kind.displayName)#\(resource.rawValue)" : declared.name
    }

    /// The name with its kind in front (`queue jobs`), unless the fallback already says it (`lock#1`).
    func qualifiedName(of resource: ResourceID) -> String {
        guard let declared = resources[resource], !declared.name.isEmpty else { return name(of: resource) }
        return "\(declared.kind.displayName) \(declared.name)"
    }

    /// The kind's word (`queue`), when the resource was declared.
    func kind(of resource: ResourceID) -> String? {
        resources[resource]?.kind.displayName
    }
}
