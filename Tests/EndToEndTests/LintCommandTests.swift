import TestSupport
import Testing

/// `spindle lint` run as a user runs it: what reaches the terminal.
@Suite("Lint command end to end")
struct LintCommandTests {
    @Test("spindle lint prints a hostile file name without its escape sequences")
    func sanitizedOnTheCommandLine() throws {
        let folder = try TemporaryFolder()
        let state = try TemporaryFolder()
        let file = try folder.write(
            "01-\u{1B}[2J.md", "---\nid: x\ntitle: X\nsummary: S\n---\n\n## Page\n\n```quizz\n```\n")
        let outcome = try SpindleBinary.run(["lint", file.path], stateFolder: state.path)
        #expect(outcome.status == 1)
        #expect(!outcome.output.contains("\u{1B}"))
        #expect(outcome.output.contains("01-␛[2J.md:9:4: error: unknown block kind `quizz`"))
    }
}
