import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals a student (or the system) sends at any moment: at the prompt, on the stage, and
/// Ctrl-Z in the middle of a demo. Each leaves the terminal as it was and nothing running.
@Suite("Signals end to end", .serialized)
struct SignalEndToEndTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// A shell that records `stty -a`, runs spindle (writing its pid first), records `stty -a`
    /// and spindle's exit status, then says so and stays, so the screen can be read.
    private func shellCommand(_ arguments: [String]) -> String {
        let spindle =
            (["env", "TERM=xterm-256color", "XDG_STATE_HOME=\(folder.path)", SpindleBinary.url.path]
            + arguments).map(shellQuoted).joined(separator: " ")
        let pidFile = shellQuoted(folder.path + "/pid")
        let script =
            "trap true INT QUIT; stty -a > \(shellQuoted(folder.path + "/before")); "
            + "timeout --foreground 300 sh -c \(shellQuoted("echo $$ > \(pidFile); exec \(spindle)")); "
            + "echo EXIT=$?; stty -a > \(shellQuoted(folder.path + "/after")); echo SHELL-DONE; sleep 300"
        return "sh -c \(shellQuoted(script))"
    }

    private func spindlePID() throws -> Int32 {
        let text = try String(contentsOfFile: folder.path + "/pid", encoding: .utf8)
        return try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Waits for the shell to finish and checks the terminal; returns the final screen.
    private func expectTerminalRestored(_ terminal: TmuxTerminal) throws -> String {
        let screen = try terminal.waitFor("SHELL-DONE")
        let before = try terminalModes(folder.path + "/before")
        let after = try terminalModes(folder.path + "/after")
        #expect(before == after)
        #expect(try terminal.format("#{cursor_flag}") == "1")
        #expect(try terminal.format("#{alternate_on}") == "0")
        // A signal the student sent is not a crash: no backtrace, no waiting for input.
        #expect(!screen.contains("Crash"))
        #expect(!screen.contains("Backtrace"))
        return screen
    }

    private func terminalModes(_ path: String) throws -> String {
        let report = try String(contentsOfFile: path, encoding: .utf8)
        return report.split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    /// Processes of the pane's session other than its shell and that shell's `sleep`: what
    /// spindle left behind.
    private func leftovers(_ terminal: TmuxTerminal) throws -> [ProcessTable.Entry] {
        let shell = try #require(Int32(try terminal.format("#{pane_pid}")))
        return ProcessTable.members(ofSession: shell).filter { $0.pid != shell && $0.name != "sleep" }
    }

    @Test(
        "a terminating signal at the prompt ends Spindle with the terminal restored and nothing left",
        arguments: [("TERM", SIGTERM), ("HUP", SIGHUP)])
    func signalAtPrompt(name: String, number: Int32) throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["--lessons", Repository.lessons]), width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.type("lesso")
        kill(try spindlePID(), number)
        let screen = try expectTerminalRestored(terminal)
        #expect(screen.contains("EXIT=\(128 + number)"), "spindle did not end by SIG\(name):\n\(screen)")
        let left = try leftovers(terminal)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("Ctrl-\\ at the prompt ends Spindle like SIGTERM: terminal restored, no backtrace")
    func quitAtPrompt() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["--lessons", Repository.lessons]), width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.press("C-\\")
        let screen = try expectTerminalRestored(terminal)
        #expect(screen.contains("EXIT=\(128 + SIGQUIT)"), "spindle did not end by SIGQUIT:\n\(screen)")
        let left = try leftovers(terminal)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("Ctrl-\\ on the stage stops the demo and ends Spindle like SIGTERM")
    func quitOnStage() throws {
        let terminal = try TmuxTerminal(
            command: shellCommand(["run", "shared-counter", "speed=0.07"]), width: 80, height: 24)
        try terminal.waitFor("the workers on stage") { $0.contains("worker-2 pid") }
        try terminal.press("C-\\")
        let screen = try expectTerminalRestored(terminal)
        #expect(screen.contains("EXIT=\(128 + SIGQUIT)"), "spindle did not end by SIGQUIT:\n\(screen)")
        let left = try leftovers(terminal)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("Ctrl-Z in the middle of a run stops the demo with the tutor, and fg lets both go on")
    func suspendAndResume() throws {
        let spindle =
            ([
                "env", "TERM=xterm-256color", "XDG_STATE_HOME=\(folder.path)", SpindleBinary.url.path,
                "run", "shared-counter", "speed=0.07",
            ]).map(shellQuoted).joined(separator: " ")
        // A shell with job control, as a student's is.
        let terminal = try TmuxTerminal(
            command: "env PS1='job-shell$ ' bash --norc --noprofile -i", width: 80, height: 24)
        try terminal.waitFor("job-shell$")
        try terminal.type(spindle)
        try terminal.press("Enter")
        try terminal.waitFor("the workers on stage") { $0.contains("worker-2 pid") }
        let shell = try #require(Int32(try terminal.format("#{pane_pid}")))

        /// The demo's processes: the session's members other than the shell, the tutor (the
        /// job's group leader) and its fork server.
        func demoProcesses() -> [ProcessTable.Entry] {
            let members = ProcessTable.members(ofSession: shell)
            let tutorGroups = Set(members.filter { $0.parent == shell }.map(\.group))
            return members.filter {
                $0.pid != shell && !tutorGroups.contains($0.group) && $0.name != "spindle-forksrv"
            }
        }

        try terminal.press("C-z")
        try terminal.waitFor("the shell after Ctrl-Z") { $0.contains("Stopped") }
        let stopped = demoProcesses()
        #expect(!stopped.isEmpty)
        #expect(
            stopped.allSatisfy { $0.state == "T" }, "still running while the tutor is stopped: \(stopped)")

        try terminal.type("fg")
        try terminal.press("Enter")
        try terminal.waitFor("the stage again") { $0.contains("worker-2 pid") }
        var resumed = demoProcesses()
        for _ in 0..<100 where resumed.contains(where: { $0.state == "T" }) {
            Thread.sleep(forTimeInterval: 0.05)
            resumed = demoProcesses()
        }
        #expect(!resumed.isEmpty)
        #expect(resumed.allSatisfy { $0.state != "T" }, "still stopped after fg: \(resumed)")
        try terminal.press("C-c")
        try terminal.waitFor("the shell's prompt after the run") { screen in
            let lastLine = screen.split(separator: "\n").last ?? ""
            return screen.contains("interrupted with Ctrl-C") && lastLine.hasPrefix("job-shell$")
        }
    }
}
