#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call failed: Python's built-in `OSError`, printed the way Python prints it
/// (`OSError: [Errno 11] Resource temporarily unavailable`), plus the step that failed.
public struct OSError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The `errno` value.
    public let errno: Int32
    /// What Spindle was doing, for example "fork".
    public let operation: String

    /// Creates the error for `errno` raised while doing `operation`.
    public init(errno: Int32, doing operation: String) {
        self.errno = errno
        self.operation = operation
    }

    /// Python's format, then the step.
    public var description: String {
        "OSError: [Errno \(errno)] \(String(cString: strerror(errno))) (\(operation))"
    }
}
