import Messages

/// Atoms and what follows them: calls, attributes and subscripts.
extension Parser {
    /// An atom followed by any number of `(args)`, `.name` and `[index]`, each positioned
    /// where the atom starts, as Python positions them.
    mutating func parsePrimary() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        let outerDepth = depth
        defer { depth = outerDepth }
        var value = try parseAtom()
        while case .symbol(let symbol) = current.kind, symbol == "(" || symbol == "." || symbol == "[" {
            try deepen(at: current.position)
            switch symbol {
            case "(":
                value = try parseCall(of: value, at: start)
            case ".":
                advance()
                let name = try expectName("lab.syntax.expected.attribute-name").name
                value = PyExpression(.attribute(value, name: name), at: start)
            default:
                value = try parseSubscript(of: value, at: start)
            }
        }
        return value
    }

    private mutating func parseCall(of callee: PyExpression, at start: SourcePosition) throws(LabSyntaxError)
        -> PyExpression
    {
        advance()
        var arguments: [PyExpression] = []
        var keywords: [KeywordArgument] = []
        while !isSymbol(")") {
            if isSymbol("*") || isSymbol("**") {
                let form = isSymbol("*") ? "`*args`" : "`**kwargs`"
                throw error(
                    Messages.text("lab.syntax.call-unpacking", ["form": form]),
                    at: current.position)
            }
            if let name = Self.identifier(of: current), peek(1).kind == .symbol("=") {
                let position = advance().position
                advance()
                guard !keywords.contains(where: { $0.name == name }) else {
                    throw error(Messages.text("lab.syntax.keyword-twice", ["keyword": name]), at: position)
                }
                keywords.append(KeywordArgument(name: name, value: try parseTest(), at: position))
            } else {
                let position = current.position
                let argument = try parseTest()
                if isKeyword("for") {
                    throw error(Unsupported.comprehension(.generator), at: position)
                }
                guard keywords.isEmpty else {
                    throw error(
                        Messages.text("lab.syntax.positional-after-keyword"),
                        at: position)
                }
                arguments.append(argument)
            }
            guard take(symbol: ",") else { break }
        }
        try expect(")", "lab.syntax.expected.call-close")
        return PyExpression(.call(callee, arguments: arguments, keywords: keywords), at: start)
    }

    private mutating func parseSubscript(of value: PyExpression, at start: SourcePosition)
        throws(LabSyntaxError)
        -> PyExpression
    {
        advance()
        if isSymbol(":") { throw error(Unsupported.slices, at: current.position) }
        let index = try parseExpressionList()
        if isSymbol(":") { throw error(Unsupported.slices, at: current.position) }
        try expect("]", "lab.syntax.expected.subscript-close")
        return PyExpression(.subscripted(value, index: index), at: start)
    }

    /// A name, a literal, or a bracketed expression.
    mutating func parseAtom() throws(LabSyntaxError) -> PyExpression {
        let token = current
        switch token.kind {
        case .name("True"), .name("False"):
            advance()
            return PyExpression(.boolean(token.kind == .name("True")), at: token.position)
        case .name("None"):
            advance()
            return PyExpression(.none, at: token.position)
        case .name("lambda"):
            throw error(Messages.text("lab.syntax.lambda-parentheses"), at: token.position)
        case .name(let name) where !Self.keywords.contains(name):
            advance()
            return PyExpression(.name(name), at: token.position)
        case .integer(let value):
            advance()
            return PyExpression(.integer(value), at: token.position)
        case .string, .formattedString:
            return try parseStrings()
        case .symbol("("):
            return try parseParenthesised()
        case .symbol("["):
            return try parseList()
        case .symbol("{"):
            return try parseDictionary()
        case .symbol("*"), .symbol("**"):
            throw error(Unsupported.starred, at: token.position)
        default:
            throw unexpected("lab.syntax.expected.expression")
        }
    }

    /// `()`, `(value)` (which keeps the value's own position, as in Python) or a tuple.
    private mutating func parseParenthesised() throws(LabSyntaxError) -> PyExpression {
        let open = advance().position
        if take(symbol: ")") { return PyExpression(.tuple([]), at: open) }
        let first = try parseTest()
        if isKeyword("for") {
            throw error(Unsupported.comprehension(.generator), at: first.position)
        }
        guard isSymbol(",") else {
            try expect(")", "lab.syntax.expected.parenthesis-close", ("position", "\(open)"))
            return first
        }
        var elements = [first]
        while take(symbol: ","), !isSymbol(")") {
            elements.append(try parseTest())
        }
        try expect(")", "lab.syntax.expected.tuple-close", ("position", "\(open)"))
        return PyExpression(.tuple(elements), at: open)
    }

    private mutating func parseList() throws(LabSyntaxError) -> PyExpression {
        let open = advance().position
        var elements: [PyExpression] = []
        while !isSymbol("]") {
            elements.append(try parseTest())
            if isKeyword("for") { throw error(Unsupported.comprehension(.list), at: open) }
            guard take(symbol: ",") else { break }
        }
        try expect("]", "lab.syntax.expected.list-close", ("position", "\(open)"))
        return PyExpression(.list(elements), at: open)
    }

    private mutating func parseDictionary() throws(LabSyntaxError) -> PyExpression {
        let open = advance().position
        var entries: [DictionaryEntry] = []
        while !isSymbol("}") {
            if isSymbol("**") {
                throw error(
                    Messages.text("lab.syntax.dict-unpacking"),
                    at: current.position)
            }
            let key = try parseTest()
            guard take(symbol: ":") else {
                if isKeyword("for") { throw error(Unsupported.comprehension(.set), at: open) }
                throw error(
                    Messages.text("lab.syntax.set-literal", ["example": "`{1, 2}`"]),
                    at: open)
            }
            let value = try parseTest()
            if isKeyword("for") { throw error(Unsupported.comprehension(.dictionary), at: open) }
            entries.append(DictionaryEntry(key: key, value: value))
            guard take(symbol: ",") else { break }
        }
        try expect("}", "lab.syntax.expected.dict-close", ("position", "\(open)"))
        return PyExpression(.dictionary(entries), at: open)
    }
}
