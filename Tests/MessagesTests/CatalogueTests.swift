import Testing

@testable import Messages

/// The catalogue's promise: every message exists in every language, with the same arguments.
@Suite struct CatalogueTests {
    @Test(arguments: Catalogue.parts.map(\.name))
    func bothLanguagesHaveTheSameKeys(part name: String) throws {
        let part = try #require(Catalogue.parts.first { $0.name == name })
        let missingInChinese = Set(part.english.keys).subtracting(part.chinese.keys).sorted()
        let missingInEnglish = Set(part.chinese.keys).subtracting(part.english.keys).sorted()
        #expect(missingInChinese == [], "keys of part \(name) without a Chinese entry")
        #expect(missingInEnglish == [], "keys of part \(name) without an English entry")
    }

    @Test(arguments: Catalogue.parts.map(\.name))
    func translationsTakeTheSameArguments(part name: String) throws {
        let part = try #require(Catalogue.parts.first { $0.name == name })
        for (key, english) in part.english {
            guard let chinese = part.chinese[key] else { continue }
            #expect(
                Set(MessageTemplate.placeholders(in: english))
                    == Set(MessageTemplate.placeholders(in: chinese)),
                "\(key): the two languages name different arguments")
        }
    }

    @Test(arguments: Catalogue.parts.map(\.name))
    func chineseEntriesAreTranslated(part name: String) throws {
        let part = try #require(Catalogue.parts.first { $0.name == name })
        for (key, chinese) in part.chinese {
            let hasChinese = chinese.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) }
            let isSymbolsOnly = !chinese.unicodeScalars.contains { $0.properties.isAlphabetic }
            #expect(
                hasChinese || isSymbolsOnly || chinese == part.english[key] && Self.untranslatable(chinese),
                "\(key): the Chinese entry is not Chinese: \(chinese)")
        }
    }

    @Test func noKeyIsInTwoParts() {
        var seen: [String: String] = [:]
        for part in Catalogue.parts {
            for key in part.english.keys {
                #expect(seen[key] == nil, "\(key) is in parts \(seen[key] ?? "") and \(part.name)")
                seen[key] = part.name
            }
        }
    }

    /// Entries that are the same in both languages on purpose: placeholders only, commands,
    /// units and API names.
    private static func untranslatable(_ text: String) -> Bool {
        let stripped = text.replacing(/\{[a-z_]+\}/, with: "")
        return stripped.allSatisfy { !$0.isLetter } || stripped.hasPrefix("`")
    }
}
