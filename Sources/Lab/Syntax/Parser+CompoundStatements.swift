import Messages

/// `if`, `while`, `for`, `def` and `with`: the statements that own a block.
extension Parser {
    mutating func parseIf() throws(LabSyntaxError) -> PyStatement {
        let keyword = advance()
        let word = keyword.kind == .name("elif") ? "elif" : "if"
        let test = try parseTest()
        try expect(":", "lab.syntax.expected.condition-colon", ("keyword", word))
        let body = try parseBlock(of: .statement(word, line: keyword.position.line))
        var orElse: [PyStatement] = []
        if isKeyword("elif") {
            // Each `elif` nests one `if` deeper in the tree, so it counts as a level.
            try deepen(at: current.position)
            defer { depth -= 1 }
            orElse = [try parseIf()]
        } else if isKeyword("else") {
            let elseToken = advance()
            try expect(":", "lab.syntax.expected.else-colon")
            orElse = try parseBlock(of: .elseClause(line: elseToken.position.line))
        }
        return PyStatement(.ifStatement(test: test, body: body, orElse: orElse), at: keyword.position)
    }

    mutating func parseWhile() throws(LabSyntaxError) -> PyStatement {
        let keyword = advance()
        let test = try parseTest()
        try expect(":", "lab.syntax.expected.condition-colon", ("keyword", "while"))
        let body = try parseBlock(
            of: .statement("while", line: keyword.position.line), inLoop: true,
            inFunction: isInFunction)
        if isKeyword("else") { throw error(Unsupported.loopElse("while"), at: current.position) }
        return PyStatement(.whileLoop(test: test, body: body), at: keyword.position)
    }

    mutating func parseFor() throws(LabSyntaxError) -> PyStatement {
        let keyword = advance()
        let target = try parseTargetList()
        guard take(keyword: "in") else { throw unexpected("lab.syntax.expected.for-in") }
        let iterable = try parseExpressionList()
        try expect(":", "lab.syntax.expected.for-colon")
        let body = try parseBlock(
            of: .statement("for", line: keyword.position.line), inLoop: true, inFunction: isInFunction
        )
        if isKeyword("else") { throw error(Unsupported.loopElse("for"), at: current.position) }
        return PyStatement(.forLoop(target: target, iterable: iterable, body: body), at: keyword.position)
    }

    mutating func parseFunctionDefinition() throws(LabSyntaxError) -> PyStatement {
        let keyword = advance()
        let (name, _) = try expectName("lab.syntax.expected.function-name")
        try expect("(", "lab.syntax.expected.def-open", ("function", name))
        let parameters = try parseParameters(closedBy: ")")
        try expect(")", "lab.syntax.expected.def-close", ("function", name))
        if isSymbol("->") { throw error(Unsupported.annotations, at: current.position) }
        try expect(":", "lab.syntax.expected.def-colon", ("function", name))
        let body = try parseBlock(of: .definition(name), inLoop: false, inFunction: true)
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body)
        return PyStatement(.functionDefinition(definition), at: keyword.position)
    }

    /// The parameters of a `def` or a `lambda`, up to (not including) `closing`.
    mutating func parseParameters(closedBy closing: String) throws(LabSyntaxError) -> [Parameter] {
        var parameters: [Parameter] = []
        var names: Set<String> = []
        while !isSymbol(closing) {
            try refuseUnsupportedParameter()
            let (name, position) = try expectName("lab.syntax.expected.parameter-name")
            if closing == ")" && isSymbol(":") { throw error(Unsupported.annotations, at: current.position) }
            guard names.insert(name).inserted else {
                throw error(Messages.text("lab.syntax.parameter-twice", ["parameter": name]), at: position)
            }
            var defaultValue: PyExpression?
            if take(symbol: "=") {
                defaultValue = try parseTest()
            } else if parameters.last?.defaultValue != nil {
                throw error(
                    Messages.text("lab.syntax.parameter-default", ["parameter": name]),
                    at: position)
            }
            parameters.append(Parameter(name: name, defaultValue: defaultValue, at: position))
            guard take(symbol: ",") else { break }
        }
        return parameters
    }

    private func refuseUnsupportedParameter() throws(LabSyntaxError) {
        let message: String
        switch current.kind {
        case .symbol("*") where peek(1).kind == .symbol(",") || peek(1).kind == .symbol(")"):
            message = Messages.text("lab.syntax.keyword-only-parameters")
        case .symbol("*"):
            message = Messages.text("lab.syntax.args-parameter")
        case .symbol("**"):
            message = Messages.text("lab.syntax.kwargs-parameter")
        case .symbol("/"):
            message = Messages.text("lab.syntax.positional-only-parameters")
        default:
            return
        }
        throw error(message, at: current.position)
    }

    mutating func parseWith() throws(LabSyntaxError) -> PyStatement {
        let keyword = advance()
        var items: [WithItem] = []
        repeat {
            let context = try parseTest()
            var name: String?
            if take(keyword: "as") {
                name = try expectName("lab.syntax.expected.with-as-name")
                    .name
            }
            items.append(WithItem(context: context, name: name))
        } while take(symbol: ",")
        try expect(":", "lab.syntax.expected.with-colon")
        let body = try parseBlock(of: .statement("with", line: keyword.position.line))
        return PyStatement(.with(items: items, body: body), at: keyword.position)
    }
}
