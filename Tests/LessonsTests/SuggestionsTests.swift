import Lessons
import Testing

@Suite struct SuggestionsTests {
    @Test(arguments: [
        ("quizz", "quiz"), ("tilte", "title"), ("requries", "requires"), ("Quiz", "quiz"),
        ("shared-countr", "shared-counter"),
    ])
    func suggestsCloseWords(word: String, expected: String) {
        #expect(
            Suggestions.closest(to: word, in: ["quiz", "title", "requires", "shared-counter"]) == expected)
    }

    @Test func staysQuietForUnrelatedWords() {
        #expect(Suggestions.closest(to: "xyz", in: ["quiz", "demo"]) == nil)
        #expect(Suggestions.closest(to: "anything", in: []) == nil)
    }
}
