/// Durations for the stage's labels, in integer arithmetic so frames are identical everywhere.
enum TimeText {
    /// `12.3 ms` below 10 s, `12.34 s` above: the narration's format, so both columns agree.
    static func elapsed(_ nanoseconds: UInt64) -> String {
        let tenthsOfMillis = (nanoseconds + 50_000) / 100_000
        if tenthsOfMillis < 100_000 {
            return "\(tenthsOfMillis / 10).\(tenthsOfMillis % 10) ms"
        }
        let hundredths = (nanoseconds + 5_000_000) / 10_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }

    /// A round slice in the largest unit that keeps it whole: `500 µs`, `2 ms`, `1 s`.
    static func slice(_ nanoseconds: UInt64) -> String {
        let units: [(UInt64, String)] = [(1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "µs")]
        for (size, unit) in units where nanoseconds >= size && nanoseconds % size == 0 {
            return "\(nanoseconds / size) \(unit)"
        }
        return "\(nanoseconds) ns"
    }
}
