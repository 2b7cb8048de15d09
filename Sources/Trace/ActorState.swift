/// What an actor is doing right now, as reported by the primitives it uses.
///
/// Primitives report a transition *before* the actor can get stuck (so a
/// deadlocked trace still shows who waits for what) and again when it resumes.
/// `blocked` and `waiting` are kept apart because learners must tell "cannot get
/// a lock" from "chose to wait for something to happen".
public enum ActorState: Hashable, Sendable {
    /// Declared but not started yet (a thread object before `start()`).
    case new
    /// Runnable but not on a CPU; reported by schedulers that know, such as the GIL demo.
    case ready
    /// Executing; reported on start and whenever a block or wait ends.
    case running
    /// Trying to acquire a lock, rlock, semaphore, condition's lock or the GIL that
    /// is not available. Followed by `running` and an `acquire` operation once it gets it.
    case blocked(on: ResourceID)
    /// Voluntarily waiting for another actor or for a condition to become true;
    /// see ``Wait`` for each case.
    case waiting(Wait)
    /// Sleeping on a timer; `untilNanos` is the ``MonotonicClock`` time it should
    /// wake, when known, so the stage can show a countdown.
    case sleeping(untilNanos: UInt64?)
    /// Finished; reported exactly once, as the actor's last state.
    case done(ExitStatus)

    /// The resource the actor is stuck behind, if any; this is what makes it a waiter.
    public var resource: ResourceID? {
        switch self {
        case .blocked(let resource): resource
        case .waiting(let wait): wait.resource
        default: nil
        }
    }
}

extension ActorState: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, resource, wait, until, status
    }

    private enum Tag: String {
        case new, ready, running, blocked, waiting, sleeping, done
    }

    /// Reads the object form written by ``encode(to:)``, rejecting unknown `"type"` values by name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeTag(Tag.self, forKey: .type, describing: "state") {
        case .new: self = .new
        case .ready: self = .ready
        case .running: self = .running
        case .blocked: self = .blocked(on: try container.decode(ResourceID.self, forKey: .resource))
        case .waiting: self = .waiting(try container.decode(Wait.self, forKey: .wait))
        case .sleeping:
            self = .sleeping(untilNanos: try container.decodeIfPresent(UInt64.self, forKey: .until))
        case .done: self = .done(try container.decode(ExitStatus.self, forKey: .status))
        }
    }

    /// Writes an object whose `"type"` field names the case, so trace files stay
    /// readable by hand and new cases can be added without breaking old readers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .new:
            try container.encode(Tag.new.rawValue, forKey: .type)
        case .ready:
            try container.encode(Tag.ready.rawValue, forKey: .type)
        case .running:
            try container.encode(Tag.running.rawValue, forKey: .type)
        case .blocked(let resource):
            try container.encode(Tag.blocked.rawValue, forKey: .type)
            try container.encode(resource, forKey: .resource)
        case .waiting(let wait):
            try container.encode(Tag.waiting.rawValue, forKey: .type)
            try container.encode(wait, forKey: .wait)
        case .sleeping(let until):
            try container.encode(Tag.sleeping.rawValue, forKey: .type)
            try container.encodeIfPresent(until, forKey: .until)
        case .done(let status):
            try container.encode(Tag.done.rawValue, forKey: .type)
            try container.encode(status, forKey: .status)
        }
    }
}
