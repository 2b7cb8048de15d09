import Messages

/// Why a program could not be started: each is one line naming the thing and the fix.
public struct ScriptRunError: Error, CustomStringConvertible, Sendable, Equatable {
    private let words: ScriptWords

    init(_ words: ScriptWords) {
        self.words = words
    }

    /// The line in English, for programs and logs.
    public var description: String { words.english }

    /// The line in `language`, for the student.
    public func text(in language: Language) -> String {
        words.text(in: language)
    }
}
