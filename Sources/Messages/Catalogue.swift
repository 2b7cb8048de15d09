/// The catalogue: one table per part of the tutor and language. A part's English and Chinese
/// tables are registered together here, so a part cannot be added in one language only; the
/// catalogue test checks that both tables of a part have the same keys and placeholders.
package enum Catalogue {
    /// One part's tables, registered as a pair.
    package struct Part: Sendable {
        package let name: String
        package let english: [String: String]
        package let chinese: [String: String]
    }

    package static let parts: [Part] = [
        Part(name: "tutor", english: English.tutor, chinese: Chinese.tutor),
        Part(name: "demos", english: English.demos, chinese: Chinese.demos),
        Part(name: "cli", english: English.cli, chinese: Chinese.cli),
        Part(name: "lint", english: English.lint, chinese: Chinese.lint),
        Part(name: "trace", english: English.trace, chinese: Chinese.trace),
        Part(name: "stage", english: English.stage, chinese: Chinese.stage),
        Part(name: "lab-screen", english: English.labScreen, chinese: Chinese.labScreen),
        Part(name: "lab", english: English.lab, chinese: Chinese.lab),
        Part(name: "script", english: English.script, chinese: Chinese.script),
    ]

    private static let english = merged(\.english)
    private static let chinese = merged(\.chinese)
    // Found on first use, once per language, for every message.
    private static let englishTemplates = english.mapValues(MessageTemplate.init)
    private static let chineseTemplates = chinese.mapValues(MessageTemplate.init)

    /// The message `key` in `language`, its placeholders found; nil when the language lacks it.
    static func template(_ key: String, in language: Language) -> MessageTemplate? {
        switch language {
        case .english: englishTemplates[key]
        case .simplifiedChinese: chineseTemplates[key]
        }
    }

    package static func table(for language: Language) -> [String: String] {
        switch language {
        case .english: english
        case .simplifiedChinese: chinese
        }
    }

    private static func merged(_ column: KeyPath<Part, [String: String]>) -> [String: String] {
        parts.reduce(into: [:]) { table, part in table.merge(part[keyPath: column]) { first, _ in first } }
    }
}

/// The English tables, one per part (`English/*.en.swift`).
package enum English {}
/// The Simplified Chinese tables, one per part (`Chinese/*.zh-Hans.swift`).
package enum Chinese {}
