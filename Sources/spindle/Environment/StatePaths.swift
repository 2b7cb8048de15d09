import Foundation

/// Where Spindle keeps what it must remember between runs: progress and line-editing history.
struct StatePaths: Sendable {
    /// The folder holding both files.
    let directory: URL

    /// Follows the XDG base-directory rule: `$XDG_STATE_HOME/spindle`, else `~/.local/state/spindle`.
    init(environment: [String: String] = ProcessEnvironment.variables) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            directory = URL(fileURLWithPath: state).appendingPathComponent("spindle")
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            directory = URL(fileURLWithPath: home)
                .appendingPathComponent(".local/state/spindle")
        }
    }

    /// The progress file.
    var progress: URL { directory.appendingPathComponent("progress.json") }

    /// The REPL's history file.
    var history: URL { directory.appendingPathComponent("history") }
}
