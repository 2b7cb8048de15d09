import Foundation
import Messages
import Stage

extension TutorSession {
    /// `save [--force] FILE`: writes the last run's trace as JSON Lines, for `replay FILE` or
    /// `spindle replay`. An existing file is replaced only with `--force` or after a yes; a
    /// device or named pipe is written through.
    func saveRun(_ argument: String) -> Reply {
        guard let lastRun else {
            return Reply(text: Messages.text("save.nothing") + "\n")
        }
        let (name, force) = Self.splitForce(argument)
        guard !name.isEmpty else {
            return Reply(text: Messages.text("save.where") + "\n")
        }
        let output = OutputPath((name as NSString).expandingTildeInPath, mayReplace: force)
        do {
            let saved = try TraceFiles.writeTrace(lastRun.events, run: lastRun.run, to: output)
            let hint =
                saved.kind == .wroteThrough
                ? "" : Messages.text("save.replay-hint", ["file": OutputFileError.display(name)])
            return Reply(text: saved.line + hint + "\n")
        } catch OutputFileError.exists(_, let what) {
            let shown = OutputFileError.display(name)
            guard interactive else {
                return Reply(
                    text: Messages.text("save.exists", ["file": shown, "detail": what.detail]) + "\n")
            }
            return Reply(
                text: "",
                confirmation: Confirmation(
                    question: Messages.text("save.overwrite", ["file": shown]),
                    command: "save --force \(name)",
                    declined: Messages.text("save.declined", ["file": shown]) + "\n"))
        } catch {
            return Reply(text: "\(error)\n")
        }
    }

    /// `--force` first or last, and the file name in between (which may hold spaces).
    private static func splitForce(_ argument: String) -> (name: String, force: Bool) {
        for flag in ["--force", "-f"] {
            if argument == flag { return ("", true) }
            if argument.hasPrefix(flag + " ") {
                return (String(argument.dropFirst(flag.count)).trimmingCharacters(in: .whitespaces), true)
            }
            if argument.hasSuffix(" " + flag) {
                return (String(argument.dropLast(flag.count)).trimmingCharacters(in: .whitespaces), true)
            }
        }
        return (argument, false)
    }
}
