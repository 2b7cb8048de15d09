import Trace

/// The `args` a viewer shows when a slice or instant is selected: the structured
/// facts behind its short name.
extension ChromeTraceBuilder {
    typealias Args = [(key: String, value: JSONValue)]

    func detailArgs(of event: TraceEvent) -> Args {
        switch event.kind {
        case .declareActor, .declareResource: []
        case .transition(let newState): args(of: newState, at: event.time)
        case .operation(let resource, let operation): args(of: resource) + args(of: operation)
        case .result(let name, let value): [("name", .string(name)), ("value", .string(value))]
        case .note(let text): [("text", .string(text))]
        }
    }

    /// Expects ``state`` to include the transition already, which never changes who
    /// holds a lock, so the holder named is the one the actor is blocked behind.
    private func args(of newState: ActorState, at time: UInt64) -> Args {
        switch newState {
        case .new: [("state", .string("new"))]
        case .ready: [("state", .string("ready"))]
        case .running: [("state", .string("running"))]
        case .blocked(let resource):
            [("state", .string("blocked"))] + args(of: resource) + holderArgs(of: resource)
        case .waiting(let wait):
            [("state", .string("waiting"))] + args(of: wait)
        case .sleeping(let until):
            [("state", .string("sleeping"))]
                + (until.flatMap { $0 > time ? [("planned_us", ChromeEvent.microseconds($0 - time))] : nil }
                    ?? [])
        case .done(.exited(let code)):
            [("state", .string("done")), ("exit_code", .integer(Int64(code)))]
        case .done(.signalled(let signal)):
            [("state", .string("done")), ("signal", .integer(Int64(signal)))]
        case .done(.failed(let message)):
            [("state", .string("done")), ("error", .string(message))]
        }
    }

    private func args(of wait: ActorState.Wait) -> Args {
        switch wait {
        case .join(let actor):
            [("wait", .string("join")), ("actor", .string(labels.name(of: actor)))]
        case .queue(let resource, let status):
            [("wait", .string("queue"))] + args(of: resource) + [("status", .string(status.rawValue))]
        case .condition(let resource): [("wait", .string("condition"))] + args(of: resource)
        case .pipe(let resource): [("wait", .string("pipe"))] + args(of: resource)
        case .event(let resource): [("wait", .string("event"))] + args(of: resource)
        case .barrier(let resource): [("wait", .string("barrier"))] + args(of: resource)
        }
    }

    private func args(of resource: ResourceID) -> Args {
        var args: Args = [("resource", .string(labels.name(of: resource)))]
        if let kind = labels.kind(of: resource) {
            args.append(("resource_kind", .string(kind)))
        }
        args.append(("resource_id", .integer(Int64(resource.rawValue))))
        return args
    }

    private func holderArgs(of resource: ResourceID) -> Args {
        guard let owner = state.owner(of: resource) else { return [] }
        return [("held_by", .string(labels.name(of: owner)))]
    }

    private func args(of operation: ResourceOperation) -> Args {
        switch operation {
        case .put(let item), .send(let item): [("item", .string(item))]
        case .get(let item?), .receive(let item?): [("item", .string(item))]
        case .notify(let count): [("count", .integer(Int64(count)))]
        case .read(let value?), .write(let value?): [("value", .integer(value))]
        case .acquire, .release, .get(nil), .receive(nil), .notifyAll, .set, .clear, .read(nil), .write(nil):
            []
        }
    }
}
