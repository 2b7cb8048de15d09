import Messages

/// Why a JSON Lines trace could not be read, pointing at the offending line
/// so a learner editing a trace by hand can fix it.
public struct JSONLinesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line number in the input.
    public var line: Int
    /// What is wrong, such as `missing field "time"`, in English, as programs and logs read it.
    public var reason: String
    /// The reason in each language the tutor speaks, when it came from the catalogue.
    private var reasons: [Language: String] = [:]

    /// Creates an error for `line`.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// An error for `line` whose reason is the catalogue's message `key`, in every language.
    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:], line: Int) -> Self {
        var error = JSONLinesError(line: line, reason: Messages.text(key, arguments, in: .english))
        for language in Language.allCases where language != .english {
            error.reasons[language] = Messages.text(key, arguments, in: language)
        }
        return error
    }

    /// What is wrong, in `language`, for the student.
    public func reason(in language: Language) -> String {
        reasons[language] ?? reason
    }

    /// `line 7: missing field "time"`.
    public var description: String { "line \(line): \(reason)" }

    // The other languages' reasons follow from the English one, so it alone says which error
    // this is: an error made from English words equals the one read from a file.
    public static func == (left: Self, right: Self) -> Bool {
        left.line == right.line && left.reason == right.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(reason)
    }
}
