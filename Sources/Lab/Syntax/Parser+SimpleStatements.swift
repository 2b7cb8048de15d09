import Messages

/// The statements that fit on one line: expressions, assignments, `pass`, `return`, imports...
extension Parser {
    mutating func parseSimpleStatement() throws(LabSyntaxError) -> PyStatement {
        let start = current.position
        switch current.kind {
        case .name("pass"):
            advance()
            return PyStatement(.pass, at: start)
        case .name("break"), .name("continue"):
            let isBreak = advance().kind == .name("break")
            guard isInLoop else {
                throw error(
                    Messages.text("lab.syntax.outside-loop", ["keyword": isBreak ? "break" : "continue"]),
                    at: start)
            }
            return PyStatement(isBreak ? .breakStatement : .continueStatement, at: start)
        case .name("return"):
            advance()
            guard isInFunction else {
                throw error(Messages.text("lab.syntax.return-outside-function"), at: start)
            }
            let value = isAtStatementEnd ? nil : try parseExpressionList()
            return PyStatement(.returnStatement(value), at: start)
        case .name("global"):
            return try parseGlobal()
        case .name("assert"):
            advance()
            let test = try parseTest()
            let message = take(symbol: ",") ? try parseTest() : nil
            return PyStatement(.assertStatement(test: test, message: message), at: start)
        case .name("import"):
            return try parseImport()
        case .name("from"):
            return try parseImportFrom()
        default:
            if let message = Unsupported.message(for: current) { throw error(message, at: start) }
            return try parseExpressionStatement()
        }
    }

    private var isAtStatementEnd: Bool { current.kind == .newline || isSymbol(";") }

    private mutating func parseGlobal() throws(LabSyntaxError) -> PyStatement {
        let start = advance().position
        var names: [String] = []
        repeat {
            names.append(try expectName("lab.syntax.expected.global-name").name)
        } while take(symbol: ",")
        return PyStatement(.global(names), at: start)
    }

    /// `import threading`, `import queue as q, time`
    private mutating func parseImport() throws(LabSyntaxError) -> PyStatement {
        let start = advance().position
        var modules: [ImportedName] = []
        repeat {
            let position = current.position
            let name = try parseDottedName()
            let alias = take(keyword: "as") ? try expectName("lab.syntax.expected.as-name").name : nil
            modules.append(ImportedName(name: name, alias: alias, at: position))
        } while take(symbol: ",")
        return PyStatement(.importModules(modules), at: start)
    }

    /// `from threading import Lock, Thread as T`, with the names in parentheses or not.
    private mutating func parseImportFrom() throws(LabSyntaxError) -> PyStatement {
        let start = advance().position
        if isSymbol(".") || isSymbol("...") {
            throw error(
                Messages.text("lab.syntax.relative-import"),
                at: current.position)
        }
        let module = try parseDottedName()
        guard take(keyword: "import") else {
            throw unexpected("lab.syntax.expected.from-import", ("module", module))
        }
        if isSymbol("*") {
            throw error(
                Messages.text("lab.syntax.star-import", ["module": module]),
                at: current.position)
        }
        let isParenthesised = take(symbol: "(")
        var names: [ImportedName] = []
        repeat {
            if isParenthesised && isSymbol(")") && !names.isEmpty { break }
            let (name, position) = try expectName("lab.syntax.expected.import-name", ("module", module))
            let alias = take(keyword: "as") ? try expectName("lab.syntax.expected.as-name").name : nil
            names.append(ImportedName(name: name, alias: alias, at: position))
        } while take(symbol: ",")
        if isParenthesised { try expect(")", "lab.syntax.expected.import-close") }
        return PyStatement(.importFrom(module: module, names: names), at: start)
    }

    /// `name(.name)*`, joined with dots.
    private mutating func parseDottedName() throws(LabSyntaxError) -> String {
        var name = try expectName("lab.syntax.expected.module-name").name
        while take(symbol: ".") {
            name += "." + (try expectName("lab.syntax.expected.submodule-name").name)
        }
        return name
    }

    /// An expression statement, an assignment `a = b = value`, or `target += value`.
    private mutating func parseExpressionStatement() throws(LabSyntaxError) -> PyStatement {
        let first = current
        let expression = try parseExpressionList()
        if isSymbol("=") {
            var targets = [expression]
            while take(symbol: "=") {
                targets.append(try parseExpressionList())
            }
            let value = targets.removeLast()
            for target in targets { try checkAssignable(target) }
            return PyStatement(.assign(targets: targets, value: value), at: first.position)
        }
        if case .symbol(let symbol) = current.kind, let binaryOperator = Self.augmentedOperators[symbol] {
            try checkAugmentable(expression)
            advance()
            let value = try parseExpressionList()
            return PyStatement(
                .augmentedAssign(target: expression, operator: binaryOperator, value: value),
                at: first.position)
        }
        try refuseMisreadStatement(startingWith: first, expression: expression)
        return PyStatement(.expression(expression), at: first.position)
    }

    private static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "//=": .floorDivide, "%=": .modulo, "**=": .power,
    ]

    /// Lines that parse as the start of an expression statement but are something else: a
    /// `match` statement, an annotated assignment, or a Python 2 `print`.
    private func refuseMisreadStatement(startingWith first: Token, expression: PyExpression)
        throws(LabSyntaxError)
    {
        guard !isAtStatementEnd else { return }
        let isBareName = if case .name = expression.kind { true } else { false }
        if first.kind == .name("match") && !(isBareName && isSymbol(":")) {
            throw error(Unsupported.matchStatement, at: first.position)
        }
        if isSymbol(":") {
            throw error(Unsupported.annotations, at: current.position)
        }
        if first.kind == .name("print") && isBareName && Unsupported.message(for: current) == nil {
            throw error(Messages.text("lab.syntax.print-statement"), at: current.position)
        }
    }
}
