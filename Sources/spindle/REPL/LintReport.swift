import Lessons

/// The text `lint` prints, shared by the REPL command and `spindle lint`.
struct LintReport {
    let library: LessonLibrary

    /// One `file:line:column: error: ...` line per problem, then a summary line.
    var text: String {
        let errors = library.errorCount
        let warnings = library.diagnostics.count - errors
        var lines = library.diagnostics.map(\.description)
        if library.diagnostics.isEmpty {
            lines.append("\(library.lessons.count) lesson\(library.lessons.count == 1 ? "" : "s") checked, no problems")
        } else {
            lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
