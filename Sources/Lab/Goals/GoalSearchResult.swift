/// What ``GoalSearch`` found; `states` counts the distinct states it visited.
public enum GoalSearchResult: Hashable, Sendable {
    /// Thread ids to play from the searched state, as few as any schedule that wins.
    case reachable(schedule: [Int], states: Int)
    /// Every schedule from the searched state was tried, and none wins.
    case unreachable(states: Int)
    /// The state limit or a cancel came first.
    case stopped(states: Int)
}
