/// A whole lab program as parsed: its file name (for error positions) and its statements.
public struct PyModule: Hashable, Sendable {
    public var file: String
    public var statements: [PyStatement]

    public init(file: String, statements: [PyStatement]) {
        self.file = file
        self.statements = statements
    }
}
