import Lessons
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// The lessons that ship in `Lessons/`: each parses and lints clean, and every page renders
/// within the terminal width at sizes from a narrow split pane to a wide window.
@Suite("Course")
struct CourseTests {
    // Loaded once: Swift Testing makes a suite instance for every test case, and loading lints
    // the whole course.
    static let library = LessonLibrary.load(
        paths: [Repository.lessons], catalog: CatalogDemoSignatures.current, layout: CatalogDemoSignatures())

    @Test("every lesson parses and lints without errors or warnings")
    func lintClean() {
        #expect(!Self.library.lessons.isEmpty)
        #expect(Self.library.diagnostics.map(\.description) == [])
    }

    @Test("every lesson has a translation into every language the tutor speaks")
    func everyLessonTranslated() {
        for language in TranslationFolder.languages {
            #expect(Self.library.inLanguage(language).untranslated == [], "\(language)")
        }
    }

    @Test(
        "every page, original or translation, fits the width, with and without colour",
        arguments: [40, 60, 80, 100], [false, true])
    func pagesFit(width: Int, color: Bool) {
        for lesson in Self.library.lessons + Self.library.translations {
            for index in lesson.pages.indices {
                let text = PageView(
                    lesson: lesson, pageIndex: index, progress: LessonProgress(),
                    catalog: CatalogDemoSignatures.current
                )
                .render(options: RenderOptions(width: width, color: color))
                for line in text.split(separator: "\n") {
                    let visible = DisplayWidth.of(Self.withoutStyles(String(line)))
                    #expect(visible <= width, "\(lesson.file) page \(index + 1): `\(line)`")
                    let start = Self.withoutStyles(String(line)).drop { $0 == " " }.first
                    #expect(
                        start.map { !Self.closingPunctuation.contains($0) } ?? true,
                        "\(lesson.file) page \(index + 1) at \(width): a line starts with \(start.map(String.init) ?? "")"
                    )
                }
                #expect(color || !text.contains("\u{1B}"))
            }
        }
    }

    /// Punctuation a Chinese line may not start with: it belongs to the text before it.
    static let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」"]

    /// Strips SGR sequences, the only escapes the renderer emits, to measure what is visible.
    static func withoutStyles(_ line: String) -> String {
        var result = ""
        var inEscape = false
        for character in line {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
