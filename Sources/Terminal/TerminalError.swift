#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call on the terminal failed; `description` is the system's words for `code`.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `errno` value.
    public let code: Int32

    /// Wraps `code`, an `errno` value.
    public init(code: Int32) {
        self.code = code
    }

    /// The system's sentence for the error, such as "Inappropriate ioctl for device".
    public var description: String { String(cString: strerror(code)) }
}
