/// The bounds a trace read from a file must keep, so that a hostile or damaged file
/// gets a one-line error instead of minutes of work, gigabytes of memory or a trap
/// in the arithmetic that draws and exports it.
///
/// Recorded demos stay far inside every bound: the longest holds a few hundred
/// events, lines of a few hundred bytes, ids below 100 and times of a monotonic
/// clock that counts from boot.
public enum TraceLimits {
    /// Events in one file. A thousand times the longest recorded demo; reading and
    /// exporting this many takes seconds in a release build, where a million took a
    /// minute and a half of CPU and 800 MB in a debug one.
    public static let maximumEvents = 200_000
    /// Bytes in one line, the header included. Generous for notes and labels,
    /// small enough that one line cannot exhaust memory.
    public static let maximumLineBytes = 65_536
    /// Bytes in one file: 200,000 events of a recorded demo take about 20 MB.
    public static let maximumFileBytes = 64 * 1_048_576
    /// The largest time, in nanoseconds: what a signed 64-bit clock can hold
    /// (292 years after boot). Keeping times below 2^63 leaves room for sums of two
    /// times and for viewers that read timestamps as signed numbers.
    public static let maximumTime = UInt64(Int64.max)
    /// The largest actor or resource id; recorders count up from 1.
    public static let maximumID = Int(Int32.max)
    /// The largest count in a trace (a capacity, a notify count), which keeps the
    /// reducer's counting far from overflow.
    public static let maximumCount = Int(Int32.max)
}
