import Foundation
import Lessons
import Testing

@Suite struct DocumentationTests {
    /// The complete lesson in docs/lesson-format.md, so the guide cannot drift from the parser.
    @Test func documentedExampleParsesWithoutDiagnostics() throws {
        let guide = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/lesson-format.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let section = try #require(text.range(of: "## A complete lesson")).upperBound
        let start = try #require(text.range(of: "~~~markdown\n", range: section..<text.endIndex)).upperBound
        let end = try #require(text.range(of: "~~~", options: .backwards)).lowerBound
        let (lesson, diagnostics) = LessonParser.parse(
            String(text[start..<end]), file: "Lessons/05-shared-counter.md")
        #expect(diagnostics.isEmpty)
        #expect(lesson?.pages.count == 3)
        #expect(lesson?.questions.map(\.id) == ["lost-updates", "which-step", "fix-it"])
    }

    /// The example of the `lab` section, so the guide's block is one the parser takes.
    @Test func documentedLabExampleParsesWithoutDiagnostics() throws {
        let guide = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/lesson-format.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let section = try #require(text.range(of: "### `lab`")).upperBound
        let start = try #require(text.range(of: "~~~markdown\n", range: section..<text.endIndex)).upperBound
        let end = try #require(text.range(of: "~~~", range: start..<text.endIndex)).lowerBound
        let (lesson, diagnostics) = LessonParser.parse(
            lessonText(body: "## One\n" + text[start..<end]), file: "Lessons/06-locks.md")
        #expect(diagnostics.isEmpty)
        #expect(lesson?.labs.map(\.id) == ["lost-update"])
        #expect(lesson?.labs.first?.program == .file(path: "labs/lost-update.py"))
    }

    /// The limits table states the limits the parser enforces.
    @Test func documentedLimitsAreTheEnforcedOnes() throws {
        let guide = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/lesson-format.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let start = try #require(text.range(of: "## Limits")).upperBound
        let end = try #require(text.range(of: "## A complete lesson")).lowerBound
        let section = text[start..<end]
        let grouped = { (number: Int) in
            String(number).reversed().enumerated()
                .map { $0.offset > 0 && $0.offset % 3 == 0 ? "\($0.element)," : "\($0.element)" }
                .reversed().joined()
        }
        #expect(section.contains("| file size | \(LessonLimits.fileBytes / 1_048_576) MB |"))
        #expect(section.contains("| line length | \(grouped(LessonLimits.lineCharacters)) characters |"))
        #expect(section.contains("| \(LessonLimits.nestingDepth) levels, counted together |"))
        #expect(section.contains("| pages | \(LessonLimits.pages) per lesson |"))
        #expect(section.contains("| ±\(grouped(LessonLimits.numberMagnitude)) |"))
    }
}
