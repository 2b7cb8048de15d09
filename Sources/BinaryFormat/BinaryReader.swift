/// Reads the pieces of the format from a byte buffer, checking every length against what is left.
///
/// Every read that could run past the end or meet a malformed byte throws instead, which is
/// what lets ``BinaryCoding`` promise that no input, however garbled, can crash the decoder.
/// With ``BinaryWriter``, this is the only code that touches raw memory.
@usableFromInline
package struct BinaryReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline var position: Int

    @inlinable
    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    @inlinable
    var remaining: Int { bytes.count - position }

    @inlinable
    func peekTag() -> BinaryTag? {
        position < bytes.count ? BinaryTag(rawValue: bytes[position]) : nil
    }

    @inlinable
    mutating func readTag(for typeName: String) throws(BinaryCodingError) -> BinaryTag {
        guard position < bytes.count else {
            throw .truncated(typeName, at: position, needed: 1, available: 0)
        }
        guard let tag = BinaryTag(rawValue: bytes[position]) else {
            throw .mismatch(typeName, at: position, foundTagByte: bytes[position])
        }
        position += 1
        return tag
    }

    /// Reads the tag of a value that is not itself optional. A value written as an `Optional`
    /// carries a presence marker that a non-optional read may meet (say `encode(x as Int?)`
    /// decoded with `decodeNil` then `decode(Int.self)`), so markers are stepped over.
    @inlinable
    mutating func readValueTag(for typeName: String) throws(BinaryCodingError) -> BinaryTag {
        var tag = try readTag(for: typeName)
        while tag == .present {
            tag = try readTag(for: typeName)
        }
        return tag
    }

    @inlinable
    mutating func expect(_ expected: BinaryTag, for typeName: String) throws(BinaryCodingError) {
        let tag = try readValueTag(for: typeName)
        guard tag == expected else {
            throw .mismatch(typeName, at: position - 1, foundTagByte: tag.rawValue)
        }
    }

    @inlinable
    mutating func readLength(for typeName: String) throws(BinaryCodingError) -> Int {
        let start = position
        var length: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < bytes.count else {
                throw .truncated(typeName, at: position, needed: 1, available: 0)
            }
            let byte = bytes[position]
            position += 1
            guard shift <= 56 else {
                throw .invalid(typeName, at: start, "length does not fit in Int")
            }
            length |= UInt(byte & 0x7F) << shift
            if byte & 0x80 == 0 {
                return Int(length)
            }
            shift += 7
        }
    }

    /// Reads a container's entry count and checks it against the bytes left, given that every
    /// entry takes at least `minimumEntrySize` bytes, so a garbled count fails at once.
    @inlinable
    mutating func readCount(
        for typeName: String, minimumEntrySize: Int
    ) throws(BinaryCodingError) -> Int {
        let count = Int(try readFixedWidth(UInt32.self, for: typeName))
        guard count * minimumEntrySize <= remaining else {
            throw .truncated(typeName, at: position, needed: count * minimumEntrySize, available: remaining)
        }
        return count
    }

    /// Reads a length and checks that `elementSize` bytes per element are actually there, so that
    /// a garbled length is reported instead of turning into a huge allocation. Compares by
    /// multiplying rather than dividing, which is several times cheaper on the hot path.
    @inlinable
    mutating func readBoundedLength(
        for typeName: String, elementSize: Int = 1
    ) throws(BinaryCodingError) -> Int {
        let start = position
        let length = try readLength(for: typeName)
        let needed = length.multipliedReportingOverflow(by: elementSize)
        guard !needed.overflow else {
            throw .invalid(typeName, at: start, "length \(length) is impossibly large")
        }
        guard needed.partialValue <= remaining else {
            throw .truncated(typeName, at: position, needed: needed.partialValue, available: remaining)
        }
        return length
    }

    @inlinable
    mutating func skip(_ count: Int, for typeName: String) throws(BinaryCodingError) {
        guard count <= remaining else {
            throw .truncated(typeName, at: position, needed: count, available: remaining)
        }
        position += count
    }

    @inlinable
    mutating func readUTF8(for typeName: String) throws(BinaryCodingError) -> String {
        let length = try readBoundedLength(for: typeName)
        let start = position
        position += length
        guard let string = string(in: start..<position) else {
            throw .invalid(typeName, at: start, "invalid UTF-8")
        }
        return string
    }

    /// The text in `range`, or nil if it is not valid UTF-8. ASCII is valid by construction and
    /// `String(decoding:)` builds it several times faster than `String(validating:)`, so only
    /// other text pays for full validation.
    @inlinable
    func string(in range: Range<Int>) -> String? {
        let utf8 = UnsafeRawBufferPointer(rebasing: bytes[range])
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: utf8, as: UTF8.self)
        }
        return String(validating: utf8, as: UTF8.self)
    }

    /// Reads a key's length and returns where its UTF-8 bytes lie, without building a String,
    /// because matching a key against the one asked for is the hot path of keyed decoding.
    @inlinable
    mutating func readKeyRange() throws(BinaryCodingError) -> Range<Int> {
        let length = try readBoundedLength(for: "key")
        let start = position
        position += length
        return start..<position
    }

    @inlinable
    func key(at range: Range<Int>, equals name: String) -> Bool {
        let stored = UnsafeRawBufferPointer(rebasing: bytes[range])
        return name.utf8.withContiguousStorageIfAvailable { stored.elementsEqual($0) }
            ?? stored.elementsEqual(name.utf8)
    }

    /// Steps over one complete value of any kind; `depth` bounds the recursion so that a forged
    /// tower of nested containers is refused instead of exhausting the stack.
    @usableFromInline
    mutating func skipValue(depth: Int = 0) throws(BinaryCodingError) {
        guard depth < BinaryCoding.maximumDepth else {
            let limit = BinaryCoding.maximumDepth
            throw BinaryCodingError(.decode, "value", at: position, .nestingTooDeep(limit: limit))
        }
        let tag = try readTag(for: "value")
        if let size = tag.fixedPayloadSize {
            try skip(size, for: tag.typeName)
            if tag == .present {
                try skipValue(depth: depth + 1)
            }
            return
        }
        switch tag {
        case .string:
            try skip(try readBoundedLength(for: "String"), for: "String")
        case .packedBytes, .packedInts, .packedDoubles:
            let elementSize = tag.packedElementSize ?? 1
            let count = try readBoundedLength(for: tag.typeName, elementSize: elementSize)
            position += count * elementSize
        case .keyed:
            let count = try readCount(for: "keyed container", minimumEntrySize: 2)
            for _ in 0..<count {
                _ = try readKeyRange()
                try skipValue(depth: depth + 1)
            }
        case .unkeyed:
            let count = try readCount(for: "unkeyed container", minimumEntrySize: 1)
            for _ in 0..<count {
                try skipValue(depth: depth + 1)
            }
        default:
            return
        }
    }

    // Unsafe code, fenced here: loading a whole integer from an unaligned offset, and copying a
    // packed array in one block, are the only ways to read them at memory speed. Every offset is
    // checked against `remaining` first, so no read ever leaves the buffer.

    @inlinable
    mutating func readFixedWidth<Integer: FixedWidthInteger & BitwiseCopyable>(
        _ type: Integer.Type, for typeName: String
    ) throws(BinaryCodingError) -> Integer {
        let size = MemoryLayout<Integer>.size
        guard size <= remaining else {
            throw .truncated(typeName, at: position, needed: size, available: remaining)
        }
        let value = bytes.loadUnaligned(fromByteOffset: position, as: Integer.self)
        position += size
        return Integer(littleEndian: value)
    }

    @inlinable
    mutating func readPackedBytes() throws(BinaryCodingError) -> [UInt8] {
        let count = try readBoundedLength(for: "[UInt8]")
        let start = position
        position += count
        return Array(UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
    }

    @inlinable
    mutating func readPackedInts() throws(BinaryCodingError) -> [Int] {
        let count = try readBoundedLength(for: "[Int]", elementSize: 8)
        return readPackedWords(count: count) { Int(truncatingIfNeeded: $0) }
    }

    @inlinable
    mutating func readPackedDoubles() throws(BinaryCodingError) -> [Double] {
        let count = try readBoundedLength(for: "[Double]", elementSize: 8)
        return readPackedWords(count: count) { Double(bitPattern: $0) }
    }

    /// Reads `count` eight-byte elements, already checked to be there: copied as one block where
    /// the host is little-endian, like the format, and converted one by one elsewhere.
    @inlinable
    mutating func readPackedWords<Element: BitwiseCopyable>(
        count: Int, fromBits convert: (UInt64) -> Element
    ) -> [Element] {
        let start = position
        position += count * 8
        #if _endian(little)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let source = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initializedCount = count
        }
        #else
        return (0..<count).map { index in
            convert(
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + index * 8, as: UInt64.self)))
        }
        #endif
    }
}
