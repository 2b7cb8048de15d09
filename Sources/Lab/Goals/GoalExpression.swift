import Messages

/// The expression of an `end EXPR` goal: parsed with the program parser, then held to what
/// can be judged on a finished run's globals without running code of the program.
enum GoalExpression {
    /// The builtins a goal may call: those without side effects or a thread of their own.
    static let callableBuiltins: [String] = [
        "len", "abs", "min", "max", "sum", "str", "int", "bool", "list", "tuple", "range",
    ]

    static func parse(_ source: [Unicode.Scalar], at column: Int, for program: LabProgram)
        throws(LabGoalError) -> PyExpression
    {
        let expression: PyExpression
        do throws(LabSyntaxError) {
            let tokens = try Lexer.tokenizeField(
                source, file: "goal", at: SourcePosition(line: 1, column: column))
            var parser = Parser(file: "goal", tokens: tokens, depth: 0)
            expression = try parser.parseTest()
            guard parser.current.kind == .endOfFile else {
                throw parser.unexpected("lab.syntax.expected.end-of-goal")
            }
        } catch {
            throw LabGoalError(column: error.position.column, message: error.message)
        }
        try check(expression, globals: program.globalNames)
        return expression
    }

    /// Refuses what a goal cannot evaluate, at its column.
    private static func check(_ expression: PyExpression, globals: [String]) throws(LabGoalError) {
        let column = expression.position.column
        switch expression.kind {
        case .name(let name):
            guard globals.contains(name) else {
                let message =
                    globals.isEmpty
                    ? Messages.text("lab.goal-error.not-global.none", ["name": name])
                    : Messages.text(
                        "lab.goal-error.not-global",
                        ["name": name, "globals": globals.joined(separator: ", ")])
                throw LabGoalError(column: column, message: message)
            }
        case .integer, .boolean, .string, .none:
            break
        case .list(let elements), .tuple(let elements):
            for element in elements { try check(element, globals: globals) }
        case .dictionary(let entries):
            for entry in entries {
                try check(entry.key, globals: globals)
                try check(entry.value, globals: globals)
            }
        case .subscripted(let base, let index):
            try check(base, globals: globals)
            try check(index, globals: globals)
        case .call(let callee, let arguments, let keywords):
            guard case .name(let name) = callee.kind, callableBuiltins.contains(name) else {
                throw LabGoalError(
                    column: column,
                    message: Messages.text(
                        "lab.goal-error.call", ["builtins": callableBuiltins.joined(separator: ", ")]))
            }
            if let keyword = keywords.first {
                throw LabGoalError(
                    column: keyword.position.column,
                    message: Messages.text(
                        "lab.goal-error.keyword-argument", ["function": name, "keyword": keyword.name]))
            }
            for argument in arguments { try check(argument, globals: globals) }
        case .unary(_, let operand):
            try check(operand, globals: globals)
        case .binary(_, let left, let right):
            try check(left, globals: globals)
            try check(right, globals: globals)
        case .comparison(let first, let comparisons):
            try check(first, globals: globals)
            for comparison in comparisons { try check(comparison.right, globals: globals) }
        case .logical(_, let operands):
            for operand in operands { try check(operand, globals: globals) }
        case .conditional(let test, let body, let orElse):
            try check(test, globals: globals)
            try check(body, globals: globals)
            try check(orElse, globals: globals)
        case .attribute:
            throw LabGoalError(
                column: column,
                message: Messages.text("lab.goal-error.attribute"))
        case .formattedString:
            throw LabGoalError(
                column: column, message: Messages.text("lab.goal-error.f-string"))
        case .lambda:
            throw LabGoalError(
                column: column, message: Messages.text("lab.goal-error.lambda"))
        }
    }
}
