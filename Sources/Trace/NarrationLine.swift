/// One narrated event, split into columns so a renderer can lay it out itself
/// (for example padding CJK names by display width, which Trace cannot know).
public struct NarrationLine: Hashable, Sendable {
    /// Time since the first event, such as `12.3 ms` or `12.34 s`, unpadded.
    public var time: String
    /// The reporting actor's name, unpadded.
    public var actor: String
    /// The plain-English description, including any event note.
    public var sentence: String

    /// Width of the right-aligned time column; fits everything below 10 s (`9999.9 ms`).
    public static let timeWidth = 9

    /// Creates a line from its parts.
    public init(time: String, actor: String, sentence: String) {
        self.time = time
        self.actor = actor
        self.sentence = sentence
    }

    /// The plain-text rendering: time right-aligned, two spaces, the actor padded
    /// to `nameWidth` characters, two spaces, the sentence.
    ///
    /// Padding counts `Character`s, which is right for ASCII and Latin names but
    /// not for wide scripts; renderers that care should use the parts instead.
    public func formatted(nameWidth: Int) -> String {
        let timeColumn = String(repeating: " ", count: max(0, Self.timeWidth - time.count)) + time
        let nameColumn = actor + String(repeating: " ", count: max(0, nameWidth - actor.count))
        return "\(timeColumn)  \(nameColumn)  \(sentence)"
    }
}
