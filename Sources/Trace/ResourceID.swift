/// Identifies one shared resource (lock, queue, pipe, ...) within a single trace.
///
/// Like ``ActorID`` these are recorder-assigned integers rather than addresses,
/// so a trace read back from JSON refers to the same resources.
public struct ResourceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The ID that a disabled ``Tracer`` hands out; recorders start at 1, so it
    /// never names a recorded resource.
    public static let unassigned = ResourceID(0)

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
    public static func < (lhs: ResourceID, rhs: ResourceID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The fallback label (`resource#3`) used when a resource was never declared.
    public var description: String { "resource#\(rawValue)" }
}
