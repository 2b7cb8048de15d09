/// A lab program compiled for the engine: immutable, and shared by every copy of an engine.
public struct LabProgram: Sendable {
    let file: String
    let functions: [CompiledFunction]
    let globals: [GlobalVariable]
    /// The function that runs `Condition.wait_for`, written in the subset itself so that its
    /// waits and predicate calls are ordinary steps.
    let waitForFunction: Int
    /// Source lines, for the screen; empty when the program was compiled from a syntax tree.
    public private(set) var sourceLines: [String] = []
    /// The text after `#` of each comment that ends a line of code, by line: where goals find
    /// `# critical` marks. Empty when the program was compiled from a syntax tree.
    private(set) var comments: [Int: String] = [:]

    static let moduleFunction = 0

    /// Compiles `module`, or says where it leaves the subset.
    public init(_ module: PyModule) throws(LabSyntaxError) {
        let compiled = try Compiler.compile(module)
        file = module.file
        functions = compiled.functions
        globals = compiled.globals
        waitForFunction = compiled.waitForFunction
    }

    /// Parses and compiles in one go, keeping the source lines and comments for the lab's
    /// screen and goals.
    public init(source: String, file: String) throws(LabSyntaxError) {
        let (tokens, comments) = try Lexer.tokenizeKeepingComments(source, file: file)
        var parser = Parser(file: file, tokens: tokens, depth: 0)
        try self.init(PyModule(file: file, statements: try parser.parseModule()))
        self.comments = comments
        var lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
            String.init)
        // A final line break ends the last line; it does not begin another.
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        sourceLines = lines
    }

    /// The module-level names the program assigns (not those only bound by `def` or
    /// `import`), in the order they first appear.
    public var globalNames: [String] {
        globals.filter(\.isAssigned).map(\.name)
    }
}
