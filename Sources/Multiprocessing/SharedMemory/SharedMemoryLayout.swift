/// Where one value or array of values lives inside a ``SharedMemory`` region.
struct SharedSlot<Value> {
    /// Bytes from the start of the region.
    let offset: Int
    /// How many values of type `Value` start there.
    let count: Int
}

/// The plan of a ``SharedMemory`` region: which values it holds and at which offsets, worked out
/// before the region is mapped.
///
/// Every slot starts on a fresh cache line unless asked to pack after the previous one, so that a
/// lock word that other processes hammer never shares a line with an unrelated value; words that
/// are always touched together (an RLock's word, owner and depth) pack into one line instead.
struct SharedMemoryLayout {
    /// The cache line size of the x86-64 and ARM64 machines this runs on.
    static let cacheLineSize = 64

    /// Whether a slot starts a new cache line or follows the previous slot directly.
    enum Placement {
        case newCacheLine
        case packed
    }

    /// Bytes needed so far.
    private(set) var byteCount = 0

    /// Reserves room for `count` values of type `Value`.
    mutating func reserve<Value>(
        _ type: Value.Type, count: Int = 1, placement: Placement = .newCacheLine
    ) -> SharedSlot<Value> {
        precondition(count >= 0, "cannot reserve a negative number of values")
        let natural = MemoryLayout<Value>.alignment
        let alignment = placement == .newCacheLine ? max(natural, Self.cacheLineSize) : natural
        let offset = (byteCount + alignment - 1) / alignment * alignment
        let (size, overflow) = MemoryLayout<Value>.stride.multipliedReportingOverflow(by: count)
        precondition(!overflow && size <= Int.max - offset, "shared memory of \(count) values is too large")
        byteCount = offset + size
        return SharedSlot(offset: offset, count: count)
    }
}
