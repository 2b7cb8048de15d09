import Lessons
import Messages
import Testing

/// The course's own translations: each parses, matches its original and lints clean.
@Suite struct BuiltInTranslationTests {
    static let library = LessonLibrary.load(
        course: .builtIn(overlay: nil), catalog: nil, layout: nil, labChecker: nil)

    @Test func everyLessonHasASimplifiedChineseTranslation() {
        let translated = Set(Self.library.translations.map(\.id))
        #expect(Self.library.lessons.map(\.id).filter { !translated.contains($0) } == [])
        #expect(Self.library.inLanguage(.simplifiedChinese).untranslated == [])
    }

    @Test func everyTranslationMatchesItsOriginalAndLintsClean() {
        #expect(Self.library.translations.allSatisfy { $0.locale == "zh-Hans" })
        #expect(Self.library.checkedIn(.simplifiedChinese).diagnostics.map(\.description) == [])
    }

    @Test func aLabOnATranslatedPageIsIntroducedInTheLessonsLanguage() throws {
        let translated = try #require(Self.library.translations.first { !$0.labs.isEmpty })
        let original = try #require(Self.library.lessons.first { $0.id == translated.id })
        let texts = { (lesson: Lesson) in
            lesson.pages.flatMap(\.elements).compactMap { element -> String? in
                guard case .prose(let prose) = element, prose.lab != nil else { return nil }
                return prose.markdown
            }
        }
        #expect(texts(translated).allSatisfy { $0.hasPrefix("**实验：**") })
        #expect(texts(original).allSatisfy { $0.hasPrefix("**Lab:**") })
        #expect(!texts(translated).isEmpty)
    }
}
