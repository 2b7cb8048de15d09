import Foundation
import TestSupport
import Testing

/// The lab as a student plays it at 80x24: the tutor opens the lost-update lab, the schedule `e`
/// finds wins it and the progress says so; undo goes back to the start; an unwinnable lab is
/// proved so; Ctrl-C gives the terminal back as it was.
@Suite("Lab end to end", .serialized)
struct LabEndToEndTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    /// `spindle ARGUMENTS` for tmux, with the state kept in this test's folder. `timeout` ends
    /// it even if this test process dies before it can close tmux.
    private func spindleCommand(_ arguments: [String]) -> String {
        ([
            "timeout", "--foreground", "300", "env", "TERM=xterm-256color", "XDG_STATE_HOME=\(state.path)",
            SpindleBinary.url.path,
        ] + arguments).map(shellQuoted).joined(separator: " ")
    }

    private func tutor() throws -> TmuxTerminal {
        let terminal = try TmuxTerminal(
            command: spindleCommand(["--lessons", Repository.lessons]), width: 80, height: 24)
        try terminal.waitForPrompt("spindle>")
        return terminal
    }

    /// The count at the end of the lab's title line, `step N`, followed by `seed S` after an
    /// auto-run.
    private func stepCount(_ screen: String) -> Int? {
        let title = screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        return title.firstMatch(of: /step (\d+)(?: +seed \d+)?\s*$/).flatMap { Int($0.output.1) }
    }

    /// Presses `key` and waits for the step counter to read `expected`.
    @discardableResult
    private func press(_ key: String, expecting expected: Int, in terminal: TmuxTerminal) throws -> String {
        try terminal.type(key)
        return try terminal.waitFor("step \(expected) after `\(key)`") { stepCount($0) == expected }
    }

    @Test("the tutor's lost-update lab: the keys `e` gives win it, and `lab list` and `progress` say so")
    func winLostUpdateInTheTutor() throws {
        let terminal = try tutor()
        try terminal.type("open be-the-scheduler")
        try terminal.press("Enter")
        try terminal.waitForPrompt("spindle 18·1>")
        try terminal.type("lab lost-update")
        try terminal.press("Enter")
        let start = try terminal.waitFor("the lab screen") {
            $0.contains("Spindle lab: Make the counter end at 1")
        }
        #expect(stepCount(start) == 0, "\(start)")
        #expect(start.contains("Goal: finish with counter == 1"))
        #expect(start.split(separator: "\n").allSatisfy { $0.count <= 80 })

        try terminal.type("e")
        let explored = try terminal.waitFor("the explorer's winning keys") {
            LabWinningKeys.keys(in: $0) != nil
        }
        let keys = try #require(LabWinningKeys.keys(in: explored), "\(explored)")
        for (index, key) in keys.enumerated() {
            try press(key, expecting: index + 1, in: terminal)
        }
        let won = try terminal.waitFor("the WIN line") { $0.contains("*** WIN ***") }
        #expect(won.contains("You won in \(keys.count) steps: finish with counter == 1."), "\(won)")
        #expect(won.contains("counter = 1"))

        try terminal.type("q")
        // The prompt the lab was typed at shows again at once; the tutor's answer comes after.
        try terminal.waitFor("be-the-scheduler/lost-update` won in \(keys.count) steps.")
        try terminal.waitForPrompt("spindle 18·1>")
        #expect(try terminal.format("#{alternate_on}") == "0")

        try terminal.type("lab list")
        try terminal.press("Enter")
        let labs = try terminal.waitFor("the lab list") { $0.contains("`lab ID` plays one") }
        #expect(
            labs.contains(
                "be-the-scheduler/lost-update: Make the counter end at 1 (won in \(keys.count) steps)"),
            "\(labs)")
        try terminal.type("progress")
        try terminal.press("Enter")
        let progress = try terminal.waitFor("the progress") { $0.contains("lessons done.") }
        #expect(progress.contains("1/3 labs done"), "\(progress)")
        #expect(progress.contains("lab lost-update: won in \(keys.count) steps"), "\(progress)")

        let lab = try LabProgressFile.entry(
            lesson: "be-the-scheduler", lab: "lost-update", stateFolder: state.path)
        #expect(lab?["won"] as? Bool == true)
        #expect(lab?["fewestSteps"] as? Int == keys.count)
    }

    @Test("undo, again and again, goes back to step 0, where there is nothing left to undo")
    func undoToTheStart() throws {
        let terminal = try TmuxTerminal(
            command: spindleCommand(["lab", "lost-update"]), width: 80, height: 24)
        let start = try terminal.waitFor("the lab screen") { stepCount($0) == 0 }
        try press("1", expecting: 1, in: terminal)
        try press("1", expecting: 2, in: terminal)
        // An auto-run plays on to the end of the program, far from the start.
        try terminal.type("a")
        var screen = try terminal.waitFor("the auto-run's steps") { (stepCount($0) ?? 0) > 2 }
        // The whole frame is drawn, the threads' headers under the goal included.
        #expect(screen.split(separator: "\n")[2].hasPrefix("[1] MainThread"), "\(screen)")
        var undone = 0
        while let count = stepCount(screen), count > 0 {
            screen = try press("u", expecting: count - 1, in: terminal)
            undone += 1
        }
        #expect(undone > 2)
        #expect(screen.contains("Last steps none yet"), "\(screen)")
        #expect(!screen.contains("nothing to undo"))
        try terminal.type("u")
        screen = try terminal.waitFor("nothing to undo")
        #expect(stepCount(screen) == 0)
        // Back at the start, the thread and its code are drawn as before the first step (the
        // title keeps the auto-run's seed; the rows below the code make room for messages).
        let rows = { (screen: String) in screen.split(separator: "\n").dropFirst().prefix(9) }
        #expect(rows(screen) == rows(start), "\(screen)")
        try terminal.type("q")
        try terminal.waitFor("the program to exit") { _ in (try? terminal.hasExited()) == true }
    }

    @Test("locked-counter cannot be won: `e` proves it, and the tutor says it was proved")
    func proveLockedCounterUnreachable() throws {
        let terminal = try tutor()
        try terminal.type("lab locked-counter")
        try terminal.press("Enter")
        try terminal.waitFor("the lab screen") {
            $0.contains("Spindle lab: Make the counter end at 1, with the lock")
        }
        try terminal.type("e")
        let proof = try terminal.waitFor("No schedule at all reaches the goal")
        #expect(proof.firstMatch(of: /all \d+ states were tried/) != nil, "\(proof)")
        #expect(!proof.contains("*** WIN ***"))
        try terminal.type("q")
        // The prompt the lab was typed at shows again at once; the tutor's answer comes after.
        try terminal.waitFor("locks-and-conditions/locked-counter`: proved that no schedule reaches")
        try terminal.waitForPrompt("spindle>")
        let lab = try LabProgressFile.entry(
            lesson: "locks-and-conditions", lab: "locked-counter", stateFolder: state.path)
        #expect(lab?["proved"] as? Bool == true)
        #expect(lab?["won"] as? Bool == false)
    }

    @Test("Ctrl-C in the middle of a lab ends it and restores the terminal")
    func interruptRestoresTheTerminal() throws {
        // The trap keeps the shell alive through Ctrl-C (a trap, unlike an ignored signal, is not
        // inherited), so it can record the terminal's modes after spindle is gone.
        let script =
            "trap true INT; stty -a > \(shellQuoted(state.path + "/before")); "
            + "\(spindleCommand(["lab", "lost-update"])); echo EXIT=$?; "
            + "stty -a > \(shellQuoted(state.path + "/after")); echo LAB-DONE; sleep 300"
        let terminal = try TmuxTerminal(command: "sh -c \(shellQuoted(script))", width: 80, height: 24)
        try terminal.waitFor("the lab screen") { stepCount($0) == 0 }
        try press("1", expecting: 1, in: terminal)
        try terminal.press("C-c")
        let ended = try terminal.waitFor("LAB-DONE")
        #expect(ended.contains("EXIT="))
        // The size may differ; every mode and control character must not.
        let modes = { (path: String) in
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
        }
        #expect(try modes(state.path + "/before") == modes(state.path + "/after"))
        #expect(try terminal.format("#{cursor_flag}") == "1")
        #expect(try terminal.format("#{alternate_on}") == "0")
        // The pane's shell leads a session of its own: only it and its `sleep` are left there.
        let shell = try #require(Int32(try terminal.format("#{pane_pid}")))
        let left = ProcessTable.members(ofSession: shell).filter { $0.name != "sh" && $0.name != "sleep" }
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
