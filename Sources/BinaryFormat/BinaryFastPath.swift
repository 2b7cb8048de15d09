/// Moves the types that dominate inter-process traffic without touching `Encoder` or `Decoder`.
///
/// Every check is `T.self == X.self`, which the optimiser folds to a constant once `T` is known,
/// so a specialised call keeps only the branch that applies. Unspecialised, the checks are
/// pointer comparisons, still far cheaper than building an encoder. The layouts written here are
/// exactly those the containers write, so a value encoded one way decodes the other.
@usableFromInline
enum BinaryFastPath {
    /// Writes `value` if its type has a fast path, and reports whether it did.
    @inlinable
    static func encode<T: Encodable>(_ value: T, into writer: inout BinaryWriter) -> Bool {
        if writeScalar(value, into: &writer) {
            return true
        }
        if T.self == [UInt8].self, let bytes = value as? [UInt8] {
            writer.append(.packedBytes)
            writer.appendPacked(bytes)
        } else if T.self == [Int].self, let integers = value as? [Int] {
            writer.append(.packedInts)
            writer.appendPacked(integers)
        } else if T.self == [Double].self, let doubles = value as? [Double] {
            writer.append(.packedDoubles)
            writer.appendPacked(doubles)
        } else if T.self == [String].self, let strings = value as? [String], strings.count < UInt32.max {
            writer.append(.unkeyed)
            writer.appendFixedWidth(UInt32(strings.count))
            for string in strings {
                string.write(to: &writer)
            }
        } else {
            return false
        }
        return true
    }

    /// Writes an array of `elements` if arrays of `Element` are packed, and reports whether it
    /// did; the bytes are those ``encode(_:into:)`` writes for `Array(elements)`.
    @inlinable
    static func encodePacked<Element>(
        _ elements: UnsafeBufferPointer<Element>, into writer: inout BinaryWriter
    )
        -> Bool
    {
        let raw = UnsafeRawBufferPointer(elements)
        if Element.self == Int.self {
            writer.append(.packedInts)
            writer.appendPacked(raw.assumingMemoryBound(to: Int.self))
        } else if Element.self == Double.self {
            writer.append(.packedDoubles)
            writer.appendPacked(raw.assumingMemoryBound(to: Double.self))
        } else if Element.self == UInt8.self {
            writer.append(.packedBytes)
            writer.appendPacked(raw.assumingMemoryBound(to: UInt8.self))
        } else {
            return false
        }
        return true
    }

    /// Reads a `T` if its type has a fast path and the bytes hold the layout that path expects;
    /// `nil` means "use the general decoder", which also produces the precise error when the
    /// bytes are wrong.
    @inlinable
    static func decode<T: Decodable>(
        _ type: T.Type, from reader: inout BinaryReader
    ) throws(BinaryCodingError) -> T? {
        if let scalar = try readScalar(T.self, from: &reader) {
            return scalar
        }
        if T.self == [UInt8].self, reader.peekTag() == .packedBytes {
            reader.position += 1
            return try reader.readPackedBytes() as? T
        }
        if T.self == [Int].self, reader.peekTag() == .packedInts {
            reader.position += 1
            return try reader.readPackedInts() as? T
        }
        if T.self == [Double].self, reader.peekTag() == .packedDoubles {
            reader.position += 1
            return try reader.readPackedDoubles() as? T
        }
        if T.self == [String].self, reader.peekTag() == .unkeyed {
            reader.position += 1
            let count = try reader.readCount(for: "[String]", minimumEntrySize: 2)
            var strings: [String] = []
            strings.reserveCapacity(count)
            for _ in 0..<count {
                strings.append(try String.read(from: &reader))
            }
            return strings as? T
        }
        return nil
    }

    /// Each branch names its type outright: a generic helper would make unspecialised callers
    /// look up `Optional<Scalar>` metadata for every candidate type, which costs more than
    /// encoding the value.
    @inlinable
    static func writeScalar<T>(_ value: T, into writer: inout BinaryWriter) -> Bool {
        if T.self == Int.self, let scalar = value as? Int {
            scalar.write(to: &writer)
        } else if T.self == String.self, let scalar = value as? String {
            scalar.write(to: &writer)
        } else if T.self == Double.self, let scalar = value as? Double {
            scalar.write(to: &writer)
        } else if T.self == Bool.self, let scalar = value as? Bool {
            scalar.write(to: &writer)
        } else if T.self == Int8.self, let scalar = value as? Int8 {
            scalar.write(to: &writer)
        } else if T.self == Int16.self, let scalar = value as? Int16 {
            scalar.write(to: &writer)
        } else if T.self == Int32.self, let scalar = value as? Int32 {
            scalar.write(to: &writer)
        } else if T.self == Int64.self, let scalar = value as? Int64 {
            scalar.write(to: &writer)
        } else if T.self == UInt.self, let scalar = value as? UInt {
            scalar.write(to: &writer)
        } else if T.self == UInt8.self, let scalar = value as? UInt8 {
            scalar.write(to: &writer)
        } else if T.self == UInt16.self, let scalar = value as? UInt16 {
            scalar.write(to: &writer)
        } else if T.self == UInt32.self, let scalar = value as? UInt32 {
            scalar.write(to: &writer)
        } else if T.self == UInt64.self, let scalar = value as? UInt64 {
            scalar.write(to: &writer)
        } else if T.self == Float.self, let scalar = value as? Float {
            scalar.write(to: &writer)
        } else {
            return false
        }
        return true
    }

    @inlinable
    static func readScalar<T>(_ type: T.Type, from reader: inout BinaryReader) throws(BinaryCodingError) -> T?
    {
        if T.self == Int.self {
            return try Int.read(from: &reader) as? T
        }
        if T.self == String.self {
            return try String.read(from: &reader) as? T
        }
        if T.self == Double.self {
            return try Double.read(from: &reader) as? T
        }
        if T.self == Bool.self {
            return try Bool.read(from: &reader) as? T
        }
        if T.self == Int8.self {
            return try Int8.read(from: &reader) as? T
        }
        if T.self == Int16.self {
            return try Int16.read(from: &reader) as? T
        }
        if T.self == Int32.self {
            return try Int32.read(from: &reader) as? T
        }
        if T.self == Int64.self {
            return try Int64.read(from: &reader) as? T
        }
        if T.self == UInt.self {
            return try UInt.read(from: &reader) as? T
        }
        if T.self == UInt8.self {
            return try UInt8.read(from: &reader) as? T
        }
        if T.self == UInt16.self {
            return try UInt16.read(from: &reader) as? T
        }
        if T.self == UInt32.self {
            return try UInt32.read(from: &reader) as? T
        }
        if T.self == UInt64.self {
            return try UInt64.read(from: &reader) as? T
        }
        if T.self == Float.self {
            return try Float.read(from: &reader) as? T
        }
        return nil
    }

    /// Whether `T` has a fast path, asked before calling ``decode(_:from:)`` from unspecialised
    /// code, where merely receiving its `T?` result costs a runtime metadata lookup.
    @inlinable
    static func handles<T>(_ type: T.Type) -> Bool {
        T.self == Int.self || T.self == String.self || T.self == Double.self || T.self == Bool.self
            || T.self == Int8.self || T.self == Int16.self || T.self == Int32.self || T.self == Int64.self
            || T.self == UInt.self || T.self == UInt8.self || T.self == UInt16.self || T.self == UInt32.self
            || T.self == UInt64.self || T.self == Float.self || T.self == [UInt8].self || T.self == [Int].self
            || T.self == [Double].self || T.self == [String].self
    }

    /// A first capacity for a fresh output buffer, so that most values need one allocation.
    @inlinable
    static func estimatedSize<T: Encodable>(of value: T) -> Int {
        if T.self == String.self, let string = value as? String {
            return string.utf8.count + 10
        }
        if T.self == [UInt8].self, let bytes = value as? [UInt8] {
            return bytes.count + 10
        }
        if T.self == [Int].self, let integers = value as? [Int] {
            return integers.count * 8 + 10
        }
        if T.self == [Double].self, let doubles = value as? [Double] {
            return doubles.count * 8 + 10
        }
        return 64
    }
}
