import Foundation

/// Turns a Python failure that happened before the program could run (a syntax error, a
/// file Python cannot open, an interpreter too old for the probe) into one line.
enum ScriptFailure {
    /// The line, or `nil` when the program itself ran and failed: then its traceback, shown
    /// with its output, says more than a summary would. A compile error's line is Python's own,
    /// the same in every language.
    static func diagnose(_ output: [OutputLine], probeStarted: Bool, python: String) -> ScriptWords? {
        let errors = output.filter { $0.stream == .stderr }.map(\.text)
        guard let last = errors.last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return probeStarted ? nil : .text("script.failure.probe", ["python": python])
        }
        guard probeStarted else {
            return .text("script.failure.probe-error", ["python": python, "error": last])
        }
        let compileErrors = ["SyntaxError", "IndentationError", "TabError"]
        guard compileErrors.contains(where: { last.hasPrefix($0) }) else { return nil }
        let place = errors.last(where: { $0.hasPrefix("  File \"") }).flatMap(location)
        return .verbatim(place.map { "\($0): \(last)" } ?? last)
    }

    /// `bank.py:3` from `  File "bank.py", line 3`.
    private static func location(_ line: String) -> String? {
        let parts = line.split(separator: "\"", maxSplits: 2)
        guard parts.count == 3, let number = parts[2].split(separator: " ").last.flatMap({ Int($0) }) else {
            return nil
        }
        return "\(parts[1]):\(number)"
    }
}
