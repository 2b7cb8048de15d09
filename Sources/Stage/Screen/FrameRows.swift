#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows of two same-sized frames, read in place, and how they compare: the view
/// ``FrameDiff`` and ``RowShift`` work on.
struct FrameRows {
    /// The frame the terminal shows (all blank rows after a clear: then `old` is empty).
    let old: UnsafeBufferPointer<Cell>
    let new: UnsafeBufferPointer<Cell>
    /// One blank row, standing in for every row a clear or a scroll leaves blank.
    let blank: UnsafeBufferPointer<Cell>
    let width: Int
    let height: Int
    /// The bits of ``Cell/look`` that count: without colour, styles are never sent, so cells
    /// that differ only in style are the same.
    let look: UInt64

    /// Row `row` of the previous frame, or a blank row for -1 (or when there is none).
    func old(_ row: Int) -> UnsafeBufferPointer<Cell> {
        row < 0 || old.isEmpty ? blank : UnsafeBufferPointer(rebasing: old[row * width..<(row + 1) * width])
    }

    func new(_ row: Int) -> UnsafeBufferPointer<Cell> {
        UnsafeBufferPointer(rebasing: new[row * width..<(row + 1) * width])
    }

    func same(_ a: Cell, _ b: Cell) -> Bool {
        a.glyph.bits == b.glyph.bits && a.look & look == b.look & look
    }

    func same(_ a: UnsafeBufferPointer<Cell>, _ b: UnsafeBufferPointer<Cell>) -> Bool {
        // With every bit counting, equal rows are equal bytes: a cell has no padding.
        if look == ~0, let first = a.baseAddress, let second = b.baseAddress {
            return memcmp(first, second, width * MemoryLayout<Cell>.stride) == 0
        }
        for column in 0..<width where !same(a[column], b[column]) { return false }
        return true
    }

    /// How many cells differ: about the bytes it takes to turn one row into the other.
    func differing(_ a: UnsafeBufferPointer<Cell>, _ b: UnsafeBufferPointer<Cell>) -> Int {
        var count = 0
        for column in 0..<width where !same(a[column], b[column]) { count += 1 }
        return count
    }

}
