/// A future was cancelled before it ran: Python's `concurrent.futures.CancelledError`.
///
/// ``Future/result(timeout:)`` and ``Future/exception(timeout:)`` throw it for a cancelled future.
/// Spindle also throws it from a ``ThreadPool`` task that ``ThreadPool/terminate()`` dropped,
/// where Python would leave `AsyncResult.get()` waiting for ever.
public struct CancelledError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Why the work was cancelled; empty for a plain `cancel()`, as Python prints nothing.
    public let message: String

    /// Creates the error with an optional explanation.
    public init(_ message: String = "") {
        self.message = message
    }

    /// `CancelledError` or `CancelledError: <message>`, as Python prints it.
    public var description: String { message.isEmpty ? "CancelledError" : "CancelledError: \(message)" }
}

/// A wait ran past its timeout: Python's built-in `TimeoutError`, which
/// `concurrent.futures.TimeoutError` is an alias of since Python 3.11, and
/// `multiprocessing.TimeoutError` for ``AsyncResult`` and ``IMapIterator``.
public struct TimeoutError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What did not finish in time; empty when Python gives no message.
    public let message: String

    /// Creates the error with an optional explanation.
    public init(_ message: String = "") {
        self.message = message
    }

    /// `TimeoutError` or `TimeoutError: <message>`, as Python prints it.
    public var description: String { message.isEmpty ? "TimeoutError" : "TimeoutError: \(message)" }
}

extension RuntimeError {
    /// Python's `RuntimeError("can't start new thread")`, with the system's reason appended.
    package static func cannotStartThread(_ error: NativeThreadError) -> RuntimeError {
        RuntimeError("can't start new thread (\(error.description))")
    }
}
