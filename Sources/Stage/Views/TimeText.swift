/// Time-axis labels for the stage; elapsed times use the narration's ``DurationText`` so both
/// columns agree.
enum TimeText {
    /// A round slice in the largest unit that keeps it whole: `500 µs`, `2 ms`, `1 s`.
    static func slice(_ nanoseconds: UInt64) -> String {
        let units: [(UInt64, String)] = [(1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "µs")]
        for (size, unit) in units where nanoseconds >= size && nanoseconds % size == 0 {
            return "\(nanoseconds / size) \(unit)"
        }
        return "\(nanoseconds) ns"
    }
}
