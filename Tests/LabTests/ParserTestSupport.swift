import Lab

/// Short builders for hand-written expected trees: `at(1, 5)` is line 1, column 5.
func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

func name(_ identifier: String, _ line: Int, _ column: Int) -> PyExpression {
    PyExpression(.name(identifier), at: at(line, column))
}

func integer(_ value: Int, _ line: Int, _ column: Int) -> PyExpression {
    PyExpression(.integer(value), at: at(line, column))
}

func string(_ text: String, _ line: Int, _ column: Int) -> PyExpression {
    PyExpression(.string(text), at: at(line, column))
}

func binary(
    _ binaryOperator: BinaryOperator, _ left: PyExpression, _ right: PyExpression, _ line: Int, _ column: Int
) -> PyExpression {
    PyExpression(.binary(binaryOperator, left, right), at: at(line, column))
}

func statement(_ kind: PyStatement.Kind, _ line: Int, _ column: Int) -> PyStatement {
    PyStatement(kind, at: at(line, column))
}

/// The statements of `source`, which must parse.
func parse(_ source: String) throws -> [PyStatement] {
    try PythonParser.parse(source, file: "lab.py").statements
}

/// The one expression of a one-line expression statement.
func parseExpression(_ source: String) throws -> PyExpression {
    let statements = try parse(source)
    guard statements.count == 1, case .expression(let expression) = statements[0].kind else {
        throw UnexpectedShape(description: "not one expression statement: \(statements)")
    }
    return expression
}

/// The error `source` gives, as its `FILE:LINE:COL: MESSAGE` line, or nil if it parses.
func syntaxError(_ source: String) -> String? {
    do {
        _ = try PythonParser.parse(source, file: "lab.py")
        return nil
    } catch {
        return error.description
    }
}

struct UnexpectedShape: Error, CustomStringConvertible {
    var description: String
}
