import Trace

extension TraceLabels {
    /// A state in a few words, short enough to fit a slice on a timeline:
    /// `running`, `blocked on lock#1`, `waiting: queue jobs empty`, `done (exit 0)`.
    func describe(_ state: ActorState) -> String {
        switch state {
        case .new: "new"
        case .ready: "ready"
        case .running: "running"
        case .blocked(let resource): "blocked on \(qualifiedName(of: resource))"
        case .waiting(let wait): "waiting: \(describe(wait))"
        case .sleeping: "sleeping"
        case .done(let status): "done (\(describe(status)))"
        }
    }

    private func describe(_ wait: ActorState.Wait) -> String {
        switch wait {
        case .join(let actor): "join \(name(of: actor))"
        case .queue(let resource, let status): "\(qualifiedName(of: resource)) \(status.rawValue)"
        case .condition(let resource), .pipe(let resource), .event(let resource), .barrier(let resource):
            qualifiedName(of: resource)
        }
    }

    private func describe(_ status: ExitStatus) -> String {
        switch status {
        case .exited(let code): "exit \(code)"
        case .signalled(let signal): "signal \(signal)"
        case .failed(let message): "failed: \(message)"
        }
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
