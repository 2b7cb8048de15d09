/// One distinct outcome of an exploration.
public struct OutcomeSummary: Hashable, Codable, Sendable {
    public var outcome: LabOutcome
    /// How many explored schedules end with it. With state hashing and the partial-order
    /// reduction these are the schedules the explorer walked, not every interleaving.
    public var schedules: Int
    /// The shortest explored schedule that reaches it, as thread ids for `step`/replay.
    public var shortestSchedule: [Int]
    public var isBad: Bool
    /// For a deadlock, who waits for whom; for an exception, where it was raised.
    public var detail: String?
}
