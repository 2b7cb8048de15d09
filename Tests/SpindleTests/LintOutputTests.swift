import Foundation
import Lessons
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// What `spindle lint` adds to the lesson checks once the executable can render: page heights
/// measured by the tutor's own page view, and a report that cannot drive the terminal.
@Suite("Lint output")
struct LintOutputTests {
    static let header = "---\nid: fit\ntitle: Fit\nsummary: Pages of two heights.\n---\n"

    @Test("a page taller than 23 rows at 80 columns is a warning at its heading; a short page is not")
    func pageHeight() throws {
        let folder = try TemporaryFolder()
        let tall = (1...30).map { "Paragraph \($0)." }.joined(separator: "\n\n")
        try folder.write("01-fit.md", Self.header + "## Short\n\nOne line.\n\n## Tall\n\n" + tall + "\n")
        let library = LessonLibrary.load(
            paths: [folder.path], catalog: CatalogDemoSignatures.current, layout: CatalogDemoSignatures())
        let lesson = try #require(library.lessons.first)
        let printed = PageView(
            lesson: lesson, pageIndex: 1, progress: LessonProgress(), catalog: CatalogDemoSignatures.current
        )
        .render(options: RenderOptions(width: 80, color: false))
        let rows = printed.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(rows > 23)
        #expect(
            library.diagnostics.map(\.description) == [
                "\(folder.path)/01-fit.md:10:1: warning: page `Tall` takes \(rows) rows at 80 columns, more than the 23 above the prompt; split it into shorter pages"
            ])
    }

    @Test("the catalogue declares counts: a condition below zero on `lost` can never hold")
    func countsAreNeverNegative() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "01-fit.md",
            Self.header + "## Race\n\n```demo shared-counter\n```\n\n```predict\nid: p\n"
                + "question: Lost?\nresult: lost\nchoices:\n  - {text: a, when: \"< 0\"}\n  - {text: b, when: \">= 0\"}\n"
                + "explain: e\n```\n")
        let library = LessonLibrary.load(
            paths: [folder.path], catalog: CatalogDemoSignatures.current, layout: CatalogDemoSignatures())
        let errors = library.diagnostics.map(\.description).filter { $0.contains("error:") }
        #expect(errors.count == 1)
        #expect(
            errors.first?.contains(
                "condition `< 0` can never hold: `lost` of demo `shared-counter` is a number of at least 0")
                == true)
    }

    @Test("file names and YAML-escaped values are printed sanitised, one line each")
    func sanitizedReport() throws {
        let folder = try TemporaryFolder()
        let name = "01-\u{1B}]0;title\u{07}.md"
        try folder.write(
            name,
            "---\nid: bad\ntitle: Bad\nsummary: S\norder: \"\\e]52;c;SGk=\\a\\n\\e[2J\"\n---\n\n## Page\n\ntext\n"
        )
        let report = LintReport(
            library: LessonLibrary.load(
                paths: [folder.path], catalog: CatalogDemoSignatures.current, layout: CatalogDemoSignatures())
        ).text
        #expect(!report.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(
            report.contains("01-␛]0;title␇.md:5:8: error: `order: ␛]52;c;SGk=␇␊␛[2J` is not a whole number"))
        #expect(report.split(separator: "\n").count == 2)
    }
}
