/// Why ``BinaryCoding`` could not encode or decode a value, and where in the value and the bytes.
///
/// Every failure, including one thrown by a type's own `encode(to:)` or `init(from:)`, arrives as
/// this one type so that a caller moving values between processes has a single thing to catch and
/// a message that points at the broken field rather than at the whole message.
public struct BinaryCodingError: Error, CustomStringConvertible, Sendable {
    /// Which direction failed; the same type name means different things in each.
    public enum Operation: Sendable {
        /// Turning a value into bytes.
        case encode
        /// Turning bytes back into a value.
        case decode
    }

    /// What went wrong, kept apart from where so that callers can react to a kind of failure.
    public enum Reason: Sendable {
        /// The bytes ended inside a value: `needed` bytes were required where `available` remained.
        case truncated(needed: Int, available: Int)
        /// The bytes hold a different kind of value than the one asked for, or an unknown tag.
        case typeMismatch(found: String)
        /// The bytes are malformed in a way a length or tag check alone cannot name.
        case invalidData(String)
        /// A keyed container has no entry for the key asked for.
        case keyNotFound(String)
        /// A complete value was decoded but this many bytes followed it; decoding must consume
        /// exactly the buffer, or a framing bug upstream would go unnoticed.
        case trailingBytes(Int)
        /// Values nest deeper than `limit` levels; refused so that hostile input cannot exhaust
        /// the stack.
        case nestingTooDeep(limit: Int)
        /// An encoder or decoder was used in an order this streaming format cannot record, such
        /// as writing to a nested container after its parent moved on.
        case misuse(String)
        /// The value's own `encode(to:)` or `init(from:)` threw this error.
        case underlying(any Error)
    }

    /// Whether encoding or decoding failed.
    public var operation: Operation { details.operation }
    /// The type being encoded or decoded when it failed, as Swift spells it.
    public var typeName: String { details.typeName }
    /// Where in the bytes it failed: the offset being read, or the output length when encoding.
    public var offset: Int { details.offset }
    /// The coding path to the failing value, such as `items[3].name`; empty at the top level.
    public var codingPath: String { details.codingPath ?? "" }
    /// What went wrong.
    public var reason: Reason { details.reason }

    /// The fields live in one shared object so that the error is a single word wide. Thrown
    /// errors are typed here, and every frame on the decoding path reserves room for one; at a
    /// hundred bytes each, they doubled the stack that deeply nested values need.
    private let details: Details

    private final class Details: Sendable {
        package let operation: Operation
        let typeName: String
        let offset: Int
        /// Nil until an enclosing container fills it in; the innermost one knows the full path,
        /// so outer ones must not overwrite it.
        let codingPath: String?
        let reason: Reason

        init(
            _ operation: Operation, _ typeName: String, _ offset: Int, _ codingPath: String?, _ reason: Reason
        ) {
            self.operation = operation
            self.typeName = typeName
            self.offset = offset
            self.codingPath = codingPath
            self.reason = reason
        }
    }

    @usableFromInline
    init(_ operation: Operation, _ typeName: String, at offset: Int, _ reason: Reason) {
        details = Details(operation, typeName, offset, nil, reason)
    }

    private init(_ details: Details) {
        self.details = details
    }

    /// Reads like a compiler diagnostic: what, where in the bytes, where in the value, why.
    public var description: String {
        let verb = operation == .encode ? "encode" : "decode"
        let path = codingPath.isEmpty ? "" : " (\(codingPath))"
        return "cannot \(verb) \(typeName) at offset \(offset)\(path): \(reasonDescription)"
    }

    private var reasonDescription: String {
        switch reason {
        case .truncated(let needed, let available):
            "needs \(needed) \(needed == 1 ? "byte" : "bytes"), only \(available) left"
        case .typeMismatch(let found): "found \(found)"
        case .invalidData(let detail): detail
        case .keyNotFound(let key): "no entry for key '\(key)'"
        case .trailingBytes(let count):
            "\(count) trailing \(count == 1 ? "byte follows" : "bytes follow") the value"
        case .nestingTooDeep(let limit): "nested deeper than \(limit) levels"
        case .misuse(let detail): detail
        case .underlying(let error): "\(error)"
        }
    }

    /// Fills in the coding path unless a more deeply nested container already did.
    func locating(at path: @autoclosure () -> String) -> BinaryCodingError {
        guard details.codingPath == nil else { return self }
        return BinaryCodingError(Details(operation, typeName, offset, path(), reason))
    }
}

extension BinaryCodingError {
    @usableFromInline
    static func truncated(_ typeName: String, at offset: Int, needed: Int, available: Int)
        -> BinaryCodingError
    {
        BinaryCodingError(.decode, typeName, at: offset, .truncated(needed: needed, available: available))
    }

    @usableFromInline
    static func mismatch(_ typeName: String, at offset: Int, foundTagByte byte: UInt8) -> BinaryCodingError {
        BinaryCodingError(.decode, typeName, at: offset, .typeMismatch(found: describeTagByte(byte)))
    }

    @usableFromInline
    static func invalid(_ typeName: String, at offset: Int, _ detail: String) -> BinaryCodingError {
        BinaryCodingError(.decode, typeName, at: offset, .invalidData(detail))
    }

    @usableFromInline
    static func trailing(_ typeName: String, at offset: Int, count: Int) -> BinaryCodingError {
        BinaryCodingError(.decode, typeName, at: offset, .trailingBytes(count))
    }

    private static func describeTagByte(_ byte: UInt8) -> String {
        if let tag = BinaryTag(rawValue: byte) {
            return tag.typeName
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "unknown tag 0x\(byte < 16 ? "0" : "")\(hex)"
    }
}
