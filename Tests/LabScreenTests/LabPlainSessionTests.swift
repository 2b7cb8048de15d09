import SnapshotTesting
import Testing
import TextRendering

@testable import LabScreen

@Suite("Lab plain session") struct LabPlainSessionTests {
    /// Plays `game` through `lines` and returns everything printed.
    private func transcript(_ lines: [String], game: inout ScriptedGame, width: Int = 80) -> String {
        var remaining = lines[...]
        var printed = ""
        let session = LabPlainSession(
            width: width, echoesInput: true, input: { remaining.popFirst() }, output: { printed += $0 })
        session.play(&game)
        return printed
    }

    /// A whole game: a hint, an unknown command, the winning schedule, an undo, help, then q.
    @Test func scriptedGame() {
        var game = ScriptedGame()
        let printed = transcript(["h", "xyz", "1", "2", "", "1", "2", "u", "help", "3", "q"], game: &game)
        assertSnapshot(of: printed, as: .lines)
        #expect(game.actions == [.hint, .step(0), .step(1), .step(0), .step(1), .undo, .step(2), .quit])
        #expect(game.quits == 1)
    }

    @Test func theEndOfInputLeaves() {
        var game = ScriptedGame()
        let printed = transcript(["a"], game: &game)
        #expect(game.quits == 1)
        #expect(printed.contains("WIN: counter ended at 1"))
        #expect(printed.hasSuffix(LabPlainSession.prompt + "\n"))
    }

    @Test func unknownInputGetsOneLine() {
        var game = ScriptedGame()
        let printed = transcript(["10", "step"], game: &game)
        let answers = printed.split(separator: "\n").filter { $0.contains("? type 1-9") }
        #expect(answers.count == 2)
        #expect(game.actions == [.quit])
    }

    @Test(arguments: [80, 40])
    func everyLineFits(width: Int) {
        for (_, snapshot) in LabFixtures.all {
            for line in LabPlainText.state(of: snapshot, width: width) {
                #expect(DisplayWidth.of(line) <= width, "\(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    @Test func commands() {
        #expect(LabPlainSession.action(for: "1") == .step(0))
        #expect(LabPlainSession.action(for: "9") == .step(8))
        #expect(LabPlainSession.action(for: "0") == nil)
        #expect(LabPlainSession.action(for: "e") == .explore)
        #expect(LabPlainSession.action(for: "undo") == nil)
    }
}
