/// A fast, compact binary coder for `Codable` values moving between processes of one program,
/// in the role Python's `pickle` plays for `multiprocessing`.
///
/// The format is for the same program on both ends, like pickle storing classes by reference:
/// it records what was encoded in the order it was encoded, with just enough structure (a tag
/// per value, and keys as strings) to decode keys in any order and to fail cleanly on damaged
/// input. It is not an interchange format and makes no promise across versions of a type.
///
/// - Integers: a tag naming the exact type, then fixed-width little-endian bytes; floating
///   point numbers as their bit patterns.
/// - Strings: a tag, a LEB128 byte count, then UTF-8. `Bool` and `nil` are a tag alone.
/// - Optionals: an `absent` tag, or `present` and the value, so `Int??` keeps `.some(nil)`.
/// - Containers: a tag and a four-byte count, then entries; a keyed entry is its key's
///   `stringValue` (LEB128 length, UTF-8) followed by the value.
/// - `[UInt8]`, `[Int]` and `[Double]`: a tag, a LEB128 count, then the raw elements.
///
/// `Int`, the other integer types, `Double`, `Float`, `Bool`, `String`, `[UInt8]`, `[Int]`,
/// `[Double]` and `[String]` skip the `Encoder`/`Decoder` machinery entirely, at the top level
/// and as fields, which is what lets a queue move a million small items a second.
public enum BinaryCoding {
    /// How deeply values may nest. Deeper input is refused instead of decoded, so that a forged
    /// tower of containers cannot exhaust a thread's stack: a level of nesting takes 1 to 1.5 KB
    /// of stack in a release build, so 256 levels fit in the 512 KB of a Darwin secondary thread.
    static let maximumDepth = 256

    /// Appends the encoding of `value` to `buffer`.
    ///
    /// Appending lets a sender reuse one buffer, or frame several values back to back, without
    /// an allocation per value. If encoding fails, `buffer` is left as it was.
    @inlinable
    public static func encode<T: Encodable>(_ value: T, into buffer: inout [UInt8]) throws(BinaryCodingError)
    {
        var writer = BinaryWriter(takingOver: &buffer)
        defer { writer.hand(backTo: &buffer) }
        if BinaryFastPath.encode(value, into: &writer) {
            return
        }
        try encodeWithEncoder(value, into: &writer)
    }

    /// Appends the encoding of an array holding `elements`, the same bytes as encoding
    /// `Array(elements)`, without building that array when its elements are packed (`Int`,
    /// `Double`, `UInt8`): a process pool encodes each chunk of a `map` straight from the
    /// caller's array this way.
    @inlinable
    public static func encode<Element: Encodable>(
        arrayOf elements: UnsafeBufferPointer<Element>, into buffer: inout [UInt8]
    ) throws(BinaryCodingError) {
        var writer = BinaryWriter(takingOver: &buffer)
        let packed = BinaryFastPath.encodePacked(elements, into: &writer)
        writer.hand(backTo: &buffer)
        if !packed {
            try encode(Array(elements), into: &buffer)
        }
    }

    /// Returns the encoding of `value` in a new array sized for it, so that small values cost a
    /// single allocation.
    @inlinable
    public static func encode<T: Encodable>(_ value: T) throws(BinaryCodingError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(BinaryFastPath.estimatedSize(of: value))
        try encode(value, into: &bytes)
        return bytes
    }

    /// Decodes a `T` that must fill `bytes` exactly.
    ///
    /// Takes a raw buffer so that a value can be decoded straight out of shared memory or a
    /// receive buffer without copying. Leftover bytes are an error rather than ignored, because
    /// they mean the framing around the value is wrong.
    @inlinable
    public static func decode<T: Decodable>(
        _ type: T.Type, from bytes: UnsafeRawBufferPointer
    ) throws(BinaryCodingError) -> T {
        var reader = BinaryReader(bytes)
        if let value = try? BinaryFastPath.decode(T.self, from: &reader), reader.remaining == 0 {
            return value
        }
        return try decodeWithDecoder(T.self, from: bytes)
    }

    /// Decodes a `T` that must fill `bytes` exactly; see ``decode(_:from:)-(_,UnsafeRawBufferPointer)``.
    @inlinable
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(BinaryCodingError)
        -> T
    {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(BinaryCodingError) -> T in try decode(T.self, from: raw) }
        }
        return try result.get()
    }

    /// The general path, kept out of line so that the inlined fast paths stay small; it also
    /// produces the precise error when a fast path met bytes it did not expect.
    @usableFromInline
    static func encodeWithEncoder<T: Encodable>(_ value: T, into writer: inout BinaryWriter)
        throws(BinaryCodingError)
    {
        let start = writer.bytes.count
        let state = EncodingState(takingOver: &writer)
        let outcome = Result { () throws(BinaryCodingError) in try state.encodeTopLevel(value) }
        state.handBack(to: &writer)
        if case .failure(let error) = outcome {
            writer.bytes.removeSubrange(start...)
            throw error
        }
    }

    @usableFromInline
    static func decodeWithDecoder<T: Decodable>(
        _ type: T.Type, from bytes: UnsafeRawBufferPointer
    ) throws(BinaryCodingError) -> T {
        let state = DecodingState(bytes: bytes)
        defer { state.close() }
        var end = 0
        let value = try state.decodeTopLevel(T.self, end: &end)
        guard end == bytes.count else {
            throw .trailing("\(T.self)", at: end, count: bytes.count - end)
        }
        return value
    }
}
