import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `spindle trace` as a student uses it: their own Python program on the stage, in plain
/// text, as JSON, saved and replayed, and from the tutor's prompt; whatever way it ends,
/// the terminal is restored and nothing the program started is left.
@Suite(
    "Trace end to end", .serialized, .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
struct TraceEndToEndTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func script(_ name: String) -> String {
        Repository.root.appendingPathComponent("Tests/ScriptTracingTests/Scripts/\(name)").path
    }

    private func spindle(_ arguments: [String]) throws -> ChildProcess.Outcome {
        try SpindleBinary.run(arguments, stateFolder: folder.path)
    }

    /// A shell that records `stty -a`, runs spindle, records `stty -a` and its exit status,
    /// then says so and stays, so the screen can be read.
    private func shellCommand(_ arguments: [String]) -> String {
        let spindle =
            (["env", "TERM=xterm-256color", "XDG_STATE_HOME=\(folder.path)", SpindleBinary.url.path]
            + arguments).map(shellQuoted).joined(separator: " ")
        let script =
            "trap true INT; stty -a > \(shellQuoted(folder.path + "/before")); "
            + "timeout --foreground 300 \(spindle); "
            + "echo EXIT=$?; stty -a > \(shellQuoted(folder.path + "/after")); echo SHELL-DONE; sleep 300"
        return "sh -c \(shellQuoted(script))"
    }

    private func expectRestoredAndClean(_ terminal: TmuxTerminal) throws -> String {
        let screen = try terminal.waitFor("SHELL-DONE")
        let before = try String(contentsOfFile: folder.path + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: folder.path + "/after", encoding: .utf8)
        #expect(before.split(separator: "\n").dropFirst() == after.split(separator: "\n").dropFirst())
        #expect(try terminal.format("#{cursor_flag}") == "1")
        #expect(try terminal.format("#{alternate_on}") == "0")
        let shell = try #require(Int32(try terminal.format("#{pane_pid}")))
        let left = ProcessTable.members(ofSession: shell).filter { $0.pid != shell && $0.name != "sleep" }
        #expect(left.isEmpty, "left behind: \(left)")
        return screen
    }

    @Test(
        "at 80x24 a deadlocked program is animated, the cycle named with its lines, and the run ends with 3")
    func deadlockOnStage() throws {
        let cast = folder.path + "/deadlock.cast"
        let terminal = try TmuxTerminal(
            command: shellCommand(["trace", "--record", cast, script("deadlock.py")]), width: 80, height: 24)
        let stage = try terminal.waitFor("the deadlock on stage") { $0.contains("deadlock:") }
        #expect(stage.contains("alice") && stage.contains("bob") && stage.contains("▒"), "\(stage)")
        try terminal.press("q")
        let screen = try expectRestoredAndClean(terminal)
        #expect(screen.contains("EXIT=3"), "\(screen)")
        let recording = try String(contentsOfFile: cast, encoding: .utf8)
        #expect(
            recording.hasPrefix("{\"version\": 2") || recording.hasPrefix("{\"version\":2"),
            "\(recording.prefix(80))")
        #expect(recording.contains("alice"))
        let flat = screen.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("deadlock:"), "\(screen)")
        #expect(flat.contains("deadlock.py:"), "\(screen)")
    }

    @Test("--plain narrates each step with its source line and marks the program's own output")
    func plain() throws {
        let run = try spindle(["trace", "--plain", script("stdout_stderr.py")])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("stdout| "), "\(run.output)")
        #expect(run.output.contains("stderr| "), "\(run.output)")
        #expect(run.output.contains("stdout_stderr.py:"), "\(run.output)")
        #expect(run.errors.isEmpty, "\(run.errors)")
    }

    @Test("--plain on a deadlock names the cycle and ends with status 3")
    func plainDeadlock() throws {
        let run = try spindle(["trace", "--plain", script("deadlock.py")])
        #expect(run.status == 3)
        let sentence = run.output.split(separator: "\n").last { $0.hasPrefix("deadlock: ") }
        #expect(sentence?.contains("alice") == true, "\(run.output)")
        #expect(sentence?.contains("bob") == true, "\(run.output)")
        #expect(sentence?.contains("deadlock.py:") == true, "\(run.output)")
    }

    @Test("--json says how the run went in one object, with the trace's counts and the output")
    func json() throws {
        let run = try spindle(["trace", "--json", script("deadlock.py")])
        #expect(run.status == 3)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        #expect((object["ending"] as? String)?.hasPrefix("deadlock: alice waits for lock") == true)
        #expect(object["status"] as? Int == 3)
        #expect((object["events"] as? Int ?? 0) > 0)
        #expect(object["threads"] as? Int == 2)
        #expect((object["deadlock"] as? String)?.hasPrefix("deadlock: ") == true)
        #expect(object["python"] is String)
    }

    @Test("--trace saves a trace that `replay` shows and the schema accepts; files are never replaced")
    func saveAndReplay() throws {
        let saved = folder.path + "/run.jsonl"
        let chrome = folder.path + "/run.json"
        let run = try spindle([
            "trace", "--plain", "--trace", saved, "--chrome-trace", chrome, script("locks.py"),
        ])
        #expect(run.status == 0, "\(run.errors)")
        let replay = try spindle(["replay", "--plain", saved])
        #expect(replay.status == 0, "\(replay.errors)")
        #expect(replay.output.contains("locks.py"))
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(TraceSchemaConformance.problems(in: text).isEmpty)
        #expect(FileManager.default.fileExists(atPath: chrome))
        let again = try spindle(["trace", "--plain", "--trace", saved, script("locks.py")])
        #expect(again.status == 1)
        #expect(again.errors.contains("--force"), "\(again.errors)")
    }

    @Test(
        "bad input gets one line and no run",
        arguments: [
            (["nosuch.py"], "no such file"),
            (["--python", "no-such-python3", "locks.py"], "no-such-python3 was not found"),
            (["syntax_error.py"], "SyntaxError"),
        ])
    func badInput(words: [String], message: String) throws {
        let arguments = words.map { $0.hasSuffix(".py") && $0 != "nosuch.py" ? script($0) : $0 }
        let run = try spindle(["trace", "--plain"] + arguments)
        #expect(run.status == 1)
        let said = run.output + run.errors
        #expect(said.contains(message), "\(said)")
    }

    @Test("Ctrl-C stops a program that never ends, and everything it started, with status 130")
    func interrupt() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["trace", script("endless.py")]), width: 80, height: 24)
        try terminal.waitFor("the program on stage") { $0.contains("endless.py") && $0.contains("spinner") }
        try terminal.press("C-c")
        let screen = try expectRestoredAndClean(terminal)
        #expect(screen.contains("EXIT=130"), "\(screen)")
    }

    @Test("--time-limit stops a program that runs too long")
    func timeLimit() throws {
        let run = try spindle(["trace", "--plain", "--time-limit", "1", script("endless.py")])
        #expect(run.status == 1)
        #expect(run.output.contains("time limit of 1 s"), "\(run.output)")
    }

    @Test("in the tutor, `trace FILE.py` shows the program and comes back to the prompt")
    func fromTheTutor() throws {
        let command = [
            "timeout", "--foreground", "300", "env", "XDG_STATE_HOME=\(folder.path)", "TERM=xterm-256color",
            SpindleBinary.url.path, "--lessons", Repository.lessons,
        ].map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(command: command, width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.type("trace \(script("deadlock.py"))")
        try terminal.press("Enter")
        try terminal.waitFor("the deadlock on stage") { $0.contains("deadlock:") && $0.contains("q back") }
        try terminal.press("q")
        let screen = try terminal.waitFor("the tutor's prompt after the run") {
            $0.contains("Again: `replay`") && $0.split(separator: "\n").last?.hasPrefix("spindle>") == true
        }
        let flat = screen.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("deadlock:"), "\(screen)")
    }
}
