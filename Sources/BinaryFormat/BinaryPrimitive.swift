/// A scalar the format writes as a tag and a payload, with no Encoder in between.
///
/// Every `encode`/`decode` overload of the containers, and the top-level fast paths, go through
/// this one protocol so that each scalar's layout is written down exactly once.
@usableFromInline
protocol BinaryPrimitive {
    func write(to writer: inout BinaryWriter)
    static func read(from reader: inout BinaryReader) throws(BinaryCodingError) -> Self
}

/// An integer stored as a tag naming its exact type followed by its little-endian bytes.
///
/// The tag names the exact type rather than just the width so that decoding `Int32` where an
/// `Int` was written is reported, since within one program that is always a bug.
@usableFromInline
protocol TaggedInteger: BinaryPrimitive, FixedWidthInteger, BitwiseCopyable {
    static var binaryTag: BinaryTag { get }
}

extension TaggedInteger {
    @inlinable
    package func write(to writer: inout BinaryWriter) {
        writer.append(Self.binaryTag)
        writer.appendFixedWidth(self)
    }

    @inlinable
    package static func read(from reader: inout BinaryReader) throws(BinaryCodingError) -> Self {
        let name = binaryTag.typeName
        try reader.expect(binaryTag, for: name)
        return try reader.readFixedWidth(Self.self, for: name)
    }
}

extension Int: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .int }
}

extension Int8: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .int8 }
}

extension Int16: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .int16 }
}

extension Int32: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .int32 }
}

extension Int64: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .int64 }
}

extension Int128: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .int128 }
}

extension UInt: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .uint }
}

extension UInt8: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .uint8 }
}

extension UInt16: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .uint16 }
}

extension UInt32: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .uint32 }
}

extension UInt64: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .uint64 }
}

extension UInt128: TaggedInteger {
    @inlinable static var binaryTag: BinaryTag { .uint128 }
}

/// Two payload-free tags: a Bool costs one byte and needs no range check on decode.
extension Bool: BinaryPrimitive {
    @inlinable
    package func write(to writer: inout BinaryWriter) {
        writer.append(self ? .true : .false)
    }

    @inlinable
    package static func read(from reader: inout BinaryReader) throws(BinaryCodingError) -> Bool {
        switch try reader.readValueTag(for: "Bool") {
        case .true: return true
        case .false: return false
        case let other: throw .mismatch("Bool", at: reader.position - 1, foundTagByte: other.rawValue)
        }
    }
}

/// Stored as its bit pattern so that NaN payloads and the sign of zero survive the trip.
extension Double: BinaryPrimitive {
    @inlinable
    package func write(to writer: inout BinaryWriter) {
        writer.append(.double)
        writer.appendFixedWidth(bitPattern)
    }

    @inlinable
    package static func read(from reader: inout BinaryReader) throws(BinaryCodingError) -> Double {
        try reader.expect(.double, for: "Double")
        return Double(bitPattern: try reader.readFixedWidth(UInt64.self, for: "Double"))
    }
}

/// Stored as its bit pattern, like `Double`.
extension Float: BinaryPrimitive {
    @inlinable
    package func write(to writer: inout BinaryWriter) {
        writer.append(.float)
        writer.appendFixedWidth(bitPattern)
    }

    @inlinable
    package static func read(from reader: inout BinaryReader) throws(BinaryCodingError) -> Float {
        try reader.expect(.float, for: "Float")
        return Float(bitPattern: try reader.readFixedWidth(UInt32.self, for: "Float"))
    }
}

/// Length-prefixed UTF-8; decoding validates the bytes so that garbage cannot forge a String.
extension String: BinaryPrimitive {
    @inlinable
    package func write(to writer: inout BinaryWriter) {
        writer.appendString(self)
    }

    @inlinable
    package static func read(from reader: inout BinaryReader) throws(BinaryCodingError) -> String {
        try reader.expect(.string, for: "String")
        return try reader.readUTF8(for: "String")
    }
}
