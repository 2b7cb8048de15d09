/// Lane measures kept from frame to frame during a run. They only grow, and in steps, so
/// the time axis keeps its width and its scale while status texts change length.
public struct StageGeometry: Sendable, Equatable {
    /// The width they were measured for; another width starts them over.
    var width = 0
    /// Columns of the lane names.
    var name = 0
    /// Columns of the status words at the end of each lane.
    var words = 0
    /// The smallest time slice one column may stand for from now on.
    var slice: UInt64 = 0
    /// The latest time the run is known to reach (a loaded trace's last event), so that a
    /// replay starts with the scale it will end with.
    public var knownEnd: UInt64?

    /// Measures for a new run.
    public init() {}

    /// Status words grow in steps of this many columns, so a few letters more do not move the axis.
    static let wordsStep = 4

    /// Forgets widths measured for another width, keeping the time scale.
    mutating func measure(for width: Int) {
        guard width != self.width else { return }
        self.width = width
        name = 0
        words = 0
    }
}
