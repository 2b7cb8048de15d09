import Foundation
import TestSupport
import Testing

/// The lab through a pipe, as a script or a test plays it: keys as lines at `lab> `, the state
/// as text, the exit status, and the progress file.
@Suite("Lab plain end to end")
struct LabPlainEndToEndTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    private func lab(_ arguments: [String], keys: [String]) throws -> ChildProcess.Outcome {
        try SpindleBinary.run(
            ["lab"] + arguments, input: keys.map { $0 + "\n" }.joined(), stateFolder: state.path)
    }

    /// What the lab printed after each command, in order: the lines after each `lab> ` prompt,
    /// the first of them the command echoed.
    private func replies(_ output: String) -> [[String]] {
        output.components(separatedBy: "lab> ").dropFirst().map { reply in
            reply.split(separator: "\n").map(String.init)
        }
    }

    @Test("a scripted game of lost-update through a pipe wins, exits 0 and is recorded")
    func scriptedWin() throws {
        let explored = try lab(["lost-update"], keys: ["e", "q"])
        #expect(explored.status == 0, "\(explored.errors)")
        let keys = try #require(LabWinningKeys.keys(in: explored.output), "\(explored.output)")
        let unwon = try LabProgressFile.entry(
            lesson: "be-the-scheduler", lab: "lost-update", stateFolder: state.path)
        #expect(unwon?["won"] as? Bool != true)

        let played = try lab(["lost-update"], keys: keys + ["q"])
        #expect(played.status == 0, "\(played.errors)")
        #expect(played.output.contains("WIN: You won in \(keys.count) steps: finish with counter == 1."))
        #expect(played.output.contains("be-the-scheduler/lost-update` won in \(keys.count) steps."))
        #expect(!played.output.contains("\u{1B}"))
        #expect(played.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let entry = try LabProgressFile.entry(
            lesson: "be-the-scheduler", lab: "lost-update", stateFolder: state.path)
        #expect(entry?["won"] as? Bool == true)
        #expect(entry?["fewestSteps"] as? Int == keys.count)
        #expect(entry?["hintsUsed"] as? Int == 0)
    }

    @Test("`x` and a thread that does not exist are each answered in one line, and the game goes on")
    func badInput() throws {
        let outcome = try lab(["lost-update"], keys: ["x", "9", "1", "q"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let answers = replies(outcome.output)
        try #require(answers.count == 4, "\(outcome.output)")
        let initial = outcome.output.components(separatedBy: "lab> ")[0].split(separator: "\n").map(
            String.init)
        #expect(initial.contains("Step: 0"))
        // The echoed command, then the answer.
        #expect(answers[0].count == 2, "\(answers[0])")
        #expect(answers[0].last?.hasPrefix("'x'? type 1-9") == true, "\(answers[0])")
        // Whatever else is shown after `9` is the unchanged state; what is new is one line.
        let new = answers[1].dropFirst().filter { !initial.contains($0) }
        #expect(new.count == 1, "\(answers[1])")
        #expect(new.first?.contains("There is no thread 9") == true, "\(answers[1])")
        #expect(answers[2].contains("Step: 1"), "\(answers[2])")
    }

    @Test("an unknown lab is one line that names `spindle lab --list`, and a failure")
    func unknownLab() throws {
        let outcome = try lab(["nosuch"], keys: [])
        #expect(outcome.status != 0)
        #expect(outcome.output.isEmpty)
        let lines = outcome.errors.split(separator: "\n")
        #expect(lines.count == 1, "\(outcome.errors)")
        #expect(outcome.errors.contains("`nosuch`"))
        #expect(outcome.errors.contains("`spindle lab --list`"))
        let listed = try lab(["--list"], keys: [])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("be-the-scheduler/lost-update: Make the counter end at 1"))
        #expect(listed.output.contains("`spindle lab ID` plays one"))
    }

    @Test("a Python file with --goal is played and won; a misspelt goal is one line with its column")
    func fileWithGoal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("counter.py", LabPrograms.lostUpdate)
        let explored = try lab([file.path, "--goal", "end counter == 1"], keys: ["e", "q"])
        #expect(explored.status == 0, "\(explored.errors)")
        #expect(explored.output.contains("Goal: finish with counter == 1"))
        let keys = try #require(LabWinningKeys.keys(in: explored.output), "\(explored.output)")
        let played = try lab([file.path, "--goal", "end counter == 1"], keys: keys + ["q"])
        #expect(played.status == 0, "\(played.errors)")
        #expect(played.output.contains("WIN: You won in \(keys.count) steps: finish with counter == 1."))

        let misspelt = try lab([file.path, "--goal", "end countr == 1"], keys: ["q"])
        #expect(misspelt.status != 0)
        #expect(misspelt.output.isEmpty)
        #expect(misspelt.errors.split(separator: "\n").count == 1, "\(misspelt.errors)")
        #expect(misspelt.errors.contains("column 5"), "\(misspelt.errors)")
        #expect(misspelt.errors.contains("`countr`"), "\(misspelt.errors)")
    }

    @Test("a file keeps its source: the state shows each thread's line, and `# critical` marks count")
    func fileKeepsItsSource() throws {
        let file = Repository.lessons + "/labs/homemade-lock.py"
        let explored = try lab([file, "--goal", "critical"], keys: ["e", "q"])
        #expect(explored.status == 0, "\(explored.errors)")
        #expect(explored.output.contains("MainThread: next begin <module> (line 2: import threading)"))
        let keys = try #require(LabWinningKeys.keys(in: explored.output), "\(explored.output)")
        let played = try lab([file, "--goal", "critical"], keys: keys + ["q"])
        #expect(played.output.contains("WIN: You won in \(keys.count) steps"), "\(played.output)")
    }
}
