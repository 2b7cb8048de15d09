import Trace

extension TraceLabels {
    /// A state in a few words, short enough to fit a slice on a timeline: the state table's
    /// label column, `running`, `blocked on lock#1`, `waiting: queue jobs empty`, `done (exit 0)`.
    func describe(_ state: ActorState, of actor: ActorID, at time: UInt64) -> String {
        state.words(.label, of: actor, at: time, naming: LabelNaming(labels: self))
    }

    /// An operation as a verb and its target: `acquire lock#1`, `put 3 → jobs`, `get 3 ← jobs`.
    func describe(_ operation: ResourceOperation, on resource: ResourceID) -> String {
        let target = name(of: resource)
        return switch operation {
        case .acquire: "acquire \(target)"
        case .release: "release \(target)"
        case .put(let item): "put \(item) → \(target)"
        case .get(let item): item.map { "get \($0) ← \(target)" } ?? "get from \(target)"
        case .send(let item): "send \(item) → \(target)"
        case .receive(let item): item.map { "receive \($0) ← \(target)" } ?? "receive from \(target)"
        case .notify(let count): "notify \(target) (\(count))"
        case .notifyAll: "notify all \(target)"
        case .set: "set \(target)"
        case .clear: "clear \(target)"
        case .read(let value): value.map { "read \(target) = \($0)" } ?? "read \(target)"
        case .write(let value): value.map { "write \($0) → \(target)" } ?? "write \(target)"
        }
    }
}

/// An export's names for the state table: resources with their kind in front (`queue jobs`),
/// since a slice's label is read without the stage around it.
private struct LabelNaming: StateNaming {
    let labels: TraceLabels

    func name(of actor: ActorID) -> String { labels.name(of: actor) }
    func name(of resource: ResourceID) -> String { labels.qualifiedName(of: resource) }
    /// Labels name what the trace declared and nothing more, such as who holds a lock.
    var world: TraceState? { nil }
}
