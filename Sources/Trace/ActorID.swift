/// Identifies one actor (process, thread or task) within a single trace.
///
/// IDs are small integers handed out by ``TraceRecorder/nextActorID()`` so that
/// they stay stable across JSON export and are cheap to hash in the reducer.
/// They are not pids or thread ids: those can be reused by the OS while a trace
/// is still being read.
public struct ActorID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The ID that a disabled ``Tracer`` hands out; recorders start at 1, so it
    /// never names a recorded actor.
    public static let unassigned = ActorID(0)

    /// The integer written to JSON and used for ordering.
    public let rawValue: Int

    /// Wraps an integer; normally only the recorder and decoders need this.
    public init(_ rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Reads a bare integer, the form ``encode(to:)`` writes to keep JSON lines short.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    /// Writes a bare integer rather than an object, to keep JSON lines short.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Orders by allocation, which is the order the recorder handed IDs out in.
    public static func < (lhs: ActorID, rhs: ActorID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The fallback label (`actor#3`) used when an actor has no declared name.
    public var description: String { "actor#\(rawValue)" }
}
