import Lessons
import Testing

@Suite struct BodyTests {
    @Test func textBeforeTheFirstPage() {
        #expect(
            diagnostics(lessonText(body: "Intro\n## One\ntext")) == [
                "03-race.md:6:1: error: text before the first page; start the first page with a `## ` heading"
            ])
    }

    @Test func emptyPage() {
        #expect(
            diagnostics(lessonText(body: "## One\n\n## Two\ntext")) == [
                "03-race.md:6:1: error: page has no content; add text under `## One` or remove the heading"
            ])
    }

    @Test func levelOneHeading() {
        #expect(
            diagnostics(lessonText(body: "## One\n# Big\ntext")) == [
                "03-race.md:7:1: error: level-1 heading `# Big` in the body; the title comes from the front matter, so use `## ` for a page or `### ` within one"
            ])
    }

    @Test func headingsInsideFencesAreCode() throws {
        let lesson = LessonParser.parse(
            lessonText(body: "## One\n```sh\n# comment\n## not a page\n```"), file: "03-race.md"
        ).lesson
        #expect(
            try #require(lesson).pages == [
                Page(
                    title: "One", line: 6,
                    elements: [.code(CodeBlock(language: "sh", code: "# comment\n## not a page", line: 7))])
            ])
    }

    @Test func unclosedFence() {
        #expect(
            diagnostics(lessonText(body: "## One\ntext\n````python\nx = 1\n```")) == [
                "03-race.md:8:1: error: code fence is never closed; end the block with a line of 4 backticks (line 10 has only 3)"
            ])
    }

    @Test func unknownBlockKindSuggestsTheClosest() {
        #expect(
            diagnostics(lessonText(body: "## One\n```quizz\nid: q\n```")) == [
                "03-race.md:7:4: error: unknown block kind `quizz`; use demo, predict, quiz, lab, or a code language (python, swift, ...); did you mean `quiz`?"
            ])
    }

    @Test func demoWithoutName() {
        #expect(
            diagnostics(lessonText(body: "## One\n```demo workers=4\n```")) == [
                "03-race.md:7:4: error: demo block has no demo name; write it after `demo`, e.g. `demo shared-counter workers=4`"
            ])
    }

    @Test func demoArgumentsMustBeKeyValueAndUnique() {
        #expect(
            diagnostics(lessonText(body: "## One\n```demo shared-counter workers workers=1 workers=2\n```"))
                == [
                    "03-race.md:7:24: error: demo argument `workers` must be `name=value`, e.g. `workers=4`",
                    "03-race.md:7:42: error: demo argument `workers` is given twice; keep one",
                ])
    }
}
