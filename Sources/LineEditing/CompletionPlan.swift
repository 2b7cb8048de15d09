/// What pressing Tab should do, decided without a terminal so it can be unit tested.
///
/// Candidates are normally full words that start with the partial word; a
/// candidate that does not (say, a case-insensitive match) replaces the
/// partial word instead of extending it.
public enum CompletionPlan: Equatable, Sendable {
    /// Delete `deleting` Unicode scalars before the cursor (libedit counts
    /// characters that way), then insert `inserting`.
    case edit(deleting: Int, inserting: String)
    /// Several candidates share nothing beyond the partial word: show them.
    case list([String])
    /// No candidates.
    case beep

    /// Plans completion of `partialWord` from the completer's `candidates`.
    ///
    /// One candidate is completed in full and followed by a space; several are
    /// completed to their longest common prefix, or listed (in the given order,
    /// duplicates removed) when that prefix adds nothing.
    public init(partialWord: some StringProtocol, candidates: [String]) {
        let partial = String(partialWord)
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard let first = unique.first else {
            self = .beep
            return
        }
        if unique.count == 1 {
            self = Self.completing(partial, to: first + " ")
            return
        }
        let prefix = unique.dropFirst().reduce(first) { Self.commonPrefix($0, $1) }
        if prefix.count > partial.count {
            self = Self.completing(partial, to: prefix)
        } else {
            self = .list(unique)
        }
    }

    /// The word Tab completes: the text after the last whitespace, or "" when
    /// the text is empty or ends in whitespace.
    public static func partialWord(in textBeforeCursor: String) -> Substring {
        guard let lastSpace = textBeforeCursor.lastIndex(where: \.isWhitespace) else {
            return textBeforeCursor[...]
        }
        return textBeforeCursor[textBeforeCursor.index(after: lastSpace)...]
    }

    private static func completing(_ partial: String, to replacement: String) -> CompletionPlan {
        if replacement.hasPrefix(partial) {
            return .edit(deleting: 0, inserting: String(replacement.dropFirst(partial.count)))
        }
        return .edit(deleting: partial.unicodeScalars.count, inserting: replacement)
    }

    /// Compared by Character so a multibyte character is never split.
    private static func commonPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix { $0 == $1 }.map(\.0))
    }
}
