extension TraceEvent {
    /// The payload of an event.
    public enum Kind: Hashable, Sendable {
        /// Introduces an actor. Reported by its creator (the parent process after
        /// `fork`, the thread calling `start()`), or by the actor itself for a root.
        case declareActor(TraceActor)
        /// Introduces a resource; reported by whoever constructs the primitive.
        case declareResource(TraceResource)
        /// The reporting actor entered a new state.
        case transition(ActorState)
        /// The reporting actor completed an operation on a resource.
        case operation(ResourceID, ResourceOperation)
        /// A demo's named outcome (`lost=1234`), shown prominently at the end.
        case result(name: String, value: String)
        /// A free-standing remark from the demo, narrated verbatim.
        case note(String)
    }
}

extension TraceEvent.Kind: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, actor, resource, state, operation, name, value, text
    }

    private enum Tag: String {
        case declareActor, declareResource, transition, operation, result, note
    }

    /// Reads the object form written by ``encode(to:)``, rejecting unknown `"type"` values by name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeTag(Tag.self, forKey: .type, describing: "event kind") {
        case .declareActor:
            self = .declareActor(try container.decode(TraceActor.self, forKey: .actor))
        case .declareResource:
            self = .declareResource(try container.decode(TraceResource.self, forKey: .resource))
        case .transition:
            self = .transition(try container.decode(ActorState.self, forKey: .state))
        case .operation:
            self = .operation(
                try container.decode(ResourceID.self, forKey: .resource),
                try container.decode(ResourceOperation.self, forKey: .operation))
        case .result:
            self = .result(
                name: try container.decode(String.self, forKey: .name),
                value: try container.decode(String.self, forKey: .value))
        case .note:
            self = .note(try container.decode(String.self, forKey: .text))
        }
    }

    /// Writes an object whose `"type"` field names the case, so trace files stay
    /// readable by hand and new cases can be added without breaking old readers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .declareActor(let actor):
            try container.encode(Tag.declareActor.rawValue, forKey: .type)
            try container.encode(actor, forKey: .actor)
        case .declareResource(let resource):
            try container.encode(Tag.declareResource.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
        case .transition(let state):
            try container.encode(Tag.transition.rawValue, forKey: .type)
            try container.encode(state, forKey: .state)
        case .operation(let resource, let operation):
            try container.encode(Tag.operation.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
            try container.encode(operation, forKey: .operation)
        case .result(let name, let value):
            try container.encode(Tag.result.rawValue, forKey: .type)
            try container.encode(name, forKey: .name)
            try container.encode(value, forKey: .value)
        case .note(let text):
            try container.encode(Tag.note.rawValue, forKey: .type)
            try container.encode(text, forKey: .text)
        }
    }
}
