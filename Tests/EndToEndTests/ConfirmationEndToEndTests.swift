import Foundation
import TestSupport
import Testing

/// The tutor's questions before replacing or forgetting something, answered at a real terminal.
@Suite("Confirmations in the tutor", .serialized)
struct ConfirmationEndToEndTests {
    @Test("`save` over a file and `reset all` ask [y/N]: Enter keeps everything, y goes ahead")
    func saveAndResetAsk() throws {
        let folder = try TemporaryFolder()
        let existing = try folder.write("run.jsonl", "keep me\n").path
        let command =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(folder.path)",
                SpindleBinary.url.path, "--plain", "--lessons", Repository.lessons,
            ])
            .map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(command: command, width: 200, height: 50)
        try terminal.waitFor("spindle>")
        try terminal.type("run shared-counter increments=20 speed=0")
        try terminal.press("Enter")
        try terminal.waitFor("the results") { $0.contains("result lost=") }

        try terminal.type("save \(existing)")
        try terminal.press("Enter")
        try terminal.waitFor("overwrite \(existing)? [y/N]")
        try terminal.press("Enter")
        try terminal.waitFor("Nothing saved; \(existing) is as it was.")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")

        try terminal.type("save \(existing)")
        try terminal.press("Enter")
        try terminal.waitFor("the question again") { $0.components(separatedBy: "[y/N]").count == 3 }
        try terminal.type("y")
        try terminal.press("Enter")
        // The reply wraps at the reading width, so the words may straddle a line break.
        try terminal.waitFor("the file replaced") {
            $0.replacingOccurrences(of: "\n", with: " ").contains("replacing the file that was there")
        }
        #expect(
            try String(contentsOfFile: existing, encoding: .utf8).hasPrefix(#"{"format":"spindle-trace""#))

        try terminal.type("open 0")
        try terminal.press("Enter")
        try terminal.type("reset all")
        try terminal.press("Enter")
        try terminal.waitFor("forget your progress on 1 lesson (0 done)? [y/N]")
        try terminal.type("y")
        try terminal.press("Enter")
        try terminal.waitFor("forgot your progress on 1 lesson (0 done)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/spindle")
                .contains { $0.hasPrefix("progress.json.before-reset-") })
        #expect(try !terminal.hasExited())
    }
}
