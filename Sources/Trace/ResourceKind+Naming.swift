extension ResourceKind {
    /// Whether `name` already says the kind (`lock`, `GIL`, `lock-a`), so that a sentence
    /// naming the resource need not say it twice ("blocked on lock lock").
    public func isNamed(by name: String) -> Bool {
        name.startsWithWord(displayName)
    }
}

extension String {
    /// Whether the text begins with `word`, in any case, followed by its end or by something
    /// other than a letter (`child-1` begins with the word `child`, `children` does not).
    func startsWithWord(_ word: String) -> Bool {
        guard lowercased().hasPrefix(word.lowercased()) else { return false }
        let rest = dropFirst(word.count)
        return rest.first.map { !$0.isLetter } ?? true
    }
}
