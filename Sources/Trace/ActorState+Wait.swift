extension ActorState {
    /// Why an actor is in ``ActorState/waiting(_:)``.
    public enum Wait: Hashable, Sendable {
        /// Which end of a bounded queue stopped a `get` or a `put`.
        public enum QueueStatus: String, Hashable, Sendable, Codable {
            /// A `get` found nothing to take.
            case empty
            /// A `put` found the queue at its maxsize.
            case full
        }

        /// Joining (`join`, `waitpid`) another actor until it is done.
        case join(ActorID)
        /// Inside `condition.wait()`; the primitive reports releasing the condition's
        /// lock before this and re-acquiring it after being notified.
        case condition(ResourceID)
        /// Blocked in `get` on an empty queue or `put` on a full one.
        case queue(ResourceID, QueueStatus)
        /// Reading from a pipe with no data, or writing to one whose buffer is full.
        case pipe(ResourceID)
        /// Inside `event.wait()` until another actor sets the event.
        case event(ResourceID)
        /// Arrived at a barrier and waiting for the remaining parties.
        case barrier(ResourceID)

        /// The resource waited on; `nil` for a join, which waits on an actor instead.
        public var resource: ResourceID? {
            switch self {
            case .join: nil
            case .condition(let resource), .queue(let resource, _), .pipe(let resource),
                .event(let resource), .barrier(let resource):
                resource
            }
        }
    }
}

extension ActorState.Wait: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, actor, resource, status
    }

    private enum Tag: String {
        case join, condition, queue, pipe, event, barrier
    }

    /// Reads the object form written by ``encode(to:)``, rejecting unknown `"type"` values by name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func resource() throws -> ResourceID {
            try container.decode(ResourceID.self, forKey: .resource)
        }
        switch try container.decodeTag(Tag.self, forKey: .type, describing: "wait") {
        case .join: self = .join(try container.decode(ActorID.self, forKey: .actor))
        case .condition: self = .condition(try resource())
        case .queue: self = .queue(try resource(), try container.decode(QueueStatus.self, forKey: .status))
        case .pipe: self = .pipe(try resource())
        case .event: self = .event(try resource())
        case .barrier: self = .barrier(try resource())
        }
    }

    /// Writes an object whose `"type"` field names the case, so trace files stay
    /// readable by hand and new cases can be added without breaking old readers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .join(let actor):
            try container.encode(Tag.join.rawValue, forKey: .type)
            try container.encode(actor, forKey: .actor)
        case .condition(let resource):
            try container.encode(Tag.condition.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
        case .queue(let resource, let status):
            try container.encode(Tag.queue.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
            try container.encode(status, forKey: .status)
        case .pipe(let resource):
            try container.encode(Tag.pipe.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
        case .event(let resource):
            try container.encode(Tag.event.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
        case .barrier(let resource):
            try container.encode(Tag.barrier.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
        }
    }
}
