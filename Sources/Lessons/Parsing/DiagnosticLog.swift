/// Collects the diagnostics for one lesson file, translating positions in the cleaned text back
/// to the file's own lines and columns so editors land on the right character.
final class DiagnosticLog {
    let file: String
    let source: SourceText
    private(set) var diagnostics: [Diagnostic]

    init(file: String, source: SourceText) {
        self.file = file
        self.source = source
        diagnostics = source.diagnostics(file: file)
    }

    /// The file location of a character of the cleaned text.
    func location(line: Int, column: Int) -> SourceLocation {
        source.location(line: line, column: column)
    }

    /// Records an error at a location already in file coordinates.
    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(
            Diagnostic(.error, file: file, line: location.line, column: location.column, message))
    }

    /// Records a warning at a location already in file coordinates.
    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(
            Diagnostic(.warning, file: file, line: location.line, column: location.column, message))
    }

    /// Whether any error has been recorded since `count` diagnostics existed; lets a block parser
    /// drop a block that it has already reported as broken.
    func hasErrors(since count: Int) -> Bool {
        diagnostics[count...].contains { $0.severity == .error }
    }
}
