import Foundation
import TestSupport
import Testing

/// A page taller than the terminal, read through the REPL's pager in a real terminal.
@Suite("Pager end to end", .serialized)
struct PagerEndToEndTests {
    let folder: TemporaryFolder
    let lessons: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        lessons = try TemporaryFolder()
        let paragraphs = (1...40).map { "Paragraph \($0) of the long page." }.joined(separator: "\n\n")
        try lessons.write(
            "01-long.md",
            """
            ---
            id: long
            title: A long lesson
            summary: One page far taller than the terminal.
            order: 1
            ---

            ## The long page

            \(paragraphs)

            ## The short page

            Short.

            """)
    }

    /// The tutor in a shell that records `stty -a` before and after it, and writes the pid to
    /// signal (timeout passes a signal on to spindle).
    private func shellCommand() -> String {
        let spindle =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path, "--only-lessons", lessons.path,
            ]).map(shellQuoted).joined(separator: " ")
        let inner = "echo $$ > \(shellQuoted(folder.path + "/pid")); exec \(spindle)"
        let script =
            "trap true INT; stty -a > \(shellQuoted(folder.path + "/before")); sh -c \(shellQuoted(inner)); "
            + "stty -a > \(shellQuoted(folder.path + "/after")); echo PAGER-DONE; sleep 300"
        return "sh -c \(shellQuoted(script))"
    }

    private func terminalModes(_ name: String) throws -> String {
        let report = try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
        return report.split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    @Test(
        "at 60x20 a long page opens at its title; space pages on, b back, ↓ a line; q returns to the prompt")
    func pageThroughAndQuit() throws {
        let terminal = try TmuxTerminal(command: shellCommand(), width: 60, height: 20)
        try terminal.waitFor("spindle>")
        try terminal.type("open 1")
        try terminal.press("Enter")
        let first = try terminal.waitFor("the pager's first screen") { $0.contains("space more") }
        let rows = first.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            rows.first?.contains("Lesson 01 · A long lesson") == true,
            "the title is on the top row:\n\(first)")
        #expect(first.contains("Page 1 of 2: The long page"))
        #expect(!first.contains("Paragraph 40"))
        try terminal.press("Space")
        let second = try terminal.waitFor("the second screen") {
            !$0.contains("Lesson 01 ·") && $0.contains("space more")
        }
        #expect(second.contains("Paragraph"))
        try terminal.press("b")
        try terminal.waitFor("the first screen again") {
            $0.contains("Lesson 01 ·") && $0.contains("lines 1-")
        }
        try terminal.press("Down")
        try terminal.waitFor("one line on") { $0.contains("lines 2-") }
        try terminal.press("q")
        try terminal.waitFor("the prompt") { $0.contains("spindle 01·1>") && !$0.contains("space more") }
        try terminal.type("next")
        try terminal.press("Enter")
        try terminal.waitFor("Page 2 of 2: The short page")
        try terminal.type("back")
        try terminal.press("Enter")
        try terminal.waitFor("the pager again") { $0.contains("space more") }
        for _ in 0..<6 { try terminal.press("Space") }
        try terminal.waitFor("the end, back at the prompt") {
            $0.contains("spindle 01·1>") && $0.contains("Page 1 of 2 · ") && !$0.contains("space more")
        }
        try terminal.type("quit")
        try terminal.press("Enter")
        try terminal.waitFor("PAGER-DONE")
        #expect(try terminalModes("before") == terminalModes("after"))
    }

    @Test("SIGTERM while the pager shows a page: the terminal is restored before the tutor dies")
    func terminateInPager() throws {
        let terminal = try TmuxTerminal(command: shellCommand(), width: 60, height: 20)
        try terminal.waitFor("spindle>")
        try terminal.type("open 1")
        try terminal.press("Enter")
        try terminal.waitFor("the pager") { $0.contains("space more") }
        let pid = try #require(
            Int32(
                String(contentsOfFile: folder.path + "/pid", encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGTERM)
        try terminal.waitFor("PAGER-DONE")
        #expect(try terminalModes("before") == terminalModes("after"))
        #expect(try terminal.format("#{cursor_flag}") == "1")
    }

    @Test("Ctrl-C in the pager returns to the prompt and the tutor keeps running")
    func interruptInPager() throws {
        let terminal = try TmuxTerminal(command: shellCommand(), width: 60, height: 20)
        try terminal.waitFor("spindle>")
        try terminal.type("open 1")
        try terminal.press("Enter")
        try terminal.waitFor("the pager") { $0.contains("space more") }
        try terminal.press("C-c")
        try terminal.waitFor("the prompt") { $0.contains("spindle 01·1>") && !$0.contains("space more") }
        try terminal.type("page 2")
        try terminal.press("Enter")
        try terminal.waitFor("Page 2 of 2: The short page")
    }
}
