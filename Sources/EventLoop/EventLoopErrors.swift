import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``Deferred`` was fired twice: Twisted's `twisted.internet.defer.AlreadyCalledError`.
///
/// A Deferred stands for one result, so a second `callback` or `errback` is a bug in the caller.
public struct AlreadyCalledError: Error, CustomStringConvertible, Sendable {
    /// Creates the error.
    public init() {}

    /// The message Twisted prints.
    public var description: String { "AlreadyCalledError: this Deferred has already been fired" }
}

/// The first failure among the Deferreds given to ``gatherResults(_:)``: Twisted's
/// `twisted.internet.defer.FirstError`.
public struct FirstError: Error, CustomStringConvertible, @unchecked Sendable {
    /// Which Deferred in the list failed first.
    public let index: Int
    /// Why it failed (Twisted's `subFailure`). `@unchecked` because `any Error` is not `Sendable`;
    /// the error is only read on the reactor thread, like every Deferred result.
    public let error: any Error

    /// Wraps the failure of the Deferred at `index`.
    public init(index: Int, error: any Error) {
        self.index = index
        self.error = error
    }

    /// `FirstError[#2]: ...`, as Twisted shows it.
    public var description: String { "FirstError[#\(index)]: \(error)" }
}

/// An operation on the reactor ran out of time: Twisted's `twisted.internet.error.TimeoutError`
/// and `defer.TimeoutError`, Python's built-in `TimeoutError`.
///
/// Named with a `Reactor` prefix so it cannot collide with the threading primitives' `TimeoutError`.
public struct ReactorTimeoutError: Error, CustomStringConvertible, Sendable {
    /// What timed out, such as `connect to 127.0.0.1:8080`.
    public let operation: String
    /// The limit that passed, in seconds.
    public let seconds: Double

    /// Creates the error for `operation` that did not finish within `seconds`.
    public init(operation: String, seconds: Double) {
        self.operation = operation
        self.seconds = seconds
    }

    /// `TimeoutError: connect to 127.0.0.1:8080 timed out after 5.0 s`.
    public var description: String { "TimeoutError: \(operation) timed out after \(seconds) s" }
}

/// Nobody listens on the port: Python's `ConnectionRefusedError`, Twisted's
/// `twisted.internet.error.ConnectionRefusedError`.
public struct ConnectionRefusedError: Error, CustomStringConvertible, Sendable {
    /// The address that refused, such as `127.0.0.1:9`.
    public let address: String

    /// Creates the error for `address`.
    public init(address: String) {
        self.address = address
    }

    /// `ConnectionRefusedError: connection to 127.0.0.1:9 was refused`.
    public var description: String { "ConnectionRefusedError: connection to \(address) was refused" }
}

/// The peer went away before the exchange was complete: Twisted's `ConnectionLost`
/// (Python's `ConnectionResetError` or `BrokenPipeError`, depending on the cause).
public struct ConnectionLostError: Error, CustomStringConvertible, Sendable {
    /// What was cut short and why.
    public let reason: String

    /// Creates the error with `reason`.
    public init(reason: String) {
        self.reason = reason
    }

    /// `ConnectionLost: ...`.
    public var description: String { "ConnectionLost: \(reason)" }
}

/// A system call on a socket or descriptor failed: Python's `OSError` with its `errno`.
public struct SocketError: Error, CustomStringConvertible, Sendable {
    /// The call that failed, such as `bind`.
    public let operation: String
    /// The `errno` value.
    public let code: Int32

    /// Creates the error for `operation` failing with `code`.
    public init(operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    /// `OSError: [Errno 98] bind: Address already in use`.
    public var description: String {
        "OSError: [Errno \(code)] \(operation): \(String(cString: strerror(code)))"
    }

    /// The error for the last failed call, read from `errno`.
    static func last(_ operation: String) -> SocketError {
        SocketError(operation: operation, code: errno)
    }
}

/// A malformed, unsupported or oversized HTTP message: Python's `http.client.HTTPException`.
public struct HTTPProtocolError: Error, CustomStringConvertible, Sendable {
    /// What was wrong with the message.
    public let message: String

    /// Creates the error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// `HTTPException: ...`.
    public var description: String { "HTTPException: \(message)" }
}

/// A ``ConcurrencyComparison`` was asked for more tasks or threads than it allows: Python's
/// `ValueError`. The caps keep a demo from exhausting the machine.
public struct ComparisonLimitError: Error, CustomStringConvertible, Sendable {
    /// What was asked for: `threads` or `tasks`.
    public let what: String
    /// The number requested.
    public let requested: Int
    /// The largest number allowed.
    public let limit: Int

    /// Creates the error.
    public init(what: String, requested: Int, limit: Int) {
        self.what = what
        self.requested = requested
        self.limit = limit
    }

    /// `ValueError: cannot start 1000 threads (the limit is 256)`.
    public var description: String {
        requested < 1
            ? "ValueError: the number of \(what) must be at least 1, not \(requested)"
            : "ValueError: cannot start \(requested) \(what) (the limit is \(limit))"
    }
}
