import Messages

/// "Did you mean" suggestions for misspelled names: lesson ids, keys, block kinds, demos, and
/// (in the REPL) commands.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance (a swap of two neighbouring letters counts
    /// as one edit), or nil when none is close enough to be a plausible typo.
    ///
    /// Case is ignored; ties go to the earlier candidate so suggestions are stable.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        // Short words tolerate one slip; longer ones about one per three letters, which catches
        // `requries` and `shared-countr` without pairing unrelated short words.
        let limit = max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Up to `count` candidates, closest to `word` first (ties keep the candidates' order), for
    /// messages that list a few names rather than all of them.
    public static func nearest(to word: String, in candidates: [String], count: Int) -> [String] {
        let target = Array(word.lowercased())
        return
            candidates
            .enumerated()
            .map {
                (
                    distance: editDistance(target, Array($0.element.lowercased())), position: $0.offset,
                    name: $0.element
                )
            }
            .sorted { ($0.distance, $0.position) < ($1.distance, $1.position) }
            .prefix(count)
            .map(\.name)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and transpositions.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// `; did you mean `x`?` when a candidate is close, otherwise an empty string, for appending
    /// to a diagnostic.
    static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { Messages.text("lint.hint.did-you-mean", ["word": $0]) } ?? ""
    }
}
