import Lessons
import Testing

@Suite struct QuestionBlockTests {
    /// A page with one demo and `block` after it; the block's fence is on line 9.
    func page(_ block: String) -> String {
        lessonText(body: "## One\n```demo shared-counter\n```\n" + block)
    }

    @Test func quizWithoutCorrectAnswer() {
        #expect(
            diagnostics(page("```quiz\nid: q\nquestion: Why?\nchoices: [a, b]\nhints: [h]\nexplain: e\n```"))
                == [
                    "03-race.md:9:1: error: quiz has no correct answer; add `answer: b` for choices or `accept: [...]` for a short answer"
                ])
    }

    @Test func answerLetterOutOfRange() {
        #expect(
            diagnostics(
                page(
                    "```quiz\nid: q\nquestion: Why?\nchoices: [a, b, c]\nanswer: e\nhints: [h]\nexplain: e\n```"
                )) == [
                    "03-race.md:13:9: error: `answer: e` is out of range: the quiz has 3 choices; use a to c or 1 to 3"
                ])
    }

    @Test func quizWithoutHintsIsAWarning() {
        #expect(
            diagnostics(page("```quiz\nid: q\nquestion: Why?\naccept: [fork]\nexplain: e\n```")) == [
                "03-race.md:9:1: warning: quiz has no hints; add hints: a nudge or two for students who are stuck"
            ])
    }

    @Test func unknownKeyInQuiz() {
        #expect(
            diagnostics(page("```quiz\nid: q\nquestion: Why?\naccept: [fork]\nhint: [h]\nexplain: e\n```"))
                == [
                    "03-race.md:13:1: error: unknown key `hint` in quiz; did you mean `hints`?"
                ])
    }

    @Test func yamlErrorsInsideBlocksUseFileCoordinates() {
        #expect(
            diagnostics(page("```predict\nid: p\nquestion: Lost: how many?\n```")) == [
                "03-race.md:11:15: error: predict block is not valid YAML: mapping values are not allowed in this context; quote values that contain `: `, e.g. `title: \"Pipes: a first look\"`"
            ])
    }

    @Test func malformedConditionNamesTheAcceptedForms() {
        let block =
            "```predict\nid: p\nquestion: Lost?\nresult: lost\nchoices:\n  - {text: a, when: \"~ 5\"}\n  - {text: b, when: \"> 0\"}\nexplain: e\n```"
        #expect(
            diagnostics(page(block)) == [
                "03-race.md:14:21: error: condition `~ 5` is not understood; use `= V`, `!= V`, `< N`, `<= N`, `> N`, `>= N`, `between A and B` or `one of [a, b]`"
            ])
    }

    @Test func unquotedConditionGetsAQuotingHint() {
        let block =
            "```predict\nid: p\nquestion: Lost?\nresult: lost\nchoices:\n  - text: a\n    when: >= 1\n  - {text: b, when: \"= 0\"}\nexplain: e\n```"
        #expect(diagnostics(page(block)).first?.hasSuffix("quote conditions, e.g. `when: \">= 1\"`") == true)
    }

    @Test func predictionNamingADemoNotOnItsPage() {
        let block =
            "```predict\nid: p\ndemo: fork-order\nquestion: Lost?\nresult: lost\nchoices: [{text: a, when: \"= 0\"}, {text: b, when: \"> 0\"}]\nexplain: e\n```"
        #expect(
            diagnostics(page(block)) == [
                "03-race.md:11:7: error: prediction names demo `fork-order`, which is not on its page; this page has `shared-counter`"
            ])
    }

    @Test func predictionWithoutDemoOnAPageWithTwoDemos() {
        let block =
            "```demo fork-order\n```\n```predict\nid: p\nquestion: Lost?\nresult: lost\nchoices: [{text: a, when: \"= 0\"}, {text: b, when: \"> 0\"}]\nexplain: e\n```"
        #expect(
            diagnostics(page(block)) == [
                "03-race.md:11:1: error: prediction `p` names no demo and its page has 2 demo blocks; add `demo: NAME` to say which one grades it"
            ])
    }

    @Test func questionIDsAreUniqueAcrossPredictionsAndQuizzes() {
        let block =
            "```predict\nid: q\nquestion: Lost?\nresult: lost\nchoices: [{text: a, when: \"= 0\"}, {text: b, when: \"> 0\"}]\nexplain: e\n```\n"
            + "```quiz\nid: q\nquestion: Why?\naccept: [read]\nhints: [h]\nexplain: e\n```"
        #expect(
            diagnostics(page(block)) == [
                "03-race.md:17:5: error: question id `q` is already used on line 10; give each prediction, quiz and lab its own id"
            ])
    }
}
