import Messages

extension ResourceKind {
    /// Whether `name` already says the kind (`lock`, `GIL`, `lock-a`), so that a sentence
    /// naming the resource need not say it twice ("blocked on lock lock"). Names come from
    /// programs, in English, so the English word is the one compared.
    public func isNamed(by name: String) -> Bool {
        name.startsWithWord(displayName)
    }

    /// The kind's word for a person reading `language` (`queue`, `队列`); ``displayName`` is
    /// the English one. Looked up once per language: the stage names a resource on every lane
    /// that waits for it, every frame.
    public func displayName(in language: Language) -> String {
        Self.names[language]?[self] ?? displayName
    }

    private static let names: [Language: [ResourceKind: String]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (
                language,
                Dictionary(
                    uniqueKeysWithValues: allCases.map { ($0, Messages.text($0.messageKey, in: language)) })
            )
        })

    private var messageKey: String {
        switch self {
        case .lock: "trace.kind.lock"
        case .rlock: "trace.kind.rlock"
        case .semaphore: "trace.kind.semaphore"
        case .condition: "trace.kind.condition"
        case .queue: "trace.kind.queue"
        case .pipe: "trace.kind.pipe"
        case .sharedMemory: "trace.kind.shared-memory"
        case .event: "trace.kind.event"
        case .barrier: "trace.kind.barrier"
        case .gil: "trace.kind.gil"
        }
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
