import Messages

/// A sentence of `spindle trace` in every language the tutor speaks, made once when the thing it
/// tells happens (a deadlock found, a limit passed, a program that cannot start): the student
/// reads it in theirs, while the trace, `--json` and error values keep the English, the same in
/// every language.
public struct ScriptWords: Sendable, Equatable {
    private let sentences: [Language: String]

    init(_ sentence: (Language) -> String) {
        sentences = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, sentence($0)) })
    }

    /// The catalogue's message `key` with `arguments`, in every language.
    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> ScriptWords {
        ScriptWords { Messages.text(key, arguments, in: $0) }
    }

    /// Words that read the same in every language, such as a line Python printed.
    static func verbatim(_ text: String) -> ScriptWords {
        ScriptWords { _ in text }
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
