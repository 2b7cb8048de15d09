import Foundation
import Stage

extension TutorSession {
    /// `save [--force] FILE`: writes the last run's trace as JSON Lines, for `replay FILE` or
    /// `spindle replay`. An existing file is replaced only with `--force` or after a yes; a
    /// device or named pipe is written through.
    func saveRun(_ argument: String) -> Reply {
        guard let lastRun else {
            return Reply(text: "nothing to save yet: `run` a demo or play a `lab` first\n")
        }
        let (name, force) = Self.splitForce(argument)
        guard !name.isEmpty else {
            return Reply(text: "save it where? `save FILE`, e.g. `save counter.jsonl`\n")
        }
        let output = OutputPath((name as NSString).expandingTildeInPath, mayReplace: force)
        do {
            let saved = try TraceFiles.writeTrace(lastRun.events, run: lastRun.run, to: output)
            let hint =
                saved.kind == .wroteThrough ? "" : " `replay \(OutputFileError.display(name))` plays it."
            return Reply(text: saved.line + hint + "\n")
        } catch OutputFileError.exists(_, let what) {
            let shown = OutputFileError.display(name)
            guard interactive else {
                return Reply(
                    text: "\(shown) already exists\(what.detail); `save --force \(shown)` replaces it\n")
            }
            return Reply(
                text: "",
                confirmation: Confirmation(
                    question: "overwrite \(shown)? [y/N] ", command: "save --force \(name)",
                    declined: "Nothing saved; \(shown) is as it was.\n"))
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
