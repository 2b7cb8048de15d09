import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Live demos as a student meets them in a real terminal: `spindle run` on the stage, Ctrl-C in
/// the middle, and lesson 06 in the tutor with its prediction graded by the run.
@Suite("Demos end to end", .serialized)
struct DemoEndToEndTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func shellCommand(_ arguments: [String]) -> String {
        let spindle =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path,
            ] + arguments).map(shellQuoted).joined(separator: " ")
        let script =
            "trap true INT; stty -a > \(shellQuoted(folder.path + "/before")); \(spindle); "
            + "echo EXIT=$?; stty -a > \(shellQuoted(folder.path + "/after")); echo RUN-DONE; sleep 300"
        return "sh -c \(shellQuoted(script))"
    }

    private func expectTerminalRestored(_ terminal: TmuxTerminal) throws -> String {
        let screen = try terminal.waitFor("RUN-DONE")
        let before = try String(contentsOfFile: folder.path + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: folder.path + "/after", encoding: .utf8)
        #expect(before.split(separator: "\n").dropFirst() == after.split(separator: "\n").dropFirst())
        #expect(try terminal.format("#{cursor_flag}") == "1")
        #expect(try terminal.format("#{alternate_on}") == "0")
        return screen
    }

    /// The pids of every process a saved trace declared.
    private func pids(inTrace path: String) throws -> [Int32] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let kind = object["kind"] as? [String: Any], let actor = kind["actor"] as? [String: Any]
            else { return nil }
            return (actor["pid"] as? Int).map(Int32.init)
        }
    }

    @Test("`spindle run` at 80x24 animates the demo, holds the last frame, and prints the results after q")
    func runOnStage() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["run", "shared-counter", "increments=2000", "speed=4"]), width: 80,
            height: 24)
        let stage = try terminal.waitFor("the finished run") {
            $0.contains("finished") && $0.contains("result lost=")
        }
        #expect(stage.contains("worker-1"))
        #expect(stage.contains("shared memory v"))
        try terminal.press("q")
        let screen = try expectTerminalRestored(terminal)
        #expect(screen.contains("result expected=4000"))
        #expect(screen.contains("EXIT=0"))
    }

    @Test(
        "Ctrl-C in the middle of a run stops the demo and every process it started, and restores the terminal"
    )
    func interruptRun() throws {
        let trace = folder.path + "/interrupted.jsonl"
        let terminal = try TmuxTerminal(
            command: shellCommand(["run", "shared-counter", "speed=0.05", "--trace", trace]), width: 80,
            height: 24)
        try terminal.waitFor("the workers on stage") { $0.contains("worker-2") }
        try terminal.press("C-c")
        let screen = try expectTerminalRestored(terminal)
        #expect(screen.contains("stopped: interrupted with Ctrl-C"))
        #expect(screen.contains("EXIT=130"))
        #expect(TraceSchemaConformance.problems(inFile: trace).isEmpty)
        let started = try pids(inTrace: trace)
        #expect(started.count >= 3)
        for pid in started {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "process \(pid) outlived the run")
        }
    }

    @Test("SIGTERM in the middle of a run stops the demo's processes and restores the terminal")
    func terminateRun() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["run", "shared-counter", "speed=0.07"]), width: 80, height: 24)
        let stage = try terminal.waitFor("the workers on stage") { $0.contains("worker-2 pid") }
        let pids = stage.split(separator: "\n").compactMap { line -> Int32? in
            guard line.hasPrefix("worker-"), let range = line.range(of: "pid ") else { return nil }
            return Int32(line[range.upperBound...].prefix { $0.isNumber })
        }
        let killer = try ChildProcess.run(
            ["pkill", "-TERM", "-f", "spindle run shared-counter speed=0.07"], environment: [:])
        #expect(killer.status == 0)
        _ = try expectTerminalRestored(terminal)
        #expect(pids.count == 2)
        for pid in pids {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "worker \(pid) outlived the run")
        }
    }

    @Test("lesson 06 in the tutor: predict, run the demo on the stage, see the prediction graded")
    func lessonSixPredictionGraded() throws {
        let command =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path, "--lessons", Repository.lessons,
            ])
            .map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(command: command, width: 80, height: 24)
        try terminal.waitFor("spindle>")
        let steps =
            [("open 6", "spindle 06·1>")] + (2...6).map { ("next", "spindle 06·\($0)>") }
            + [("answer b", "spindle 06·6>")]
        for (line, prompt) in steps {
            try terminal.type(line)
            try terminal.press("Enter")
            try terminal.waitForPrompt(prompt)
        }
        try terminal.waitFor("the prediction noted") { $0.contains("Prediction noted: b)") }
        try terminal.type("run")
        try terminal.press("Enter")
        try terminal.waitFor("the finished demo") { $0.contains("finished") && $0.contains("result lost=") }
        try terminal.press("q")
        let screen = try terminal.waitFor("the grading") {
            $0.contains("The demo measured lost_full_speed=") || $0.contains("could not measure")
        }
        if screen.contains("could not measure") {
            #expect(screen.contains("not graded"))
        } else {
            #expect(screen.contains("You predicted b)"))
            #expect(screen.contains("your prediction was right") || screen.contains("what happened was a)"))
        }
        #expect(try terminal.format("#{alternate_on}") == "0")
        #expect(try !terminal.hasExited())
    }
}
