/// How much time one timeline column stands for.
public enum TimeScale: Sendable, Hashable {
    /// The smallest round slice (1, 2 or 5 times a power of ten) that fits the whole run
    /// so far; the run scrolls only once it outgrows the largest slice.
    case fit
    /// A fixed slice, for a live view whose bars should move at a steady pace.
    case fixed(nanosecondsPerColumn: UInt64)

    /// Round slices from 1 µs to 10 s, so the axis label is always a simple number.
    static let ladder: [UInt64] = (3...10).flatMap { exponent -> [UInt64] in
        let power = (0..<exponent).reduce(UInt64(1)) { value, _ in value * 10 }
        return [power, 2 * power, 5 * power]
    }

    /// The slice and first column's start for `columns` columns ending no earlier than `now`.
    /// While the run fits, it starts at `origin` and grows to the right; after that the
    /// window keeps the most recent time. A fitted slice is chosen to reach `end` when the
    /// run is known to go on that long, and is never below `minimum`, so it does not shrink.
    func window(
        origin: UInt64, now: UInt64, columns: Int, through end: UInt64? = nil, atLeast minimum: UInt64 = 0
    ) -> (start: UInt64, slice: UInt64) {
        let span = now > origin ? now - origin : 0
        let count = UInt64(max(1, columns))
        let last = max(now, end ?? now)
        let fitted = last > origin ? last - origin : 0
        let slice: UInt64 =
            switch self {
            case .fit:
                Self.ladder.first { $0 * count >= fitted && $0 >= minimum }
                    ?? max(minimum, Self.ladder[Self.ladder.count - 1])
            case .fixed(let nanoseconds): max(1, nanoseconds)
            }
        if slice * count >= span { return (origin, slice) }
        return (now - slice * count, slice)
    }
}
