import Lessons
import Testing

/// Lesson files a fault probe produced: numbers at the ends of `Int`, nesting thousands deep,
/// lines and files far beyond any lesson. Each gets one error at its place, and none traps.
@Suite struct HostileInputTests {
    /// A page with `block` after its heading; the block starts on line 7.
    func page(_ block: String) -> String {
        lessonText(body: "## One\n" + block)
    }

    @Test func quizAnswerAtTheBottomOfIntIsOutOfRange() {
        let quiz =
            "```quiz\nid: q\nquestion: Why?\nchoices: [a, b]\nanswer: -9223372036854775808\nhints: [h]\nexplain: e\n```"
        #expect(
            diagnostics(page(quiz)) == [
                "03-race.md:11:9: error: `answer: -9223372036854775808` is out of range: the quiz has 2 choices; use a to b or 1 to 2"
            ])
    }

    @Test func orderBeyondTheLimitIsReported() {
        #expect(
            diagnostics(
                lessonText(extra: "order: 9223372036854775807", body: "## One\ntext"), file: "race.md") == [
                    "race.md:5:8: error: `order: 9223372036854775807` is not a whole number from 0 to 1000000000000; write e.g. `order: 5`"
                ])
    }

    @Test func fileNameNumberBeyondTheLimitIsReported() {
        let result = LessonParser.parse(
            lessonText(body: "## One\ntext"), file: "99999999999999999999-race.md")
        #expect(result.lesson == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "99999999999999999999-race.md:1:1: error: the number `99999999999999999999` in the file name is not an order from 0 to 1000000000000; renumber the file"
            ])
    }

    @Test func conditionNumbersBeyondTheLimitAreReported() {
        let predict =
            "```demo shared-counter\n```\n```predict\nid: p\nquestion: Lost?\nresult: lost\n"
            + "choices:\n  - {text: a, when: \"= 0\"}\n  - {text: b, when: \"> 1e300\"}\nexplain: e\n```"
        #expect(
            diagnostics(page(predict)) == [
                "03-race.md:15:21: error: condition `> 1e300` compares with 1e+300, beyond the ±1000000000000 a lesson may write; use a smaller bound"
            ])
    }

    @Test func demoParameterAtTheBottomOfIntIsOutOfRange() {
        let text = page("```demo shared-counter workers=-9223372036854775808\n```")
        #expect(
            lint([("03-race.md", text)]) == [
                "03-race.md:7:24: error: `workers=-9223372036854775808` for demo `shared-counter`: expected a whole number from 1 to 64"
            ])
    }

    @Test func thousandsOfQuoteMarkersAreAnErrorAtTheirLine() {
        #expect(
            diagnostics(page("text\n" + String(repeating: ">", count: 4_500) + " deep")) == [
                "03-race.md:8:1: error: quotes and lists nest 4500 deep here, more than the 8 a page may; flatten the text"
            ])
    }

    @Test func deeplyNestedListsAreAnErrorAtTheFirstLineTooDeep() {
        let list = (0..<20).map { String(repeating: " ", count: $0 * 2) + "- item" }.joined(separator: "\n")
        #expect(
            diagnostics(page(list)) == [
                "03-race.md:15:17: error: quotes and lists nest 9 deep here, more than the 8 a page may; flatten the text"
            ])
    }

    @Test func nestingUpToTheLimitIsFine() {
        let list = (0..<4).map { String(repeating: " ", count: $0 * 2) + "- item" }.joined(separator: "\n")
        #expect(diagnostics(page(list + "\n\n> > > > quoted\n\n- - -\n\ntext")).isEmpty)
    }

    @Test func overlongLineIsCutWithOneError() {
        let result = LessonParser.parse(page(String(repeating: "a", count: 1_000_000)), file: "03-race.md")
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:7:10001: error: line is longer than 10000 characters and the rest is not read; break it into shorter lines"
            ])
        guard case .prose(let prose) = result.lesson?.pages.first?.elements.first else {
            Issue.record("the cut line is still the page's text")
            return
        }
        #expect(prose.markdown.count == LessonLimits.lineCharacters)
    }

    @Test func fileOverTheSizeLimitIsNotParsed() {
        let text = page(String(repeating: "word ", count: 300_000))
        let result = LessonParser.parse(text, file: "03-race.md")
        #expect(result.lesson == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:1:1: error: file is \(text.utf8.count) bytes, more than the 1 MB a lesson may have; split it into several lessons"
            ])
    }

    @Test func tooManyPagesIsOneErrorAtTheFirstPageTooMany() {
        let pages = (1...600).map { "## P\($0)\ntext" }.joined(separator: "\n")
        let result = LessonParser.parse(lessonText(body: pages), file: "03-race.md")
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:1006:1: error: lesson has more than 500 pages; split it into several lessons"
            ])
    }

    @Test func unclosedFenceIsReportedWhereItOpensAndTheRestIsStillRead() {
        let text = lessonText(body: "## One\ntext\n````python\nx = 1\n## Two\n```quizz\n```")
        let result = LessonParser.parse(text, file: "03-race.md")
        #expect(
            result.diagnostics.map(\.description) == [
                "03-race.md:8:1: error: code fence is never closed; end the block with a line of 4 backticks",
                "03-race.md:11:4: error: unknown block kind `quizz`; use demo, predict, quiz, lab, or a code language (python, swift, ...); did you mean `quiz`?",
            ])
        #expect(result.lesson?.pages.map(\.title) == ["One", "Two"])
    }

    @Test func tabInYAMLIndentationIsNamed() {
        #expect(
            diagnostics(lessonText(extra: "\torder: 3", body: "## One\ntext")) == [
                "03-race.md:5:1: error: front matter: tab in the indentation of a YAML line; YAML allows only spaces there, so indent with spaces"
            ])
    }

    @Test func misindentedListItemIsReportedAsIndentation() {
        let quiz =
            "```quiz\nid: q\nquestion: Why?\nchoices:\n  - a\n   - b\nanswer: b\nhints: [h]\nexplain: e\n```"
        #expect(
            diagnostics(page(quiz)) == [
                "03-race.md:12:4: error: quiz block: list item is indented 1 more than the item on line 11, so YAML reads it as part of that item's text; line up the `-`"
            ])
    }

    @Test func deeplyNestedYAMLIsRefusedBeforeYamsRecursesIntoIt() {
        let quiz =
            "```quiz\nid: q\nquestion: Why?\naccept: " + String(repeating: "[", count: 5_000)
            + "\nexplain: e\n```"
        #expect(
            diagnostics(page(quiz)) == [
                "03-race.md:10:1: error: quiz block: YAML nests more than 32 levels deep; a lesson block needs only a few"
            ])
    }

    @Test func aliasBombIsReadWithoutExpandingIt() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml +=
                "a\(level): &a\(level) ["
                + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let quiz = "```quiz\nid: q\nquestion: Why?\n" + yaml + "accept: *a9\nexplain: e\n```"
        let messages = diagnostics(page(quiz))
        // One unknown key per anchor, and `accept` refused, as its entries are lists, not text.
        #expect(messages.count == 11, "\(messages)")
        #expect(messages.filter { $0.contains("unknown key `a") }.count == 10)
        #expect(messages.contains { $0.hasSuffix("error: each entry of `accept` in quiz must be text") })
    }

    @Test func unknownLocaleListsTheSupportedOnes() {
        #expect(
            diagnostics(lessonText(extra: "locale: klingon", body: "## One\ntext")) == [
                "03-race.md:5:9: error: unknown locale `klingon`; use one of `en`, `zh-Hans`, the languages the tutor speaks"
            ])
        // A language the tutor does not speak is as unknown as a made-up one: the lesson would
        // be shown with an English interface and no way to choose it.
        #expect(diagnostics(lessonText(extra: "locale: de", body: "## One\ntext")).count == 1)
        #expect(diagnostics(lessonText(extra: "locale: zh-hans", body: "## One\ntext")).isEmpty)
        #expect(diagnostics(lessonText(extra: "locale: zh-Hans", body: "## One\ntext")).isEmpty)
    }
}
