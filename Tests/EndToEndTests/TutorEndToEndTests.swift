import Foundation
import TestSupport
import Testing

/// Drives the real `spindle` binary as a student and an instructor would.
@Suite("End to end", .serialized)
struct EndToEndTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    private func tutorCommand(_ extra: [String] = []) -> String {
        // `timeout` ends the tutor even if this test process dies before it can close tmux,
        // and tmux exits with its last session, so an aborted run leaves nothing behind.
        ([
            "timeout", "--foreground", "300", "env", "XDG_STATE_HOME=\(state.path)", "TERM=xterm-256color",
            SpindleBinary.url.path,
            "--lessons", Repository.lessons,
        ] + extra).map(shellQuoted).joined(separator: " ")
    }

    @Test("in a terminal: list lessons, open one, turn a page, complete a command with Tab, quit")
    func terminalSession() throws {
        let terminal = try TmuxTerminal(command: tutorCommand(), width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.type("lessons")
        try terminal.press("Enter")
        let list = try terminal.waitFor("the lesson list") { $0.contains("`open NUMBER` starts a lesson") }
        #expect(list.contains("Locks between processes"))
        try terminal.type("open 0")
        try terminal.press("Enter")
        try terminal.waitForPrompt("spindle 00·1>")
        try terminal.type("next")
        try terminal.press("Enter")
        // The page's footer; in a colour terminal its commands are styled, not in backticks.
        try terminal.waitFor("Page 2 of 8 · ")
        try terminal.waitForPrompt("spindle 00·2>")
        try terminal.type("prog")
        try terminal.press("Tab")
        try terminal.waitFor("spindle 00·2> progress")
        try terminal.press("Enter")
        try terminal.waitFor("00  Welcome to Spindle: 2/8 pages")
        try terminal.type("quit")
        try terminal.press("Enter")
        try terminal.waitFor("the program to exit") { _ in (try? terminal.hasExited()) == true }
        let progress = try String(contentsOfFile: state.path + "/spindle/progress.json", encoding: .utf8)
        #expect(progress.contains("\"welcome\""))

        let restarted = try TmuxTerminal(command: tutorCommand(), width: 80, height: 24)
        try restarted.waitFor("Welcome back. `open 0` continues Welcome to Spindle")
        try restarted.press("Up")
        try restarted.press("Up")
        try restarted.waitFor("spindle> progress")
    }

    @Test("in a terminal: Ctrl-C clears the line and the tutor keeps running; Ctrl-D leaves")
    func interruptAndEnd() throws {
        let terminal = try TmuxTerminal(command: tutorCommand(), width: 80, height: 24)
        try terminal.waitFor("spindle>")
        try terminal.type("half a comma")
        try terminal.waitFor("half a comma")
        try terminal.press("C-c")
        try terminal.waitFor("a fresh prompt under the interrupted line") {
            $0.contains("spindle> half a comma\nspindle>")
        }
        try terminal.type("help")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("Commands (")
        #expect(!screen.contains("half a commahelp"))
        #expect(try !terminal.hasExited())
        try terminal.press("C-d")
        try terminal.waitFor("the program to exit") { _ in (try? terminal.hasExited()) == true }
    }

    @Test("piped input: commands run in order, output has no escape sequences, exit status 0")
    func pipedInput() throws {
        let outcome = try SpindleBinary.run(
            ["--lessons", Repository.lessons],
            input: "lessons\nopen 0\nnext\nanswer b\nfrobnicate\nquit\n", stateFolder: state.path)
        #expect(outcome.status == 0)
        #expect(
            outcome.output.split(separator: "\n").contains { line in
                line.hasPrefix("  00  welcome ") && line.hasSuffix(" Welcome to Spindle")
            })
        #expect(outcome.output.contains("Page 1 of 8: How a lesson works"))
        #expect(outcome.output.contains("✓ Right."))
        #expect(outcome.output.contains("unknown command `frobnicate`"))
        #expect(!outcome.output.contains("\u{1B}"))
        #expect(!outcome.output.contains("spindle> "), "no prompt is printed when input is not a terminal")
    }

    @Test("piped input that ends without quit still exits cleanly")
    func endOfInput() throws {
        let outcome = try SpindleBinary.run(
            ["--lessons", Repository.lessons], input: "lessons\n", stateFolder: state.path)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("welcome"))
    }

    @Test("spindle lint passes on the repository's lessons")
    func lintRepository() throws {
        let outcome = try SpindleBinary.run(["lint", Repository.lessons], stateFolder: state.path)
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains("no problems"))
    }

    @Test("spindle lint names file, line and column of an error and exits 1")
    func lintBrokenFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            "01-bad.md",
            "---\nid: bad\ntitle: Bad\nsummary: Broken.\n---\n\n## Page\n\n```quizz\nid: q\n```\n")
        let outcome = try SpindleBinary.run(["lint", file.path], stateFolder: state.path)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("\(file.path):9:"))
        #expect(outcome.output.contains("unknown block kind `quizz`"))
    }

    @Test("spindle show prints one page; a bad page number is one clear error")
    func show() throws {
        let page = try SpindleBinary.run(
            ["show", "welcome", "--page", "4", "--lessons", Repository.lessons], stateFolder: state.path)
        #expect(page.status == 0)
        #expect(page.output.contains("Page 4 of 8: Python next to Swift"))
        #expect(!page.output.contains("Page 1 of 8"))
        let bad = try SpindleBinary.run(
            ["show", "welcome", "--page", "9", "--lessons", Repository.lessons], stateFolder: state.path)
        #expect(bad.status != 0)
        #expect(bad.errors.contains("lesson welcome has 8 pages; pass --page 1 to 8"))
    }

    @Test("spindle --version and an unknown lesson folder")
    func versionAndFolder() throws {
        let version = try SpindleBinary.run(["--version"], stateFolder: state.path)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let missing = try SpindleBinary.run(
            ["lessons", "--lessons", "/nonexistent/lessons"], stateFolder: state.path)
        #expect(missing.status != 0)
        #expect(
            missing.errors.contains(
                "lesson folder `/nonexistent/lessons` (from --lessons) is not a directory"))
    }
}
