#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `EOFError` as `Connection.recv()` raises it: no message is left and the other end is
/// closed, so none will ever come.
public struct EOFError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Which end found the pipe empty and why, such as `pipe#2 end 1: the other end was closed`.
    public let message: String

    /// Creates the error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// `EOFError: <message>`, as Python prints it.
    public var description: String { "EOFError: \(message)" }
}

/// Python's `multiprocessing.BufferTooShort`: ``Connection/recvBytes(into:timeout:)`` got a message
/// larger than the buffer.
///
/// As in Python, the message has already left the pipe, so the error carries all of it (Python's
/// `e.args[0]`) and nothing is lost.
public struct BufferTooShort: Error, CustomStringConvertible, Sendable, Equatable {
    /// The end that received the message, such as `pipe#2 end 1`.
    public let endpoint: String
    /// The whole message that did not fit.
    public let receivedMessage: [UInt8]
    /// The size of the buffer it was meant for.
    public let bufferSize: Int

    /// Creates the error for `receivedMessage`, which did not fit in `bufferSize` bytes.
    public init(endpoint: String, receivedMessage: [UInt8], bufferSize: Int) {
        self.endpoint = endpoint
        self.receivedMessage = receivedMessage
        self.bufferSize = bufferSize
    }

    /// Names both sizes, such as `the 100-byte message does not fit in the 10-byte buffer`.
    public var description: String {
        "BufferTooShort: \(endpoint): the \(receivedMessage.count)-byte message does not fit in the "
            + "\(bufferSize)-byte buffer"
    }
}
