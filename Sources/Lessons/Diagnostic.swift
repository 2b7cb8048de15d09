/// A problem found in a lesson file, located precisely enough for an editor to jump to it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable {
        /// The lesson cannot be used as written; `spindle lint` exits non-zero.
        case error
        /// The lesson works but something was changed or is suspicious.
        case warning
    }

    /// How bad the problem is.
    public var severity: Severity
    /// The file, as given to the loader.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// What is wrong and how to fix it, in one sentence: "unknown block kind `quizz`; use one of ...".
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, line: Int, column: Int, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }
}
