/// An exception no code caught: it ended its thread, as Python prints it with
/// "Exception in thread NAME:".
public struct LabException: Hashable, Sendable, Codable, CustomStringConvertible {
    public var threadID: Int
    public var threadName: String
    /// Python's type name: `AssertionError`, `RuntimeError`.
    public var type: String
    public var message: String
    public var position: SourcePosition

    /// `Type: message`, or just the type when the message is empty, as Python's last line reads.
    public var description: String { message.isEmpty ? type : "\(type): \(message)" }
}

/// A Python exception being raised inside the interpreter.
struct PythonError: Error {
    var type: String
    var message: String

    init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    static func typeError(_ message: String) -> PythonError { PythonError("TypeError", message) }
    static let overflow = PythonError("OverflowError", "int too large for the lab")
}
