import Foundation
import Lessons
import Messages
import Testing

/// Translations sit in a language folder beside their originals, share their ids, and are
/// checked against them: a drift is reported at the translation, naming the original.
@Suite struct TranslationTests {
    static let original = """
        ---
        id: race
        title: Races
        summary: Two threads, one counter.
        order: 3
        ---
        ## One
        Text of the first page.

        ```python
        x = 1  # one
        ```

        ```predict
        id: lost
        demo: shared-counter
        question: How many are lost?
        result: lost
        choices:
          - text: None.
            when: "= 0"
          - text: Some.
            when: "> 0"
        explain: It depends.
        ```

        ```demo shared-counter workers=2
        Watch the counter.
        ```

        ## Two
        ```quiz
        id: check
        question: Which?
        choices:
          - "First."
          - "Second."
        answer: b
        hints:
          - Think.
        explain: Because.
        ```
        """

    static let translation = """
        ---
        id: race
        title: 竞态
        summary: 两个线程，一个计数器。
        order: 3
        locale: zh-Hans
        ---
        ## 第一页
        第一页的文字。

        ```python
        x = 1  # 一
        ```

        ```predict
        id: lost
        demo: shared-counter
        question: 丢失了多少次？
        result: lost
        choices:
          - text: 一次也没有。
            when: "= 0"
          - text: 有一些。
            when: "> 0"
        explain: 看情况。
        ```

        ```demo shared-counter workers=2
        看计数器。
        ```

        ## 第二页
        ```quiz
        id: check
        question: 哪一个？
        choices:
          - "第一个。"
          - "第二个。"
        answer: b
        hints:
          - 想一想。
        explain: >
          因为
          如此。
        ```
        """

    /// A course folder with `03-race.md` and, under `zh-Hans/`, the translation given.
    func course(translation: String?, extraFiles: [String: String] = [:]) throws -> String {
        let path = NSTemporaryDirectory() + "spindle-translation-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/zh-Hans", withIntermediateDirectories: true)
        try Self.original.write(toFile: path + "/03-race.md", atomically: true, encoding: .utf8)
        if let translation {
            try translation.write(toFile: path + "/zh-Hans/03-race.md", atomically: true, encoding: .utf8)
        }
        for (name, text) in extraFiles {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    func load(_ path: String) -> LessonLibrary {
        LessonLibrary.load(course: .folder(path), catalog: TestDemoSignatures())
    }

    @Test func aTranslationSharesItsOriginalsIDAndTakesItsPlaceInItsLanguage() throws {
        let path = try course(translation: Self.translation)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = load(path)
        #expect(library.diagnostics.map(\.description) == [])
        #expect(library.lessons.map(\.title) == ["Races"])
        #expect(library.translations.map(\.title) == ["竞态"])
        let chinese = library.inLanguage(.simplifiedChinese)
        #expect(chinese.lessons.map(\.title) == ["竞态"])
        #expect(chinese.lessons.map(\.id) == ["race"])
        #expect(chinese.untranslated.isEmpty)
        #expect(chinese.inLanguage(.english).lessons.map(\.title) == ["Races"])
    }

    @Test func aLessonWithoutATranslationStaysInEnglishAndIsListed() throws {
        let path = try course(translation: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let chinese = load(path).inLanguage(.simplifiedChinese)
        #expect(chinese.lessons.map(\.title) == ["Races"])
        #expect(chinese.untranslated == ["race"])
    }

    @Test func foldedChineseTextHasNoSpaceWhereTheLineBroke() throws {
        let path = try course(translation: Self.translation)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let quiz = try #require(load(path).translations.first?.questions.last)
        guard case .quiz(let check) = quiz else { throw TranslationTestError.notAQuiz }
        #expect(check.explanation == "因为如此。")
    }

    @Test(arguments: [
        (
            "```demo shared-counter workers=2", "```demo shared-counter workers=3",
            "zh-Hans/03-race.md:28:1: error: drifts from its original ORIGINAL:27: block 4 of page \"One\" (demo) has demo line `shared-counter workers=3`, the original `shared-counter workers=2`; copy it unchanged"
        ),
        (
            "answer: b", "answer: a",
            "zh-Hans/03-race.md:33:1: error: drifts from its original ORIGINAL:32: block 1 of page \"Two\" (quiz) has answer `a`, the original `b`; copy it unchanged"
        ),
        (
            "    when: \"> 0\"", "    when: \">= 1\"",
            "zh-Hans/03-race.md:15:1: error: drifts from its original ORIGINAL:14: block 3 of page \"One\" (predict) has `when` conditions `= 0; >= 1`, the original `= 0; > 0`; copy it unchanged"
        ),
        (
            "x = 1  # 一", "x = 2  # 一",
            "zh-Hans/03-race.md:11:1: error: drifts from its original ORIGINAL:10: block 2 of page \"One\" (code) has code (comments aside) `x = 2`, the original `x = 1`; copy it unchanged"
        ),
        (
            "title: 竞态", "title: 竞态\nrequires: [race]",
            "zh-Hans/03-race.md:2:5: error: drifts from its original ORIGINAL:2: `requires` differs from the original's []; copy it unchanged"
        ),
        (
            "locale: zh-Hans", "locale: en",
            "zh-Hans/03-race.md:6:9: error: a lesson in the `zh-Hans` folder must say `locale: zh-Hans`; it says `en`"
        ),
    ])
    func driftIsReportedAtTheTranslationNamingTheOriginal(from: String, to: String, expected: String) throws {
        let drifted = Self.translation.replacingOccurrences(of: from, with: to)
        #expect(drifted != Self.translation)
        let path = try course(translation: drifted)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let messages = load(path).diagnostics.map {
            $0.description.replacingOccurrences(of: path + "/", with: "")
                .replacingOccurrences(of: "03-race.md:", with: "ORIGINAL:", options: [], range: nil)
        }
        let expectedNormalised = expected.replacingOccurrences(
            of: "zh-Hans/03-race.md:", with: "zh-Hans/ORIGINAL:")
        #expect(messages == [expectedNormalised])
    }

    @Test func aMissingPageIsReported() throws {
        let cut = String(Self.translation[..<Self.translation.range(of: "## 第二页")!.lowerBound])
        let path = try course(translation: cut)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let messages = load(path).diagnostics.map(\.description)
        #expect(messages.count == 1)
        let expected = "has 1 pages (counting `## ` headings) and the original 2"
        #expect(messages.first?.contains(expected) == true, "\(messages)")
        #expect(messages.first?.contains(path + "/03-race.md:") == true)
    }

    @Test func aTranslationWithoutAnOriginalIsAnError() throws {
        let path = try course(
            translation: Self.translation.replacingOccurrences(of: "id: race", with: "id: racing"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let messages = load(path).diagnostics.map {
            $0.description.replacingOccurrences(of: path + "/", with: "")
        }
        #expect(
            messages == [
                "zh-Hans/03-race.md:2:5: error: no lesson has the id `racing` this translation gives; a translation takes its original's id"
            ])
    }

    @Test func aTranslationGivenAloneIsComparedWithTheOriginalBesideItsFolder() throws {
        let path = try course(
            translation: Self.translation.replacingOccurrences(of: "answer: b", with: "answer: a"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(paths: [path + "/zh-Hans/03-race.md"], catalog: TestDemoSignatures())
        #expect(library.diagnostics.count == 1)
        #expect(library.diagnostics.first?.message.contains("has answer `a`, the original `b`") == true)
    }

    @Test func lintByLanguageReportsOnlyThatLanguagesFiles() throws {
        let brokenOriginal = Self.original.replacingOccurrences(of: "## Two", with: "## Two\n```quizz\n```")
        let path = try course(
            translation: Self.translation.replacingOccurrences(of: "answer: b", with: "answer: a"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try brokenOriginal.write(toFile: path + "/03-race.md", atomically: true, encoding: .utf8)
        let library = load(path)
        let chinese = library.checkedIn(.simplifiedChinese)
        let english = library.checkedIn(.english)
        #expect(!chinese.diagnostics.isEmpty)
        #expect(chinese.diagnostics.allSatisfy { $0.file.hasSuffix("zh-Hans/03-race.md") })
        #expect(!english.diagnostics.isEmpty)
        #expect(english.diagnostics.allSatisfy { $0.file == path + "/03-race.md" })
        #expect(chinese.lessons.map(\.title) == ["竞态"])
    }

    @Test func theTranslationShownAndListedIsTheOneLintKeeps() throws {
        let second = Self.translation.replacingOccurrences(of: "title: 竞态", with: "title: 又一个")
        let path = try course(translation: Self.translation, extraFiles: ["zh-Hans/03-race2.md": second])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = load(path)
        #expect(library.diagnostics.map(\.file) == [path + "/zh-Hans/03-race2.md"])
        #expect(library.inLanguage(.simplifiedChinese).lessons.map(\.title) == ["竞态"])
        #expect(LessonLibrary.entries(of: .folder(path), in: .simplifiedChinese).map(\.title) == ["竞态"])
    }

    @Test func anOverlayOriginalRetiresTheBuiltInTranslationOfItsID() throws {
        let builtIn = LessonLibrary.load(course: .builtIn(overlay: nil), catalog: nil)
        let translated = try #require(builtIn.translations.first)
        let original = try #require(builtIn.lessons.first { $0.id == translated.id })
        let path = NSTemporaryDirectory() + "spindle-overlay-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let name = (original.file as NSString).lastPathComponent
        try
            "---\nid: \(original.id)\ntitle: Ours\nsummary: Ours.\norder: \(original.order)\n---\n## One\ntext\n"
            .write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        let library = LessonLibrary.load(course: .builtIn(overlay: path), catalog: nil)
        #expect(!library.translations.contains { $0.id == original.id })
        #expect(library.inLanguage(.simplifiedChinese).lesson(matching: original.id)?.title == "Ours")
        #expect(library.translations.count == builtIn.translations.count - 1)
    }
}

enum TranslationTestError: Error {
    case notAQuiz
}
