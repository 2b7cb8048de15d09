import Lessons
import Testing

/// The lint rules an instructor review asked for: conditions that cannot match their result,
/// unknown demos named by their nearest neighbours, code too wide for 80 columns, and text that
/// gives a prediction's answer away above its question.
@Suite struct LintRuleTests {
    /// A lesson of one page: `body` after `## One` (line 6), so the body starts on line 7.
    func lesson(_ body: String) -> [(name: String, text: String)] {
        [("03-race.md", lessonText(body: "## One\n" + body))]
    }

    func predict(result: String, _ conditions: [String], demo: String = "fork-order") -> String {
        "```demo \(demo)\n```\n```predict\nid: p\nquestion: Which?\nresult: \(result)\nchoices:\n"
            + conditions.map { "  - {text: t, when: \"\($0)\"}\n" }.joined() + "explain: e\n```"
    }

    @Test func numericConditionOnAYesNoResultNamesItsValues() {
        #expect(
            lint(lesson(predict(result: "child_waited", ["= yes", "> 5"]))) == [
                "03-race.md:15:21: error: condition `> 5` can never hold: `child_waited` of demo `fork-order` is yes or no; compare with one of those values"
            ])
    }

    @Test func wordNotAmongTheResultsValuesIsAnError() {
        #expect(
            lint(lesson(predict(result: "first", ["= parent", "one of [kid, nobody]"]))) == [
                "03-race.md:15:21: error: condition `one of [kid, nobody]` can never hold: `first` of demo `fork-order` is one of parent, child, nowhere; compare with one of those values"
            ])
    }

    @Test func conditionsTheResultCanMeetPass() {
        #expect(lint(lesson(predict(result: "first", ["= parent", "!= parent"]))).isEmpty)
        #expect(lint(lesson(predict(result: "child_waited", ["= yes", "= no"]))).isEmpty)
    }

    @Test func numericRangesAreChecked() {
        #expect(ResultValues.number(0...1).canMeet(.greater(0.5)))
        #expect(!ResultValues.number(0...1).canMeet(.greater(1)))
        #expect(!ResultValues.number(0...(.infinity)).canMeet(.less(0)))
        #expect(ResultValues.number(0...(.infinity)).canMeet(.between(-5, 0)))
        #expect(!ResultValues.number(0...(.infinity)).canMeet(.equal(.word("many"))))
    }

    @Test func unknownDemoListsTheClosestNamesFirst() {
        #expect(
            lint(lesson("```demo forking\n```")) == [
                "03-race.md:7:9: error: unknown demo `forking`; the closest are `fork-tree`, `fork-basics`, `fork-order` (`spindle demos` lists all)"
            ])
    }

    @Test func codeLineWiderThanTheScreenAllowsIsAWarning() {
        let code =
            "```python\n\nx = 1\n" + String(repeating: "y", count: 77) + "\n"
            + String(repeating: "z", count: 76) + "\n```"
        #expect(
            lint(lesson(code)) == [
                "03-race.md:10:77: warning: code line is 77 columns wide, more than the 76 a page shows at 80 columns; break it or shorten it"
            ])
    }

    @Test func textAboveAPredictionThatGivesItsAnswerAwayIsAWarning() {
        let body =
            "Run it and the counter loses 0 updates.\n\n"
            + predictOnLost + "\n\nAfterwards: it loses 0 updates."
        #expect(
            lint(lesson(body)) == [
                "03-race.md:7:1: warning: text above prediction `p` may give its answer away (`0` near `loses`, about `lost`); move it into `explain:` or after the demo"
            ])
    }

    @Test func numbersAwayFromTheResultsNameAreNotSpoilers() {
        let body =
            "Start 0 workers, then 4, then count what happens to the total when the\nthreads finish.\n\n"
            + predictOnLost
        #expect(lint(lesson(body)).isEmpty)
    }

    @Test func spoilerInADemoCaptionIsFoundAndNumbersAreReadWithTheirCommas() {
        let body =
            "```demo shared-counter\nNone of the 100,000 additions is lost.\n```\n```predict\nid: p\nquestion: Lost?\nresult: lost\n"
            + "choices:\n  - {text: a, when: \"= 100000\"}\n  - {text: b, when: \"< 100000\"}\nexplain: e\n```"
        #expect(
            lint(lesson(body)) == [
                "03-race.md:8:1: warning: text above prediction `p` may give its answer away (`100000` near `lost`, about `lost`); move it into `explain:` or after the demo"
            ])
    }

    private var predictOnLost: String {
        "```demo shared-counter\n```\n```predict\nid: p\nquestion: Lost?\nresult: lost\n"
            + "choices:\n  - {text: a, when: \"= 0\"}\n  - {text: b, when: \"> 0\"}\nexplain: e\n```"
    }
}
