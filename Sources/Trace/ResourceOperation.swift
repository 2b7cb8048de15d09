/// Something an actor did to a resource, reported after it succeeded.
///
/// Operations are reported only once they have happened (a `get` after the item
/// was taken), while the waiting that may precede them is a separate
/// ``ActorState`` transition. Details are labels, not values: the stage only
/// ever displays them, and labels keep the trace independent of item types.
public enum ResourceOperation: Hashable, Sendable {
    /// Took a lock, rlock, condition's lock, semaphore unit or the GIL.
    case acquire
    /// Gave back what `acquire` took.
    case release
    /// Added an item to a queue; `item` is the label shown in the queue's contents.
    case put(item: String)
    /// Took an item from a queue. With a label the reducer removes the first item
    /// with that label (which is how priority queues stay correct); without one,
    /// or if no item matches, it removes the oldest.
    case get(item: String?)
    /// Wrote a chunk into a pipe; `item` labels the chunk (e.g. `b'hello'`).
    case send(item: String)
    /// Read a chunk from a pipe; removal follows the same rule as ``get(item:)``.
    case receive(item: String?)
    /// Woke up to `count` waiters of a condition.
    case notify(count: Int)
    /// Woke every waiter of a condition.
    case notifyAll
    /// Set an event's flag, releasing its waiters.
    case set
    /// Cleared an event's flag so later waiters block again.
    case clear
    /// Read shared memory; `value` is what was read, when it is a number worth showing.
    case read(value: Int64?)
    /// Wrote shared memory; `value` is what was written, when it is a number worth showing.
    case write(value: Int64?)
}

extension ResourceOperation: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, item, count, value
    }

    private enum Tag: String {
        case acquire, release, put, get, send, receive, notify, notifyAll, set, clear, read, write
    }

    /// Reads the object form written by ``encode(to:)``, rejecting unknown `"type"` values by name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeTag(Tag.self, forKey: .type, describing: "operation") {
        case .acquire: self = .acquire
        case .release: self = .release
        case .put: self = .put(item: try container.decode(String.self, forKey: .item))
        case .get: self = .get(item: try container.decodeIfPresent(String.self, forKey: .item))
        case .send: self = .send(item: try container.decode(String.self, forKey: .item))
        case .receive: self = .receive(item: try container.decodeIfPresent(String.self, forKey: .item))
        case .notify: self = .notify(count: try container.decode(Int.self, forKey: .count))
        case .notifyAll: self = .notifyAll
        case .set: self = .set
        case .clear: self = .clear
        case .read: self = .read(value: try container.decodeIfPresent(Int64.self, forKey: .value))
        case .write: self = .write(value: try container.decodeIfPresent(Int64.self, forKey: .value))
        }
    }

    /// Writes an object whose `"type"` field names the case, so trace files stay
    /// readable by hand and new cases can be added without breaking old readers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .acquire:
            try container.encode(Tag.acquire.rawValue, forKey: .type)
        case .release:
            try container.encode(Tag.release.rawValue, forKey: .type)
        case .put(let item):
            try container.encode(Tag.put.rawValue, forKey: .type)
            try container.encode(item, forKey: .item)
        case .get(let item):
            try container.encode(Tag.get.rawValue, forKey: .type)
            try container.encodeIfPresent(item, forKey: .item)
        case .send(let item):
            try container.encode(Tag.send.rawValue, forKey: .type)
            try container.encode(item, forKey: .item)
        case .receive(let item):
            try container.encode(Tag.receive.rawValue, forKey: .type)
            try container.encodeIfPresent(item, forKey: .item)
        case .notify(let count):
            try container.encode(Tag.notify.rawValue, forKey: .type)
            try container.encode(count, forKey: .count)
        case .notifyAll:
            try container.encode(Tag.notifyAll.rawValue, forKey: .type)
        case .set:
            try container.encode(Tag.set.rawValue, forKey: .type)
        case .clear:
            try container.encode(Tag.clear.rawValue, forKey: .type)
        case .read(let value):
            try container.encode(Tag.read.rawValue, forKey: .type)
            try container.encodeIfPresent(value, forKey: .value)
        case .write(let value):
            try container.encode(Tag.write.rawValue, forKey: .type)
            try container.encodeIfPresent(value, forKey: .value)
        }
    }
}
