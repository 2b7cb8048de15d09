import Messages

/// "held by {owner}" in one language, split around the holder once per language rather than for
/// every held resource on every frame, so that the holder stands out wherever the language puts it.
struct OwnerPhrase: Sendable {
    /// The words before the holder's name.
    let before: String
    /// The words after it.
    let after: String

    static func of(_ language: Language) -> OwnerPhrase {
        phrases[language] ?? phrases[.english]!
    }

    private static let phrases: [Language: OwnerPhrase] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            let phrase = Messages.text("stage.resource.held-by", in: language)
                .split(separator: "{owner}", omittingEmptySubsequences: false)
            return (
                language,
                OwnerPhrase(before: String(phrase.first ?? ""), after: phrase.dropFirst().joined())
            )
        })
}
