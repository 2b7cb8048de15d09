import Foundation
import Lessons
import Testing

@Suite struct ControlCharacterTests {
    @Test func escapeSequencesAreRemovedWithAWarningAtTheirColumn() throws {
        let text = "---\nid: race\ntitle: Ra\u{1B}[31mces\nsummary: x\n---\n## One\n\tred\u{1B}[0m text\u{7}"
        let (parsed, diagnostics) = LessonParser.parse(text, file: "03-race.md")
        #expect(
            diagnostics.map(\.description) == [
                "03-race.md:3:10: warning: control character U+001B removed; lesson text cannot contain terminal escape sequences",
                "03-race.md:7:5: warning: control character U+001B removed; lesson text cannot contain terminal escape sequences",
            ])
        let lesson = try #require(parsed)
        #expect(lesson.title == "Ra[31mces")
        #expect(!lesson.title.contains("\u{1B}"))
        #expect(lesson.pages[0].elements == [.prose(Prose(markdown: "    red[0m text", line: 7))])
    }

    @Test func bidiOverridesAreRemoved() throws {
        let (lesson, diagnostics) = LessonParser.parse(
            lessonText(body: "## One\nif x \u{202E}== y"), file: "03-race.md")
        #expect(
            diagnostics.map(\.description) == [
                "03-race.md:7:6: warning: bidirectional control character U+202E removed; lesson text cannot reorder what the student reads"
            ])
        #expect(try #require(lesson).pages[0].elements == [.prose(Prose(markdown: "if x == y", line: 7))])
    }

    @Test func columnsAfterARemovedCharacterStillMatchTheFile() {
        #expect(
            diagnostics(lessonText(body: "## One\n```demo shared-counter \u{1B}bad\n```")) == [
                "03-race.md:7:24: warning: control character U+001B removed; lesson text cannot contain terminal escape sequences",
                "03-race.md:7:25: error: demo argument `bad` must be `name=value`, e.g. `workers=4`",
            ])
    }

    @Test func windowsLineEndingsAreNotControlCharacters() {
        let text = lessonText(body: "## One\ntext").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(diagnostics(text).isEmpty)
    }
}
