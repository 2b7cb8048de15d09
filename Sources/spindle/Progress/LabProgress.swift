/// What a student has done in one lab.
struct LabProgress: Codable, Equatable, Sendable {
    /// Whether some game reached the goal.
    var won: Bool = false
    /// The fewest steps a winning game took; nil until one wins.
    var fewestSteps: Int?
    /// Whether `e`, from the start, proved that no schedule reaches the goal.
    var proved: Bool = false
    /// The most hints revealed in any game of it.
    var hintsUsed: Int = 0
    /// How many times the lab was played.
    var plays: Int = 0
}
