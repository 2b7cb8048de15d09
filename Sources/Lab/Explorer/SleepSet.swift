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

/// A state as the explorer's table keys it: its hash is computed once, not at every lookup.
struct StateKey: Hashable {
    let world: World
    let hash: Int

    init(_ world: World) {
        self.world = world
        hash = world.hashValue
    }

    static func == (lhs: StateKey, rhs: StateKey) -> Bool {
        lhs.hash == rhs.hash && lhs.world == rhs.world
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
