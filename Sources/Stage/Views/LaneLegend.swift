import Messages

/// The key under the lanes in one language, looked up once per language rather than on every
/// frame.
struct LaneLegend: Sendable {
    /// `Key: `, with its trailing space.
    let key: String
    /// Each ``LaneState``'s word, in `allCases` order.
    let labels: [String]

    static func of(_ language: Language) -> LaneLegend {
        legends[language] ?? legends[.english]!
    }

    private static let legends: [Language: LaneLegend] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (
                language,
                LaneLegend(
                    key: Messages.text("stage.key", in: language) + " ",
                    labels: LaneState.allCases.map { $0.label(in: language) })
            )
        })
}
