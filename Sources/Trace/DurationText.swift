/// Human-readable durations for narration, computed with integer arithmetic so
/// output is identical on every platform and locale.
public enum DurationText {
    /// Milliseconds with one decimal below 10 s, seconds with two decimals above.
    public static func format(nanoseconds: UInt64) -> String {
        let tenthsOfMillis = rounded(nanoseconds, to: 100_000)
        if tenthsOfMillis < 100_000 {
            return "\(tenthsOfMillis / 10).\(tenthsOfMillis % 10) ms"
        }
        let hundredthsOfSeconds = rounded(nanoseconds, to: 10_000_000)
        let fraction = hundredthsOfSeconds % 100
        return "\(hundredthsOfSeconds / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }

    /// `value / unit`, rounded half up; dividing before adding keeps times near 2^64 from overflowing.
    private static func rounded(_ value: UInt64, to unit: UInt64) -> UInt64 {
        value / unit + (value % unit >= unit / 2 ? 1 : 0)
    }
}
