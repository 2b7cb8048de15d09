/// The keys of a winning schedule as the lab's `e` says them ("From here the goal is reachable
/// in 12 steps: keys 1 1 2 ..."), read from a screen or a transcript, so a test plays whatever
/// the explorer found instead of a schedule that depends on the engine's step granularity.
enum LabWinningKeys {
    /// The keys named in `text`; nil when it names none, or fewer keys than steps (a message
    /// cut short by the screen's width).
    static func keys(in text: String) -> [String]? {
        // The message may wrap anywhere between words: read it as one line.
        let joined = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let match = joined.firstMatch(of: /reachable in (\d+) steps?: keys ([1-9](?: [1-9])*)/),
            let steps = Int(match.output.1)
        else { return nil }
        let keys = match.output.2.split(separator: " ").map(String.init)
        return keys.count == steps ? keys : nil
    }
}
