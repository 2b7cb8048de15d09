/// How an actor finished; the last thing the stage shows in its lane.
public enum ExitStatus: Hashable, Sendable {
    /// Returned normally, or a process called `exit(code)`; 0 means success.
    case exited(Int32)
    /// A process was terminated by a signal (the raw signal number, e.g. 9).
    case signalled(Int32)
    /// A thread or task ended by throwing; the message is the error's description.
    case failed(String)
}

extension ExitStatus: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, code, signal, message
    }

    private enum Tag: String {
        case exited, signalled, failed
    }

    /// Reads the object form written by ``encode(to:)``, rejecting unknown `"type"` values by name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeTag(Tag.self, forKey: .type, describing: "exit status") {
        case .exited: self = .exited(try container.decode(Int32.self, forKey: .code))
        case .signalled: self = .signalled(try container.decode(Int32.self, forKey: .signal))
        case .failed: self = .failed(try container.decode(String.self, forKey: .message))
        }
    }

    /// Writes an object whose `"type"` field names the case, so trace files stay
    /// readable by hand and new cases can be added without breaking old readers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .exited(let code):
            try container.encode(Tag.exited.rawValue, forKey: .type)
            try container.encode(code, forKey: .code)
        case .signalled(let signal):
            try container.encode(Tag.signalled.rawValue, forKey: .type)
            try container.encode(signal, forKey: .signal)
        case .failed(let message):
            try container.encode(Tag.failed.rawValue, forKey: .type)
            try container.encode(message, forKey: .message)
        }
    }
}
