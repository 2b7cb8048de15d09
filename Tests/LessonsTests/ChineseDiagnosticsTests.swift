import Lessons
import Messages
import Testing

/// With the tutor in Simplified Chinese, lint speaks Chinese after the `file:line:col: error:`
/// prefix, which stays as it is in English so editors still jump to the place.
///
/// Serialized: the language is process-wide, and each test switches it.
@Suite(.serialized) struct ChineseDiagnosticsTests {
    @Test func unknownBlockKindIsReportedInChineseAtTheSamePlace() {
        let text = lessonText(body: "## One\n```quizz\nid: q\n```")
        let (english, chinese) = Self.inBothLanguages { diagnostics(text) }
        #expect(
            chinese == [
                "03-race.md:7:4: error: 未知的块类型 `quizz`；请使用 demo、predict、quiz、lab 或代码语言（python、swift 等）；是否想写 `quiz`？"
            ])
        #expect(Self.prefixes(chinese) == Self.prefixes(english))
    }

    @Test func unknownLocaleIsReportedInChineseAtTheSamePlace() {
        let text = lessonText(extra: "locale: klingon", body: "## One\ntext")
        let (english, chinese) = Self.inBothLanguages { diagnostics(text) }
        #expect(
            chinese == [
                "03-race.md:5:9: error: 未知的 locale `klingon`；请使用本教程支持的语言之一：`en`, `zh-Hans`"
            ])
        #expect(Self.prefixes(chinese) == Self.prefixes(english))
    }

    @Test func translationDriftIsReportedInChineseAtTheSamePlace() {
        let original = lessonText(body: "## One\n\n```demo shared-counter workers=4\n```")
        let translation = lessonText(
            extra: "locale: zh-Hans", body: "## 第一页\n\n```demo shared-counter workers=8\n```")
        let (english, chinese) = Self.inBothLanguages {
            let originals = [LessonParser.parse(original, file: "03-race.md").lesson].compactMap { $0 }
            let translations = [LessonParser.parse(translation, file: "zh-Hans/03-race.md").lesson]
                .compactMap { $0 }
            return LessonLinter(catalog: TestDemoSignatures()).lint(translations: translations, of: originals)
                .map(\.description)
        }
        #expect(
            chinese == [
                "zh-Hans/03-race.md:9:1: error: 与原文 03-race.md:8 不一致：页面“One”的第 1 个块（demo）的 demo 行 是 `shared-counter workers=8`，原文是 `shared-counter workers=4`；请原样照抄"
            ])
        #expect(Self.prefixes(chinese) == Self.prefixes(english))
    }

    @Test func demoParameterValuesAreDescribedInChinese() {
        let text = lessonText(body: "## One\n```demo shared-counter workers=99\n```")
        let (_, chinese) = Self.inBothLanguages { lint([("03-race.md", text)]) }
        #expect(
            chinese.contains("03-race.md:7:24: error: demo `shared-counter` 的 `workers=99`：应为 1 到 64 之间的整数"))
    }

    /// `produce` run in English, then in Simplified Chinese, for this test alone: suites running
    /// beside it keep reading English.
    private static func inBothLanguages<T>(_ produce: () -> T) -> (english: T, chinese: T) {
        let english = CurrentLanguage.$scoped.withValue(.english, operation: produce)
        return (english, CurrentLanguage.$scoped.withValue(.simplifiedChinese, operation: produce))
    }

    /// `file:line:column: severity:` of each diagnostic line.
    private static func prefixes(_ lines: [String]) -> [String] {
        lines.map { line in
            let marker = line.range(of: ": error: ") ?? line.range(of: ": warning: ")
            return marker.map { String(line[..<$0.upperBound]) } ?? line
        }
    }
}
