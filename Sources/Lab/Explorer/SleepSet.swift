/// A step already explored from an ancestor state, and what it touches: the sleep-set
/// reduction skips it again until some step that conflicts with it has happened.
struct SleepingStep {
    var thread: Int
    var footprint: [Access]

    func isIndependent(of footprint: [Access]) -> Bool {
        !self.footprint.contains { mine in footprint.contains { mine.conflicts(with: $0) } }
    }
}

/// What the explorer remembers about a state it has visited.
struct VisitedState {
    /// Threads whose steps were asleep (not explored) at the first visit: a later visit must
    /// explore any of them that is awake then.
    var sleepingThreads: [Int]
    /// Whether the state is on the current path, which makes reaching it again a cycle (a
    /// spin loop) rather than a new schedule.
    var isOnPath: Bool
}
