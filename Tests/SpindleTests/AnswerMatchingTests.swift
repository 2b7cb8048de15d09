import Testing

@testable import spindle

@Suite("Answer matching")
struct AnswerMatchingTests {
    let options = ["acquire on a free lock", "acquire on a held lock", "release"]

    @Test(
        "a choice can be picked by letter, number or text",
        arguments: [
            ("b", 1), ("B", 1), ("b)", 1), ("(c)", 2), ("2", 1), ("  Acquire on a HELD lock ", 1),
            ("`release`", 2),
        ])
    func picks(typed: String, index: Int) {
        #expect(AnswerMatching.choiceIndex(typed, options: options) == index)
    }

    @Test("letters and numbers outside the choices pick nothing", arguments: ["d", "4", "0", "maybe"])
    func outOfRange(typed: String) {
        #expect(AnswerMatching.choiceIndex(typed, options: options) == nil)
    }

    @Test("short answers ignore case, backticks, quotes, spacing and digit grouping")
    func shortAnswers() {
        #expect(AnswerMatching.matchesText(" `Reload` ", accepted: ["reload"]))
        #expect(AnswerMatching.matchesText("\"task  done\".", accepted: ["task done"]))
        #expect(AnswerMatching.matchesText("4,000", accepted: ["4000"]))
        #expect(AnswerMatching.matchesText("20_000", accepted: ["20000"]))
        #expect(!AnswerMatching.matchesText("relaod", accepted: ["reload"]))
    }
}
