import Testing

@testable import Lessons

@Suite struct CodeCommentsTests {
    @Test func pythonCommentsGoButHashesInStringsStay() {
        let code = "x = 1  # one\n# a line of its own\nprint(\"#\", '#')  # two"
        #expect(CodeComments.stripped(code, language: "python") == "x = 1\nprint(\"#\", '#')")
    }

    @Test func swiftCommentsGo() {
        #expect(CodeComments.stripped("let a = \"//\" // note", language: "swift") == "let a = \"//\"")
    }

    @Test func textIsNotCompared() {
        #expect(CodeComments.stripped("1-9  run", language: "text") == nil)
    }

    @Test func foldingJoinsOnlyBetweenWideCharacters() {
        #expect(WideTextFolding.unfolded("因为 如此 and 这 `x` 样") == "因为如此 and 这 `x` 样")
        #expect(WideTextFolding.unfolded("plain text") == "plain text")
    }
}
