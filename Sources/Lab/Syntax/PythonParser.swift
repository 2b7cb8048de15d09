/// Reads the source of a lab program into its syntax tree, or says where and why it is not a
/// program the lab can run. Pure: the same source always gives the same result.
public enum PythonParser {
    public static func parse(_ source: String, file: String) throws(LabSyntaxError) -> PyModule {
        let tokens = try Lexer.tokenize(source, file: file)
        var parser = Parser(file: file, tokens: tokens, depth: 0)
        return PyModule(file: file, statements: try parser.parseModule())
    }
}
