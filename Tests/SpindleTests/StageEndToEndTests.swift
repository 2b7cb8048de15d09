import Foundation
import Testing

/// The stage as a student meets it: a replay in a real terminal, keys, Ctrl-C and SIGTERM, and
/// the terminal left exactly as it was.
@Suite("Stage end to end", .serialized)
struct StageEndToEndTests {
    let folder: TemporaryFolder
    let trace: String

    init() throws {
        folder = try TemporaryFolder()
        trace = try StageFixtures.writeTrace(in: folder)
    }

    /// A shell that records `stty -a` before and after spindle runs, then says so.
    private func shellCommand(_ arguments: [String]) -> String {
        let spindle = (["timeout", "--foreground", "300", "env", "TERM=xterm-256color", "XDG_STATE_HOME=\(folder.path)",
                        SpindleBinary.url.path] + arguments).map(shellQuoted).joined(separator: " ")
        // The trap keeps the shell alive through Ctrl-C (a trap, unlike an ignored signal, is not
        // inherited), so it can record the terminal's modes after spindle is gone.
        let script = "trap true INT; stty -a > \(shellQuoted(folder.path + "/before")); \(spindle); "
            + "stty -a > \(shellQuoted(folder.path + "/after")); echo STAGE-DONE; sleep 300"
        return "sh -c \(shellQuoted(script))"
    }

    private func expectTerminalRestored(_ terminal: TmuxTerminal) throws {
        try terminal.waitFor("STAGE-DONE")
        // The size may differ after a resize; every mode and control character must not.
        let before = try terminalModes(folder.path + "/before")
        let after = try terminalModes(folder.path + "/after")
        #expect(before == after)
        #expect(try terminal.format("#{cursor_flag}") == "1")
        #expect(try terminal.format("#{alternate_on}") == "0")
    }

    private func terminalModes(_ path: String) throws -> String {
        let report = try String(contentsOfFile: path, encoding: .utf8)
        return report.split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    @Test("replay at 80x24: the stage shows lanes and results; space pauses, q leaves, the terminal is restored")
    func replayAndQuit() throws {
        let cast = folder.path + "/replay.cast"
        let chrome = folder.path + "/replay.json"
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", trace, "--speed", "4", "--record", cast, "--chrome-trace", chrome]),
            width: 80, height: 24)
        let screen = try terminal.waitFor("the finished replay") { $0.contains("finished") }
        #expect(screen.contains("worker-1"))
        #expect(screen.contains("lost_updates"))
        try terminal.press("Space")
        try terminal.waitFor("the paused status") { $0.contains("paused") }
        try terminal.press("q")
        try expectTerminalRestored(terminal)
        let castLines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n")
        let header = try JSONSerialization.jsonObject(with: Data(castLines[0].utf8)) as? [String: Any]
        #expect(header?["version"] as? Int == 2)
        #expect(header?["width"] as? Int == 80)
        #expect(castLines.count > 2)
        let chromeTrace = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: chrome)))
        #expect(((chromeTrace as? [String: Any])?["traceEvents"] as? [Any])?.isEmpty == false)
    }

    @Test("replay at 200x60, resized to 100x30 while it plays")
    func resize() throws {
        let terminal = try TmuxTerminal(command: shellCommand(["replay", trace, "--speed", "0.25"]), width: 200, height: 60)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        try terminal.resize(width: 100, height: 30)
        let screen = try terminal.waitFor("a frame at the new size") { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.contains("space pause") }
        }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 100 })
        try terminal.press("q")
        try expectTerminalRestored(terminal)
    }

    @Test("Ctrl-C in the middle of a replay restores the terminal")
    func interrupt() throws {
        let terminal = try TmuxTerminal(command: shellCommand(["replay", trace, "--speed", "0.0625"]), width: 80, height: 24)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        try terminal.press("C-c")
        try expectTerminalRestored(terminal)
    }

    @Test("SIGTERM in the middle of a replay restores the terminal")
    func terminate() throws {
        let terminal = try TmuxTerminal(command: shellCommand(["replay", trace, "--speed", "0.0625"]), width: 80, height: 24)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        let killer = try ChildProcess.run(["pkill", "-TERM", "-f", "spindle replay \(trace)"], environment: [:])
        #expect(killer.status == 0)
        try expectTerminalRestored(terminal)
    }

    @Test("--plain narrates the trace and ends with its results")
    func plainReplay() throws {
        let outcome = try SpindleBinary.run(["replay", trace, "--plain"], stateFolder: folder.path)
        #expect(outcome.status == 0)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.last == "result lost_updates=0")
        #expect(lines.contains { $0.contains("worker-1") && $0.contains("lock") })
        #expect(!outcome.output.contains("\u{1B}"))
    }

    @Test("a missing or malformed trace file is one clear error")
    func badFiles() throws {
        let missing = try SpindleBinary.run(["replay", folder.path + "/nope.jsonl"], stateFolder: folder.path)
        #expect(missing.status != 0)
        #expect(missing.errors.contains("cannot read"))
        let bad = folder.path + "/bad.jsonl"
        try "not json\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let malformed = try SpindleBinary.run(["replay", bad], stateFolder: folder.path)
        #expect(malformed.status != 0)
        #expect(malformed.errors.contains("bad.jsonl"))
    }
}

/// `replay` inside the tutor: the stage takes the terminal and gives it back to the prompt.
@Suite("Stage in the tutor", .serialized)
struct StageInTutorTests {
    @Test("replay in the REPL plays the trace, q returns to a working prompt")
    func replayInRepl() throws {
        let folder = try TemporaryFolder()
        let trace = try StageFixtures.writeTrace(in: folder)
        let command = (["timeout", "--foreground", "300", "env", "TERM=xterm-256color", "XDG_STATE_HOME=\(folder.path)",
                        SpindleBinary.url.path, "--lessons", SpindleBinary.repositoryLessons])
            .map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(command: command, width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.type("replay \(trace) 8")
        try terminal.press("Enter")
        try terminal.waitFor("the finished replay") { $0.contains("finished") && $0.contains("worker-1") }
        try terminal.press("q")
        try terminal.waitFor("the prompt again") { $0.contains("spindle>") && !$0.contains("finished") }
        #expect(try terminal.format("#{alternate_on}") == "0")
        try terminal.type("help replay")
        try terminal.press("Enter")
        try terminal.waitFor("the command's help") { $0.contains("Plays the last run again") }
        #expect(try !terminal.hasExited())
    }

    @Test("replay with a missing file or a bad speed is one line, and the tutor goes on")
    func replayErrors() throws {
        let folder = try TemporaryFolder()
        let trace = try StageFixtures.writeTrace(in: folder)
        let input = "replay\nreplay \(folder.path)/missing.jsonl\nreplay \(trace) 1000\nreplay \(trace)\nquit\n"
        let outcome = try SpindleBinary.run(["--lessons", SpindleBinary.repositoryLessons], input: input,
                                            stateFolder: folder.path)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("No run to replay yet"))
        #expect(outcome.output.contains("cannot read"))
        #expect(outcome.output.contains("The speed must be between 0.0625 and 64, not 1000."))
        #expect(outcome.output.contains("result lost_updates=0"))
    }
}
