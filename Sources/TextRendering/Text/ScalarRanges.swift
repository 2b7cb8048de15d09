/// A sorted set of Unicode scalar ranges with logarithmic membership tests.
///
/// The generated ``WidthTable`` holds a few hundred ranges per property, and
/// width is asked for every character drawn, so a binary search beats both a
/// linear scan and a 1.1-million-entry lookup table.
struct ScalarRanges: Sendable {
    /// Inclusive bounds, flattened: `[first0, last0, first1, last1, ...]`,
    /// sorted and non-overlapping.
    private let bounds: [UInt32]

    /// Wraps flattened inclusive bounds; the generator guarantees their order.
    init(bounds: [UInt32]) {
        precondition(bounds.count.isMultiple(of: 2), "bounds come in first/last pairs")
        self.bounds = bounds
    }

    /// Whether `scalar` falls inside one of the ranges.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0
        var high = bounds.count / 2
        while low < high {
            let middle = (low + high) / 2
            if value < bounds[2 * middle] {
                high = middle
            } else if value > bounds[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
