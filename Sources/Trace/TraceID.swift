/// Identifies one actor (process, thread or task) within a single trace.
///
/// IDs are small integers handed out by ``TraceRecorder/nextActorID()`` so that
/// they stay stable across JSON export and are cheap to hash in the reducer.
/// They are not pids or thread ids: those can be reused by the OS while a trace
/// is still being read.
public typealias ActorID = TraceID<ActorIDKind>

/// Identifies one shared resource (lock, queue, pipe, ...) within a single trace.
///
/// Like ``ActorID`` these are recorder-assigned integers rather than addresses,
/// so a trace read back from JSON refers to the same resources.
public typealias ResourceID = TraceID<ResourceIDKind>

/// Marks an ID as naming an actor, so it cannot be passed where a resource is meant.
public enum ActorIDKind: TraceIDKind {
    /// `actor#3`.
    public static let label = "actor"
}

/// Marks an ID as naming a resource, so it cannot be passed where an actor is meant.
public enum ResourceIDKind: TraceIDKind {
    /// `resource#3`.
    public static let label = "resource"
}

/// What an ID names; only its fallback label differs.
public protocol TraceIDKind: Sendable {
    /// The word before `#` in an undeclared thing's fallback name.
    static var label: String { get }
}

/// A recorder-assigned integer naming one actor or resource of a trace; the `Kind` keeps
/// actor and resource IDs apart at compile time while they share one implementation.
public struct TraceID<Kind: TraceIDKind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The ID that a disabled ``Tracer`` hands out; recorders start at 1, so it
    /// never names anything recorded.
    public static var unassigned: TraceID { TraceID(0) }

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
    public static func < (lhs: TraceID, rhs: TraceID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The fallback label (`actor#3`, `resource#3`) used when nothing was declared under the ID.
    public var description: String { "\(Kind.label)#\(rawValue)" }
}
