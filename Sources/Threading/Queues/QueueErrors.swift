/// Python's `queue.Empty`: a non-blocking `get` found nothing, or a blocking one's timeout
/// passed first.
public struct QueueEmpty: Error, Hashable, Sendable, CustomStringConvertible {
    /// Creates the error; it carries nothing because Python's carries nothing either.
    public init() {}

    /// `queue.Empty`, followed by what happened.
    public var description: String { "queue.Empty: no item to get" }
}

/// Python's `queue.Full`: a non-blocking `put` found the queue at its maxsize, or a blocking
/// one's timeout passed before room appeared.
public struct QueueFull: Error, Hashable, Sendable, CustomStringConvertible {
    /// Creates the error; it carries nothing because Python's carries nothing either.
    public init() {}

    /// `queue.Full`, followed by what happened.
    public var description: String { "queue.Full: no room for another item" }
}

/// Python 3.13's `queue.ShutDown`: `put` after `shutdown()`, or `get` once a shut-down queue
/// is empty (at once after `shutdown(immediate: true)`, which drops what was left).
public struct QueueShutDown: Error, Hashable, Sendable, CustomStringConvertible {
    /// Creates the error; it carries nothing because Python's carries nothing either.
    public init() {}

    /// `queue.ShutDown`, followed by what happened.
    public var description: String { "queue.ShutDown: the queue was shut down" }
}

/// The misuses for which Python's `queue` module raises `ValueError`.
///
/// A separate type rather than a module-wide `ValueError` so that each area of the module
/// can name its own misuses without the types colliding; ``pythonException`` keeps the mapping.
public enum QueueValueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `taskDone()` called more times than items were put.
    case taskDoneTooManyTimes
    /// A negative or NaN timeout given to a blocking `put` or `get`.
    case invalidTimeout(Double)

    /// The name of the Python exception this corresponds to.
    public var pythonException: String { "ValueError" }

    /// The message, worded like Python's.
    public var description: String {
        switch self {
        case .taskDoneTooManyTimes: "task_done() called too many times"
        case .invalidTimeout: "'timeout' must be a non-negative number"
        }
    }
}
