import Foundation

/// The process's environment variables, read once.
///
/// `ProcessInfo.environment` builds a new dictionary from `environ` on every call, and start-up
/// asked for it five times, a tenth of `spindle lessons` in perf. Nothing changes the variables
/// read here once Spindle has started.
enum ProcessEnvironment {
    static let variables: [String: String] = ProcessInfo.processInfo.environment
}
