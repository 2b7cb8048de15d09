/// An operation is not allowed in the object's current state: Python's built-in `RuntimeError`,
/// as in `RuntimeError("cannot schedule new futures after shutdown")`.
public struct RuntimeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Python's message.
    public let message: String

    /// Creates the error with Python's message.
    public init(_ message: String) {
        self.message = message
    }

    /// `RuntimeError: <message>`, as Python prints it.
    public var description: String { "RuntimeError: \(message)" }
}

/// An argument or call is invalid for the object's state: Python's built-in `ValueError`,
/// as in `ValueError("Pool is still running")`.
public struct ValueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Python's message.
    public let message: String

    /// Creates the error with Python's message.
    public init(_ message: String) {
        self.message = message
    }

    /// `ValueError: <message>`, as Python prints it.
    public var description: String { "ValueError: \(message)" }
}
