import Messages

/// One distinct outcome of an exploration.
public struct OutcomeSummary: Hashable, Codable, Sendable {
    public var outcome: LabOutcome
    /// How many explored schedules end with it. With state hashing and the partial-order
    /// reduction these are the schedules the explorer walked, not every interleaving.
    public var schedules: Int
    /// The shortest explored schedule that reaches it, as thread ids for `step`/replay.
    public var shortestSchedule: [Int]
    public var isBad: Bool
    /// For a deadlock, who waits for whom; for an exception, where it was raised. In English,
    /// as `--json` prints it for programs to read.
    public var detail: String?
    /// The detail in every language, for the report a student reads; left out of the JSON,
    /// whose words do not change with the language.
    var details: [Language: String] = [:]

    private enum CodingKeys: String, CodingKey {
        case outcome, schedules, shortestSchedule, isBad, detail
    }

    init(
        outcome: LabOutcome, schedules: Int, shortestSchedule: [Int], isBad: Bool, details: [Language: String]
    ) {
        self.outcome = outcome
        self.schedules = schedules
        self.shortestSchedule = shortestSchedule
        self.isBad = isBad
        self.details = details
        detail = details[.english]
    }

    /// The detail in `language`; a summary read back from JSON has it in English only.
    public func detail(in language: Language) -> String? { details[language] ?? detail }

    // The details are the detail in other words: a summary read back from JSON is the same one.
    public static func == (first: Self, second: Self) -> Bool {
        first.outcome == second.outcome && first.schedules == second.schedules
            && first.shortestSchedule == second.shortestSchedule && first.isBad == second.isBad
            && first.detail == second.detail
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(outcome)
        hasher.combine(schedules)
        hasher.combine(shortestSchedule)
        hasher.combine(isBad)
        hasher.combine(detail)
    }
}
