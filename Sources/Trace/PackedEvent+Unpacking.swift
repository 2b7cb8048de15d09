extension PackedEvent {
    /// The event this packs, with its own time; `whole` holds the events kept whole.
    func unpacked(whole: (Int) -> TraceEvent) -> TraceEvent {
        let actor = ActorID(Int(actor))
        switch form {
        case .whole:
            var event = whole(Int(subject))
            event.time = time
            return event
        case .transition:
            return TraceEvent(time: time, actor: actor, kind: .transition(state))
        case .operation:
            return TraceEvent(time: time, actor: actor, kind: .operation(ResourceID(Int(subject)), operation))
        }
    }

    private var state: ActorState {
        switch StateTag(rawValue: tag)! {
        case .new: .new
        case .ready: .ready
        case .running: .running
        case .blocked: .blocked(on: ResourceID(Int(subject)))
        case .waiting: .waiting(wait)
        case .sleeping: .sleeping(untilNanos: number)
        case .done:
            switch ExitTag(rawValue: detail)! {
            case .exited: .done(.exited(Int32(bitPattern: UInt32(truncatingIfNeeded: payload.0))))
            case .signalled: .done(.signalled(Int32(bitPattern: UInt32(truncatingIfNeeded: payload.0))))
            }
        }
    }

    private var wait: ActorState.Wait {
        let resource = ResourceID(Int(subject))
        return switch WaitTag(rawValue: detail)! {
        case .join: .join(ActorID(Int(subject)))
        case .condition: .condition(resource)
        case .queueEmpty: .queue(resource, .empty)
        case .queueFull: .queue(resource, .full)
        case .pipe: .pipe(resource)
        case .event: .event(resource)
        case .barrier: .barrier(resource)
        }
    }

    private var operation: ResourceOperation {
        switch OperationTag(rawValue: tag)! {
        case .acquire: .acquire
        case .release: .release
        case .notifyAll: .notifyAll
        case .set: .set
        case .clear: .clear
        case .put: .put(item: label ?? "")
        case .get: .get(item: label)
        case .send: .send(item: label ?? "")
        case .receive: .receive(item: label)
        case .notify: .notify(count: Int(Int64(bitPattern: payload.0)))
        case .read: .read(value: number.map { Int64(bitPattern: $0) })
        case .write: .write(value: number.map { Int64(bitPattern: $0) })
        }
    }

    private var number: UInt64? {
        payloadLength == 0 ? nil : payload.0
    }

    private var label: String? {
        switch LabelForm(rawValue: detail)! {
        case .absent: return nil
        case .number: return String(Int64(bitPattern: payload.0))
        case .text: break
        }
        return withUnsafeBytes(of: payload) { bytes in
            String(decoding: bytes.prefix(Int(payloadLength)), as: UTF8.self)
        }
    }
}
