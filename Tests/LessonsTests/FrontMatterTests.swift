import Lessons
import Testing

@Suite struct FrontMatterTests {
    @Test func malformedYAMLIsReportedAtItsFilePosition() {
        let text = "---\nid: race\ntitle: Pipes: a first look\nsummary: x\n---\n## One\ntext"
        let result = LessonParser.parse(text, file: "03-race.md")
        #expect(result.lesson == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:3:13: error: front matter is not valid YAML: mapping values are not allowed in this context; quote values that contain `: `, e.g. `title: \"Pipes: a first look\"`"
            ])
    }

    @Test func missingIDMakesTheLessonUnusable() {
        let result = LessonParser.parse(
            "---\ntitle: Races\nsummary: x\n---\n## One\ntext", file: "03-race.md")
        #expect(result.lesson == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:1:1: error: front matter has no `id`; add `id: ...`"
            ])
    }

    @Test func idWithBadCharactersSuggestsAValidOne() {
        #expect(
            diagnostics(lessonText(id: "Shared_Memory", body: "## One\ntext")) == [
                "03-race.md:2:5: error: lesson id `Shared_Memory` may contain only lowercase letters, digits and hyphens; try `shared-memory`"
            ])
    }

    @Test func unknownKeySuggestsTheClosestKnownOne() {
        #expect(
            diagnostics(lessonText(extra: "requries: [pipes]", body: "## One\ntext")) == [
                "03-race.md:5:1: error: unknown key `requries` in front matter; did you mean `requires`?"
            ])
    }

    @Test func orderMustAgreeWithTheFileName() {
        #expect(
            diagnostics(lessonText(extra: "order: 4", body: "## One\ntext")) == [
                "03-race.md:5:8: error: `order: 4` disagrees with the file name `03-race.md`; make them the same number"
            ])
    }

    @Test func lessonWithoutOrderIsUnusable() {
        let result = LessonParser.parse(lessonText(body: "## One\ntext"), file: "race.md")
        #expect(result.lesson == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "race.md:1:1: error: lesson has no order; start the file name with its number (`05-race.md`) or add `order: 5`"
            ])
    }

    @Test func unclosedFrontMatter() {
        let result = LessonParser.parse("---\nid: race\ntitle: Races\n## One\ntext", file: "03-race.md")
        #expect(result.lesson == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:1:1: error: front matter is never closed; end it with a `---` line before the first page"
            ])
    }

    @Test func fileWithoutFrontMatter() {
        #expect(
            diagnostics("## One\ntext") == [
                "03-race.md:1:1: error: a lesson file must start with a `---` line, then `id`, `title` and `summary`, then another `---` line"
            ])
    }

    @Test func summaryMustBePresent() {
        let result = LessonParser.parse("---\nid: race\ntitle: Races\n---\n## One\ntext", file: "03-race.md")
        #expect(result.lesson?.summary == "")
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:1:1: error: front matter has no `summary`; add `summary: ...`"
            ])
    }

    @Test func duplicatedKeyIsReported() {
        #expect(
            diagnostics(lessonText(extra: "title: Again", body: "## One\ntext")) == [
                "03-race.md:3:1: error: front matter gives `title` more than once; keep one"
            ])
    }
}
