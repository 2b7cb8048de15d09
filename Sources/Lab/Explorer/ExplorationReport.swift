/// What exploring a lab program found.
public struct ExplorationReport: Hashable, Codable, Sendable {
    /// Schedules walked to an ending.
    public var schedules: Int
    /// Distinct states visited.
    public var states: Int
    /// Every distinct outcome, good ones first.
    public var outcomes: [OutcomeSummary]
    /// False when `maxStates` or cancellation stopped the exploration early.
    public var complete: Bool
    /// Thread names by id, to read schedules with.
    public var threadNames: [String]

    public var hasBadOutcome: Bool { outcomes.contains { $0.isBad } }

    /// As checkers report: 1 when some interleaving fails (even if exploring stopped early: the
    /// failing schedule is real), 3 when a limit stopped it before it could tell, 0 otherwise.
    public var exitStatus: Int32 {
        if hasBadOutcome { return 1 }
        return complete ? 0 : 3
    }
}
