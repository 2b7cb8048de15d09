/// Appends the pieces of the format to a byte array.
///
/// A value type over a plain `[UInt8]` so that the fast paths can write straight into the
/// caller's buffer with no object in between.
@usableFromInline
package struct BinaryWriter {
    @usableFromInline var bytes: [UInt8]

    @inlinable
    init() {
        bytes = []
    }

    /// Takes over `buffer`'s storage rather than copying it, leaving `buffer` empty until
    /// ``hand(backTo:)``; sharing the storage would make every append copy the whole array.
    @inlinable
    init(takingOver buffer: inout [UInt8]) {
        bytes = []
        swap(&bytes, &buffer)
    }

    @inlinable
    mutating func hand(backTo buffer: inout [UInt8]) {
        swap(&bytes, &buffer)
    }

    @inlinable
    mutating func append(_ tag: BinaryTag) {
        bytes.append(tag.rawValue)
    }

    /// Lengths and counts known up front use LEB128, so that the common short string costs one
    /// length byte instead of eight.
    @inlinable
    mutating func appendLength(_ length: Int) {
        var remaining = UInt(length)
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    @inlinable
    mutating func appendUTF8(_ string: String) {
        let utf8 = string.utf8
        appendLength(utf8.count)
        // Copying from contiguous storage is a third faster than appending the view itself, which
        // matters because every key of every keyed container comes through here.
        let copied: Void? = utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil {
            bytes.append(contentsOf: utf8)
        }
    }

    @inlinable
    mutating func appendString(_ string: String) {
        append(.string)
        appendUTF8(string)
    }

    @inlinable
    mutating func appendPacked(_ values: [UInt8]) {
        values.withUnsafeBufferPointer { appendPacked($0) }
    }

    @inlinable
    mutating func appendPacked(_ values: UnsafeBufferPointer<UInt8>) {
        appendLength(values.count)
        bytes.append(contentsOf: values)
    }

    /// Reserves a count that grows as a container receives entries. Fixed width because a
    /// streaming writer learns the count only afterwards and must patch it in place.
    @usableFromInline
    mutating func appendCountSlot() {
        appendFixedWidth(UInt32(0))
    }

    /// Fills in a count reserved by ``appendCountSlot()``.
    @usableFromInline
    mutating func patchCount(_ count: Int, at offset: Int) {
        for index in 0..<4 {
            bytes[offset + index] = UInt8(truncatingIfNeeded: count >> (8 * index))
        }
    }

    // Unsafe code, fenced here: copying an integer's in-memory representation, and a packed
    // array's storage, in one block is the only way to append them at memory speed; appending
    // byte by byte costs three times as much, and `OutputSpan` does not inline here. Only whole,
    // initialised values are copied, always in little-endian order.

    @inlinable
    mutating func appendFixedWidth<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Packs `[Int]` as raw little-endian words, copied as one block on little-endian hosts,
    /// which is what makes sending an array of numbers nearly free.
    @inlinable
    mutating func appendPacked(_ values: [Int]) {
        values.withUnsafeBufferPointer { appendPacked($0) }
    }

    @inlinable
    mutating func appendPacked(_ values: UnsafeBufferPointer<Int>) {
        appendLength(values.count)
        #if _endian(little)
        bytes.append(contentsOf: UnsafeRawBufferPointer(values))
        #else
        for value in values {
            appendFixedWidth(value)
        }
        #endif
    }

    /// Packs `[Double]` as raw IEEE 754 bit patterns, for the same reason as `[Int]`; NaN
    /// payloads survive because the bits are copied, never converted.
    @inlinable
    mutating func appendPacked(_ values: [Double]) {
        values.withUnsafeBufferPointer { appendPacked($0) }
    }

    @inlinable
    mutating func appendPacked(_ values: UnsafeBufferPointer<Double>) {
        appendLength(values.count)
        #if _endian(little)
        bytes.append(contentsOf: UnsafeRawBufferPointer(values))
        #else
        for value in values {
            appendFixedWidth(value.bitPattern)
        }
        #endif
    }
}
