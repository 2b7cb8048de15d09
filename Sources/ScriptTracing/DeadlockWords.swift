import Messages

/// The sentence naming a deadlock's cycle in every language the tutor speaks, made once when the
/// deadlock is found: the student reads it in theirs, while the trace and `--json` keep the
/// English, the same in every language.
public struct DeadlockWords: Sendable, Equatable {
    private let sentences: [Language: String]

    init(_ sentence: (Language) -> String) {
        sentences = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, sentence($0)) })
    }

    /// The sentence in `language`.
    public func text(in language: Language) -> String {
        sentences[language] ?? english
    }

    /// The sentence for programs to read.
    public var english: String {
        sentences[.english] ?? ""
    }
}
