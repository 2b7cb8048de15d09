import Foundation
import TestSupport

/// A real terminal for end-to-end tests: tmux runs the program in a pseudo-terminal of a fixed
/// size, `type`/`press` send keys, and `screen()` reads what a student would see.
final class TmuxTerminal {
    private let socket = "spindle-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (already shell-quoted) in a detached session of the given size.
    init(command: String, width: Int = 80, height: Int = 24) throws {
        // English unless the command's own `env` says otherwise, whatever this machine's locale.
        let locale = SpindleBinary.englishLocale.sorted { $0.key < $1.key }.flatMap {
            ["-e", "\($0.key)=\($0.value)"]
        }
        try tmux(
            ["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"] + locale + [command])
        try tmux(["set-option", "-t", "main", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Presses named keys: `Enter`, `Tab`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// The visible screen, one line per row, trailing blanks trimmed.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// A tmux format evaluated for the pane, such as `#{cursor_flag}` (1 when the cursor shows).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", format]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Changes the terminal's size, as a student dragging the window would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Whether the program has exited.
    func hasExited() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "main", "#{pane_dead}"]).trimmingCharacters(
            in: .whitespacesAndNewlines) == "1"
    }

    /// Waits until the screen satisfies `condition`; the limit only bounds a hang, and is far
    /// above what the slowest machine needs, so it never decides a result.
    @discardableResult
    func waitFor(
        _ description: String, limit: TimeInterval = 30, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(limit)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("screen never showed \(description); last screen:\n\(last)")
    }

    /// Waits until the tutor shows `prompt` on its last line. A reply taller than the screen
    /// opens the pager first, at the reply's top: that screen is checked with `pagerScreen`,
    /// then q leaves the pager, as a student would.
    @discardableResult
    func waitForPrompt(_ prompt: String, pagerScreen: (String) -> Void = { _ in }) throws -> String {
        func lastLine(_ screen: String) -> String {
            screen.split(separator: "\n").last.map(String.init) ?? ""
        }
        let screen = try waitFor("the prompt `\(prompt)` or the pager") {
            lastLine($0).hasPrefix(prompt) || $0.contains("· q prompt")
        }
        guard !lastLine(screen).hasPrefix(prompt) else { return screen }
        pagerScreen(screen)
        try press("q")
        return try waitFor("the prompt `\(prompt)` after the pager") { lastLine($0).hasPrefix(prompt) }
    }

    /// Waits for `text` to appear on the screen.
    @discardableResult
    func waitFor(_ text: String) throws -> String {
        try waitFor("`\(text)`") { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outcome = try ChildProcess.run(
            ["tmux", "-L", socket, "-f", "/dev/null"] + arguments,
            environment: ProcessInfo.processInfo.environment)
        guard outcome.status == 0 else {
            throw TmuxError("tmux \(arguments.joined(separator: " ")) failed: \(outcome.errors)")
        }
        return outcome.output
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Quotes a word for the shell tmux runs the command with.
func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
