#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `OSError` as a ``Connection`` or ``RawPipe`` raises it: a closed handle, the wrong
/// direction, a broken message or a failed system call.
///
/// One type with a ``Reason`` rather than Python's bare message, so that callers and tests can
/// tell the cases apart without matching text.
public struct PipeOSError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The end was closed by ``Connection/close()`` (Python: `handle is closed`).
        case handleClosed
        /// A send on the receiving end of a `Pipe(duplex: false)`.
        case receiveOnly
        /// A receive or poll on the sending end of a `Pipe(duplex: false)`.
        case sendOnly
        /// The other end closed in the middle of a message: `received` of `expected` bytes came
        /// (Python: `got end of file during message`).
        case truncatedMessage(expected: Int, received: Int)
        /// A header announced `length` bytes, more than ``Connection/maximumMessageLength``: the bytes
        /// in the pipe are not Spindle messages.
        case badMessageLength(Int)
        /// ``Connection/recvBytes(maxLength:timeout:)`` got a `length`-byte message, more than its
        /// `maximum`; the message was read and dropped.
        case messageExceedsMaxLength(length: Int, maximum: Int)
        /// A system call failed with `errno`.
        case systemCall(String, errno: Int32)
    }

    /// The end concerned, such as `pipe#2 end 1` or `pipe#3 read end`.
    public let endpoint: String
    /// What went wrong.
    public let reason: Reason

    /// Creates the error for `endpoint`.
    public init(endpoint: String, reason: Reason) {
        self.endpoint = endpoint
        self.reason = reason
    }

    /// The `errno` value when a system call failed, as Python's `OSError.errno`.
    public var errno: Int32? {
        if case .systemCall(_, let code) = reason { code } else { nil }
    }

    /// `OSError: <endpoint>: <what>`, worded like Python's where Python has a message.
    public var description: String {
        switch reason {
        case .handleClosed:
            "OSError: \(endpoint): handle is closed"
        case .receiveOnly:
            "OSError: \(endpoint) is receive-only (duplex=false)"
        case .sendOnly:
            "OSError: \(endpoint) is send-only (duplex=false)"
        case .truncatedMessage(let expected, let received):
            "OSError: \(endpoint): got end of file during message (\(received) of \(expected) bytes arrived)"
        case .badMessageLength(let length):
            "OSError: \(endpoint): bad message length: the header announces \(length) bytes, more than "
                + "the \(Connection.maximumMessageLength)-byte limit"
        case .messageExceedsMaxLength(let length, let maximum):
            "OSError: \(endpoint): bad message length: \(length) bytes is more than maxLength \(maximum) "
                + "(the message was dropped)"
        case .systemCall(let call, let code):
            "OSError: [Errno \(code)] \(endpoint): \(call): \(String(cString: strerror(code)))"
        }
    }
}
