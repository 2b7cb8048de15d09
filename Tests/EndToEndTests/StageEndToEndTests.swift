import Foundation
import TestSupport
import Testing
import Trace

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
        let spindle =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path,
            ] + arguments).map(shellQuoted).joined(separator: " ")
        // The trap keeps the shell alive through Ctrl-C (a trap, unlike an ignored signal, is not
        // inherited), so it can record the terminal's modes after spindle is gone.
        let script =
            "trap true INT; stty -a > \(shellQuoted(folder.path + "/before")); \(spindle); "
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

    @Test(
        "replay at 80x24: the stage shows lanes and results; space pauses, q leaves, the terminal is restored"
    )
    func replayAndQuit() throws {
        let cast = folder.path + "/replay.cast"
        let chrome = folder.path + "/replay.json"
        let terminal = try TmuxTerminal(
            command: shellCommand([
                "replay", trace, "--speed", "4", "--record", cast, "--chrome-trace", chrome,
            ]),
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
        let chromeTrace = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: chrome)))
        #expect(((chromeTrace as? [String: Any])?["traceEvents"] as? [Any])?.isEmpty == false)
    }

    @Test("replay at 200x60, resized to 100x30 while it plays")
    func resize() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", trace, "--speed", "0.25"]), width: 200, height: 60)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        try terminal.resize(width: 100, height: 30)
        let screen = try terminal.waitFor("a frame at the new size") { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).contains {
                $0.contains("space pause")
            }
        }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 100 })
        try terminal.press("q")
        try expectTerminalRestored(terminal)
    }

    @Test("Ctrl-C in the middle of a replay restores the terminal")
    func interrupt() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", trace, "--speed", "0.0625"]), width: 80, height: 24)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        try terminal.press("C-c")
        try expectTerminalRestored(terminal)
    }

    @Test("SIGTERM in the middle of a replay restores the terminal")
    func terminate() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", trace, "--speed", "0.0625"]), width: 80, height: 24)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        let killer = try ChildProcess.run(
            ["pkill", "-TERM", "-f", "spindle replay \(trace)"], environment: [:])
        #expect(killer.status == 0)
        try expectTerminalRestored(terminal)
    }

    /// The `event N/M` count on the status line.
    private func shownEvents(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"event \d+/"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("event ".count).dropLast())
    }

    @Test("→ on a paused replay draws the event it stepped to; ← takes it away again")
    func stepForwardRedraws() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", trace, "--speed", "0.0625"]), width: 80, height: 24)
        try terminal.waitFor("the stage") { $0.contains("worker-1") }
        try terminal.press("Space")
        var screen = try terminal.waitFor("the paused status") { $0.contains("paused") }
        // Event 9 puts "7" on the queue; step to just before it, whatever the pause caught.
        while let shown = shownEvents(screen), shown != 8 {
            try terminal.press(shown > 8 ? "Left" : "Right")
            screen = try terminal.waitFor("the next step") { self.shownEvents($0) != shown }
        }
        #expect(!screen.contains(#"put "7""#))
        try terminal.press("Right")
        screen = try terminal.waitFor("event 9") { $0.contains("event 9/19") }
        #expect(screen.contains(#"put "7" on queue "jobs""#), "\(screen)")
        #expect(screen.contains("[7 · ·] 1/3"), "\(screen)")
        try terminal.press("Left")
        screen = try terminal.waitFor("event 8") { $0.contains("event 8/19") }
        #expect(!screen.contains(#"put "7""#))
        try terminal.press("q")
        try expectTerminalRestored(terminal)
    }

    @Test("at 60x20 the key hints keep q")
    func smallTerminalKeepsQuit() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", trace, "--speed", "8"]), width: 60, height: 20)
        let screen = try terminal.waitFor("the finished replay") { $0.contains("finished") }
        let status = screen.split(separator: "\n").last { $0.contains("finished") } ?? ""
        #expect(status.hasSuffix("q quit"), "\(status)")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 60 })
        try terminal.press("q")
        try expectTerminalRestored(terminal)
    }

    @Test("a replayed trace is titled with its demo and parameters, from the trace's header")
    func replayKeepsTheRunsTitle() throws {
        let path = folder.path + "/with-run.jsonl"
        try StageFixtures.writeTrace(to: path, run: TraceRun(demo: "fixture-demo", parameters: ["workers=2"]))
        let terminal = try TmuxTerminal(
            command: shellCommand(["replay", path, "--speed", "8"]), width: 80, height: 24)
        let screen = try terminal.waitFor("the finished replay") { $0.contains("finished") }
        #expect(screen.hasPrefix("Spindle · fixture-demo workers=2"), "\(screen)")
        #expect(!screen.contains("with-run.jsonl"))
        try terminal.press("q")
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
        let missing = try SpindleBinary.run(
            ["replay", folder.path + "/nope.jsonl"], stateFolder: folder.path)
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
        let command =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path, "--lessons", Repository.lessons,
            ])
            .map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(command: command, width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.type("replay \(trace) 8")
        try terminal.press("Enter")
        let finished = try terminal.waitFor("the finished replay") {
            $0.contains("finished") && $0.contains("worker-1")
        }
        // `q quit` here would read as leaving the tutor.
        #expect(finished.contains("q back to the tutor"))
        #expect(!finished.contains("q quit"))
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
        let input =
            "replay\nreplay \(folder.path)/missing.jsonl\nreplay \(trace) 1000\nreplay \(trace)\nquit\n"
        let outcome = try SpindleBinary.run(
            ["--lessons", Repository.lessons], input: input,
            stateFolder: folder.path)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("No run to replay yet"))
        #expect(outcome.output.contains("cannot read"))
        #expect(outcome.output.contains("The speed must be from 0.0625 to 64, not 1000."))
        #expect(outcome.output.contains("result lost_updates=0"))
    }
}

/// Live demos at 80x24: what each is about stays on the screen.
@Suite("Stage at 80x24 in live demos", .serialized)
struct StageLiveDemoTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func start(_ arguments: [String]) throws -> TmuxTerminal {
        let command =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path,
            ] + arguments).map(shellQuoted).joined(separator: " ")
        return try TmuxTerminal(command: command, width: 80, height: 24)
    }

    @Test(
        "fork-basics: the parent's sentence about fork's return value is whole, and the time ticks between events"
    )
    func forkBasicsSentenceIsWhole() throws {
        let terminal = try start(["run", "fork-basics"])
        let screen = try terminal.waitFor("the parent's note") {
            $0.contains("os.fork() returned") && $0.contains("parent:")
        }
        let rows = screen.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        let start = rows.firstIndex { $0.contains("parent: os.fork() returned") } ?? 0
        let joined = rows[start...].prefix(2).joined(separator: " ")
        #expect(joined.contains("the pid of the new child"), "\(screen)")
        // The parent sleeps a second after its note: the countdown must move between two frames
        // that show the same events.
        func facts(_ screen: String) -> (events: Substring?, wakes: Substring?) {
            (
                screen.firstRange(of: /event \d+\/\d+/).map { screen[$0] },
                screen.firstRange(of: /wakes in [0-9.]+ m?s/).map { screen[$0] }
            )
        }
        var previous = facts(try terminal.screen())
        var ticked = false
        for _ in 0..<100 where !ticked {
            Thread.sleep(forTimeInterval: 0.05)
            let now = facts(try terminal.screen())
            ticked =
                now.events != nil && now.events == previous.events && now.wakes != nil
                && now.wakes != previous.wakes
            previous = now
        }
        #expect(ticked)
        try terminal.press("q")
    }

    @Test("fork-tree: the process tree, which the demo is about, is on the screen")
    func forkTreeShowsTheTree() throws {
        let terminal = try start(["run", "fork-tree"])
        let screen = try terminal.waitFor("the finished run") { $0.contains("finished") }
        #expect(screen.contains("── Process tree"), "\(screen)")
        #expect(screen.contains("fork-123 pid"), "\(screen)")
        try terminal.press("q")
    }

    @Test("a trace saved by `run --trace` replays with its demo's title and the tree it is about")
    func savedRunKeepsTitleAndEmphasis() throws {
        let path = folder.path + "/tree.jsonl"
        let run = try SpindleBinary.run(
            ["run", "fork-tree", "depth=3", "--plain", "--trace", path],
            stateFolder: folder.path)
        #expect(run.status == 0)
        #expect(TraceSchemaConformance.problems(inFile: path).isEmpty)
        let terminal = try start(["replay", path, "--speed", "8"])
        let screen = try terminal.waitFor("the finished replay") { $0.contains("finished") }
        #expect(screen.hasPrefix("Spindle · fork-tree depth=3"), "\(screen)")
        #expect(screen.contains("── Process tree"), "\(screen)")
        try terminal.press("q")
    }

    @Test("gil: every result keeps its value")
    func gilResultsAreWhole() throws {
        let terminal = try start(["run", "gil"])
        let screen = try terminal.waitFor("the finished run", limit: 120) { $0.contains("finished") }
        #expect(
            screen.range(of: #"speedup_cpu_gil = [0-9n]"#, options: .regularExpression) != nil, "\(screen)")
        #expect(!screen.contains("GIL GIL"))
        try terminal.press("q")
    }
}
