#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `BrokenPipeError`: a send found every receiving end closed.
///
/// Spindle never lets SIGPIPE end the process for this (see Multiprocessing's `Pipe`), so the
/// error is what the sender sees, as in Python, which ignores SIGPIPE at start-up.
public struct BrokenPipeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Which end failed to send, such as `pipe#2 end 0: the other end was closed`.
    public let message: String

    /// Creates the error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// `BrokenPipeError: [Errno 32] <message>`, as Python prints it.
    public var description: String { "BrokenPipeError: [Errno \(EPIPE)] \(message)" }
}
